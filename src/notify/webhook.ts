import { createHmac, randomUUID } from "node:crypto";
import type { RetryConfig } from "./config.ts";
import type { WebhookTarget } from "./webhook-config.ts";
import { headline, oneLine, reportFacts, statusWord, truncate, whatRan } from "./render.ts";
import { parseRetryAfter, type RetryVerdict } from "../backoff.ts";
import { deliverWithRetries, type FailedDelivery } from "./retry.ts";
import type { RunReport } from "./run-report.ts";

/** One HTTP request a webhook kind turns the report into. */
export interface WebhookRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
}

export const SIGNATURE_HEADER = "X-Strongroom-Signature";

/** `sha256=<hex>` HMAC of the exact body bytes; receivers recompute it and compare in constant time. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

const GREEN = 0x1a7f37;
const RED = 0xb60205;

function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack incoming webhook: `text` (fallback/notification) plus Block Kit blocks. */
export function slackPayload(report: RunReport): Record<string, unknown> {
  const facts = reportFacts(report).filter((f) => f.label !== "Status" && f.label !== "Workflow run");
  const icon = report.status === "failure" ? ":x:" : ":white_check_mark:";
  const title = truncate(`${statusWord(report)}${report.test ? " (test)" : ""}: ${oneLine(whatRan(report))}`, 140);
  const body = facts
    .map((f) => `*${slackEscape(f.label)}:* ${slackEscape(f.value).replace(/\n/g, "\n    ")}`)
    .join("\n");
  const blocks: Record<string, unknown>[] = [
    { type: "header", text: { type: "plain_text", text: truncate(`Strongroom ${title}`, 150), emoji: true } },
    { type: "section", text: { type: "mrkdwn", text: truncate(body, 2900) } },
  ];
  if (report.runUrl) {
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `<${report.runUrl}|View the workflow run>` }] });
  }
  return { text: `${icon} ${slackEscape(headline(report))}`, blocks, unfurl_links: false, unfurl_media: false };
}

/** Discord webhook: one embed, fields for the facts, mentions disabled (error text can contain "@everyone"). */
export function discordPayload(report: RunReport): Record<string, unknown> {
  const facts = reportFacts(report).filter((f) => f.label !== "Status" && f.label !== "Workflow run");
  const long = new Set(["Destinations", "Error", "Hint", "Stages"]);
  return {
    username: "Strongroom",
    content: truncate(headline(report), 2000),
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: truncate(`${statusWord(report)}${report.test ? " (test)" : ""}: ${oneLine(whatRan(report))}`, 256),
        ...(report.runUrl ? { url: report.runUrl } : {}),
        color: report.status === "failure" ? RED : GREEN,
        timestamp: report.finishedAt ?? report.startedAt,
        fields: facts.slice(0, 25).map((f) => ({
          name: truncate(f.label, 256),
          value: truncate(f.value, 1024),
          inline: !long.has(f.label),
        })),
        footer: { text: "Strongroom" },
      },
    ],
  };
}

/** ntfy: the facts as the plain-text message; title, priority, tags and click link in headers. */
export function ntfyRequest(report: RunReport): WebhookRequest {
  const facts = reportFacts(report).filter((f) => f.label !== "Status");
  const failed = report.status === "failure";
  const headers: Record<string, string> = {
    "Content-Type": "text/plain; charset=utf-8",
    Title: headerValue(`Strongroom ${report.test ? "TEST " : ""}${statusWord(report)}: ${oneLine(whatRan(report))}`),
    Priority: failed ? "high" : "default",
    Tags: failed ? "rotating_light,strongroom" : "white_check_mark,strongroom",
  };
  if (report.runUrl) headers.Click = report.runUrl;
  return {
    headers,
    body: truncate(facts.map((f) => `${f.label}: ${f.value.replace(/\n/g, "\n  ")}`).join("\n"), 4000),
  };
}

/** Generic JSON: `{ event, version, report }`, signed when a secret is configured. */
export function jsonRequest(
  report: RunReport,
  secret: string | undefined,
  deliveryId: string = randomUUID(),
): WebhookRequest {
  const body = JSON.stringify({ event: "strongroom.run", version: 1, delivery: deliveryId, report });
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "X-Strongroom-Event": "run",
    "X-Strongroom-Delivery": deliveryId,
  };
  if (secret) headers[SIGNATURE_HEADER] = signBody(body, secret);
  return { headers, body };
}

/** Header values must be Latin-1; anything else goes as an RFC 2047 encoded word (ntfy decodes it). */
function headerValue(value: string): string {
  const clean = truncate(oneLine(value), 250);
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  return `=?UTF-8?B?${Buffer.from(clean, "utf8").toString("base64")}?=`;
}

export function webhookRequest(target: WebhookTarget, report: RunReport, secret: string | undefined): WebhookRequest {
  switch (target.kind) {
    case "slack":
      return { headers: { "Content-Type": "application/json" }, body: JSON.stringify(slackPayload(report)) };
    case "discord":
      return { headers: { "Content-Type": "application/json" }, body: JSON.stringify(discordPayload(report)) };
    case "ntfy":
      return ntfyRequest(report);
    case "json":
      return jsonRequest(report, secret);
  }
}

export class WebhookError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    readonly status?: number,
  ) {
    super(message);
    this.name = "WebhookError";
  }
}

export interface DeliveryResult {
  readonly status: number;
  readonly attempts: number;
}

/** A webhook's answer that was not a 2xx. */
class WebhookStatus extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter: string | null,
  ) {
    super(`HTTP ${status}`);
  }
}

function classifyWebhookFailure(error: unknown): RetryVerdict {
  if (!(error instanceof WebhookStatus)) return { transient: true };
  const transient = error.status >= 500 || error.status === 429 || error.status === 408;
  const wait = parseRetryAfter(error.retryAfter);
  return { transient, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
}

/**
 * POST with retries: network errors, timeouts, 5xx and 429 are retried with exponential backoff
 * and jitter (honouring Retry-After up to `maxDelayMs`); other 4xx and redirects fail at once.
 * Errors name the kind and host only, never the URL (it carries the token).
 */
export async function deliver(
  target: WebhookTarget,
  request: WebhookRequest,
  retry: RetryConfig,
  signal?: AbortSignal,
): Promise<DeliveryResult> {
  const headers: Record<string, string> = { "User-Agent": "strongroom-notify", ...request.headers };
  if (target.basicAuth) {
    headers.Authorization = `Basic ${Buffer.from(`${target.basicAuth.user}:${target.basicAuth.pass}`).toString("base64")}`;
  }
  const post = async (): Promise<number> => {
    const timeout = AbortSignal.timeout(retry.timeoutMs);
    const response = await fetch(target.url, {
      method: "POST",
      headers,
      body: request.body,
      redirect: "manual",
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    // Drain so the connection can be reused; the body is not needed (and may echo the request).
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return response.status;
    throw new WebhookStatus(response.status, response.headers.get("retry-after"));
  };
  try {
    const { value, attempts } = await deliverWithRetries(retry, classifyWebhookFailure, post, signal);
    return { status: value, attempts };
  } catch (error) {
    const attempts = (error as FailedDelivery).attempts ?? 1;
    if (signal?.aborted) throw new WebhookError(`${target.display}: cancelled`, attempts);
    if (error instanceof WebhookStatus && !classifyWebhookFailure(error).transient) {
      throw new WebhookError(
        `${target.display} answered HTTP ${error.status}${hintFor(error.status)}`,
        attempts,
        error.status,
      );
    }
    const problem = error instanceof WebhookStatus ? error.message : describeNetworkError(error, retry.timeoutMs);
    throw new WebhookError(`${target.display} failed after ${attempts} attempt(s): ${problem}`, attempts);
  }
}

function hintFor(status: number): string {
  if (status >= 300 && status < 400)
    return " (a redirect; webhooks are not followed across redirects, use the final URL)";
  if (status === 404 || status === 410) return " (the webhook was deleted or the URL is wrong)";
  if (status === 401 || status === 403) return " (check the webhook's credentials)";
  return "";
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  if (cause?.code) return `network error ${cause.code}`;
  return error instanceof Error ? `network error: ${error.message}` : "network error";
}
