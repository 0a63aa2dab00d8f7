import type { OptionReader } from "../config/raw.ts";
import { safeDecode } from "./webhook-config.ts";

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

/** `smtp-url`, `mail-from` and `mail-to`, or undefined when no mail is configured. */
export function parseEmail(
  reader: OptionReader,
  smtpCa: string | undefined,
  problems: string[],
): EmailConfig | undefined {
  const smtpUrl = reader.string("smtp-url") ?? "";
  const from = reader.string("mail-from") ?? "";
  const to = (reader.string("mail-to") ?? "")
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
    problems.push(`smtp-url: scheme must be one of smtps, smtp; got '${url.protocol.replace(/:$/, "")}'`);
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
    ...(smtpCa ? { ca: smtpCa } : {}),
    display: `${url.protocol}//${url.host}`,
  });
}

function looksLikeAddress(value: string): boolean {
  const angle = /<([^<>]+)>\s*$/.exec(value);
  const address = angle?.[1] ?? value;
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address.trim());
}
