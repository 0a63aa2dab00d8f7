import { AsyncLocalStorage } from "node:async_hooks";
import { guardedPut } from "./guarded-put.ts";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { createClient } from "@supabase/supabase-js";
import { parseSize } from "../config/size.ts";
import { UsageError } from "../errors.ts";
import { BodyReader } from "./body-reader.ts";
import { withMaxObjectSize } from "./chunked.ts";
import type { Destination, GetOptions, ObjectInfo, PutOptions } from "./destination.ts";
import { assertObjectName, isObjectName } from "./object-name.ts";
import type { OpenContext } from "./open-context.ts";
import { parseRetryAfter } from "../backoff.ts";
import { RetryAfterError } from "./retry.ts";
import { classifySupabaseError } from "./supabase-storage/errors.ts";
import { parseBucketLimit, resolveMaxObjectSize } from "./supabase-storage/part-size.ts";
import { TUS_CHUNK_SIZE, tusPut } from "./supabase-storage/tus.ts";
import { parseDestinationUrl } from "./destination-url.ts";

export interface SupabaseStorageOptions {
  /** The project URL, https://<ref>.supabase.co (SUPABASE_URL). */
  readonly url: string;
  /** The service_role key or a secret key (SUPABASE_SERVICE_ROLE_KEY). */
  readonly serviceRoleKey: string;
  readonly bucket: string;
  /** Folder inside the bucket, without leading or trailing `/` ("" for the bucket's root). */
  readonly prefix: string;
  /**
   * `?max-object-size=`: objects above it are stored in parts (`supabaseStorage`). Without it,
   * 50 MB (the free plan's per-file limit); 0 stores every object in one piece. Either way never
   * above the bucket's own `file_size_limit`.
   */
  readonly maxObjectSize?: number;
  /** Bodies above this go through TUS. Default 6 MB (Supabase's limit for standard uploads). */
  readonly resumableThreshold?: number;
  /** Waits between tries of one TUS request. Default 0, 1, 3, 5, 10 s. */
  readonly tusRetryDelays?: readonly number[];
}

/** Supabase's guidance: standard uploads up to 6 MB, resumable (TUS) above. */
export const RESUMABLE_THRESHOLD = 6_000_000;
const LIST_PAGE = 1000;

/** Requests made for one call carry its abort signal (storage-js has no signal on upload). */
const requestSignal = new AsyncLocalStorage<AbortSignal>();

/**
 * Fetch for storage-js: adds the caller's abort signal, and turns a throttling answer that says
 * how long to wait into a RetryAfterError (storage-js drops response headers).
 */
const storageFetch: typeof fetch = async (input, init = {}) => {
  const signal = requestSignal.getStore();
  const merged = signal === undefined ? init.signal : init.signal ? AbortSignal.any([init.signal, signal]) : signal;
  const response = await fetch(input, { ...init, ...(merged ? { signal: merged } : {}) });
  const wait =
    response.status === 429 || response.status === 503
      ? parseRetryAfter(response.headers.get("retry-after"))
      : undefined;
  if (wait !== undefined) {
    await response.body?.cancel().catch(() => {});
    throw new RetryAfterError(
      `HTTP ${response.status}: the service asks to retry after ${Math.ceil(wait / 1000)} s`,
      wait,
    );
  }
  return response;
};

/**
 * A Supabase Storage bucket under a prefix (`supabase://bucket/prefix`). List, download, stat and
 * remove go through @supabase/supabase-js; bodies up to 6 MB are one standard upload, larger ones
 * go through the resumable TUS endpoint in 6 MiB chunks, which the client resumes from the
 * server's offset after a dropped connection. Both publish the object only once complete, and
 * overwrite (`x-upsert`), so a put is atomic; a failed TUS upload is terminated (DELETE).
 */
export class SupabaseStorageDestination implements Destination {
  readonly display: string;
  readonly maxObjectSize?: number;
  private readonly client;
  private readonly storage;
  private readonly url: string;
  private readonly prefix: string;
  private readonly secrets: string[];

  constructor(private readonly options: SupabaseStorageOptions) {
    this.url = options.url.replace(/\/+$/, "");
    this.prefix = options.prefix.replace(/^\/+|\/+$/g, "");
    this.display = `supabase://${options.bucket}${this.prefix ? `/${this.prefix}` : ""}`;
    if (options.maxObjectSize) this.maxObjectSize = options.maxObjectSize;
    this.secrets = [options.serviceRoleKey];
    this.storage = createClient(this.url, options.serviceRoleKey, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
      global: { fetch: storageFetch },
    }).storage;
    this.client = this.storage.from(options.bucket);
  }

  /** The bucket's own `file_size_limit` in bytes (GET /storage/v1/bucket/<id>), null when it has none. */
  async bucketFileSizeLimit(): Promise<number | null> {
    const { data, error } = await this.storage
      .getBucket(this.options.bucket)
      .catch((e: unknown) => ({ data: null, error: e }));
    if (error || !data) throw this.classify(error, `could not read the settings of bucket '${this.options.bucket}'`);
    return parseBucketLimit((data as { file_size_limit?: unknown }).file_size_limit);
  }

  async put(name: string, body: Readable, options: PutOptions = {}): Promise<ObjectInfo> {
    assertObjectName(name);
    const { signal } = options;
    const threshold = this.options.resumableThreshold ?? RESUMABLE_THRESHOLD;
    const classify = (error: unknown) => this.classify(error, `could not upload ${name}`);
    await guardedPut({ body, signal, classify }, async (bodyError) => {
      const reader = new BodyReader(body);
      const head = await reader.peek(threshold + 1);
      if (reader.ended && head <= threshold) {
        const bytes = await reader.read(head);
        signal?.throwIfAborted();
        const { error } = await requestSignal.run(signal ?? new AbortController().signal, () =>
          this.client.upload(this.key(name), bytes, {
            upsert: true,
            contentType: "application/octet-stream",
            cacheControl: "3600",
          }),
        );
        if (error) throw error;
      } else {
        await tusPut({
          projectUrl: this.url,
          key: this.options.serviceRoleKey,
          bucket: this.options.bucket,
          objectName: this.key(name),
          ...(options.size !== undefined ? { size: options.size } : {}),
          reader,
          ...(signal ? { signal } : {}),
          retryDelays: this.options.tusRetryDelays ?? [0, 1000, 3000, 5000, 10_000],
          bodyError,
        });
      }
    });
    return this.stat(name);
  }

  async get(name: string, options: GetOptions = {}): Promise<Readable> {
    assertObjectName(name);
    const { data, error } = await this.client
      .download(this.key(name), {}, options.signal ? { signal: options.signal } : {})
      .asStream()
      .catch((e: unknown) => ({ data: null, error: e }));
    if (error || !data) throw this.classify(error, `could not download ${name}`);
    return Readable.fromWeb(data as WebReadableStream<Uint8Array>, { highWaterMark: 1 << 20 });
  }

  async stat(name: string): Promise<ObjectInfo> {
    assertObjectName(name);
    const { data, error } = await this.client.info(this.key(name)).catch((e: unknown) => ({ data: null, error: e }));
    if (error || !data) throw this.classify(error, `could not read ${name}`);
    const info = data as { size?: number; lastModified?: string; createdAt?: string; metadata?: { size?: number } };
    const modified = info.lastModified ?? info.createdAt;
    return { name, size: info.size ?? info.metadata?.size ?? 0, modified: modified ? new Date(modified) : new Date(0) };
  }

  async *list(): AsyncIterable<ObjectInfo> {
    for (let offset = 0; ; offset += LIST_PAGE) {
      const { data, error } = await this.client
        .list(this.prefix, { limit: LIST_PAGE, offset, sortBy: { column: "name", order: "asc" } })
        .catch((e: unknown) => ({ data: null, error: e }));
      if (error || !data) throw this.classify(error, "could not list");
      for (const item of data) {
        // Folders (id null), the dashboard's .emptyFolderPlaceholder and foreign names are skipped.
        if (item.id === null || !isObjectName(item.name)) continue;
        const modified = item.updated_at ?? item.created_at;
        yield {
          name: item.name,
          size: Number(item.metadata?.size ?? 0),
          modified: modified ? new Date(modified) : new Date(0),
        };
      }
      if (data.length < LIST_PAGE) return;
    }
  }

  async remove(name: string): Promise<void> {
    assertObjectName(name);
    const { data, error } = await this.client
      .remove([this.key(name)])
      .catch((e: unknown) => ({ data: null, error: e }));
    if (error || !data) throw this.classify(error, `could not remove ${name}`);
    // The service answers 200 with the objects it removed: none means it was not there.
    if (data.length === 0)
      throw this.classify({ status: 404, message: "Object not found" }, `could not remove ${name}`);
  }

  private key(name: string): string {
    return this.prefix ? `${this.prefix}/${name}` : name;
  }

  private classify(error: unknown, what: string): Error {
    return classifySupabaseError(error, { what, display: this.display, secrets: this.secrets });
  }
}

const QUERY_KEYS = ["max-object-size", "project-url"] as const;

/**
 * `supabase://bucket/prefix?max-object-size=50MB` (`0`: no splitting), completed from SUPABASE_URL (or
 * `?project-url=`) and SUPABASE_SERVICE_ROLE_KEY. Credentials in the URL are refused. Throws one
 * UsageError listing every problem.
 */
export function supabaseStorageOptionsFromUrl(spec: string, env: NodeJS.ProcessEnv): SupabaseStorageOptions {
  const problems: string[] = [];
  const parsed = parseDestinationUrl(
    spec,
    {
      protocol: "supabase:",
      what: "the Supabase Storage destination",
      shape: "supabase://bucket/prefix",
      noCredentials: "the supabase:// URL must not carry credentials: set SUPABASE_SERVICE_ROLE_KEY instead",
    },
    problems,
  );
  const bucket = decodeURIComponent(parsed.hostname);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(bucket))
    problems.push(`'${bucket}' is not a bucket name (supabase://bucket/prefix)`);
  const prefix = decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((part) => part === "." || part === ".."))
    problems.push("the Supabase Storage prefix must not contain '.' or '..' segments");
  for (const key of parsed.searchParams.keys()) {
    if (!(QUERY_KEYS as readonly string[]).includes(key))
      problems.push(`unknown supabase:// option '${key}' (allowed: ${QUERY_KEYS.join(", ")})`);
  }
  let maxObjectSize: number | undefined;
  const max = parsed.searchParams.get("max-object-size");
  if (max !== null) {
    try {
      maxObjectSize = parseSize(max);
      if (maxObjectSize !== 0 && maxObjectSize < 1024 * 1024)
        problems.push(`max-object-size must be 0 (no splitting) or at least 1MiB (got ${max})`);
    } catch (error) {
      problems.push(`max-object-size: ${(error as Error).message}`);
    }
  }
  const url = (parsed.searchParams.get("project-url") ?? env.SUPABASE_URL ?? "").trim();
  if (url === "")
    problems.push("SUPABASE_URL is not set: set it to the project URL, https://<project ref>.supabase.co");
  else {
    try {
      const u = new URL(url);
      if (u.protocol !== "https:" && u.protocol !== "http:") problems.push("SUPABASE_URL must be an https:// URL");
      if (u.username || u.password || u.search)
        problems.push("SUPABASE_URL must be the bare project URL, without credentials or query");
    } catch {
      problems.push("SUPABASE_URL is not a URL: set it to https://<project ref>.supabase.co");
    }
  }
  const serviceRoleKey = (env.SUPABASE_SERVICE_ROLE_KEY ?? "").trim();
  if (serviceRoleKey === "")
    problems.push(
      "SUPABASE_SERVICE_ROLE_KEY is not set: use the project's service_role (or secret) key; the anon key cannot write private buckets",
    );
  if (problems.length > 0) throw new UsageError(problems);
  return Object.freeze({
    url: url.replace(/\/+$/, ""),
    serviceRoleKey,
    bucket,
    prefix,
    ...(maxObjectSize !== undefined ? { maxObjectSize } : {}),
  });
}

/** The destination for a `supabase://` spec: objects above the size limit in parts, unless `?max-object-size=0`. */
export function openSupabaseStorage(spec: string, context: OpenContext): Destination {
  context.addSecret(context.env.SUPABASE_SERVICE_ROLE_KEY?.trim());
  const options = supabaseStorageOptionsFromUrl(spec, context.env);
  return supabaseStorage(options, {
    ...(context.onInfo ? { onInfo: context.onInfo } : {}),
    ...(context.onWarning ? { onWarning: context.onWarning } : {}),
  });
}

/**
 * A Supabase Storage destination that stores objects above `maxObjectSize` (default 50 MB, never
 * above the bucket's `file_size_limit`, read by the first put) in parts (`withMaxObjectSize`);
 * with `maxObjectSize: 0` the bare destination, every object in one piece.
 */
export function supabaseStorage(
  options: SupabaseStorageOptions,
  log: { onInfo?: (message: string) => void; onWarning?: (message: string) => void } = {},
): Destination {
  const destination = new SupabaseStorageDestination(options);
  if (options.maxObjectSize === 0) return destination;
  let pending: Promise<number> | undefined;
  const limit = () =>
    (pending ??= resolveMaxObjectSize({
      display: destination.display,
      bucket: options.bucket,
      ...(options.maxObjectSize !== undefined ? { requested: options.maxObjectSize } : {}),
      readBucketLimit: () => destination.bucketFileSizeLimit(),
      ...log,
    }).catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
  return withMaxObjectSize(destination, limit);
}

export { TUS_CHUNK_SIZE };
