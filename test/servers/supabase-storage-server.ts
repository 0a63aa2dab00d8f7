/**
 * A local Supabase Storage API for tests: the REST routes @supabase/storage-js calls (bucket
 * get/create, object upload/update, download, info, list with prefix/limit/offset/search, remove)
 * and the TUS resumable endpoint (`/storage/v1/upload/resumable`: creation, creation-with-upload,
 * creation-defer-length, HEAD, PATCH, termination). Objects live in files under a temp folder and
 * appear by rename when complete, as the real service publishes an upload only when it finishes.
 *
 * Auth as the hosted gateway does it: REST routes want `apikey` and `Authorization: Bearer` with
 * the service key; TUS accepts the bearer alone.
 *
 * File size limits as supabase/storage enforces them: the project's global limit (`maxFileSize`,
 * 50 MB on the free plan) and a bucket's own `file_size_limit`, the lower of the two. A standard
 * upload above it gets the service's EntityTooLarge error (HTTP 400, body statusCode "413",
 * "Payload too large"); TUS (@tus/server with that `maxSize`) answers 413 "Maximum size exceeded"
 * to a creation or a declared length above it, and 413 "upload's size exceeded" to a PATCH whose
 * offset plus Content-Length would pass it, and keeps the upload until the client terminates it.
 * Faults can be queued per route: a status (with headers such as Retry-After), or a dropped
 * connection after some body bytes, which a TUS PATCH keeps (the real tus server stores what it
 * received before the socket died).
 *
 * The one fake Storage for every test: destinations store backups in it, the Supabase source
 * backs up its buckets (public flag, size limit, MIME types) and objects, and restores into a new one.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rename, rm, stat, truncate } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type SupabaseRoute =
  | "bucket"
  | "upload"
  | "download"
  | "info"
  | "list"
  | "remove"
  | "tus-create"
  | "tus-head"
  | "tus-patch"
  | "tus-delete";

export type SupabaseFault =
  | {
      readonly route: SupabaseRoute;
      readonly status: number;
      readonly headers?: Record<string, string>;
      readonly body?: unknown;
    }
  | { readonly route: SupabaseRoute; readonly dropAfterBytes: number };

export interface RequestRecord {
  readonly method: string;
  readonly route: SupabaseRoute | "unknown";
  readonly path: string;
  /** Body bytes the server received (PATCH and uploads). */
  readonly bytes: number;
  /** Upload-Offset of a PATCH. */
  readonly offset?: number;
  readonly status: number;
  readonly headers: IncomingMessage["headers"];
}

interface StoredObject {
  readonly id: string;
  readonly file: string;
  readonly size: number;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly created: Date;
  readonly updated: Date;
}

interface TusUpload {
  readonly id: string;
  readonly bucket: string;
  readonly key: string;
  readonly file: string;
  readonly upsert: boolean;
  readonly contentType: string;
  readonly cacheControl: string;
  length: number | undefined;
  offset: number;
  busy: boolean;
}

/** A bucket's settings, as the dashboard (or createBucket) sets them. */
export interface BucketSettings {
  readonly public?: boolean;
  /** Its own `file_size_limit` in bytes. */
  readonly fileSizeLimit?: number | null;
  readonly allowedMimeTypes?: readonly string[] | null;
}

export interface StoredBucket {
  readonly id: string;
  readonly public: boolean;
  readonly fileSizeLimit: number | null;
  readonly allowedMimeTypes: readonly string[] | null;
}

export interface SupabaseStorageTestServer {
  /** The project URL (SUPABASE_URL). */
  readonly url: string;
  /** The local port it listens on. */
  readonly port: number;
  readonly serviceRoleKey: string;
  readonly requests: RequestRecord[];
  /** A bucket, optionally public, with its own `file_size_limit` or allowed MIME types (as set in the dashboard). */
  createBucket(name: string, options?: BucketSettings): void;
  /** Every bucket with its settings, sorted by id. */
  buckets(): StoredBucket[];
  /** Stores an object directly, as a project's users would have. */
  putObject(bucket: string, key: string, body: Buffer, contentType?: string, cacheControl?: string): void;
  /** Object keys in a bucket, sorted. */
  keys(bucket: string): string[];
  /** Objects in a bucket with their stored sizes and content types, sorted by key. */
  objects(bucket: string): { key: string; size: number; contentType: string; cacheControl: string }[];
  /** An object's bytes. */
  read(bucket: string, key: string): Buffer;
  /** Every object of every bucket: `bucket/key` → `content-type sha256`, to compare two projects. */
  files(): Record<string, string>;
  /** TUS uploads created and neither finished nor terminated. */
  openUploads(): { id: string; bucket: string; key: string; offset: number }[];
  fault(fault: SupabaseFault): void;
  /** The project's global file size limit (50 MB on the free plan); none when undefined. */
  maxFileSize: number | undefined;
  stop(): Promise<void>;
}

const TUS_PREFIX = "/storage/v1/upload/resumable";

export async function startSupabaseStorageServer(
  /** `publicUrl`: the project URL clients are given (and TUS locations use) instead of http://127.0.0.1:<port>. */
  options: { serviceRoleKey?: string; publicUrl?: string } = {},
): Promise<SupabaseStorageTestServer> {
  const serviceRoleKey = options.serviceRoleKey ?? `test-service-role-${randomBytes(12).toString("hex")}`;
  const root = await mkdtemp(join(tmpdir(), "supabase-storage-"));
  const buckets = new Map<string, StoredBucket & { created: Date; objects: Map<string, StoredObject> }>();
  const addBucket = (id: string, settings: BucketSettings) =>
    buckets.set(id, {
      id,
      public: settings.public ?? false,
      fileSizeLimit: settings.fileSizeLimit ?? null,
      allowedMimeTypes: settings.allowedMimeTypes ?? null,
      created: new Date(),
      objects: new Map(),
    });
  const bucketJson = (bucket: StoredBucket & { created: Date }) => ({
    id: bucket.id,
    name: bucket.id,
    owner: "",
    public: bucket.public,
    created_at: bucket.created.toISOString(),
    updated_at: bucket.created.toISOString(),
    file_size_limit: bucket.fileSizeLimit,
    allowed_mime_types: bucket.allowedMimeTypes,
  });
  const uploads = new Map<string, TusUpload>();
  const faults: SupabaseFault[] = [];
  const requests: RequestRecord[] = [];
  let url = "";
  const limits: { maxFileSize: number | undefined } = { maxFileSize: undefined };

  /** supabase/storage: the bucket's limit when set, never above the global one. */
  const limitFor = (bucket: string): number | undefined => {
    const own = buckets.get(bucket)?.fileSizeLimit ?? undefined;
    const global = limits.maxFileSize;
    if (own === undefined) return global;
    return global === undefined ? own : Math.min(own, global);
  };

  const takeFault = (route: SupabaseRoute) => {
    const index = faults.findIndex((f) => f.route === route);
    return index < 0 ? undefined : faults.splice(index, 1)[0];
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { statusCode: "500", error: "internal", message: String(error) });
      else res.destroy();
    });
  });

  function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }

  /**
   * @tus/server's errors: a status and a plain-text body. Like the service (its
   * closeConnectionAfterResponse), a request whose body is still coming is answered first, then its
   * connection is ended and, 3 s later, destroyed; the body read meanwhile is discarded.
   */
  function tusError(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: string,
    tus: Record<string, string>,
  ): void {
    req.resume();
    if (!req.complete) {
      const socket = req.socket;
      res.once("finish", () => {
        if (socket.destroyed) return;
        setTimeout(() => socket.destroy(), 3000).unref();
        socket.end();
      });
    }
    res.writeHead(status, { ...tus, "content-type": "text/plain", "content-length": Buffer.byteLength(body) });
    res.end(body);
  }

  function apiError(res: ServerResponse, status: number, error: string, message: string): void {
    json(res, status, { statusCode: String(status), error, message });
  }

  /** Streams the request body into `file` (append at the current end), up to `limit` bytes. */
  async function receive(
    req: IncomingMessage,
    file: string,
    flags: "w" | "a",
    limit = Number.POSITIVE_INFINITY,
  ): Promise<{ bytes: number; dropped: boolean }> {
    const out = createWriteStream(file, { flags });
    let bytes = 0;
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
        if (dropped) break;
      }
    } catch {
      dropped = true;
    } finally {
      await new Promise<void>((resolve, reject) =>
        out.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
    }
    return { bytes, dropped };
  }

  function publish(
    bucket: string,
    key: string,
    file: string,
    size: number,
    contentType: string,
    cacheControl: string,
  ): StoredObject {
    const objects = buckets.get(bucket)?.objects;
    if (!objects) throw new Error(`no bucket ${bucket}`);
    const previous = objects.get(key);
    const now = new Date();
    const object: StoredObject = {
      id: randomUUID(),
      file,
      size,
      contentType,
      cacheControl,
      created: previous?.created ?? now,
      updated: now,
    };
    objects.set(key, object);
    if (previous) void rm(previous.file, { force: true });
    return object;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? "/", "http://localhost");
    const path = decodeURIComponent(parsed.pathname);
    const method = req.method ?? "GET";
    const record = (route: RequestRecord["route"], extra: { bytes?: number; offset?: number } = {}) =>
      res.once("finish", () =>
        requests.push({
          method,
          route,
          path,
          bytes: extra.bytes ?? 0,
          ...(extra.offset !== undefined ? { offset: extra.offset } : {}),
          status: res.statusCode,
          headers: req.headers,
        }),
      );

    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];

    // TUS: the bearer token alone authorizes.
    if (path === TUS_PREFIX || path.startsWith(`${TUS_PREFIX}/`)) {
      const id = path.slice(TUS_PREFIX.length + 1);
      const route: SupabaseRoute =
        method === "POST"
          ? "tus-create"
          : method === "HEAD"
            ? "tus-head"
            : method === "PATCH"
              ? "tus-patch"
              : "tus-delete";
      const tus = { "tus-resumable": "1.0.0" };
      if (bearer !== serviceRoleKey) {
        record(route);
        req.resume();
        return json(res, 403, { statusCode: "403", error: "Unauthorized", message: "invalid signature" }, tus);
      }
      const fault = takeFault(route);
      if (fault && "status" in fault) {
        record(route);
        req.resume();
        return json(res, fault.status, fault.body ?? { message: `injected ${fault.status}` }, {
          ...tus,
          ...fault.headers,
        });
      }
      return handleTus(req, res, method, id, route, fault, record, tus);
    }

    const apikey = req.headers.apikey;
    const route = restRoute(method, path);
    if (apikey !== serviceRoleKey || bearer !== serviceRoleKey) {
      record(route);
      req.resume();
      return apiError(res, 403, "Unauthorized", "invalid signature");
    }
    if (route === "unknown") {
      record(route);
      req.resume();
      return apiError(res, 404, "not_found", `no route ${method} ${path}`);
    }
    const fault = takeFault(route);
    if (fault && "status" in fault) {
      record(route);
      req.resume();
      return json(
        res,
        fault.status,
        fault.body ?? { statusCode: String(fault.status), error: "injected", message: `injected ${fault.status}` },
        fault.headers,
      );
    }
    if (fault) {
      // A drop on a REST route: read some of the body, then cut the connection.
      record(route);
      let seen = 0;
      req.on("data", (chunk: Buffer) => {
        seen += chunk.length;
        if (seen >= fault.dropAfterBytes) req.socket.destroy();
      });
      if (fault.dropAfterBytes === 0) req.socket.destroy();
      return;
    }

    const rest = path.slice("/storage/v1".length);
    if (route === "bucket") {
      record(route);
      if (method === "POST") {
        const body = JSON.parse(await text(req)) as {
          id?: string;
          name?: string;
          public?: boolean;
          file_size_limit?: number | null;
          allowed_mime_types?: string[] | null;
        };
        const name = body.id ?? body.name ?? "";
        if (buckets.has(name)) return apiError(res, 409, "Duplicate", "The resource already exists");
        addBucket(name, {
          public: body.public ?? false,
          fileSizeLimit: body.file_size_limit ?? null,
          allowedMimeTypes: body.allowed_mime_types ?? null,
        });
        return json(res, 200, { name });
      }
      if (rest === "/bucket" || rest === "/bucket/") {
        return json(res, 200, [...buckets.values()].map(bucketJson));
      }
      const bucket = buckets.get(rest.slice("/bucket/".length));
      if (!bucket) return apiError(res, 404, "Bucket not found", "Bucket not found");
      return json(res, 200, bucketJson(bucket));
    }

    if (route === "list") {
      record(route);
      const bucketName = rest.slice("/object/list/".length);
      const body = JSON.parse(await text(req)) as {
        prefix?: string;
        limit?: number;
        offset?: number;
        search?: string;
        sortBy?: { column?: string; order?: string };
      };
      const bucket = buckets.get(bucketName);
      if (!bucket) return apiError(res, 404, "Bucket not found", "Bucket not found");
      const prefix = (body.prefix ?? "").replace(/^\/+|\/+$/g, "");
      const under = prefix ? `${prefix}/` : "";
      const files = new Map<string, unknown>();
      const folders = new Set<string>();
      for (const [key, object] of bucket.objects) {
        if (!key.startsWith(under)) continue;
        const name = key.slice(under.length);
        const slash = name.indexOf("/");
        if (slash >= 0) folders.add(name.slice(0, slash));
        else
          files.set(name, {
            name,
            id: object.id,
            updated_at: object.updated.toISOString(),
            created_at: object.created.toISOString(),
            last_accessed_at: object.updated.toISOString(),
            metadata: {
              size: object.size,
              mimetype: object.contentType,
              cacheControl: object.cacheControl,
              lastModified: object.updated.toISOString(),
              contentLength: object.size,
              httpStatusCode: 200,
              eTag: `"${object.id}"`,
            },
          });
      }
      const entries = [
        ...[...folders].map((name) => ({
          name,
          id: null,
          updated_at: null,
          created_at: null,
          last_accessed_at: null,
          metadata: null,
        })),
        ...files.values(),
      ] as { name: string }[];
      const search = body.search ?? "";
      const order = body.sortBy?.order === "desc" ? -1 : 1;
      const sorted = entries
        .filter((e) => e.name.toLowerCase().startsWith(search.toLowerCase()))
        .sort((a, b) => (a.name < b.name ? -order : a.name > b.name ? order : 0));
      const offset = body.offset ?? 0;
      return json(res, 200, sorted.slice(offset, offset + (body.limit ?? 100)));
    }

    if (route === "remove") {
      record(route);
      const bucketName = rest.slice("/object/".length);
      const body = JSON.parse(await text(req)) as { prefixes?: string[] };
      const bucket = buckets.get(bucketName);
      if (!bucket) return apiError(res, 404, "Bucket not found", "Bucket not found");
      const removed: unknown[] = [];
      for (const key of body.prefixes ?? []) {
        const object = bucket.objects.get(key);
        if (!object) continue;
        bucket.objects.delete(key);
        await rm(object.file, { force: true });
        removed.push({ bucket_id: bucketName, name: key, id: object.id, metadata: { size: object.size } });
      }
      return json(res, 200, removed);
    }

    // /object/<bucket>/<key>, /object/info/<bucket>/<key>, /object/authenticated/<bucket>/<key>
    const objectPath = rest.replace(/^\/object\/(info\/|authenticated\/)?/, "");
    const slash = objectPath.indexOf("/");
    const bucketName = objectPath.slice(0, slash);
    const key = objectPath.slice(slash + 1);
    const bucket = buckets.get(bucketName);

    if (route === "upload") {
      if (!bucket) {
        record(route);
        req.resume();
        return apiError(res, 404, "Bucket not found", "Bucket not found");
      }
      const upsert = method === "PUT" || req.headers["x-upsert"] === "true";
      if (!upsert && bucket.objects.has(key)) {
        record(route);
        req.resume();
        return apiError(res, 409, "Duplicate", "The resource already exists");
      }
      const file = join(root, `upload-${randomUUID()}`);
      const { bytes, dropped } = await receive(req, file, "w");
      record(route, { bytes });
      if (dropped) {
        await rm(file, { force: true });
        return;
      }
      const limit = limitFor(bucketName);
      if (limit !== undefined && bytes > limit) {
        await rm(file, { force: true });
        // StorageBackendError EntityTooLarge, rendered by the service's error handler as HTTP 400.
        return json(res, 400, {
          statusCode: "413",
          code: "EntityTooLarge",
          error: "Payload too large",
          message: "The object exceeded the maximum allowed size",
        });
      }
      const stored = join(root, `object-${randomUUID()}`);
      await rename(file, stored);
      const object = publish(
        bucketName,
        key,
        stored,
        bytes,
        String(req.headers["content-type"] ?? "application/octet-stream"),
        String(req.headers["cache-control"] ?? ""),
      );
      return json(res, 200, { Key: `${bucketName}/${key}`, Id: object.id });
    }

    record(route);
    const object = bucket?.objects.get(key);
    if (!bucket) return apiError(res, 404, "Bucket not found", "Bucket not found");
    if (!object) return apiError(res, 404, "not_found", "Object not found");
    if (route === "info") {
      return json(res, 200, {
        id: object.id,
        name: key,
        version: object.id,
        bucket_id: bucketName,
        size: object.size,
        content_type: object.contentType,
        cache_control: object.cacheControl,
        etag: `"${object.id}"`,
        metadata: {},
        last_modified: object.updated.toISOString(),
        created_at: object.created.toISOString(),
      });
    }
    res.writeHead(200, {
      "content-type": object.contentType,
      "content-length": object.size,
      "last-modified": object.updated.toUTCString(),
    });
    if (method === "HEAD") return void res.end();
    const stream = createReadStream(object.file);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  }

  async function handleTus(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    id: string,
    route: SupabaseRoute,
    drop: SupabaseFault | undefined,
    record: (route: SupabaseRoute, extra?: { bytes?: number; offset?: number }) => void,
    tus: Record<string, string>,
  ): Promise<void> {
    if (method === "POST") {
      const metadata = parseMetadata(String(req.headers["upload-metadata"] ?? ""));
      const bucketName = metadata.bucketName ?? "";
      const key = metadata.objectName ?? "";
      const lengthHeader = req.headers["upload-length"];
      const deferred = req.headers["upload-defer-length"] === "1";
      if (!buckets.has(bucketName)) {
        record(route);
        req.resume();
        return json(res, 404, { message: "Bucket not found" }, tus);
      }
      if (!key || (lengthHeader === undefined && !deferred)) {
        record(route);
        req.resume();
        return json(res, 400, { message: "missing objectName or Upload-Length" }, tus);
      }
      const upsert = req.headers["x-upsert"] === "true";
      if (!upsert && buckets.get(bucketName)?.objects.has(key)) {
        record(route);
        req.resume();
        return json(res, 409, { message: "The resource already exists" }, tus);
      }
      const length = lengthHeader === undefined ? undefined : Number(lengthHeader);
      const limit = limitFor(bucketName);
      if (length !== undefined && limit !== undefined && length > limit) {
        record(route);
        req.resume();
        return tusError(req, res, 413, "Maximum size exceeded\n", tus);
      }
      const upload: TusUpload = {
        id: Buffer.from(`${bucketName}/${key}/${randomUUID()}`).toString("base64url"),
        bucket: bucketName,
        key,
        file: join(root, `tus-${randomUUID()}`),
        upsert,
        contentType: metadata.contentType ?? "application/octet-stream",
        // The service stores TUS's cacheControl (seconds) as the header it serves.
        cacheControl: metadata.cacheControl ? `max-age=${metadata.cacheControl}` : "",
        length,
        offset: 0,
        busy: false,
      };
      uploads.set(upload.id, upload);
      const location = `${url}${TUS_PREFIX}/${upload.id}`;
      const { bytes, dropped } = await receive(req, upload.file, "w", limit === undefined ? undefined : limit + 1);
      if (dropped && limit !== undefined && bytes > limit) {
        await rm(upload.file, { force: true });
        uploads.delete(upload.id);
        record(route, { bytes });
        return tusError(req, res, 413, "Maximum size exceeded\n", tus);
      }
      upload.offset = bytes;
      record(route, { bytes });
      await completeIfDone(upload);
      res.writeHead(201, { ...tus, location, "upload-offset": String(upload.offset) });
      return void res.end();
    }
    const upload = uploads.get(id);
    if (!upload) {
      record(route);
      req.resume();
      return json(res, 404, { message: "upload not found" }, tus);
    }
    if (method === "HEAD") {
      record(route);
      res.writeHead(200, {
        ...tus,
        "cache-control": "no-store",
        "upload-offset": String(upload.offset),
        ...(upload.length === undefined ? { "upload-defer-length": "1" } : { "upload-length": String(upload.length) }),
      });
      return void res.end();
    }
    if (method === "DELETE") {
      record(route);
      uploads.delete(id);
      await rm(upload.file, { force: true });
      res.writeHead(204, tus);
      return void res.end();
    }
    // PATCH
    const offset = Number(req.headers["upload-offset"]);
    if (req.headers["content-type"] !== "application/offset+octet-stream") {
      record(route, { offset });
      req.resume();
      return json(res, 415, { message: "content type must be application/offset+octet-stream" }, tus);
    }
    if (offset !== upload.offset || upload.busy) {
      record(route, { offset });
      req.resume();
      return json(res, 409, { message: `offset ${offset} does not match ${upload.offset}` }, tus);
    }
    const limit = limitFor(upload.bucket);
    const newLength = req.headers["upload-length"];
    if (newLength !== undefined) {
      if (upload.length !== undefined && Number(newLength) !== upload.length) {
        record(route, { offset });
        req.resume();
        return json(res, 400, { message: "Upload-Length cannot change" }, tus);
      }
      if (limit !== undefined && Number(newLength) > limit) {
        record(route, { offset });
        req.resume();
        return tusError(req, res, 413, "Maximum size exceeded\n", tus);
      }
      upload.length = Number(newLength);
    }
    const contentLength = req.headers["content-length"];
    if (
      upload.length === undefined &&
      limit !== undefined &&
      contentLength !== undefined &&
      offset + Number(contentLength) > limit
    ) {
      record(route, { offset });
      req.resume();
      return tusError(req, res, 413, "upload's size exceeded\n", tus);
    }
    upload.busy = true;
    const dropAt = drop && "dropAfterBytes" in drop ? drop.dropAfterBytes : Number.POSITIVE_INFINITY;
    // A body without Content-Length is cut by the service's stream limiter at the size limit.
    const bodyLimit = Math.min(dropAt, limit === undefined ? Number.POSITIVE_INFINITY : limit - offset + 1);
    let received: { bytes: number; dropped: boolean };
    try {
      received = await receive(req, upload.file, "a", bodyLimit);
    } finally {
      upload.busy = false;
    }
    if (limit !== undefined && offset + received.bytes > limit) {
      await truncate(upload.file, upload.offset);
      record(route, { bytes: received.bytes, offset });
      return tusError(req, res, 413, "Maximum size exceeded\n", tus);
    }
    upload.offset += received.bytes;
    record(route, { bytes: received.bytes, offset });
    if (received.dropped) {
      req.socket.destroy();
      return;
    }
    if (upload.length !== undefined && upload.offset > upload.length) {
      return json(res, 400, { message: "more bytes than Upload-Length" }, tus);
    }
    await completeIfDone(upload);
    res.writeHead(204, { ...tus, "upload-offset": String(upload.offset) });
    res.end();
  }

  async function completeIfDone(upload: TusUpload): Promise<void> {
    if (upload.length === undefined || upload.offset !== upload.length) return;
    uploads.delete(upload.id);
    const stored = join(root, `object-${randomUUID()}`);
    await rename(upload.file, stored);
    const { size } = await stat(stored);
    publish(upload.bucket, upload.key, stored, size, upload.contentType, upload.cacheControl);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  url = options.publicUrl ?? `http://127.0.0.1:${port}`;

  const api: SupabaseStorageTestServer = {
    url,
    port,
    serviceRoleKey,
    requests,
    get maxFileSize() {
      return limits.maxFileSize;
    },
    set maxFileSize(value) {
      limits.maxFileSize = value;
    },
    createBucket(name, settings = {}) {
      addBucket(name, settings);
    },
    buckets() {
      return [...buckets.values()]
        .map(({ id, public: isPublic, fileSizeLimit, allowedMimeTypes }) => ({
          id,
          public: isPublic,
          fileSizeLimit,
          allowedMimeTypes,
        }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    putObject(bucket, key, body, contentType = "application/octet-stream", cacheControl = "max-age=3600") {
      const file = join(root, `object-${randomUUID()}`);
      writeFileSync(file, body);
      publish(bucket, key, file, body.length, contentType, cacheControl);
    },
    keys(bucket) {
      return [...(buckets.get(bucket)?.objects.keys() ?? [])].sort();
    },
    objects(bucket) {
      return [...(buckets.get(bucket)?.objects.entries() ?? [])]
        .map(([key, object]) => ({
          key,
          size: object.size,
          contentType: object.contentType,
          cacheControl: object.cacheControl,
        }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    read(bucket, key) {
      const object = buckets.get(bucket)?.objects.get(key);
      if (!object) throw new Error(`no object ${bucket}/${key}`);
      return readFileSync(object.file);
    },
    files() {
      const out: Record<string, string> = {};
      for (const [id, bucket] of buckets)
        for (const [key, object] of bucket.objects) {
          const sha = createHash("sha256").update(readFileSync(object.file)).digest("hex");
          out[`${id}/${key}`] = `${object.contentType} ${sha}`;
        }
      return out;
    },
    openUploads() {
      return [...uploads.values()].map((u) => ({ id: u.id, bucket: u.bucket, key: u.key, offset: u.offset }));
    },
    fault(fault) {
      faults.push(fault);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
  return api;

  function restRoute(method: string, path: string): SupabaseRoute | "unknown" {
    const rest = path.slice("/storage/v1".length);
    if (!path.startsWith("/storage/v1/")) return "unknown";
    if (rest.startsWith("/bucket")) return "bucket";
    if (rest.startsWith("/object/list/") && method === "POST") return "list";
    if (rest.startsWith("/object/info/") && method === "GET") return "info";
    if (/^\/object\/[^/]+$/.test(rest) && method === "DELETE") return "remove";
    if (rest.startsWith("/object/") && (method === "POST" || method === "PUT")) return "upload";
    if (rest.startsWith("/object/") && (method === "GET" || method === "HEAD")) return "download";
    return "unknown";
  }
}

async function text(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseMetadata(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of header.split(",")) {
    const [key, value] = pair.trim().split(" ");
    if (key) out[key] = value ? Buffer.from(value, "base64").toString("utf8") : "";
  }
  return out;
}
