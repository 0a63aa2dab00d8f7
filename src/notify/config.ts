import { OptionReader } from "../config/raw.ts";
import { looksLikeToken, secretForms, webhookSecretParts } from "../redact.ts";
import { type EmailConfig, parseEmail } from "./email-config.ts";
import { parseWebhook, type WebhookTarget } from "./webhook-config.ts";

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

export const FAILURE_LABEL = "strongroom-failure";

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

/** Parse the raw inputs; throws one `UsageError` naming every problem (never echoing a secret). */
export function notifyConfigFromInputs(raw: RawNotifyInputs, options: NotifyConfigOptions = {}): NotifyConfig {
  const env = options.env ?? process.env;
  const notifyOnText = raw["notify-on"];
  // Option values are case-insensitive here, as they always were for notify-on.
  const reader = new OptionReader(
    { ...raw, ...(typeof notifyOnText === "string" ? { "notify-on": notifyOnText.trim().toLowerCase() } : {}) },
    env,
  );
  const problems = reader.problems;
  const notifyOn = reader.choice("notify-on", NOTIFY_ON, "failure");
  const email = parseEmail(reader, options.smtpCa, problems);

  const webhooks: WebhookTarget[] = [];
  reader.list("webhook-url").forEach((line, index) => {
    const target = parseWebhook(line, `webhook-url entry ${index + 1}`, problems);
    if (target) webhooks.push(target);
  });

  const webhookSecret = reader.string("webhook-secret");
  const githubToken = reader.string("github-token");
  const github = reader.boolean("github-issue") ? issueConfig(githubToken, env, problems) : undefined;

  const retry = Object.freeze({ ...DEFAULT_RETRY, ...options.retry });
  if (!(retry.attempts >= 1) || !Number.isInteger(retry.attempts))
    problems.push("retry attempts must be a positive integer");

  reader.finish("Fix the notification settings (smtp-url, mail-*, notify-on, webhook-*, github-*).");
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

function issueConfig(
  githubToken: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): GitHubIssueConfig | undefined {
  const repository = env.GITHUB_REPOSITORY?.trim() ?? "";
  const [owner, repo, extra] = repository.split("/");
  if (!githubToken)
    problems.push("github-issue is true but github-token is empty (pass secrets.GITHUB_TOKEN with issues: write)");
  if (!owner || !repo || extra !== undefined) {
    problems.push("github-issue is true but GITHUB_REPOSITORY ('owner/repo') is not set");
  }
  if (!githubToken || !owner || !repo || extra !== undefined) return undefined;
  const apiUrl = (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
  return Object.freeze({ token: githubToken, owner, repo, apiUrl, label: FAILURE_LABEL });
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

/**
 * The secrets the notification settings hold, as given: the SMTP password, every webhook URL
 * whole (as written and as sent), the parts of it its service treats as secret (see
 * `webhookSecretParts`: never plain path words), Basic-auth passwords, the webhook secret and the
 * GitHub token. What a run registers with its redactor (which adds every form itself); not the
 * `redact` extras, which came from that redactor.
 */
export function notifySecrets(config: NotifyConfig): string[] {
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
  return [...out];
}

/**
 * What `notify()` scrubs from every message: the config's own secrets plus the `redact` extras,
 * each in every form it could be printed in (`secretForms`), longest first, so that replacing in
 * order never leaves a tail of a longer secret.
 */
export function secretsOf(config: NotifyConfig): string[] {
  const secrets = [...notifySecrets(config), ...config.redact.filter((extra) => extra.trim().length >= 3)];
  return [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
}
