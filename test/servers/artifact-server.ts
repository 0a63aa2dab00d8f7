import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { closeSync, createWriteStream, openSync, readFileSync, readSync, rmSync, writeSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";
import { pipeline } from "node:stream/promises";
import { blobError, handleBlob } from "./artifact/blob.ts";
import { handleRest, restError } from "./artifact/rest.ts";
import { ArtifactState, type RequestRecord, type Run, type Service, type StoredArtifact } from "./artifact/state.ts";
import { handleTwirp, twirpError } from "./artifact/twirp.ts";
import { type Conclusion, WORKFLOW_FILE } from "./artifact/workflow-runs.ts";

export type { Conclusion, RequestRecord, Service, StoredArtifact };

/** What a test sees of one artifact. */
export interface ArtifactView {
  readonly id: number;
  readonly name: string;
  readonly runId: number;
  readonly size: number;
  readonly finalized: boolean;
  readonly expired: boolean;
  readonly digest: string | undefined;
  readonly content: Buffer | undefined;
}

export interface FaultOptions {
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Only requests whose `METHOD /path?query` contains this, e.g. `CreateArtifact`, `comp=block`, `DELETE`. */
  match?: string;
}

export interface ArtifactServer {
  /** Environment of the first workflow run: what the runner gives a JavaScript action's process. */
  readonly env: Record<string, string>;
  /** Environment of a new workflow run in the same repository (new runtime token, run id, REST token). */
  newRun(options?: { actions?: "read" | "write" }): Record<string, string>;
  /** Ends the workflow run with this `GITHUB_RUN_ID` as the runner would (the REST API then lists it as completed). */
  finishRun(runId: string | number, conclusion: Conclusion): void;
  /** The next `times` requests to `service` (matching `match`) answer `status`. */
  fail(service: Service, status: number, options?: FaultOptions): void;
  /** Pending (unconsumed) fault count, to assert a retry really happened. */
  pendingFaults(): number;
  /** Marks every artifact with this name expired (kept in the REST listing with `expired: true`). */
  expire(name: string): void;
  /** Flips a byte of the stored content (the digest recorded at finalize stays the same). */
  corrupt(name: string): void;
  /** Largest page the REST listing serves, whatever `per_page` asks (GitHub's cap is 100). */
  setMaxPerPage(size: number): void;
  /** Every artifact, finalized or not, oldest first. */
  artifacts(): ArtifactView[];
  /** Every request answered so far. */
  readonly requests: readonly RequestRecord[];
  /** Called for each request as it arrives, before it is answered (to abort a client mid-upload). */
  onRequest(listener: (service: Service, method: string, path: string) => void): () => void;
  readonly owner: string;
  readonly repo: string;
  /** The local port each service listens on (whatever origin clients are given). */
  readonly ports: Readonly<Record<Service, number>>;
  close(): Promise<void>;
}

export interface ArtifactServerOptions {
  /**
   * The origins clients are given (environment, signed blob URLs, REST links) instead of
   * http://127.0.0.1:<port>, e.g. https://results.example.test reached through a test proxy.
   */
  readonly origins?: Partial<Record<Service, string>>;
}

/**
 * A local stand-in for GitHub's artifact service that the real @actions/artifact client talks to:
 * three loopback hosts (Twirp results service, blob storage, REST API) on random ports.
 */
export async function startArtifactServer(options: ArtifactServerOptions = {}): Promise<ArtifactServer> {
  const state = new ArtifactState();
  const origins = { twirp: "", blob: "", rest: "" };
  const ports = { twirp: 0, blob: 0, rest: 0 };
  const servers: Server[] = [];

  const listen = async (service: Service) => {
    const server = createServer((req, res) => {
      void dispatch(service, req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    ports[service] = (server.address() as AddressInfo).port;
    origins[service] = options.origins?.[service] ?? `http://127.0.0.1:${ports[service]}`;
  };

  const dispatch = async (service: Service, req: IncomingMessage, res: ServerResponse) => {
    const description = `${req.method} ${req.url}`;
    res.on("finish", () => {
      state.requests.push({
        service,
        method: req.method ?? "",
        path: req.url ?? "",
        status: res.statusCode,
        authorization: req.headers.authorization !== undefined,
      });
    });
    try {
      // Blob uploads go straight to a file: the test process measures its own memory.
      const upload = service === "blob" && req.method === "PUT" ? await receive(req, state.newFile()) : undefined;
      const raw = upload ? Buffer.alloc(0) : await buffer(req);
      state.events.emit("request", service, req.method, req.url);
      const fault = state.takeFault(service, description);
      if (fault !== undefined) {
        if (service === "twirp") return twirpError(res, fault, "injected fault");
        if (service === "blob") return blobError(res, fault, "InjectedFault", "injected fault");
        return restError(res, fault, "injected fault");
      }
      if (service === "twirp") return await handleTwirp(state, origins.blob, req, res, raw);
      if (service === "blob") return handleBlob(state, req, res, upload);
      return handleRest(state, origins.rest, origins.blob, req, res);
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      }
    }
  };

  await listen("twirp");
  await listen("blob");
  await listen("rest");

  const envFor = (run: Run): Record<string, string> => ({
    ACTIONS_RUNTIME_TOKEN: run.runtimeToken,
    ACTIONS_RESULTS_URL: `${origins.twirp}/`,
    GITHUB_API_URL: origins.rest,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: `${state.owner}/${state.repo}`,
    GITHUB_RUN_ID: String(run.runId),
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_RUN_NUMBER: String(state.runs.indexOf(run) + 1),
    GITHUB_WORKFLOW_REF: `${state.owner}/${state.repo}/.github/workflows/${WORKFLOW_FILE}@refs/heads/main`,
    GITHUB_ACTIONS: "true",
    GITHUB_TOKEN: run.restToken,
  });

  return {
    env: envFor(state.newRun()),
    newRun: (options = {}) => envFor(state.newRun(options.actions ?? "write")),
    finishRun: (runId, conclusion) => {
      state.conclusions.set(Number(runId), conclusion);
    },
    fail: (service, status, options = {}) => {
      const rule = { service, status, remaining: options.times ?? 1 };
      state.faults.push(options.match === undefined ? rule : { ...rule, match: options.match });
    },
    pendingFaults: () => state.faults.reduce((sum, rule) => sum + rule.remaining, 0),
    expire: (name) => {
      for (const a of state.artifacts.values()) {
        if (a.name === name) {
          a.expired = true;
          a.expiresAt = new Date(Date.now() - 1000);
        }
      }
    },
    corrupt: (name) => {
      for (const a of state.artifacts.values()) {
        if (a.name === name && a.content && a.content.length > 0) flipFirstByte(a.content.file);
      }
    },
    setMaxPerPage: (size) => {
      state.maxPerPage = size;
    },
    artifacts: () =>
      [...state.artifacts.values()]
        .sort((a, b) => a.id - b.id)
        .map((a) => ({
          id: a.id,
          name: a.name,
          runId: a.runId,
          size: a.size,
          finalized: a.finalized,
          expired: a.expired,
          digest: a.digest,
          get content() {
            return a.content && readFileSync(a.content.file);
          },
        })),
    requests: state.requests,
    onRequest: (listener) => {
      state.events.on("request", listener);
      return () => state.events.off("request", listener);
    },
    owner: state.owner,
    repo: state.repo,
    ports,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
      rmSync(state.folder, { recursive: true, force: true });
    },
  };
}

async function receive(req: IncomingMessage, file: string): Promise<{ file: string; length: number }> {
  let length = 0;
  req.on("data", (chunk: Buffer) => {
    length += chunk.length;
  });
  await pipeline(req, createWriteStream(file));
  return { file, length };
}

function flipFirstByte(file: string): void {
  const fd = openSync(file, "r+");
  try {
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, 0);
    byte[0] = (byte[0] ?? 0) ^ 0xff;
    writeSync(fd, byte, 0, 1, 0);
  } finally {
    closeSync(fd);
  }
}
