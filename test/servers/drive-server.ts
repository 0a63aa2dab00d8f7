/**
 * A local Google Drive v3 API for tests, on the routes Strongroom uses: the OAuth token endpoint
 * (refresh-token grant), files.list (the `'<folder>' in parents and trashed = false [and name =
 * '…']` queries, pageSize/pageToken paging, at most 1000 a page, 100 by default), files.get
 * (metadata and alt=media), files.delete, and resumable uploads (a session from
 * `POST /upload/drive/v3/files?uploadType=resumable`, then PUTs with Content-Range: chunks that are
 * multiples of 256 KiB except the last, `308 Resume Incomplete` with `Range`, and status queries
 * with `Content-Range: bytes *\/*`). Files are kept on disk; an upload becomes a file only when
 * its last byte arrives.
 *
 * Bearer tokens are the access tokens it issued or a service account's self-signed JWT, checked
 * against the public key given; the token endpoint also takes such a service account's signed
 * assertion (the JWT-bearer grant). Faults can be queued per route: a status with headers, or a
 * dropped connection after some body bytes (kept, as Drive keeps what it persisted).
 */
import { createPublicKey, randomBytes, randomUUID, verify } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type DriveRoute = "token" | "list" | "get" | "media" | "delete" | "session" | "chunk";
export type DriveFault =
  | {
      readonly route: DriveRoute;
      readonly status: number;
      readonly headers?: Record<string, string>;
      readonly body?: unknown;
    }
  | { readonly route: DriveRoute; readonly dropAfterBytes: number };

export interface DriveRequest {
  readonly method: string;
  readonly route: DriveRoute | "unknown";
  readonly url: string;
  readonly status: number;
  readonly bytes: number;
  readonly contentRange?: string;
  readonly authorization?: string;
}

interface DriveFile {
  readonly id: string;
  readonly name: string;
  readonly parents: string[];
  readonly file: string;
  readonly size: number;
  readonly created: Date;
}

interface Session {
  readonly id: string;
  readonly name: string;
  readonly parents: string[];
  readonly file: string;
  offset: number;
  total: number | undefined;
}

export interface DriveTestServer {
  /** API root, ending in `/` (googleapis' `rootUrl`). */
  readonly rootUrl: string;
  readonly tokenUrl: string;
  readonly client: { readonly clientId: string; readonly clientSecret: string; readonly refreshToken: string };
  readonly requests: DriveRequest[];
  createFolder(id: string): void;
  /** Files in a folder (name, size), in creation order. */
  files(folder: string): { id: string; name: string; size: number }[];
  openSessions(): { id: string; name: string; offset: number }[];
  fault(fault: DriveFault): void;
  /** Accept self-signed service-account JWTs signed by this key. */
  trustServiceAccount(email: string, publicKeyPem: string): void;
  stop(): Promise<void>;
}

const CHUNK_UNIT = 256 * 1024;

export async function startDriveServer(): Promise<DriveTestServer> {
  const root = await mkdtemp(join(tmpdir(), "drive-"));
  const client = {
    clientId: "test-client.apps.googleusercontent.com",
    clientSecret: `secret-${randomBytes(8).toString("hex")}`,
    refreshToken: `1//refresh-${randomBytes(12).toString("hex")}`,
  };
  const tokens = new Set<string>();
  const serviceAccounts = new Map<string, string>();
  const folders = new Set<string>();
  const files = new Map<string, DriveFile>();
  const sessions = new Map<string, Session>();
  const faults: DriveFault[] = [];
  const requests: DriveRequest[] = [];
  let base = "";

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, driveError(500, "backendError", String(error)));
      else res.destroy();
    });
  });

  function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json; charset=UTF-8",
      "content-length": Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }

  function driveError(code: number, reason: string, message: string): unknown {
    return { error: { code, message, errors: [{ domain: "global", reason, message }] } };
  }

  function authorized(header: string | undefined): boolean {
    const token = /^Bearer (.+)$/.exec(header ?? "")?.[1];
    if (!token) return false;
    if (tokens.has(token)) return true;
    return signedByServiceAccount(token);
  }

  /** A JWT signed by a trusted service account's key and not expired. */
  function signedByServiceAccount(token: string): boolean {
    const [head, payload, signature] = token.split(".");
    if (!head || !payload || !signature) return false;
    try {
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as { iss?: string; exp?: number };
      const key = serviceAccounts.get(claims.iss ?? "");
      if (!key || (claims.exp ?? 0) * 1000 < Date.now()) return false;
      return verify(
        "RSA-SHA256",
        Buffer.from(`${head}.${payload}`),
        createPublicKey(key),
        Buffer.from(signature, "base64url"),
      );
    } catch {
      return false;
    }
  }

  function metadata(file: DriveFile): unknown {
    return {
      kind: "drive#file",
      id: file.id,
      name: file.name,
      parents: file.parents,
      size: String(file.size),
      modifiedTime: file.created.toISOString(),
      mimeType: "application/octet-stream",
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    const method = req.method ?? "GET";
    const route = routeOf(method, url);
    let bytes = 0;
    res.once("finish", () =>
      requests.push({
        method,
        route,
        url: url.pathname + url.search,
        status: res.statusCode,
        bytes,
        ...(req.headers["content-range"] ? { contentRange: String(req.headers["content-range"]) } : {}),
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      }),
    );
    res.once("close", () => {
      if (!res.writableFinished)
        requests.push({
          method,
          route,
          url: url.pathname + url.search,
          status: 0,
          bytes,
          ...(req.headers["content-range"] ? { contentRange: String(req.headers["content-range"]) } : {}),
        });
    });
    if (route === "unknown") {
      req.resume();
      return json(res, 404, driveError(404, "notFound", `no route ${method} ${url.pathname}`));
    }
    const index = faults.findIndex((f) => f.route === route);
    const fault = index < 0 ? undefined : faults.splice(index, 1)[0];
    if (fault && "status" in fault) {
      req.resume();
      return json(
        res,
        fault.status,
        fault.body ??
          driveError(
            fault.status,
            fault.status === 429 ? "rateLimitExceeded" : "backendError",
            `injected ${fault.status}`,
          ),
        fault.headers,
      );
    }

    if (route === "token") {
      const form = new URLSearchParams(await text(req));
      // A service account's signed assertion (google-auth-library's JWT client).
      if (form.get("grant_type") === "urn:ietf:params:oauth:grant-type:jwt-bearer") {
        if (!signedByServiceAccount(form.get("assertion") ?? ""))
          return json(res, 400, { error: "invalid_grant", error_description: "Invalid JWT Signature." });
        const token = `ya29.sa-${randomBytes(16).toString("hex")}`;
        tokens.add(token);
        return json(res, 200, { access_token: token, expires_in: 3599, token_type: "Bearer" });
      }
      if (
        form.get("grant_type") !== "refresh_token" ||
        form.get("client_id") !== client.clientId ||
        form.get("client_secret") !== client.clientSecret
      ) {
        return json(res, 401, { error: "invalid_client", error_description: "The OAuth client was not found." });
      }
      if (form.get("refresh_token") !== client.refreshToken)
        return json(res, 400, { error: "invalid_grant", error_description: "Token has been expired or revoked." });
      const token = `ya29.test-${randomBytes(16).toString("hex")}`;
      tokens.add(token);
      return json(res, 200, {
        access_token: token,
        expires_in: 3599,
        token_type: "Bearer",
        scope: "https://www.googleapis.com/auth/drive",
      });
    }

    if (!authorized(req.headers.authorization)) {
      req.resume();
      return json(
        res,
        401,
        driveError(
          401,
          "authError",
          "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        ),
        {
          "www-authenticate": 'Bearer realm="https://accounts.google.com/"',
        },
      );
    }

    if (route === "list") {
      const q = url.searchParams.get("q") ?? "";
      const match = /^'([^']+)' in parents and trashed = false(?: and name = '((?:[^'\\]|\\.)*)')?$/.exec(q);
      if (!match) return json(res, 400, driveError(400, "invalid", `unsupported query: ${q}`));
      const [, folder = "", quotedName] = match;
      if (!folders.has(folder)) return json(res, 404, driveError(404, "notFound", `File not found: ${folder}.`));
      const name = quotedName?.replace(/\\(.)/g, "$1");
      const pageSize = Math.min(1000, Number(url.searchParams.get("pageSize") ?? 100));
      const start = Number(url.searchParams.get("pageToken") ?? 0);
      const all = [...files.values()].filter(
        (f) => f.parents.includes(folder) && (name === undefined || f.name === name),
      );
      const page = all.slice(start, start + pageSize);
      return json(res, 200, {
        kind: "drive#fileList",
        incompleteSearch: false,
        files: page.map(metadata),
        ...(start + pageSize < all.length ? { nextPageToken: String(start + pageSize) } : {}),
      });
    }

    const fileId = decodeURIComponent(url.pathname.split("/").pop() ?? "");
    if (route === "get" || route === "media" || route === "delete") {
      const file = files.get(fileId);
      if (!file) return json(res, 404, driveError(404, "notFound", `File not found: ${fileId}.`));
      if (route === "delete") {
        files.delete(fileId);
        await rm(file.file, { force: true });
        res.writeHead(204);
        return void res.end();
      }
      if (route === "get") return json(res, 200, metadata(file));
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.size });
      const stream = createReadStream(file.file);
      stream.on("error", () => res.destroy());
      stream.pipe(res);
      return;
    }

    if (route === "session") {
      const body = JSON.parse((await text(req)) || "{}") as { name?: string; parents?: string[] };
      const parents = body.parents ?? [];
      if (!body.name || parents.length !== 1 || !folders.has(parents[0] ?? ""))
        return json(res, 404, driveError(404, "notFound", `File not found: ${parents[0]}.`));
      const lengthHeader = req.headers["x-upload-content-length"];
      const session: Session = {
        id: randomUUID(),
        name: body.name,
        parents,
        file: join(root, `session-${randomUUID()}`),
        offset: 0,
        total: lengthHeader === undefined ? undefined : Number(lengthHeader),
      };
      await new Promise<void>((resolve, reject) =>
        createWriteStream(session.file).end((e?: Error | null) => (e ? reject(e) : resolve())),
      );
      sessions.set(session.id, session);
      res.writeHead(200, {
        location: `${base}upload/drive/v3/files?uploadType=resumable&upload_id=${session.id}`,
        "content-length": 0,
      });
      return void res.end();
    }

    // route === "chunk"
    const session = sessions.get(url.searchParams.get("upload_id") ?? "");
    if (!session) {
      req.resume();
      return json(res, 404, driveError(404, "notFound", "Upload session not found or expired."));
    }
    const range = String(req.headers["content-range"] ?? "");
    const status = /^bytes \*\/(\*|\d+)$/.exec(range);
    const data = /^bytes (\d+)-(\d+)\/(\*|\d+)$/.exec(range);
    const incomplete = () => {
      res.writeHead(
        308,
        session.offset > 0 ? { range: `bytes=0-${session.offset - 1}`, "content-length": 0 } : { "content-length": 0 },
      );
      res.end();
    };
    if (status) {
      req.resume();
      if (status[1] !== "*") session.total = Number(status[1]);
      if (session.total !== undefined && session.offset === session.total) return finish(session, res);
      return incomplete();
    }
    if (!data) {
      req.resume();
      return json(res, 400, driveError(400, "badContentRange", `bad Content-Range: ${range}`));
    }
    const first = Number(data[1]);
    const last = Number(data[2]);
    const total = data[3] === "*" ? undefined : Number(data[3]);
    const length = last - first + 1;
    const isLast = total !== undefined && last + 1 === total;
    if (first !== session.offset) {
      req.resume();
      return json(
        res,
        400,
        driveError(400, "badContentRange", `expected the next byte at ${session.offset}, got ${first}`),
      );
    }
    if (!isLast && length % CHUNK_UNIT !== 0) {
      req.resume();
      return json(
        res,
        400,
        driveError(400, "badContentRange", "chunks other than the last must be a multiple of 256 KiB"),
      );
    }
    if (total !== undefined) session.total = total;
    const limit = fault && "dropAfterBytes" in fault ? fault.dropAfterBytes : length;
    const out = createWriteStream(session.file, { flags: "a" });
    let dropped = false;
    try {
      for await (const chunk of req) {
        let buffer = chunk as Buffer;
        if (bytes + buffer.length > limit) {
          buffer = buffer.subarray(0, limit - bytes);
          dropped = true;
        }
        bytes += buffer.length;
        if (!out.write(buffer)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
        if (dropped || bytes >= length) break;
      }
    } catch {
      dropped = true;
    } finally {
      await new Promise<void>((resolve) => out.end(() => resolve()));
    }
    session.offset += bytes;
    if (dropped) {
      req.socket.destroy();
      return;
    }
    if (bytes !== length)
      return json(res, 400, driveError(400, "badContentRange", `Content-Range says ${length} bytes, got ${bytes}`));
    if (session.total !== undefined && session.offset === session.total) return finish(session, res);
    return incomplete();
  }

  async function finish(session: Session, res: ServerResponse): Promise<void> {
    sessions.delete(session.id);
    const stored = join(root, `file-${randomUUID()}`);
    await rename(session.file, stored);
    const file: DriveFile = {
      id: randomBytes(16).toString("base64url"),
      name: session.name,
      parents: session.parents,
      file: stored,
      size: session.offset,
      created: new Date(),
    };
    files.set(file.id, file);
    json(res, 200, metadata(file));
  }

  function routeOf(method: string, url: URL): DriveRoute | "unknown" {
    const path = url.pathname;
    if (path === "/token" && method === "POST") return "token";
    if (path === "/upload/drive/v3/files" && method === "POST" && url.searchParams.get("uploadType") === "resumable")
      return "session";
    if (path === "/upload/drive/v3/files" && method === "PUT") return "chunk";
    if (path === "/drive/v3/files" && method === "GET") return "list";
    if (/^\/drive\/v3\/files\/[^/]+$/.test(path)) {
      if (method === "DELETE") return "delete";
      if (method === "GET") return url.searchParams.get("alt") === "media" ? "media" : "get";
    }
    return "unknown";
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    rootUrl: base,
    tokenUrl: `${base}token`,
    client,
    requests,
    createFolder: (id) => void folders.add(id),
    files: (folder) =>
      [...files.values()]
        .filter((f) => f.parents.includes(folder))
        .map((f) => ({ id: f.id, name: f.name, size: f.size })),
    openSessions: () => [...sessions.values()].map((s) => ({ id: s.id, name: s.name, offset: s.offset })),
    fault: (fault) => void faults.push(fault),
    trustServiceAccount: (email, key) => void serviceAccounts.set(email, key),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function text(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
