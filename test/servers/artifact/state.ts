import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { EventEmitter } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Conclusion } from "./workflow-runs.ts";

/** Which of the three hosts a request reached. */
export type Service = "twirp" | "blob" | "rest";

/** One artifact as the service stores it (finalized or still being uploaded). */
export interface StoredArtifact {
  readonly id: number;
  readonly name: string;
  readonly runBackendId: string;
  readonly jobBackendId: string;
  /** The public workflow run id (`GITHUB_RUN_ID`), what the REST API calls `workflow_run.id`. */
  readonly runId: number;
  readonly mimeType: string;
  readonly createdAt: Date;
  expiresAt: Date;
  finalized: boolean;
  expired: boolean;
  /** The digest the client reported at finalize time (`sha256:<hex>`), as the real service keeps it. */
  digest: string | undefined;
  size: number;
  /** Staged blocks by id: files in the server's folder, so a large upload is not held in memory. */
  blocks: Map<string, string>;
  /** The committed blob: a file in the server's folder, and its length. */
  content: { readonly file: string; readonly length: number } | undefined;
}

/** One workflow run: the runtime token's backend ids plus the REST token the run's jobs get. */
export interface Run {
  readonly runId: number;
  readonly runBackendId: string;
  readonly jobBackendId: string;
  readonly runtimeToken: string;
  readonly restToken: string;
  /** `write` may delete artifacts through REST (`actions: write`); `read` may only list and download. */
  readonly actions: "read" | "write";
}

export interface FaultRule {
  service: Service;
  status: number;
  remaining: number;
  /** Only requests whose `METHOD path?query` contains this string. */
  match?: string;
}

export interface RequestRecord {
  readonly service: Service;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly authorization: boolean;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString("base64url");

/** Shared state behind the three hosts: artifacts, runs, tokens, faults, a request log. */
export class ArtifactState {
  readonly secret = randomBytes(32);
  readonly artifacts = new Map<number, StoredArtifact>();
  readonly runs: Run[] = [];
  readonly faults: FaultRule[] = [];
  readonly requests: RequestRecord[] = [];
  readonly events = new EventEmitter();
  /** How each finished workflow run ended (served by the workflow-runs routes). */
  readonly conclusions = new Map<number, Conclusion>();
  readonly owner = "octo-org";
  readonly repo = "strongroom-test";
  maxPerPage = 100;
  /** Where blob bytes live (removed by the server's close). */
  readonly folder = mkdtempSync(join(tmpdir(), "artifact-service-"));
  private nextFile = 0;
  private nextId = 1000;
  private nextRunId = 16_000_000_000;

  newRun(actions: "read" | "write" = "write"): Run {
    const runBackendId = randomUUID();
    const jobBackendId = randomUUID();
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      iss: "vstoken.actions.githubusercontent.com",
      aud: "vso:00000000-0000-0000-0000-000000000000",
      nbf: now - 60,
      exp: now + 6 * 3600,
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
    };
    const unsigned = `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${base64url(JSON.stringify(payload))}`;
    const run: Run = {
      runId: this.nextRunId++,
      runBackendId,
      jobBackendId,
      runtimeToken: `${unsigned}.${base64url(createHmac("sha256", this.secret).update(unsigned).digest())}`,
      restToken: `ghs_${randomBytes(18).toString("base64url")}`,
      actions,
    };
    this.runs.push(run);
    return run;
  }

  /** The run whose runtime token (a JWT signed by this server) this is, if any. */
  runForRuntimeToken(token: string): Run | undefined {
    const [header, payload, signature] = token.split(".");
    if (!header || !payload || !signature) return undefined;
    const expected = createHmac("sha256", this.secret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return this.runs.find((run) => run.runtimeToken === token);
  }

  runForRestToken(token: string): Run | undefined {
    return this.runs.find((run) => run.restToken === token);
  }

  createArtifact(run: Run, name: string, mimeType: string, expiresAt: Date): StoredArtifact {
    const artifact: StoredArtifact = {
      id: this.nextId++,
      name,
      runBackendId: run.runBackendId,
      jobBackendId: run.jobBackendId,
      runId: run.runId,
      mimeType,
      createdAt: new Date(),
      expiresAt,
      finalized: false,
      expired: false,
      digest: undefined,
      size: 0,
      blocks: new Map(),
      content: undefined,
    };
    this.artifacts.set(artifact.id, artifact);
    return artifact;
  }

  /** A new file name in the server's folder. */
  newFile(): string {
    return join(this.folder, String(this.nextFile++));
  }

  /** Finalized artifacts, newest first. */
  visible(filter: (artifact: StoredArtifact) => boolean = () => true): StoredArtifact[] {
    return [...this.artifacts.values()].filter((a) => a.finalized && filter(a)).sort((a, b) => b.id - a.id);
  }

  /** Consumes one matching fault, if any, and returns its status. */
  takeFault(service: Service, description: string): number | undefined {
    const rule = this.faults.find(
      (r) => r.service === service && r.remaining > 0 && (r.match === undefined || description.includes(r.match)),
    );
    if (!rule) return undefined;
    rule.remaining--;
    return rule.status;
  }

  /** A signed URL for the blob host: HMAC over path, permissions and expiry, like a SAS. */
  signBlobUrl(blobOrigin: string, artifact: StoredArtifact, permissions: "r" | "cw", seconds = 600): string {
    const path = `/actions-results/${artifact.runBackendId}/${artifact.id}/${encodeURIComponent(artifact.name)}`;
    const expiry = new Date(Date.now() + seconds * 1000).toISOString();
    const sig = this.blobSignature(path, permissions, expiry);
    const query = new URLSearchParams({ sv: "2024-11-04", sr: "b", sp: permissions, se: expiry, sig });
    return `${blobOrigin}${path}?${query}`;
  }

  blobSignature(path: string, permissions: string, expiry: string): string {
    return createHmac("sha256", this.secret).update(`${path}\n${permissions}\n${expiry}`).digest("base64");
  }
}
