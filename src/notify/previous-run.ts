import { getOctokit } from "@actions/github";
import type { PreviousFailure, RunStatus } from "./run-report.ts";

type Env = Readonly<Record<string, string | undefined>>;

export interface PreviousRun {
  readonly status: RunStatus;
  /** When the previous run failed: its start time and link. */
  readonly failure?: PreviousFailure;
}

const FAILED = new Set(["failure", "timed_out", "cancelled", "startup_failure"]);
const TIMEOUT_MS = 10_000;

/**
 * The outcome of the previous completed run of this workflow, from the REST API
 * (`GET /repos/{owner}/{repo}/actions/workflows/{workflow}/runs?status=completed`), or undefined
 * when it cannot be told: not in Actions, no token, no earlier run, a conclusion that is neither
 * a success nor a failure (skipped, neutral), or the API refused (the token needs `actions: read`).
 * "Previous" is the newest completed run with a lower run number than this one.
 */
export async function previousWorkflowRun(token: string | undefined, env: Env): Promise<PreviousRun | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const runId = Number(env.GITHUB_RUN_ID);
  if (!token || !owner || !repo || !Number.isSafeInteger(runId)) return undefined;
  const octokit = getOctokit(token, { baseUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "") });
  const request = { signal: AbortSignal.timeout(TIMEOUT_MS) };
  let workflow: string | number | undefined = workflowFile(env.GITHUB_WORKFLOW_REF);
  let runNumber = Number(env.GITHUB_RUN_NUMBER);
  if (workflow === undefined || !Number.isSafeInteger(runNumber)) {
    const current = await octokit.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
      owner,
      repo,
      run_id: runId,
      request,
    });
    workflow = current.data.workflow_id;
    runNumber = current.data.run_number;
  }
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
    owner,
    repo,
    workflow_id: workflow,
    status: "completed",
    per_page: 20,
    request,
  });
  const previous = data.workflow_runs
    .filter((run) => run.id !== runId && run.run_number < runNumber)
    .sort((a, b) => b.run_number - a.run_number)[0];
  if (!previous?.conclusion) return undefined;
  if (previous.conclusion === "success") return { status: "success" };
  if (!FAILED.has(previous.conclusion)) return undefined;
  const failedAt = previous.run_started_at ?? previous.created_at;
  return {
    status: "failure",
    failure: {
      ...(failedAt ? { failedAt } : {}),
      reason: `workflow run ${previous.conclusion}`,
      runUrl: previous.html_url,
    },
  };
}

/** `octo/repo/.github/workflows/backup.yml@refs/heads/main` -> `backup.yml` (the API takes the file name). */
export function workflowFile(ref: string | undefined): string | undefined {
  const match = /\/\.github\/workflows\/([^/@]+)@/.exec(ref ?? "");
  return match?.[1];
}

/** The report with the workflow's previous run as its previous status; the API's answer wins over the destination's record. */
export function withPreviousRun<T extends { previousStatus?: RunStatus; previousFailure?: PreviousFailure }>(
  report: T,
  previous: PreviousRun | undefined,
): T {
  if (!previous) return report;
  const { previousFailure: recorded, ...rest } = report;
  // The destination's record, when there is one, says more (stage, reason) than the run's conclusion.
  const failure = { ...previous.failure, ...recorded };
  return {
    ...rest,
    previousStatus: previous.status,
    ...(previous.status === "failure" ? { previousFailure: failure } : {}),
  } as T;
}
