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
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiError, json, TUS_PREFIX } from "./supabase-storage/http.ts";
import { handleRest, restRoute } from "./supabase-storage/rest.ts";
import { StorageState } from "./supabase-storage/state.ts";
import { handleTus } from "./supabase-storage/tus.ts";
import type { RequestRecord, SupabaseRoute, SupabaseStorageTestServer } from "./supabase-storage/types.ts";

export type {
  BucketSettings,
  RequestRecord,
  StoredBucket,
  SupabaseFault,
  SupabaseRoute,
  SupabaseStorageTestServer,
} from "./supabase-storage/types.ts";

export async function startSupabaseStorageServer(
  /** `publicUrl`: the project URL clients are given (and TUS locations use) instead of http://127.0.0.1:<port>. */
  options: { serviceRoleKey?: string; publicUrl?: string } = {},
): Promise<SupabaseStorageTestServer> {
  const serviceRoleKey = options.serviceRoleKey ?? `test-service-role-${randomBytes(12).toString("hex")}`;
  const state = new StorageState(await mkdtemp(join(tmpdir(), "supabase-storage-")), serviceRoleKey);
  const { buckets, uploads, faults, requests, root } = state;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { statusCode: "500", error: "internal", message: String(error) });
      else res.destroy();
    });
  });

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
      const fault = state.takeFault(route);
      if (fault && "status" in fault) {
        record(route);
        req.resume();
        return json(res, fault.status, fault.body ?? { message: `injected ${fault.status}` }, {
          ...tus,
          ...fault.headers,
        });
      }
      return handleTus(state, req, res, method, id, route, fault, record, tus);
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
    const fault = state.takeFault(route);
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

    return handleRest(state, req, res, route, record);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = options.publicUrl ?? `http://127.0.0.1:${port}`;
  state.url = url;

  const api: SupabaseStorageTestServer = {
    url,
    port,
    serviceRoleKey,
    requests,
    get maxFileSize() {
      return state.maxFileSize;
    },
    set maxFileSize(value) {
      state.maxFileSize = value;
    },
    createBucket(name, settings = {}) {
      state.addBucket(name, settings);
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
      state.publish(bucket, key, file, body.length, contentType, cacheControl);
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
}
