import type { NotifyConfig, NotifyOn } from "./config.ts";
import type { WebhookKind } from "./webhook-config.ts";
import { secretsOf } from "./config.ts";
import { sendEmail } from "./email.ts";
import { syncFailureIssue } from "./github-issue.ts";
import { redactDeep, redactText } from "../redact.ts";
import type { RunReport } from "./run-report.ts";
import { deliver, WebhookError, webhookRequest } from "./webhook.ts";

export type NotifyChannel = "email" | WebhookKind | "github-issue";

export interface NotifyResult {
  readonly channel: NotifyChannel;
  /** Safe to log: recipients' count and SMTP host, webhook kind and host, or owner/repo. */
  readonly target: string;
  readonly status: "sent" | "skipped" | "failed";
  readonly detail?: string;
  /** Webhook attempts made. */
  readonly attempts?: number;
}

export interface NotifyLog {
  warning(msg: string): void;
  info(msg: string): void;
}

/**
 * Whether a message channel (email, webhooks) speaks for this report:
 * failures always; successes under `always`, or under `recovery` when the previous run failed.
 * A test report (`notify --test`) always goes out.
 */
export function shouldSend(report: RunReport, notifyOn: NotifyOn): boolean {
  if (report.test || report.status === "failure") return true;
  if (notifyOn === "always") return true;
  return notifyOn === "recovery" && report.previousStatus === "failure";
}

/**
 * Send the report to every configured channel, concurrently. Never throws: a failing channel is a
 * warning and a `failed` result. Every string is redacted with the config's secrets first.
 * The GitHub issue follows its own lifecycle (open on failure, close on success), whatever `notify-on` says.
 */
export async function notify(report: RunReport, config: NotifyConfig, log: NotifyLog): Promise<NotifyResult[]> {
  const secrets = secretsOf(config);
  const clean = redactDeep(report, secrets);
  const send = shouldSend(clean, config.notifyOn);
  const why = `notify-on is '${config.notifyOn}'${config.notifyOn === "recovery" ? " and the previous run did not fail" : ""}`;

  const jobs: Array<{
    channel: NotifyChannel;
    target: string;
    run: () => Promise<Omit<NotifyResult, "channel" | "target">>;
  }> = [];

  if (config.email) {
    const email = config.email;
    const target = `${email.to.length} recipient(s) via ${email.display}`;
    jobs.push({
      channel: "email",
      target,
      run: async () => {
        if (!send) return { status: "skipped", detail: why };
        const info = await sendEmail(clean, email, config.retry);
        return { status: "sent", detail: info.response };
      },
    });
  }

  for (const hook of config.webhooks) {
    jobs.push({
      channel: hook.kind,
      target: hook.display,
      run: async () => {
        if (!send) return { status: "skipped", detail: why };
        const result = await deliver(hook, webhookRequest(hook, clean, config.webhookSecret), config.retry);
        return { status: "sent", detail: `HTTP ${result.status}`, attempts: result.attempts };
      },
    });
  }

  if (config.github) {
    const github = config.github;
    jobs.push({
      channel: "github-issue",
      target: `${github.owner}/${github.repo}`,
      run: async () => {
        const outcome = await syncFailureIssue(clean, github, config.retry);
        if (outcome.action === "none") return { status: "skipped", detail: "no open failure issue" };
        if (outcome.action === "checked")
          return { status: "sent", detail: "test: the token can list issues (nothing written)" };
        return { status: "sent", detail: `${outcome.action} issue #${outcome.number}` };
      },
    });
  }

  const results = await Promise.all(
    jobs.map(async (job): Promise<NotifyResult> => {
      try {
        const outcome = await job.run();
        const result: NotifyResult = { channel: job.channel, target: job.target, ...outcome };
        if (result.status === "sent")
          log.info(`notify: ${job.channel} → ${job.target}: ${safe(result.detail ?? "sent", secrets)}`);
        else log.info(`notify: ${job.channel} → ${job.target}: skipped (${result.detail ?? ""})`);
        return { ...result, ...(result.detail ? { detail: safe(result.detail, secrets) } : {}) };
      } catch (error) {
        const detail = safe(describe(error), secrets);
        log.warning(`notify: ${job.channel} → ${job.target} failed: ${detail}`);
        const attempts = error instanceof WebhookError ? error.attempts : undefined;
        return {
          channel: job.channel,
          target: job.target,
          status: "failed",
          detail,
          ...(attempts ? { attempts } : {}),
        };
      }
    }),
  );
  if (jobs.length === 0) log.info("notify: no notification channel is configured");
  return results;
}

function safe(text: string, secrets: readonly string[]): string {
  return redactText(text, secrets);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { status?: number }).status;
  // Octokit errors carry the request (with the token in headers) and the full URL; keep only the gist.
  if (error.name === "HttpError" && status !== undefined) {
    const hint =
      status === 401 || status === 403
        ? " (the token needs `issues: write`; add `permissions: issues: write` to the job)"
        : status === 404
          ? " (repository not found or the token cannot see it)"
          : "";
    return `GitHub API answered ${status}: ${error.message.split("\n")[0]}${hint}`;
  }
  const code = (error as { code?: string }).code;
  return `${error.message}${code && !error.message.includes(code) ? ` (${code})` : ""}`;
}
