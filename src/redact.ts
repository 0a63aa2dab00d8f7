/**
 * The one place that decides what is secret in printed text (logs, errors, summaries, messages,
 * destination errors). Secrets are masked in every form they travel in: raw, URL-encoded, each
 * line of a multi-line value, and base64 (as in a Basic-auth header). Ordinary words are never
 * secrets: a URL contributes only its secret parts (password, query values, tokens), not its path.
 */

export const REDACTED = "***";

/** Shorter values would blank ordinary text; no real credential is this short. */
const MIN_SECRET = 3;
/** Base64 forms shorter than this match too much by chance. */
const MIN_BASE64 = 8;

/** Every form in which `secret` could appear in printed text. */
export function secretForms(secret: string | undefined): string[] {
  if (!secret) return [];
  const forms = new Set<string>();
  for (const value of new Set([secret, ...secret.split(/\r?\n/)])) {
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET) continue;
    for (const form of [trimmed, encodeURIComponent(trimmed), encodeURI(trimmed), ...base64Forms(trimmed)])
      if (form.length >= MIN_SECRET) forms.add(form);
  }
  return [...forms];
}

/**
 * The part of base64 text that is the same wherever the secret sits in the encoded bytes: for
 * each of the three alignments, the characters made only of the secret's own bytes (standard
 * and URL-safe alphabets), as the Actions runner's masker does.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const out: string[] = [];
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    const start = shift === 0 ? 0 : 4;
    const end = Math.floor((shift + bytes.length) / 3) * 4;
    const core = encoded.slice(start, end);
    if (core.length >= MIN_BASE64) out.push(core, core.replaceAll("+", "-").replaceAll("/", "_"));
  }
  if (bytes.length % 3 !== 0) {
    const whole = bytes.toString("base64");
    if (whole.length >= MIN_BASE64) out.push(whole, whole.replace(/=+$/, ""));
  }
  return out;
}

/** `scheme://user:password@` keeps the user (not a secret) and masks the password. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/@:]*):[^\s/@]+@/gi;
/** libpq keyword form: `password=secret`. */
const KEYWORD_PASSWORD = /\b(password|passwd|pwd)=('[^']*'|\S+)/gi;
/** http(s) URLs lose their query: signed URLs and webhook tokens travel there. */
const HTTP_QUERY = /(https?:\/\/[^\s?#"'<>]+)\?[^\s"'<>]*/gi;

/** Every secret (in every form, longest first), URL password, `password=` value and http query masked. */
export function redactText(text: string, secrets: readonly string[]): string {
  return redactWith(text, sortedForms(secrets));
}

/** A copy of plain data (reports, results) with every string redacted. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  const forms = sortedForms(secrets);
  return deepMap(value, (text) => redactWith(text, forms));
}

function deepMap<T>(value: T, map: (text: string) => string): T {
  const walk = (item: unknown): unknown => {
    if (typeof item === "string") return map(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === "object" && !(item instanceof Date))
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    return item;
  };
  return walk(value) as T;
}

function sortedForms(secrets: readonly string[]): string[] {
  return [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
}

function redactWith(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) out = out.split(form).join(REDACTED);
  return out
    .replace(URL_PASSWORD, `$1:${REDACTED}@`)
    .replace(KEYWORD_PASSWORD, `$1=${REDACTED}`)
    .replace(HTTP_QUERY, "$1");
}

/**
 * Secrets known to a run. Everything printed goes through `redact`; listeners (the action's
 * `core.setSecret`) hear every form of every secret, including those added before.
 */
export class Redactor {
  private readonly secrets = new Set<string>();
  private readonly listeners: Array<(secret: string) => void> = [];
  private sorted: string[] = [];

  add(secret: string | undefined): void {
    for (const form of secretForms(secret)) {
      if (this.secrets.has(form)) continue;
      this.secrets.add(form);
      this.sorted = [...this.secrets].sort((a, b) => b.length - a.length);
      for (const listener of this.listeners) listener(form);
    }
  }

  onSecret(listener: (secret: string) => void): void {
    this.listeners.push(listener);
    for (const secret of this.secrets) listener(secret);
  }

  list(): string[] {
    return [...this.secrets];
  }

  redactDeep<T>(value: T): T {
    return deepMap(value, (text) => this.redact(text));
  }

  redact(text: string): string {
    return redactWith(text, this.sorted);
  }
}

/** Service-defined secret parts of a webhook URL; the kinds are the notifier's. */
export type WebhookService = "slack" | "discord" | "ntfy" | "json";

/**
 * What is secret in a webhook URL, as each service defines it: Slack's last path segment
 * (`/services/T…/B…/<secret>`), Discord's token (`/api/webhooks/<id>/<token>`), the ntfy topic
 * (anyone who knows it can read and post), and for every URL its user-info password, query
 * values and any path segment that looks like a token. Never the plain words of a path.
 */
export function webhookSecretParts(url: URL, service: WebhookService): string[] {
  const out: string[] = [];
  const segments = url.pathname.split("/").filter(Boolean).map(safeDecode);
  if (service === "slack" && segments.length > 1) out.push(segments.at(-1)!);
  if (service === "discord") {
    const at = segments.indexOf("webhooks");
    if (at >= 0 && segments[at + 2]) out.push(segments[at + 2]!);
  }
  if (service === "ntfy" && segments[0]) out.push(segments[0]);
  out.push(...segments.filter(looksLikeToken));
  out.push(...userinfoSecrets(url));
  for (const [, value] of url.searchParams) out.push(value);
  return out.filter((part) => part.trim().length >= MIN_SECRET);
}

/** The password of a URL's user info, and the user name too when it looks like a token. */
export function userinfoSecrets(url: URL): string[] {
  const out: string[] = [];
  if (url.password) out.push(safeDecode(url.password));
  const user = safeDecode(url.username);
  if (looksLikeToken(user)) out.push(user);
  return out;
}

/** Long and mixed (letters and digits, high entropy): an id or token, not a word. */
export function looksLikeToken(text: string): boolean {
  if (text.length < 16) return false;
  const mixed = /[0-9]/.test(text) && /[a-z]/i.test(text);
  return (mixed && entropy(text) >= 3) || (text.length >= 32 && entropy(text) >= 3.5);
}

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * What could be the password in a URL that does not parse (an un-encoded '@' or '/' in it):
 * everything between the first ':' after the scheme and the last '@' before the query.
 */
export function passwordCandidates(raw: string): string[] {
  const text = raw.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0];
  if (!scheme) return [];
  const rest = text.slice(scheme.length);
  const query = rest.indexOf("?");
  const ends = new Set([rest.lastIndexOf("@", query < 0 ? undefined : query), rest.lastIndexOf("@")]);
  const out: string[] = [];
  for (const end of ends) {
    const colon = rest.indexOf(":");
    if (end < 0 || colon < 0 || colon > end) continue;
    const password = rest.slice(colon + 1, end);
    out.push(password, safeDecode(password));
  }
  return out;
}

/** A URL for display: user kept, no password, no query string, no fragment; never the whole of a broken one. */
export function displayUrl(raw: string): string {
  const text = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:\/\/)/i.exec(text)?.[1];
  // An '@' after a '/' or a second '@' means a password holding those: show only what follows the last '@'.
  if (scheme) {
    const rest = text.slice(scheme.length).replace(/[?#].*$/, "");
    const ats = rest.split("@").length - 1;
    const slash = rest.indexOf("/");
    if (ats > 1 || (ats === 1 && slash >= 0 && slash < rest.indexOf("@")))
      return `${scheme}…@${rest.slice(rest.lastIndexOf("@") + 1)}`;
  }
  try {
    const url = new URL(text);
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.toString().replace(/\?$/, "");
  } catch {
    return text
      .replace(/\/\/([^@/]*)@/, (_m, userinfo: string) => `//${userinfo.split(":")[0]}@`)
      .replace(/[?#].*$/, "");
  }
}
