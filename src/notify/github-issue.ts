import { getOctokit } from "@actions/github";
import { DEFAULT_RETRY, type GitHubIssueConfig, type RetryConfig } from "./config.ts";
import { formatTime, oneLine, statusWord, whatRan } from "./render.ts";
import { parseRetryAfter, type RetryVerdict } from "../backoff.ts";
import { deliverWithRetries } from "./retry.ts";
import type { RunReport } from "./run-report.ts";
import { renderSummaryMarkdown } from "./summary.ts";

export type IssueAction = "opened" | "commented" | "closed" | "none" | "checked";

export interface IssueOutcome {
  readonly action: IssueAction;
  readonly number?: number;
  readonly url?: string;
}

/**
 * One open issue per failing source, labelled `strongroom-failure`:
 * failure with none open -> open one; failure with one open -> comment on it;
 * success with one open -> comment and close it; success with none -> nothing.
 * A hidden marker in the issue body ties the issue to the command and source, so two workflows
 * backing up two databases into one repository keep separate issues.
 * A test report only checks that the token can read issues (nothing is written).
 */
export async function syncFailureIssue(
  report: RunReport,
  config: GitHubIssueConfig,
  retry: RetryConfig = DEFAULT_RETRY,
): Promise<IssueOutcome> {
  // No `request` option: Octokit would replace (not merge) the proxy-aware fetch @actions/github sets.
  const octokit = getOctokit(config.token, { baseUrl: config.apiUrl });
  // Each try starts from the list of open issues, so one that an earlier try opened is found, not opened twice.
  const { value } = await deliverWithRetries(retry, classifyGitHubFailure, () => syncOnce(octokit, report, config));
  return value;
}

/**
 * Worth another try: no answer (Octokit reports it as status 500), 5xx, 408, 429, and a 403 that
 * is a rate limit (with Retry-After, or no requests left until `x-ratelimit-reset`).
 */
export function classifyGitHubFailure(error: unknown): RetryVerdict {
  const { status, response } = error as { status?: number; response?: { headers?: Record<string, string> } };
  if (typeof status !== "number") return { transient: true };
  const headers = response?.headers ?? {};
  const after = parseRetryAfter(headers["retry-after"]);
  const reset = Number(headers["x-ratelimit-reset"]);
  const limited = headers["x-ratelimit-remaining"] === "0" && Number.isFinite(reset);
  const wait = after ?? (limited ? Math.max(0, reset * 1000 - Date.now()) : undefined);
  const transient =
    status >= 500 || status === 408 || status === 429 || (status === 403 && (after !== undefined || limited));
  return { transient, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
}

async function syncOnce(octokit: Octokit, report: RunReport, config: GitHubIssueConfig): Promise<IssueOutcome> {
  const { owner, repo, label } = config;
  const marker = markerFor(report);

  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: label,
    state: "open",
    sort: "created",
    direction: "asc",
    per_page: 100,
  });
  const existing = open.find((issue) => !issue.pull_request && (issue.body ?? "").includes(marker));
  if (report.test) return { action: "checked" };

  if (report.status === "failure") {
    if (existing) {
      const comment = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: existing.number,
        body: `Failed again: ${formatTime(report.startedAt)}\n\n${renderSummaryMarkdown(report)}`,
      });
      return { action: "commented", number: existing.number, url: comment.data.html_url };
    }
    await ensureLabel(octokit, owner, repo, label);
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: oneLine(`Strongroom: ${whatRan(report)} is failing`).slice(0, 250),
      labels: [label],
      body: `${marker}\nStrongroom opened this issue because a run failed. Further failures are added as comments; the next successful run closes it.\n\n${renderSummaryMarkdown(report)}`,
    });
    return { action: "opened", number: created.data.number, url: created.data.html_url };
  }

  if (!existing) return { action: "none" };
  await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: existing.number,
    body: `${statusWord(report)}: the run at ${formatTime(report.startedAt)} succeeded; closing.\n\n${renderSummaryMarkdown(report)}`,
  });
  await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: existing.number,
    state: "closed",
    state_reason: "completed",
  });
  return { action: "closed", number: existing.number, url: existing.html_url };
}

type Octokit = ReturnType<typeof getOctokit>;

async function ensureLabel(octokit: Octokit, owner: string, repo: string, name: string): Promise<void> {
  try {
    await octokit.rest.issues.createLabel({
      owner,
      repo,
      name,
      color: "b60205",
      description: "A Strongroom backup run failed; closed by the next successful run",
    });
  } catch (error) {
    // 422: the label already exists. Anything else is a real problem (permissions, …).
    if ((error as { status?: number }).status !== 422) throw error;
  }
}

/** `<!-- strongroom-issue: backup postgres appdb@db.example.com -->`, stable across runs of one command and source. */
export function markerFor(report: RunReport): string {
  const key = oneLine(`${report.command} ${report.source ?? "(default)"}`).replace(/--/g, "- -");
  return `<!-- strongroom-issue: ${key} -->`;
}
