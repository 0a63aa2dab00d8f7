import type { IncomingMessage, ServerResponse } from "node:http";
import type { ArtifactState, Run, StoredArtifact } from "./state.ts";
import { handleWorkflowRuns } from "./workflow-runs.ts";

export function restError(res: ServerResponse, status: number, message: string): undefined {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ message, documentation_url: "https://docs.github.com/rest", status: String(status) }));
}

function json(res: ServerResponse, body: unknown, headers: Record<string, string> = {}): undefined {
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The GitHub REST routes for artifacts across runs: list (per repository and per run, newest
 * first, `per_page` up to 100 or the server's `maxPerPage`, `Link` headers, `name` filter), get,
 * download (302 to a signed URL on the blob host; 410 once expired) and delete (needs
 * `actions: write`). Tokens are the per-run REST tokens this server issued.
 */
export function handleRest(
  state: ArtifactState,
  apiOrigin: string,
  blobOrigin: string,
  req: IncomingMessage,
  res: ServerResponse,
): undefined {
  const url = new URL(req.url ?? "/", apiOrigin);
  const auth = req.headers.authorization ?? "";
  const match = /^(?:token|Bearer) (.+)$/i.exec(auth);
  const run = match?.[1] ? state.runForRestToken(match[1]) : undefined;
  if (!run) return restError(res, 401, "Bad credentials");
  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== "repos" || parts[1] !== state.owner || parts[2] !== state.repo || parts[3] !== "actions") {
    return restError(res, 404, "Not Found");
  }
  const rest = parts.slice(4);
  if (req.method === "GET" && handleWorkflowRuns(state, state.conclusions, url, rest, res)) return;
  if (req.method === "GET" && rest.length === 1 && rest[0] === "artifacts") {
    return list(state, url, res, () => true);
  }
  if (req.method === "GET" && rest.length === 3 && rest[0] === "runs" && rest[2] === "artifacts") {
    const runId = Number(rest[1]);
    return list(state, url, res, (a) => a.runId === runId);
  }
  if (rest[0] !== "artifacts" || rest.length < 2) return restError(res, 404, "Not Found");
  const artifact = state.visible((a) => a.id === Number(rest[1]))[0];
  if (!artifact) return restError(res, 404, "Not Found");
  if (req.method === "GET" && rest.length === 2) return json(res, describe(apiOrigin, state, artifact));
  if (req.method === "GET" && rest.length === 3) {
    if (rest[2] !== "zip") return restError(res, 404, "Not Found");
    if (artifact.expired) return restError(res, 410, "Artifact has expired");
    res.writeHead(302, { location: state.signBlobUrl(blobOrigin, artifact, "r", 60) });
    res.end();
    return;
  }
  if (req.method === "DELETE" && rest.length === 2) return remove(state, run, artifact, res);
  return restError(res, 404, "Not Found");
}

function remove(state: ArtifactState, run: Run, artifact: StoredArtifact, res: ServerResponse): undefined {
  if (run.actions !== "write") return restError(res, 403, "Resource not accessible by integration");
  state.artifacts.delete(artifact.id);
  res.writeHead(204);
  res.end();
}

function list(state: ArtifactState, url: URL, res: ServerResponse, filter: (a: StoredArtifact) => boolean): undefined {
  const name = url.searchParams.get("name");
  const all = state.visible((a) => filter(a) && (name === null || a.name === name));
  const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30) || 30, 100, state.maxPerPage);
  const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const link = (p: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set("per_page", String(perPage));
    target.searchParams.set("page", String(p));
    return `<${target}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"), link(1, "first"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  const slice = all.slice((page - 1) * perPage, page * perPage);
  json(
    res,
    { total_count: all.length, artifacts: slice.map((a) => describe(url.origin, state, a)) },
    links.length > 0 ? { link: links.join(", ") } : {},
  );
}

function describe(apiOrigin: string, state: ArtifactState, a: StoredArtifact): Record<string, unknown> {
  const base = `${apiOrigin}/repos/${state.owner}/${state.repo}/actions/artifacts/${a.id}`;
  return {
    id: a.id,
    node_id: Buffer.from(`Artifact${a.id}`).toString("base64"),
    name: a.name,
    size_in_bytes: a.size,
    url: base,
    archive_download_url: `${base}/zip`,
    expired: a.expired,
    digest: a.digest ?? null,
    created_at: a.createdAt.toISOString(),
    updated_at: a.createdAt.toISOString(),
    expires_at: a.expiresAt.toISOString(),
    workflow_run: {
      id: a.runId,
      repository_id: 1,
      head_repository_id: 1,
      head_branch: "main",
      head_sha: "0".repeat(40),
    },
  };
}
