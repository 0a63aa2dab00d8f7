export const WEBHOOK_KINDS = ["slack", "discord", "ntfy", "json"] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

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

/** One `webhook-url` line: `[kind:]url`, the kind detected from the host when no prefix names it. */
export function parseWebhook(line: string, where: string, problems: string[]): WebhookTarget | undefined {
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
    problems.push(`${where}: scheme must be one of https, http; got '${url.protocol.replace(/:$/, "")}'`);
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

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
