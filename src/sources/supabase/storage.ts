import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { createClient } from "@supabase/supabase-js";
import * as tus from "tus-js-client";
import { SourceError } from "../../errors.ts";
import type { Redactor } from "../../redact.ts";

type StorageClient = ReturnType<typeof createClient>["storage"];

/** Files above this go through TUS (Supabase's standard upload is meant for ≤ 6 MB). */
export const TUS_THRESHOLD = 6 * 1024 * 1024;
/** Supabase's TUS endpoint wants exactly this chunk size. */
const TUS_CHUNK = 6 * 1024 * 1024;
const PAGE = 1000;

export interface BucketInfo {
  readonly id: string;
  readonly name: string;
  readonly public: boolean;
  readonly fileSizeLimit: number | null;
  readonly allowedMimeTypes: readonly string[] | null;
}

export interface ListedObject {
  readonly bucket: string;
  readonly path: string;
  readonly size: number | undefined;
  readonly contentType: string | undefined;
  readonly cacheControl: string | undefined;
  readonly updatedAt: string | undefined;
}

export interface StorageApi {
  readonly storage: StorageClient;
  readonly projectUrl: string;
  readonly key: string;
  readonly redactor: Redactor;
}

export function storageApi(projectUrl: string, key: string, redactor: Redactor): StorageApi {
  const client = createClient(projectUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  return { storage: client.storage, projectUrl: projectUrl.replace(/\/+$/, ""), key, redactor };
}

function storageFailure(api: StorageApi, what: string, error: unknown): SourceError {
  const err = error as { message?: string; statusCode?: string; status?: number };
  const status = err.statusCode ?? err.status;
  const message = api.redactor.redact(`${what}: ${err.message ?? String(error)}${status ? ` (HTTP ${status})` : ""}`);
  const hint =
    String(status) === "401" || String(status) === "403"
      ? "check that the key is the project's service_role (secret) key and the URL is the project's API URL"
      : `check that ${api.projectUrl} is the project's API URL and reachable`;
  return new SourceError(message, { hint, cause: error });
}

export async function listBuckets(api: StorageApi): Promise<BucketInfo[]> {
  const { data, error } = await api.storage.listBuckets();
  if (error) throw storageFailure(api, "cannot list Storage buckets", error);
  return data
    .map((b) => ({
      id: b.id,
      name: b.name,
      public: b.public,
      fileSizeLimit: b.file_size_limit ?? null,
      allowedMimeTypes: b.allowed_mime_types ?? null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every object of a bucket, walking folders depth-first; names sorted within each folder. */
export async function* listObjects(api: StorageApi, bucket: string, prefix = ""): AsyncGenerator<ListedObject> {
  for (let offset = 0; ; offset += PAGE) {
    const { data, error } = await api.storage
      .from(bucket)
      .list(prefix, { limit: PAGE, offset, sortBy: { column: "name", order: "asc" } });
    if (error) throw storageFailure(api, `cannot list bucket '${bucket}'${prefix ? ` under '${prefix}'` : ""}`, error);
    for (const item of data) {
      const path = prefix ? `${prefix}/${item.name}` : item.name;
      if (item.id === null) {
        yield* listObjects(api, bucket, path);
        continue;
      }
      const meta = item.metadata as Partial<{ size: number; mimetype: string; cacheControl: string }> | null;
      yield {
        bucket,
        path,
        size: meta?.size,
        contentType: meta?.mimetype,
        cacheControl: meta?.cacheControl,
        updatedAt: item.updated_at ?? undefined,
      };
    }
    if (data.length < PAGE) return;
  }
}

export interface SavedFile {
  readonly size: number;
  readonly sha256: string;
}

/** Counts and hashes what passes through. */
export function hashingCounter(): Transform & { result(): SavedFile } {
  const hash = createHash("sha256");
  let size = 0;
  const stage = new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  let digest: string | undefined;
  return Object.assign(stage, {
    result: () => {
      digest ??= hash.digest("hex");
      return { size, sha256: digest };
    },
  });
}

/** Downloads one object to a file, streaming, and returns its size and sha256. */
export async function downloadTo(
  api: StorageApi,
  object: ListedObject,
  file: string,
  signal: AbortSignal,
): Promise<SavedFile> {
  const { data, error } = await api.storage.from(object.bucket).download(object.path, {}, { signal }).asStream();
  if (error || !data) throw storageFailure(api, `cannot download '${object.bucket}/${object.path}'`, error);
  const counter = hashingCounter();
  await pipeline(Readable.fromWeb(data as WebReadableStream<Uint8Array>), counter, createWriteStream(file), { signal });
  return counter.result();
}

/** Makes sure a bucket exists on the target, with the backed-up settings when it has to be created. */
export async function ensureBucket(api: StorageApi, bucket: BucketInfo): Promise<"exists" | "created"> {
  const existing = await api.storage.getBucket(bucket.id);
  if (!existing.error) return "exists";
  const created = await api.storage.createBucket(bucket.id, {
    public: bucket.public,
    fileSizeLimit: bucket.fileSizeLimit,
    allowedMimeTypes: bucket.allowedMimeTypes ? [...bucket.allowedMimeTypes] : null,
  });
  if (created.error) {
    // Another writer may have created it in between.
    if (!(await api.storage.getBucket(bucket.id)).error) return "exists";
    throw storageFailure(api, `cannot create bucket '${bucket.id}'`, created.error);
  }
  return "created";
}

export interface UploadFile {
  readonly bucket: string;
  readonly path: string;
  readonly contentType: string | undefined;
  readonly cacheControl: string | undefined;
}

/** Uploads (replacing) a small file through the REST API. */
export async function uploadBuffer(api: StorageApi, file: UploadFile, body: Buffer): Promise<void> {
  const options: { upsert: boolean; contentType?: string; cacheControl?: string } = { upsert: true };
  if (file.contentType) options.contentType = file.contentType;
  if (file.cacheControl) options.cacheControl = cacheSeconds(file.cacheControl);
  const { error } = await api.storage.from(file.bucket).upload(file.path, body, options);
  if (error) throw storageFailure(api, `cannot upload '${file.bucket}/${file.path}'`, error);
}

/** `max-age=3600` → `3600`: the upload API takes seconds and writes the header itself. */
function cacheSeconds(cacheControl: string): string {
  return /max-age=(\d+)/.exec(cacheControl)?.[1] ?? cacheControl;
}

/** Uploads (replacing) a large file from disk through Supabase's TUS endpoint, in 6 MB chunks. */
export async function uploadResumable(
  api: StorageApi,
  file: UploadFile,
  localPath: string,
  size: number,
  signal: AbortSignal,
): Promise<void> {
  const metadata: Record<string, string> = { bucketName: file.bucket, objectName: file.path };
  if (file.contentType) metadata.contentType = file.contentType;
  if (file.cacheControl) metadata.cacheControl = cacheSeconds(file.cacheControl);
  const stream = createReadStream(localPath, { highWaterMark: TUS_CHUNK });
  try {
    await new Promise<void>((resolve, reject) => {
      const upload = new tus.Upload(stream, {
        endpoint: `${api.projectUrl}/storage/v1/upload/resumable`,
        headers: { authorization: `Bearer ${api.key}`, apikey: api.key, "x-upsert": "true" },
        metadata,
        uploadSize: size,
        chunkSize: TUS_CHUNK,
        uploadDataDuringCreation: true,
        removeFingerprintOnSuccess: true,
        retryDelays: [0, 1000, 3000, 5000],
        onError: (error) =>
          reject(storageFailure(api, `cannot upload '${file.bucket}/${file.path}' (resumable)`, error)),
        onSuccess: () => resolve(),
      });
      const abort = () => {
        void upload.abort(true).catch(() => {});
        reject(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
      };
      if (signal.aborted) return abort();
      signal.addEventListener("abort", abort, { once: true });
      upload.start();
    });
  } finally {
    stream.destroy();
  }
}
