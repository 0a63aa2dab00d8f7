import { UsageError } from "../errors.ts";
import { looksLikeToken, secretForms, webhookSecretParts } from "../redact.ts";

/**
 * Notification settings: the raw object both front ends build (action inputs / CLI flags share
 * these names), parsed once into a frozen `NotifyConfig` or one `UsageError` listing every problem.
 *
 * `webhook-url` holds one URL per line (blank lines and `#` comments ignored). The kind of each is taken from an
 * explicit prefix, else detected from the host:
 *
 *   slack:https://hooks.slack.com/services/T…/B…/…     (detected: host hooks.slack.com)
 *   discord:https://discord.com/api/webhooks/…/…       (detected: discord.com|discordapp.com /api/webhooks/)
 *   ntfy:https://ntfy.sh/my-topic                      (detected: host ntfy.sh)
 *   json:https://example.com/hooks/strongroom          (default for any other host)
 *
 * `json` posts the run report as JSON, signed with `X-Strongroom-Signature: sha256=<hex>`
 * (HMAC-SHA256 of the raw body keyed with `webhook-secret`) when a secret is set. Credentials in a
 * URL (`https://user:pass@host/…`) are sent as HTTP Basic auth, never in the URL.
 * Webhook URLs are secrets: logs and results name only the kind and the host.
 */
export const NOTIFY_INPUTS = [
  "smtp-url",
  "mail-from",
  "mail-to",
  "notify-on",
  "webhook-url",
  "webhook-secret",
  "github-token",
  "github-issue",
] as const;
export type NotifyInputName = (typeof NOTIFY_INPUTS)[number];
export type RawNotifyInputs = Partial<Record<NotifyInputName, string | boolean | undefined>>;

export const NOTIFY_ON = ["failure", "always", "recovery"] as const;
export type NotifyOn = (typeof NOTIFY_ON)[number];

export const WEBHOOK_KINDS = ["slack", "discord", "ntfy", "json"] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export const FAILURE_LABEL = "strongroom-failure";

export interface EmailConfig {
  readonly host: string;
  readonly port: number;
  /** `smtps://`: TLS from the first byte. Otherwise `smtp://` with STARTTLS required. */
  readonly implicitTls: boolean;
  readonly user?: string;
  readonly pass?: string;
  readonly from: string;
  readonly to: readonly string[];
  /** Extra trusted CA certificates (PEM), e.g. a test CA; system roots and NODE_EXTRA_CA_CERTS still apply. */
  readonly ca?: string;
  /** "smtps://mail.example.com:465" — no credentials, safe to log. */
  readonly display: string;
}

export interface WebhookTarget {
  readonly kind: WebhookKind;
  /** The URL without userinfo (fetch refuses URLs with credentials). Secret. */
  readonly url: string;
  /** Userinfo from the URL, sent as HTTP Basic auth. Secret. */
  readonly basicAuth?: { readonly user: string; readonly pass: string };
  /** "slack (hooks.slack.com)" — kind and host only, safe to log. */
  readonly display: string;
  /** The line as the user wrote it, kept only so `secretsOf` can mask it. */
  readonly raw: string;
}

export interface GitHubIssueConfig {
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  readonly label: string;
}

export interface RetryConfig {
  /** Total attempts per delivery: webhook, email, GitHub issue (first try included). */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
}

export interface NotifyConfig {
  readonly notifyOn: NotifyOn;
  readonly email?: EmailConfig;
  readonly webhooks: readonly WebhookTarget[];
  readonly webhookSecret?: string;
  readonly github?: GitHubIssueConfig;
  /** Kept even when `github-issue` is off, so it is still masked. */
  readonly githubToken?: string;
  readonly retry: RetryConfig;
  /** Other secrets (database password, …) to scrub from anything sent. */
  readonly redact: readonly string[];
}

export interface NotifyConfigOptions {
  /** For GITHUB_REPOSITORY and GITHUB_API_URL. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Extra trusted CA (PEM) for SMTP, e.g. a test server's self-signed certificate. */
  readonly smtpCa?: string;
  readonly retry?: Partial<RetryConfig>;
  /** Other secrets the run holds; notify() scrubs them from every message. */
  readonly redact?: readonly string[];
}

export const DEFAULT_RETRY: RetryConfig = Object.freeze({
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  timeoutMs: 15_000,
});

const TRUE = new Set(["true", "yes", "on", "1"]);
const FALSE = new Set(["false", "no", "off", "0", ""]);

function text(raw: RawNotifyInputs, name: NotifyInputName): string {
  const value = raw[name];
  if (value === undefined || value === null) return "";
  return String(value).trim();
}

/** Parse the raw inputs; throws one `UsageError` naming every problem (never echoing a secret). */
export function notifyConfigFromInputs(raw: RawNotifyInputs, options: NotifyConfigOptions = {}): NotifyConfig {
  const env = options.env ?? process.env;
  const problems: string[] = [];

  const notifyOnText = text(raw, "notify-on").toLowerCase() || "failure";
  let notifyOn: NotifyOn = "failure";
  if ((NOTIFY_ON as readonly string[]).includes(notifyOnText)) notifyOn = notifyOnText as NotifyOn;
  else problems.push(`notify-on: '${notifyOnText}' is not one of ${NOTIFY_ON.join(", ")}`);

  const email = parseEmail(raw, options, problems);

  const webhooks: WebhookTarget[] = [];
  const lines = text(raw, "webhook-url")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  lines.forEach((line, index) => {
    const target = parseWebhook(line, `webhook-url entry ${index + 1}`, problems);
    if (target) webhooks.push(target);
  });

  const webhookSecret = text(raw, "webhook-secret") || undefined;

  const githubToken = text(raw, "github-token") || undefined;
  const issueText = text(raw, "github-issue").toLowerCase();
  let wantIssue = false;
  if (TRUE.has(issueText)) wantIssue = true;
  else if (!FALSE.has(issueText)) problems.push(`github-issue: '${issueText}' is not one of true, false`);
  let github: GitHubIssueConfig | undefined;
  if (wantIssue) {
    const repository = env.GITHUB_REPOSITORY?.trim() ?? "";
    const [owner, repo, extra] = repository.split("/");
    if (!githubToken)
      problems.push("github-issue is true but github-token is empty (pass secrets.GITHUB_TOKEN with issues: write)");
    if (!owner || !repo || extra !== undefined) {
      problems.push("github-issue is true but GITHUB_REPOSITORY ('owner/repo') is not set");
    }
    if (githubToken && owner && repo && extra === undefined) {
      const apiUrl = (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
      github = Object.freeze({ token: githubToken, owner, repo, apiUrl, label: FAILURE_LABEL });
    }
  }

  const retry = Object.freeze({ ...DEFAULT_RETRY, ...options.retry });
  if (!(retry.attempts >= 1) || !Number.isInteger(retry.attempts))
    problems.push("retry attempts must be a positive integer");

  if (problems.length > 0) {
    throw new UsageError(problems, {
      hint: "Fix the notification settings (smtp-url, mail-*, notify-on, webhook-*, github-*).",
    });
  }
  return Object.freeze({
    notifyOn,
    ...(email ? { email } : {}),
    webhooks: Object.freeze(webhooks),
    ...(webhookSecret ? { webhookSecret } : {}),
    ...(github ? { github } : {}),
    ...(githubToken ? { githubToken } : {}),
    retry,
    redact: Object.freeze([...(options.redact ?? [])].filter((s) => s !== "")),
  });
}

/** Same as `notifyConfigFromInputs`, reading `STRONGROOM_SMTP_URL`, `STRONGROOM_MAIL_TO`, … (the CLI's env form). */
export function notifyConfigFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: Omit<NotifyConfigOptions, "env"> = {},
): NotifyConfig {
  const raw: RawNotifyInputs = {};
  for (const name of NOTIFY_INPUTS) {
    const value = env[`STRONGROOM_${name.toUpperCase().replace(/-/g, "_")}`];
    if (value !== undefined) raw[name] = value;
  }
  return notifyConfigFromInputs(raw, { ...options, env });
}

function parseEmail(raw: RawNotifyInputs, options: NotifyConfigOptions, problems: string[]): EmailConfig | undefined {
  const smtpUrl = text(raw, "smtp-url");
  const from = text(raw, "mail-from");
  const to = text(raw, "mail-to")
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (!smtpUrl) {
    if (from || to.length > 0) problems.push("mail-from/mail-to are set but smtp-url is empty");
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(smtpUrl);
  } catch {
    problems.push("smtp-url is not a URL (expected smtps://user:pass@host:465 or smtp://user:pass@host:587)");
  }
  if (!from) problems.push("smtp-url is set but mail-from is empty");
  else if (!looksLikeAddress(from)) problems.push(`mail-from: '${from}' is not an email address`);
  if (to.length === 0) problems.push("smtp-url is set but mail-to is empty");
  for (const address of to)
    if (!looksLikeAddress(address)) problems.push(`mail-to: '${address}' is not an email address`);
  if (!url) return undefined;
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    problems.push(`smtp-url: scheme '${url.protocol.replace(/:$/, "")}' is not one of smtps, smtp`);
    return undefined;
  }
  if (!url.hostname) {
    problems.push("smtp-url has no host");
    return undefined;
  }
  if (url.password && !url.username) problems.push("smtp-url has a password but no user name");
  const implicitTls = url.protocol === "smtps:";
  const port = url.port ? Number(url.port) : implicitTls ? 465 : 587;
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const user = safeDecode(url.username);
  const pass = safeDecode(url.password);
  return Object.freeze({
    host,
    port,
    implicitTls,
    ...(user ? { user } : {}),
    ...(pass ? { pass } : {}),
    from,
    to: Object.freeze(to),
    ...(options.smtpCa ? { ca: options.smtpCa } : {}),
    display: `${url.protocol}//${url.host}`,
  });
}

function looksLikeAddress(value: string): boolean {
  const angle = /<([^<>]+)>\s*$/.exec(value);
  const address = angle?.[1] ?? value;
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address.trim());
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function parseWebhook(line: string, where: string, problems: string[]): WebhookTarget | undefined {
  const prefixed = /^(slack|discord|ntfy|json):(?!\/\/)(.+)$/i.exec(line);
  const explicit = prefixed?.[1]?.toLowerCase() as WebhookKind | undefined;
  const rest = prefixed?.[2] ?? line;
  let url: URL;
  try {
    url = new URL(rest);
  } catch {
    // Never echo the value: it is a secret.
    problems.push(`${where}: not a URL (expected [slack:|discord:|ntfy:|json:]https://…)`);
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    problems.push(`${where}: scheme '${url.protocol.replace(/:$/, "")}' is not one of https, http`);
    return undefined;
  }
  const kind = explicit ?? detectKind(url);
  const user = safeDecode(url.username);
  const pass = safeDecode(url.password);
  const bare = new URL(url.href);
  bare.username = "";
  bare.password = "";
  return Object.freeze({
    kind,
    url: bare.href,
    ...(user || pass ? { basicAuth: Object.freeze({ user, pass }) } : {}),
    display: `${kind} (${url.host})`,
    raw: line,
  });
}

function detectKind(url: URL): WebhookKind {
  const host = url.hostname.toLowerCase();
  if (host === "hooks.slack.com") return "slack";
  if (/(^|\.)discord(app)?\.com$/.test(host) && url.pathname.startsWith("/api/webhooks/")) return "discord";
  if (host === "ntfy.sh") return "ntfy";
  return "json";
}

/**
 * Every secret the config holds, for `core.setSecret` or a redact list: the SMTP password, every
 * webhook URL whole (as written and as sent), the parts of it its service treats as secret (see
 * `webhookSecretParts`: never plain path words), Basic-auth passwords, the webhook secret, the
 * GitHub token, plus `redact` extras, each in every form it could be printed in (`secretForms`).
 */
export function secretsOf(config: NotifyConfig): string[] {
  const out = new Set<string>();
  const add = (value: string | undefined): void => {
    if (value && value.trim().length >= 3) out.add(value);
  };
  add(config.email?.pass);
  for (const hook of config.webhooks) {
    add(hook.raw);
    add(hook.url);
    add(hook.basicAuth?.pass);
    if (hook.basicAuth && looksLikeToken(hook.basicAuth.user)) add(hook.basicAuth.user);
    for (const part of webhookSecretParts(new URL(hook.url), hook.kind)) add(part);
  }
  add(config.webhookSecret);
  add(config.githubToken);
  add(config.github?.token);
  for (const extra of config.redact) add(extra);
  // Every form (raw, URL-encoded, base64), longest first: a redactor replacing in order never
  // leaves a tail of a longer secret.
  return [...new Set([...out].flatMap(secretForms))].sort((a, b) => b.length - a.length);
}
