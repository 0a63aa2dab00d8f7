/** The TUS resumable endpoint of the fake Supabase Storage (@tus/server over an S3 store). */
import { randomUUID } from "node:crypto";
import { rename, rm, stat, truncate } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { json, parseMetadata, receive, TUS_PREFIX, tusError } from "./http.ts";
import type { StorageState } from "./state.ts";
import type { SupabaseFault, SupabaseRoute, TusUpload } from "./types.ts";

export type Recorder = (route: SupabaseRoute | "unknown", extra?: { bytes?: number; offset?: number }) => void;

export async function handleTus(
  state: StorageState,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  id: string,
  route: SupabaseRoute,
  drop: SupabaseFault | undefined,
  record: Recorder,
  tus: Record<string, string>,
): Promise<void> {
  if (method === "POST") {
    const metadata = parseMetadata(String(req.headers["upload-metadata"] ?? ""));
    const bucketName = metadata.bucketName ?? "";
    const key = metadata.objectName ?? "";
    const lengthHeader = req.headers["upload-length"];
    const deferred = req.headers["upload-defer-length"] === "1";
    if (!state.buckets.has(bucketName)) {
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
    if (!upsert && state.buckets.get(bucketName)?.objects.has(key)) {
      record(route);
      req.resume();
      return json(res, 409, { message: "The resource already exists" }, tus);
    }
    const length = lengthHeader === undefined ? undefined : Number(lengthHeader);
    const limit = state.limitFor(bucketName);
    if (length !== undefined && limit !== undefined && length > limit) {
      record(route);
      req.resume();
      return tusError(req, res, 413, "Maximum size exceeded\n", tus);
    }
    const upload: TusUpload = {
      id: Buffer.from(`${bucketName}/${key}/${randomUUID()}`).toString("base64url"),
      bucket: bucketName,
      key,
      file: join(state.root, `tus-${randomUUID()}`),
      upsert,
      contentType: metadata.contentType ?? "application/octet-stream",
      // The service stores TUS's cacheControl (seconds) as the header it serves.
      cacheControl: metadata.cacheControl ? `max-age=${metadata.cacheControl}` : "",
      length,
      offset: 0,
      busy: false,
    };
    state.uploads.set(upload.id, upload);
    const location = `${state.url}${TUS_PREFIX}/${upload.id}`;
    const { bytes, dropped } = await receive(req, upload.file, "w", limit === undefined ? undefined : limit + 1);
    if (dropped && limit !== undefined && bytes > limit) {
      await rm(upload.file, { force: true });
      state.uploads.delete(upload.id);
      record(route, { bytes });
      return tusError(req, res, 413, "Maximum size exceeded\n", tus);
    }
    upload.offset = bytes;
    record(route, { bytes });
    await completeIfDone(state, upload);
    res.writeHead(201, { ...tus, location, "upload-offset": String(upload.offset) });
    return void res.end();
  }
  const upload = state.uploads.get(id);
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
    state.uploads.delete(id);
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
  const limit = state.limitFor(upload.bucket);
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
  await completeIfDone(state, upload);
  res.writeHead(204, { ...tus, "upload-offset": String(upload.offset) });
  res.end();
}

async function completeIfDone(state: StorageState, upload: TusUpload): Promise<void> {
  if (upload.length === undefined || upload.offset !== upload.length) return;
  state.uploads.delete(upload.id);
  const stored = join(state.root, `object-${randomUUID()}`);
  await rename(upload.file, stored);
  const { size } = await stat(stored);
  state.publish(upload.bucket, upload.key, stored, size, upload.contentType, upload.cacheControl);
}
