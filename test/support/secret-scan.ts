import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";

/**
 * Finds configured secrets in what a test captured, in the forms they leak in: raw, URL-encoded
 * and base64 (at each of the three byte alignments, as inside a longer base64 text such as a
 * Basic auth header). runCli and runStep call it on every run; tests that capture more (mail,
 * webhook and issue bodies) call `expectNoSecrets` themselves.
 */

/** Shorter values (a port, `x`) would match ordinary output; tests use secrets of at least this length. */
const MIN_LENGTH = 8;

const SECRET_NAME = /PASSWORD|PASSPHRASE|TOKEN|SECRET|PRIVATE|_KEY$|^KEY$|IDENTITY|DATABASE_URL|WEBHOOK/i;
const SECRET_INPUT = /password|passphrase|token|secret|identity|-key$|database-url|webhook/i;
const AGE_SECRET_KEY = /AGE-SECRET-KEY-1[0-9A-Z]+/g;

export interface Captured {
  readonly [where: string]: string | Buffer | undefined;
}

/** Every text a secret can be recognised by: raw, URL-encoded, base64 (standard and URL-safe). */
export function secretForms(secret: string): Array<{ form: string; text: string }> {
  const forms = [{ form: "raw", text: secret }];
  for (const encoded of [encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, "+")]) {
    if (encoded !== secret) forms.push({ form: "URL-encoded", text: encoded });
  }
  const bytes = Buffer.from(secret);
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    // Only the 4-character groups made of the secret's bytes alone are the same wherever it sits.
    const inner = encoded.slice(Math.ceil(shift / 3) * 4, Math.floor((shift + bytes.length) / 3) * 4);
    if (inner.length < MIN_LENGTH) continue;
    forms.push({ form: "base64", text: inner });
    const urlSafe = inner.replace(/\+/g, "-").replace(/\//g, "_");
    if (urlSafe !== inner) forms.push({ form: "base64url", text: urlSafe });
  }
  return forms;
}

/** Where each secret shows up, described without the secret itself. */
export function findSecrets(secrets: Iterable<string>, captured: Captured): string[] {
  const hits: string[] = [];
  const unique = [...new Set(secrets)].filter((s) => s.length >= MIN_LENGTH);
  for (const [where, content] of Object.entries(captured)) {
    if (content === undefined) continue;
    const text = typeof content === "string" ? content : content.toString("latin1");
    unique.forEach((secret, index) => {
      for (const { form, text: needle } of secretForms(secret)) {
        if (text.includes(needle)) hits.push(`secret #${index + 1} (${secret.length} chars) found ${form} in ${where}`);
      }
    });
  }
  return hits;
}

/** Throws, naming where (never what), when any secret is in what was captured. */
export function expectNoSecrets(secrets: Iterable<string>, captured: Captured): void {
  const hits = findSecrets(secrets, captured);
  if (hits.length > 0) throw new Error(`a secret leaked:\n  ${hits.join("\n  ")}`);
}

/** The secret parts of one configured value: a URL's password and query values, a key file's keys, or the whole. */
export function secretPartsOf(value: string): string[] {
  const parts = [value];
  try {
    const url = new URL(value);
    if (url.password) parts.push(url.password, decodeURIComponent(url.password));
    for (const v of url.searchParams.values()) parts.push(v);
  } catch {
    // not a URL
  }
  for (const match of value.matchAll(/password=('(?:[^'\\]|\\.)*'|\S+)/g)) parts.push(match[1]!.replace(/^'|'$/g, ""));
  parts.push(...(value.match(AGE_SECRET_KEY) ?? []));
  return parts;
}

function secretsOfFile(path: string): string[] {
  try {
    if (!statSync(path).isFile() || statSync(path).size > 1 << 20) return [];
    const text = readFileSync(path, "utf8");
    const json = text.trimStart().startsWith("{") ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const privateKey = typeof json?.private_key === "string" ? [json.private_key] : [];
    const keyLines = privateKey.flatMap((key) => key.split("\n").filter((line) => line.length >= 40));
    return [...(text.match(AGE_SECRET_KEY) ?? []), ...privateKey, ...keyLines];
  } catch {
    return [];
  }
}

/** The secrets a run was given: secret-named variables and inputs, passwords in URLs, keys in identity files. */
export function secretsOf(
  env: NodeJS.ProcessEnv,
  args: readonly string[] = [],
  inputs: Record<string, string> = {},
): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (isAbsolute(value) && existsSync(value)) {
      secrets.push(...secretsOfFile(value));
      continue;
    }
    if (SECRET_NAME.test(name) && !/^(AWS_ACCESS_KEY_ID|.*_KEY_ID)$/.test(name)) secrets.push(...secretPartsOf(value));
    else secrets.push(...secretPartsOf(value).slice(1));
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (isAbsolute(value) && existsSync(value)) {
      secrets.push(...secretsOfFile(value));
      continue;
    }
    if (SECRET_INPUT.test(name)) secrets.push(...secretPartsOf(value));
    else secrets.push(...secretPartsOf(value).slice(1));
  }
  args.forEach((arg, i) => {
    secrets.push(...secretPartsOf(arg).slice(1));
    const next = args[i + 1];
    if (next === undefined) return;
    if (arg === "--identity" || arg === "--google-credentials") secrets.push(...secretsOfFile(next));
    if (arg === "--passphrase-env" || arg === "--service-role-key-env") {
      const value = env[next] ?? process.env[next];
      if (value) secrets.push(value);
    }
  });
  return secrets;
}

/** The text files (manifests, records) a run left in the local-folder destinations it was given. */
export function destinationTexts(args: readonly string[]): Captured {
  const captured: Record<string, string> = {};
  args.forEach((arg, i) => {
    if (arg !== "--to" && arg !== "--from") return;
    const raw = args[i + 1] ?? "";
    const folder = raw.startsWith("file:") ? new URL(raw).pathname : raw;
    if (!isAbsolute(folder) || !existsSync(folder) || !statSync(folder).isDirectory()) return;
    for (const name of readdirSync(folder)) {
      if (!name.endsWith(".json")) continue;
      const path = join(folder, name);
      if (statSync(path).isFile()) captured[`${folder}/${name}`] = readFileSync(path, "utf8");
    }
  });
  return captured;
}
