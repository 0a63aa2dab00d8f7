/** The REST routes of the fake Supabase Storage that @supabase/storage-js calls. */
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { apiError, json, receive, text } from "./http.ts";
import type { StorageState } from "./state.ts";
import type { SupabaseRoute } from "./types.ts";
import type { Recorder } from "./tus.ts";

/** Answers an authorised REST request on `route` (not a fault). */
export async function handleRest(
  state: StorageState,
  req: IncomingMessage,
  res: ServerResponse,
  route: SupabaseRoute,
  record: Recorder,
): Promise<void> {
  const method = req.method ?? "GET";
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
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
      if (state.buckets.has(name)) return apiError(res, 409, "Duplicate", "The resource already exists");
      state.addBucket(name, {
        public: body.public ?? false,
        fileSizeLimit: body.file_size_limit ?? null,
        allowedMimeTypes: body.allowed_mime_types ?? null,
      });
      return json(res, 200, { name });
    }
    if (rest === "/bucket" || rest === "/bucket/") {
      return json(
        res,
        200,
        [...state.buckets.values()].map((b) => state.bucketJson(b)),
      );
    }
    const bucket = state.buckets.get(rest.slice("/bucket/".length));
    if (!bucket) return apiError(res, 404, "Bucket not found", "Bucket not found");
    return json(res, 200, state.bucketJson(bucket));
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
    const bucket = state.buckets.get(bucketName);
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
    const bucket = state.buckets.get(bucketName);
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
  const bucket = state.buckets.get(bucketName);

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
    const file = join(state.root, `upload-${randomUUID()}`);
    const { bytes, dropped } = await receive(req, file, "w");
    record(route, { bytes });
    if (dropped) {
      await rm(file, { force: true });
      return;
    }
    const limit = state.limitFor(bucketName);
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
    const stored = join(state.root, `object-${randomUUID()}`);
    await rename(file, stored);
    const object = state.publish(
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

export function restRoute(method: string, path: string): SupabaseRoute | "unknown" {
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
