import type { IncomingMessage, ServerResponse } from "node:http";
import type { ArtifactState, Run, StoredArtifact } from "./state.ts";

const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService/";

/** Twirp error codes and the HTTP statuses Twirp maps them to. */
const TWIRP_CODES: Record<number, string> = {
  400: "invalid_argument",
  401: "unauthenticated",
  403: "permission_denied",
  404: "not_found",
  409: "already_exists",
  429: "resource_exhausted",
  500: "internal",
  502: "unavailable",
  503: "unavailable",
  504: "deadline_exceeded",
};

export function twirpError(res: ServerResponse, status: number, msg: string): undefined {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ code: TWIRP_CODES[status] ?? "unknown", msg }));
}

function reply(res: ServerResponse, body: unknown): undefined {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

type Body = Record<string, unknown>;

/**
 * The artifact service's Twirp JSON API (`github.actions.results.api.v1.ArtifactService`), as
 * @actions/artifact 6.x calls it: proto field names, int64 as strings, wrappers as bare values,
 * timestamps as RFC 3339. A request must carry a runtime token and name that token's own run.
 */
export async function handleTwirp(
  state: ArtifactState,
  blobOrigin: string,
  req: IncomingMessage,
  res: ServerResponse,
  raw: Buffer,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://twirp");
  if (req.method !== "POST" || !url.pathname.startsWith(SERVICE)) return twirpError(res, 404, "no such route");
  const method = url.pathname.slice(SERVICE.length);
  const auth = req.headers.authorization ?? "";
  const run = auth.startsWith("Bearer ") ? state.runForRuntimeToken(auth.slice(7)) : undefined;
  if (!run) return twirpError(res, 401, "invalid runtime token");
  if (!String(req.headers["content-type"]).startsWith("application/json")) {
    return twirpError(res, 400, "only the JSON protocol is served here");
  }
  let body: Body;
  try {
    body = JSON.parse(raw.toString("utf8")) as Body;
  } catch {
    return twirpError(res, 400, "malformed JSON");
  }
  if (body.workflow_run_backend_id !== run.runBackendId || body.workflow_job_run_backend_id !== run.jobBackendId) {
    return twirpError(res, 403, "the request names another workflow run than its token");
  }
  const name = typeof body.name === "string" ? body.name : "";
  switch (method) {
    case "CreateArtifact":
      return createArtifact(state, run, body, name, res, blobOrigin);
    case "FinalizeArtifact":
      return finalizeArtifact(state, run, body, name, res);
    case "ListArtifacts": {
      const nameFilter = typeof body.name_filter === "string" ? body.name_filter : undefined;
      const idFilter = typeof body.id_filter === "string" ? Number(body.id_filter) : undefined;
      const artifacts = state
        .visible((a) => a.runBackendId === run.runBackendId && !a.expired)
        .filter(
          (a) => (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter),
        );
      return reply(res, { artifacts: artifacts.map(monolith) });
    }
    case "GetSignedArtifactURL": {
      const artifact = inRun(state, run, name);
      if (!artifact) return twirpError(res, 404, `artifact ${name} not found`);
      return reply(res, { signed_url: state.signBlobUrl(blobOrigin, artifact, "r") });
    }
    case "DeleteArtifact": {
      const artifact = inRun(state, run, name);
      if (!artifact) return twirpError(res, 404, `artifact ${name} not found`);
      state.artifacts.delete(artifact.id);
      return reply(res, { ok: true, artifact_id: String(artifact.id) });
    }
    default:
      return twirpError(res, 404, `unknown method ${method}`);
  }
}

function inRun(state: ArtifactState, run: Run, name: string): StoredArtifact | undefined {
  return state.visible((a) => a.runBackendId === run.runBackendId && a.name === name && !a.expired)[0];
}

function createArtifact(
  state: ArtifactState,
  run: Run,
  body: Body,
  name: string,
  res: ServerResponse,
  blobOrigin: string,
): undefined {
  if (!name || /[":<>|*?\r\n\\/]/.test(name)) return twirpError(res, 400, `invalid artifact name '${name}'`);
  if (body.version !== 7) return twirpError(res, 400, `unsupported artifact version ${String(body.version)}`);
  if (inRun(state, run, name)) {
    return twirpError(res, 409, "an artifact with this name already exists on the workflow run");
  }
  // An upload that never finalized is replaced, as the service does.
  for (const a of state.artifacts.values()) {
    if (!a.finalized && a.runBackendId === run.runBackendId && a.name === name) state.artifacts.delete(a.id);
  }
  const expiresAt =
    typeof body.expires_at === "string" ? new Date(body.expires_at) : new Date(Date.now() + 90 * 86_400_000);
  const mimeType = typeof body.mime_type === "string" ? body.mime_type : "application/zip";
  const artifact = state.createArtifact(run, name, mimeType, expiresAt);
  reply(res, { ok: true, signed_upload_url: state.signBlobUrl(blobOrigin, artifact, "cw") });
}

function finalizeArtifact(state: ArtifactState, run: Run, body: Body, name: string, res: ServerResponse): undefined {
  const artifact = [...state.artifacts.values()].find(
    (a) => !a.finalized && a.runBackendId === run.runBackendId && a.name === name,
  );
  if (!artifact) return twirpError(res, 404, `no upload in progress for ${name}`);
  if (!artifact.content) return twirpError(res, 400, `the blob for ${name} was never committed`);
  const size = Number(body.size ?? "0");
  if (size !== artifact.content.length) {
    return twirpError(res, 400, `finalize says ${size} bytes, blob holds ${artifact.content.length}`);
  }
  artifact.size = size;
  artifact.digest = typeof body.hash === "string" ? body.hash : undefined;
  artifact.finalized = true;
  reply(res, { ok: true, artifact_id: String(artifact.id) });
}

function monolith(a: StoredArtifact): Body {
  return {
    workflow_run_backend_id: a.runBackendId,
    workflow_job_run_backend_id: a.jobBackendId,
    database_id: String(a.id),
    name: a.name,
    size: String(a.size),
    created_at: a.createdAt.toISOString(),
    ...(a.digest ? { digest: a.digest } : {}),
  };
}
