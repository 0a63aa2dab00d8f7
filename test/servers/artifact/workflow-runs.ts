import type { ServerResponse } from "node:http";
import type { ArtifactState } from "./state.ts";

/** The workflow every run of this server belongs to (`GITHUB_WORKFLOW_REF` names its file). */
export const WORKFLOW_FILE = "backup.yml";
export const WORKFLOW_ID = 161_335;

/** How a run ended, as the REST API says it; runs without one are still in progress. */
export type Conclusion = "success" | "failure" | "cancelled" | "timed_out" | "skipped" | "neutral";

/**
 * `GET /repos/{o}/{r}/actions/runs/{run_id}` and `GET /repos/{o}/{r}/actions/workflows/{id or file}/runs`
 * (`status`, `per_page`, `page`; newest first). Every run the server issued belongs to one workflow;
 * its run number is its position, and it is `completed` once a test set its conclusion.
 * Answers undefined for any other route.
 */
export function handleWorkflowRuns(
  state: ArtifactState,
  conclusions: ReadonlyMap<number, Conclusion>,
  url: URL,
  rest: readonly string[],
  res: ServerResponse,
): boolean {
  const view = (runId: number) => {
    const index = state.runs.findIndex((r) => r.runId === runId);
    const conclusion = conclusions.get(runId) ?? null;
    const created = new Date(Date.UTC(2026, 10, 24, 3, 0) + index * 3_600_000).toISOString();
    return {
      id: runId,
      name: "Backup",
      workflow_id: WORKFLOW_ID,
      run_number: index + 1,
      run_attempt: 1,
      event: "schedule",
      status: conclusion === null ? "in_progress" : "completed",
      conclusion,
      head_branch: "main",
      created_at: created,
      run_started_at: created,
      updated_at: created,
      html_url: `https://github.com/${state.owner}/${state.repo}/actions/runs/${runId}`,
    };
  };
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
    return true;
  };
  if (rest.length === 2 && rest[0] === "runs" && /^\d+$/.test(rest[1]!)) {
    const runId = Number(rest[1]);
    if (!state.runs.some((r) => r.runId === runId)) return send(404, { message: "Not Found" });
    return send(200, view(runId));
  }
  if (rest.length === 3 && rest[0] === "workflows" && rest[2] === "runs") {
    if (rest[1] !== WORKFLOW_FILE && rest[1] !== String(WORKFLOW_ID)) return send(404, { message: "Not Found" });
    const status = url.searchParams.get("status");
    const runs = state.runs
      .map((r) => view(r.runId))
      .filter((r) => status === null || r.status === status || r.conclusion === status)
      .reverse();
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30) || 30, 100);
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
    return send(200, { total_count: runs.length, workflow_runs: runs.slice((page - 1) * perPage, page * perPage) });
  }
  return false;
}
