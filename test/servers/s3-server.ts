/**
 * A real local S3 for tests: fauxqs (in-memory; it has no data directory) in a child process on
 * 127.0.0.1 with a random port, so the test process's memory is the client's alone, plus a
 * fault-injecting HTTP proxy in front of it (fauxqs has no fault hooks): drop a connection
 * part-way through a request body, answer with an S3 error (500, 429 + Retry-After, a rejected
 * part), and refuse unknown access key ids (fauxqs checks no signatures).
 *
 * fauxqs has no ListMultipartUploads; the child exposes its store's open uploads on
 * `GET /_strongroom/multipart`, which is how tests prove an upload was aborted.
 *
 * Run directly (`node test/servers/s3-server.ts`), this file is the child: it prints
 * `{"port":N}` once listening.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const TEST_REGION = "us-east-1";
export const TEST_CREDENTIALS = Object.freeze({
  accessKeyId: "STRONGROOMTESTKEY",
  secretAccessKey: "strongroom-test-secret-0123456789",
});

export interface OpenUpload {
  readonly bucket: string;
  readonly key: string;
  readonly uploadId: string;
  readonly parts: number;
}

export interface SeenRequest {
  readonly method: string;
  /** As sent: absolute-form (`http://host/path`) when the client used this as its HTTP proxy. */
  readonly target: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The fault applied, if any. */
  fault?: string;
}

export type FaultAction =
  /** Forward part of the request body, then destroy both connections. */
  | { readonly kind: "drop"; readonly afterBytes: number }
  /** Read the whole body, then answer with this response instead of forwarding. */
  | {
      readonly kind: "respond";
      readonly status: number;
      readonly headers?: Record<string, string>;
      readonly body?: string;
    };

export interface Fault {
  readonly match: (request: SeenRequest) => boolean;
  readonly action: FaultAction;
  /** How many matching requests it hits. Default 1. */
  readonly times?: number;
}

export interface FaultProxy {
  readonly endpoint: string;
  /** Every request seen, in order. */
  readonly requests: SeenRequest[];
  inject(fault: Fault): void;
  /** Removes faults and forgets requests. */
  reset(): void;
}

export interface S3TestServer {
  /** fauxqs itself. */
  readonly endpoint: string;
  /** Through the fault proxy. */
  readonly proxy: FaultProxy;
  readonly region: string;
  readonly credentials: typeof TEST_CREDENTIALS;
  createBucket(name: string): Promise<void>;
  /** Multipart uploads begun and neither completed nor aborted. */
  openUploads(bucket: string): Promise<OpenUpload[]>;
  /** Every key in the bucket, whatever its prefix. */
  keys(bucket: string): Promise<string[]>;
  stop(): Promise<void>;
}

/** An S3 error answer as AWS sends it. */
export function s3Error(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Extract<FaultAction, { kind: "respond" }> {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>FAULT</RequestId></Error>`;
  return { kind: "respond", status, headers: { "content-type": "application/xml", ...headers }, body };
}

export const is = {
  uploadPart: (partNumber?: number) => (r: SeenRequest) =>
    r.method === "PUT" &&
    r.query.has("uploadId") &&
    (partNumber === undefined || r.query.get("partNumber") === String(partNumber)),
  putObject: (r: SeenRequest) => r.method === "PUT" && !r.query.has("uploadId") && r.path.split("/").length > 2,
  head: (r: SeenRequest) => r.method === "HEAD",
  any: () => true,
};

export async function startS3Server(): Promise<S3TestServer> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, FAUXQS_LOGGER: "false" },
  });
  const port = await readPort(child);
  const endpoint = `http://127.0.0.1:${port}`;
  const proxy = await startFaultProxy(port);
  const admin = async (path: string, method = "GET") => {
    const response = await fetch(`${endpoint}/_strongroom/${path}`, { method });
    if (!response.ok) throw new Error(`s3 test server: ${method} ${path} -> ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  return {
    endpoint,
    proxy,
    region: TEST_REGION,
    credentials: TEST_CREDENTIALS,
    async createBucket(name) {
      await admin(`bucket/${encodeURIComponent(name)}`, "POST");
    },
    async openUploads(bucket) {
      return (await admin(`multipart/${encodeURIComponent(bucket)}`)) as OpenUpload[];
    },
    async keys(bucket) {
      return (await admin(`keys/${encodeURIComponent(bucket)}`)) as string[];
    },
    async stop() {
      proxy.server.closeAllConnections();
      await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await once(child, "exit");
      }
    },
  };
}

async function readPort(child: ChildProcess): Promise<number> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`s3 test server exited early with code ${code}`);
  });
  const first = (async () => {
    for await (const line of lines) {
      const match = /^\{"port":(\d+)\}$/.exec(line.trim());
      if (match) return Number(match[1]);
    }
    throw new Error("s3 test server printed no port");
  })();
  return Promise.race([first, exited]);
}

async function startFaultProxy(upstreamPort: number): Promise<FaultProxy & { server: Server }> {
  const faults: { fault: Fault; left: number }[] = [];
  const requests: SeenRequest[] = [];

  const forward = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest, dropAfter?: number) => {
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port: upstreamPort,
        method: req.method,
        path: `${seen.path}${seen.query.size ? `?${seen.query}` : ""}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on("error", () => res.destroy());
      },
    );
    upstream.on("error", () => res.destroy());
    if (dropAfter === undefined) {
      req.pipe(upstream);
      return;
    }
    let forwarded = 0;
    req.on("data", (chunk: Buffer) => {
      if (forwarded >= dropAfter) return;
      const room = dropAfter - forwarded;
      upstream.write(chunk.subarray(0, room));
      forwarded += Math.min(room, chunk.length);
      if (forwarded >= dropAfter) {
        seen.fault = `drop after ${forwarded} bytes`;
        upstream.destroy();
        req.socket.destroy();
      }
    });
    req.on("end", () => {
      if (forwarded < dropAfter) {
        upstream.destroy();
        req.socket.destroy();
      }
    });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://proxy");
    const seen: SeenRequest = {
      method: req.method ?? "GET",
      target: req.url ?? "/",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    };
    requests.push(seen);
    req.on("error", () => {});
    res.on("error", () => {});
    const keyId = /Credential=([^/,\s]+)\//.exec(String(req.headers.authorization ?? ""))?.[1];
    if (keyId !== undefined && keyId !== TEST_CREDENTIALS.accessKeyId) {
      seen.fault = "InvalidAccessKeyId";
      return answer(
        req,
        res,
        s3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."),
      );
    }
    const entry = faults.find((f) => f.left > 0 && f.fault.match(seen));
    if (!entry) return forward(req, res, seen);
    entry.left -= 1;
    const { action } = entry.fault;
    if (action.kind === "drop") return forward(req, res, seen, action.afterBytes);
    seen.fault = `${action.status}`;
    return answer(req, res, action);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    server,
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    inject(fault) {
      faults.push({ fault, left: fault.times ?? 1 });
    },
    reset() {
      faults.length = 0;
      requests.length = 0;
    },
  };
}

function answer(req: IncomingMessage, res: ServerResponse, action: Extract<FaultAction, { kind: "respond" }>): void {
  req.resume();
  req.on("end", () => {
    const body = req.method === "HEAD" ? "" : (action.body ?? "");
    res.writeHead(action.status, { ...action.headers, "content-length": String(Buffer.byteLength(body)) });
    res.end(body);
  });
}

/** The child: fauxqs with stores we can look into. */
async function serve(): Promise<void> {
  const app = await import("fauxqs");
  const base = import.meta.resolve("fauxqs");
  const { S3Store } = await import(new URL("./s3/s3Store.js", base).href);
  const { SqsStore } = await import(new URL("./sqs/sqsStore.js", base).href);
  const { SnsStore } = await import(new URL("./sns/snsStore.js", base).href);
  const s3Store = new S3Store();
  const fastify = app.buildApp({
    logger: false,
    stores: { s3Store, sqsStore: new SqsStore(), snsStore: new SnsStore() },
  });
  type Params = { Params: { bucket: string } };
  fastify.post<Params>("/_strongroom/bucket/:bucket", async (request) => {
    s3Store.createBucket(request.params.bucket);
    return {};
  });
  fastify.get<Params>("/_strongroom/multipart/:bucket", async (request) => {
    const open: OpenUpload[] = [];
    for (const upload of s3Store.multipartUploads.values()) {
      if (upload.bucket === request.params.bucket)
        open.push({ bucket: upload.bucket, key: upload.key, uploadId: upload.uploadId, parts: upload.parts.size });
    }
    return open;
  });
  fastify.get<Params>("/_strongroom/keys/:bucket", async (request) =>
    [...(s3Store.buckets.get(request.params.bucket)?.keys() ?? [])].sort(),
  );
  await fastify.listen({ port: 0, host: "127.0.0.1" });
  const { port } = fastify.server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  const stop = () => void fastify.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve();
