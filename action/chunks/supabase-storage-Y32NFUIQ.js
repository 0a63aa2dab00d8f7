import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  BodyReader
} from "./chunk-VONE2JF5.js";
import {
  guardedPut
} from "./chunk-YC5QSHSP.js";
import {
  parseDestinationUrl
} from "./chunk-2URYL5WL.js";
import {
  createClient,
  dist_exports,
  require_node
} from "./chunk-77AC5KOG.js";
import {
  parseSize
} from "./chunk-IQ5VW7YH.js";
import {
  RetryAfterError
} from "./chunk-R7MMNWVF.js";
import {
  parseRetryAfter
} from "./chunk-IFWBUR3M.js";
import {
  abortError
} from "./chunk-VKVOJWDY.js";
import "./chunk-ME4EFUP6.js";
import {
  assertObjectName,
  isObjectName
} from "./chunk-5FHIDL6W.js";
import {
  redactText
} from "./chunk-VO6T7KNM.js";
import {
  formatBytes
} from "./chunk-PVV747LZ.js";
import {
  DestinationError,
  NotFoundError,
  UsageError,
  messageOf
} from "./chunk-SI3IGW5R.js";
import {
  __toESM
} from "./chunk-EWK3MTLA.js";

// src/destinations/supabase-storage.ts
import { AsyncLocalStorage } from "node:async_hooks";
import { Readable as Readable2 } from "node:stream";

// src/destinations/chunked.ts
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
function withMaxObjectSize(destination, maxBytes) {
  if (typeof maxBytes === "number") assertLimit(maxBytes);
  return new ChunkedDestination(destination, maxBytes);
}
function assertLimit(maxBytes) {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new UsageError(`max-object-size must be a positive number of bytes (got ${maxBytes})`);
}
var INDEX_SUFFIX = ".parts";
var PART = /\.part-\d{4,}$/;
var PLAIN_PEEK = 1024 * 1024;
function partName(name, index, generation) {
  return `${name}${generation ? `.${generation}` : ""}.part-${String(index).padStart(4, "0")}`;
}
function isChunkBookkeeping(name) {
  return name.endsWith(INDEX_SUFFIX) || PART.test(name);
}
var ChunkedDestination = class {
  constructor(inner, limit) {
    this.inner = inner;
    this.limit = limit;
    this.display = inner.display;
    if (typeof limit === "number") this.maxBytes = limit;
  }
  inner;
  limit;
  display;
  maxBytes;
  async partSize() {
    if (this.maxBytes !== void 0) return this.maxBytes;
    const value = typeof this.limit === "number" ? this.limit : await this.limit();
    assertLimit(value);
    this.maxBytes = value;
    return value;
  }
  async put(name, body, options = {}) {
    assertName(name);
    const { signal } = options;
    signal?.throwIfAborted();
    const maxBytes = await this.partSize();
    const old = await this.readIndex(name).catch((error) => {
      if (error instanceof NotFoundError) return void 0;
      throw error;
    });
    if (options.size !== void 0 && options.size <= maxBytes) {
      const info = await this.inner.put(name, body, options);
      await this.dropIndexed(name, old);
      return info;
    }
    const onAbort = () => body.destroy(abortError(signal));
    signal?.addEventListener("abort", onAbort, { once: true });
    const source = new BodyReader(body);
    try {
      const head = await source.peek(Math.min(PLAIN_PEEK, maxBytes + 1));
      if (source.ended && head <= maxBytes) {
        const info = await this.inner.put(name, source.rest(), { ...options, size: head });
        await this.dropIndexed(name, old);
        return info;
      }
      return await this.putParts(name, source, maxBytes, old, signal);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      throw error;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  }
  async putParts(name, source, maxBytes, old, signal) {
    const generation = old ? randomBytes(4).toString("hex") : void 0;
    const written = [];
    let indexWritten = false;
    try {
      for (let number = 1; !source.ended || source.buffered > 0; number++) {
        signal?.throwIfAborted();
        const part = partName(name, number, generation);
        const info2 = await this.inner.put(part, source.take(maxBytes), signal ? { signal } : {});
        written.push({ name: part, size: info2.size });
        if (info2.size === 0) break;
        await source.peek(1);
      }
      const index = {
        format: "strongroom-parts",
        version: 1,
        size: written.reduce((sum, p) => sum + p.size, 0),
        parts: written
      };
      const text = Buffer.from(`${JSON.stringify(index)}
`);
      signal?.throwIfAborted();
      const info = await this.inner.put(`${name}${INDEX_SUFFIX}`, Readable.from([text]), {
        size: text.length,
        ...signal ? { signal } : {}
      });
      indexWritten = true;
      await this.removeQuietly(
        old?.index.parts.map((p) => p.name).filter((p) => !written.some((w) => w.name === p)) ?? []
      );
      await this.removeQuietly([name]);
      return { name, size: index.size, modified: info.modified };
    } finally {
      if (!indexWritten) await this.removeQuietly(written.map((p) => p.name));
    }
  }
  async get(name, options = {}) {
    assertName(name);
    const found = await this.readIndex(name).catch((error) => {
      if (error instanceof NotFoundError) return void 0;
      throw error;
    });
    if (!found) return this.inner.get(name, options);
    const { index } = found;
    for (const [i, part] of index.parts.entries()) {
      const info = await this.inner.stat(part.name).catch((error) => {
        throw error instanceof NotFoundError ? this.damaged(name, `part ${i + 1} of ${index.parts.length} (${part.name}) is missing`, error) : error;
      });
      if (info.size !== part.size)
        throw this.damaged(
          name,
          `part ${i + 1} of ${index.parts.length} (${part.name}) has ${info.size} bytes, the index says ${part.size}`
        );
    }
    const inner = this.inner;
    const damaged = (why, cause) => this.damaged(name, why, cause);
    return Readable.from(
      (async function* () {
        for (const [i, part] of index.parts.entries()) {
          let size = 0;
          let stream;
          try {
            stream = await inner.get(part.name, options);
          } catch (error) {
            throw error instanceof NotFoundError ? damaged(`part ${i + 1} of ${index.parts.length} (${part.name}) is missing`, error) : error;
          }
          for await (const chunk of stream) {
            size += chunk.length;
            if (size > part.size)
              throw damaged(`part ${part.name} is longer than the ${part.size} bytes the index says`);
            yield chunk;
          }
          if (size !== part.size) throw damaged(`part ${part.name} ended after ${size} of ${part.size} bytes`);
        }
      })(),
      { objectMode: false, highWaterMark: 1 << 20 }
    );
  }
  async stat(name) {
    assertName(name);
    try {
      const { index, modified } = await this.readIndex(name);
      return { name, size: index.size, modified };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    return this.inner.stat(name);
  }
  async *list() {
    const plain = /* @__PURE__ */ new Map();
    const indexed = [];
    for await (const info of this.inner.list()) {
      if (info.name.endsWith(INDEX_SUFFIX)) indexed.push(info.name.slice(0, -INDEX_SUFFIX.length));
      else if (!PART.test(info.name)) plain.set(info.name, info);
    }
    for (const name of indexed) {
      plain.delete(name);
      try {
        yield await this.stat(name);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    yield* plain.values();
  }
  async remove(name) {
    assertName(name);
    const found = await this.readIndex(name).catch((error) => {
      if (error instanceof NotFoundError) return void 0;
      throw error;
    });
    if (!found) return this.inner.remove(name);
    await this.inner.remove(`${name}${INDEX_SUFFIX}`);
    await this.removeQuietly([...found.index.parts.map((p) => p.name), name]);
  }
  async readIndex(name) {
    const indexName = `${name}${INDEX_SUFFIX}`;
    const info = await this.inner.stat(indexName);
    const stream = await this.inner.get(indexName);
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    let index;
    try {
      index = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch (error) {
      throw this.damaged(name, `its index ${indexName} is not JSON`, error);
    }
    const valid = index?.format === "strongroom-parts" && index.version === 1 && Array.isArray(index.parts) && index.parts.every(
      (p) => typeof p?.name === "string" && Number.isSafeInteger(p.size) && p.size >= 0 && p.name.startsWith(`${name}.`)
    ) && index.size === index.parts.reduce((sum, p) => sum + p.size, 0);
    if (!valid) throw this.damaged(name, `its index ${indexName} is not a strongroom-parts index (version 1)`);
    return { index, modified: info.modified };
  }
  /** After a plain put: the parted object it replaced goes, index first. */
  async dropIndexed(name, old) {
    if (!old) return;
    await this.removeQuietly([`${name}${INDEX_SUFFIX}`, ...old.index.parts.map((p) => p.name)]);
  }
  /** Best effort, in order; "not found" counts as done. Debris left by a failure here stays hidden. */
  async removeQuietly(names) {
    for (const name of names) {
      try {
        await this.inner.remove(name);
      } catch {
      }
    }
  }
  damaged(name, why, cause) {
    return new DestinationError(`${name} in ${this.display} is incomplete: ${why}`, {
      permanent: true,
      hint: "the stored parts do not form the whole backup: restore another backup, and check what deleted or changed files in the destination",
      ...cause !== void 0 ? { cause } : {}
    });
  }
};
function assertName(name) {
  assertObjectName(name);
  if (isChunkBookkeeping(name)) {
    throw new UsageError(
      `invalid object name '${name}': names ending in '${INDEX_SUFFIX}' or '.part-NNNN' are reserved for objects stored in parts`
    );
  }
}

// src/destinations/supabase-storage/errors.ts
var KEY_HINT = "check SUPABASE_SERVICE_ROLE_KEY (the service_role key, or a secret key, from the project's API settings; not the anon key) and that SUPABASE_URL is this project's URL";
var SIZE_HINT = "the object is larger than the file size limit (the project's global limit, 50 MB on the free plan, or the bucket's own, whichever is lower; see Storage settings): set ?max-object-size= on the destination to at most that limit, for example ?max-object-size=50MB, so backups are stored in parts (0 turns splitting off)";
var NETWORK = /ECONNRESET|ECONNREFUSED|ECONNABORTED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|UND_ERR|socket hang up|fetch failed|other side closed|network|timed? ?out/i;
function classifySupabaseError(error, context) {
  if (error instanceof DestinationError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  const e = error ?? {};
  if (e.originalError instanceof DestinationError) return e.originalError;
  const tusStatus = e.originalResponse?.getStatus?.();
  const status = typeof e.status === "number" ? e.status : tusStatus;
  const code = Number(e.statusCode ?? status ?? Number.NaN);
  const text = redactText(
    `${e.message ?? String(error)}${status && e.originalResponse === void 0 ? ` (HTTP ${status})` : ""}${causeText(e)}`,
    context.secrets
  );
  const message = `${context.what} in ${context.display}: ${text}`;
  const cause = new Error(text);
  if (/bucket not found/i.test(text)) {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: "create the bucket first (Storage in the Supabase dashboard; a private bucket), and check the bucket name in supabase://bucket/prefix"
    });
  }
  if (status === 404 || code === 404 || /object not found|not_found/i.test(e.message ?? ""))
    return new NotFoundError(message, { cause });
  if (status === 401 || status === 403 || code === 401 || code === 403 || /invalid signature|invalid compact jws|jwt|unauthorized|invalid api key/i.test(text)) {
    return new DestinationError(message, { cause, permanent: true, hint: KEY_HINT });
  }
  if (status === 413 || code === 413 || /payload too large|exceeded the maximum allowed size|maximum size exceeded|upload's size exceeded/i.test(text)) {
    return new DestinationError(message, { cause, permanent: true, hint: SIZE_HINT });
  }
  if (status === 429 || code === 429 || status === 408 || status !== void 0 && status >= 500 || Number.isFinite(code) && code >= 500) {
    const retryAfter = parseRetryAfter(e.originalResponse?.getHeader?.("Retry-After"));
    return retryAfter === void 0 ? new DestinationError(message, { cause }) : new RetryAfterError(message, retryAfter, { cause });
  }
  if (status !== void 0 && status >= 400) return new DestinationError(message, { cause, permanent: true });
  if (NETWORK.test(text)) return new DestinationError(message, { cause });
  if (/ERR_INVALID_URL|Invalid URL|CERT|SELF_SIGNED/.test(text)) {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: "check SUPABASE_URL: it is https://<project ref>.supabase.co (the project URL, without /storage/v1)"
    });
  }
  return new DestinationError(message, { cause });
}
function causeText(e) {
  const inner = e.originalError;
  if (!(inner instanceof Error)) return "";
  const deeper = inner.cause instanceof Error ? ` (${inner.cause.message})` : "";
  return ` [${inner.message}${deeper}]`;
}

// src/destinations/supabase-storage/part-size.ts
var DEFAULT_MAX_OBJECT_SIZE = 5e7;
var bytes = (n) => `${formatBytes(n)} (${n} bytes)`;
async function resolveMaxObjectSize(context) {
  const { display, bucket, requested } = context;
  const wanted = requested ?? DEFAULT_MAX_OBJECT_SIZE;
  let limit;
  try {
    limit = await context.readBucketLimit();
  } catch (error) {
    if (!(error instanceof DestinationError) || !error.permanent) throw error;
    context.onInfo?.(
      requested === void 0 ? `${display}: could not read the file size limit of bucket '${bucket}' (${messageOf(error)}); storing backups above 50 MB, the free plan's limit, in parts (set ?max-object-size= to choose)` : `${display}: could not read the file size limit of bucket '${bucket}' (${messageOf(error)}); storing backups above ${bytes(wanted)} in parts, as max-object-size says`
    );
    return wanted;
  }
  if (limit === null || limit >= wanted) return wanted;
  if (requested === void 0) {
    context.onInfo?.(
      `${display}: bucket '${bucket}' has a file size limit of ${bytes(limit)}: storing backups above it in parts`
    );
  } else {
    context.onWarning?.(
      `${display}: max-object-size ${bytes(requested)} is above the file size limit of bucket '${bucket}', ${bytes(limit)}: storing parts of at most ${bytes(limit)} (lower max-object-size, or raise the bucket's limit in the dashboard)`
    );
  }
  return limit;
}
function parseBucketLimit(value) {
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : null;
}

// src/destinations/supabase-storage/tus.ts
var import_tus_js_client = __toESM(require_node(), 1);
var TUS_CHUNK_SIZE = 6 * 1024 * 1024;
var ReaderSource = class {
  constructor(reader, size) {
    this.reader = reader;
    this.size = size;
  }
  reader;
  size;
  window = Buffer.alloc(0);
  windowStart = 0;
  async slice(start, end) {
    const skip = start - this.windowStart;
    if (skip < 0 || skip > this.window.length)
      throw new Error(
        `cannot resume at byte ${start}: only bytes ${this.windowStart}-${this.windowStart + this.window.length} are still held`
      );
    this.window = this.window.subarray(skip);
    this.windowStart = start;
    const want = end - start;
    if (this.window.length < want)
      this.window = Buffer.concat([this.window, await this.reader.read(want - this.window.length)]);
    await this.reader.peek(1);
    const value = this.window.subarray(0, want);
    const done = this.reader.drained && this.window.length <= want;
    return { value: Object.assign(value, { size: value.length }), done };
  }
  close() {
  }
};
function tusPut(options) {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (error === void 0) resolve();
      else reject(error);
    };
    const source = new ReaderSource(options.reader, options.size ?? null);
    const upload = new import_tus_js_client.Upload(Buffer.alloc(0), {
      endpoint: `${options.projectUrl}/storage/v1/upload/resumable`,
      retryDelays: [...options.retryDelays],
      headers: {
        authorization: `Bearer ${options.key}`,
        // The gateway needs it for the newer (sb_secret_…) keys; the endpoint accepts the bearer alone.
        apikey: options.key,
        "x-upsert": "true"
      },
      uploadDataDuringCreation: options.size !== void 0,
      removeFingerprintOnSuccess: true,
      storeFingerprintForResuming: false,
      fingerprint: async () => null,
      metadata: {
        bucketName: options.bucket,
        objectName: options.objectName,
        contentType: "application/octet-stream",
        cacheControl: "3600"
      },
      chunkSize: TUS_CHUNK_SIZE,
      ...options.size !== void 0 ? { uploadSize: options.size } : { uploadLengthDeferred: true },
      fileReader: { openFile: async () => source },
      onShouldRetry: (error) => {
        if (options.bodyError() !== void 0 || signal?.aborted) return false;
        const status = error.originalResponse?.getStatus();
        return status === void 0 || status === 409 || status === 423 || status === 429 || status === 408 || status >= 500;
      },
      onError: (error) => {
        const failure = options.bodyError() ?? error;
        if (upload.url)
          upload.abort(true).then(
            () => finish(failure),
            () => finish(failure)
          );
        else finish(failure);
      },
      onSuccess: () => finish()
    });
    const onAbort = () => {
      upload.abort(true).then(
        () => finish(abortError(signal)),
        () => finish(abortError(signal))
      );
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    upload.start();
  });
}

// src/destinations/supabase-storage.ts
var RESUMABLE_THRESHOLD = 6e6;
var LIST_PAGE = 1e3;
var requestSignal = new AsyncLocalStorage();
var storageFetch = async (input, init = {}) => {
  const signal = requestSignal.getStore();
  const merged = signal === void 0 ? init.signal : init.signal ? AbortSignal.any([init.signal, signal]) : signal;
  const response = await fetch(input, { ...init, ...merged ? { signal: merged } : {} });
  const wait = response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get("retry-after")) : void 0;
  if (wait !== void 0) {
    await response.body?.cancel().catch(() => {
    });
    throw new RetryAfterError(
      `HTTP ${response.status}: the service asks to retry after ${Math.ceil(wait / 1e3)} s`,
      wait
    );
  }
  return response;
};
var SupabaseStorageDestination = class {
  constructor(options) {
    this.options = options;
    this.url = options.url.replace(/\/+$/, "");
    this.prefix = options.prefix.replace(/^\/+|\/+$/g, "");
    this.display = `supabase://${options.bucket}${this.prefix ? `/${this.prefix}` : ""}`;
    if (options.maxObjectSize) this.maxObjectSize = options.maxObjectSize;
    this.secrets = [options.serviceRoleKey];
    this.storage = createClient(this.url, options.serviceRoleKey, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
      global: { fetch: storageFetch }
    }).storage;
    this.client = this.storage.from(options.bucket);
  }
  options;
  display;
  maxObjectSize;
  client;
  storage;
  url;
  prefix;
  secrets;
  /** The bucket's own `file_size_limit` in bytes (GET /storage/v1/bucket/<id>), null when it has none. */
  async bucketFileSizeLimit() {
    const { data, error } = await this.storage.getBucket(this.options.bucket).catch((e) => ({ data: null, error: e }));
    if (error || !data) throw this.classify(error, `could not read the settings of bucket '${this.options.bucket}'`);
    return parseBucketLimit(data.file_size_limit);
  }
  async put(name, body, options = {}) {
    assertObjectName(name);
    const { signal } = options;
    const threshold = this.options.resumableThreshold ?? RESUMABLE_THRESHOLD;
    const classify = (error) => this.classify(error, `could not upload ${name}`);
    await guardedPut({ body, signal, classify }, async (bodyError) => {
      const reader = new BodyReader(body);
      const head = await reader.peek(threshold + 1);
      if (reader.ended && head <= threshold) {
        const bytes2 = await reader.read(head);
        signal?.throwIfAborted();
        const { error } = await requestSignal.run(
          signal ?? new AbortController().signal,
          () => this.client.upload(this.key(name), bytes2, {
            upsert: true,
            contentType: "application/octet-stream",
            cacheControl: "3600"
          })
        );
        if (error) throw error;
      } else {
        await tusPut({
          projectUrl: this.url,
          key: this.options.serviceRoleKey,
          bucket: this.options.bucket,
          objectName: this.key(name),
          ...options.size !== void 0 ? { size: options.size } : {},
          reader,
          ...signal ? { signal } : {},
          retryDelays: this.options.tusRetryDelays ?? [0, 1e3, 3e3, 5e3, 1e4],
          bodyError
        });
      }
    });
    return this.stat(name);
  }
  async get(name, options = {}) {
    assertObjectName(name);
    const { data, error } = await this.client.download(this.key(name), {}, options.signal ? { signal: options.signal } : {}).asStream().catch((e) => ({ data: null, error: e }));
    if (error || !data) throw this.classify(error, `could not download ${name}`);
    return Readable2.fromWeb(data, { highWaterMark: 1 << 20 });
  }
  async stat(name) {
    assertObjectName(name);
    const { data, error } = await this.client.info(this.key(name)).catch((e) => ({ data: null, error: e }));
    if (error || !data) throw this.classify(error, `could not read ${name}`);
    const info = data;
    const modified = info.lastModified ?? info.createdAt;
    return { name, size: info.size ?? info.metadata?.size ?? 0, modified: modified ? new Date(modified) : /* @__PURE__ */ new Date(0) };
  }
  async *list() {
    for (let offset = 0; ; offset += LIST_PAGE) {
      const { data, error } = await this.client.list(this.prefix, { limit: LIST_PAGE, offset, sortBy: { column: "name", order: "asc" } }).catch((e) => ({ data: null, error: e }));
      if (error || !data) throw this.classify(error, "could not list");
      for (const item of data) {
        if (item.id === null || !isObjectName(item.name)) continue;
        const modified = item.updated_at ?? item.created_at;
        yield {
          name: item.name,
          size: Number(item.metadata?.size ?? 0),
          modified: modified ? new Date(modified) : /* @__PURE__ */ new Date(0)
        };
      }
      if (data.length < LIST_PAGE) return;
    }
  }
  async remove(name) {
    assertObjectName(name);
    const { data, error } = await this.client.remove([this.key(name)]).catch((e) => ({ data: null, error: e }));
    if (error || !data) throw this.classify(error, `could not remove ${name}`);
    if (data.length === 0)
      throw this.classify({ status: 404, message: "Object not found" }, `could not remove ${name}`);
  }
  key(name) {
    return this.prefix ? `${this.prefix}/${name}` : name;
  }
  classify(error, what) {
    return classifySupabaseError(error, { what, display: this.display, secrets: this.secrets });
  }
};
var QUERY_KEYS = ["max-object-size", "project-url"];
function supabaseStorageOptionsFromUrl(spec, env) {
  const problems = [];
  const parsed = parseDestinationUrl(
    spec,
    {
      protocol: "supabase:",
      what: "the Supabase Storage destination",
      shape: "supabase://bucket/prefix",
      noCredentials: "the supabase:// URL must not carry credentials: set SUPABASE_SERVICE_ROLE_KEY instead"
    },
    problems
  );
  const bucket = decodeURIComponent(parsed.hostname);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(bucket))
    problems.push(`'${bucket}' is not a bucket name (supabase://bucket/prefix)`);
  const prefix = decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((part) => part === "." || part === ".."))
    problems.push("the Supabase Storage prefix must not contain '.' or '..' segments");
  for (const key of parsed.searchParams.keys()) {
    if (!QUERY_KEYS.includes(key))
      problems.push(`unknown supabase:// option '${key}' (allowed: ${QUERY_KEYS.join(", ")})`);
  }
  let maxObjectSize;
  const max = parsed.searchParams.get("max-object-size");
  if (max !== null) {
    try {
      maxObjectSize = parseSize(max);
      if (maxObjectSize !== 0 && maxObjectSize < 1024 * 1024)
        problems.push(`max-object-size must be 0 (no splitting) or at least 1MiB (got ${max})`);
    } catch (error) {
      problems.push(`max-object-size: ${error.message}`);
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
      "SUPABASE_SERVICE_ROLE_KEY is not set: use the project's service_role (or secret) key; the anon key cannot write private buckets"
    );
  if (problems.length > 0) throw new UsageError(problems);
  return Object.freeze({
    url: url.replace(/\/+$/, ""),
    serviceRoleKey,
    bucket,
    prefix,
    ...maxObjectSize !== void 0 ? { maxObjectSize } : {}
  });
}
function openSupabaseStorage(spec, context) {
  context.addSecret(context.env.SUPABASE_SERVICE_ROLE_KEY?.trim());
  const options = supabaseStorageOptionsFromUrl(spec, context.env);
  return supabaseStorage(options, {
    ...context.onInfo ? { onInfo: context.onInfo } : {},
    ...context.onWarning ? { onWarning: context.onWarning } : {}
  });
}
function supabaseStorage(options, log = {}) {
  const destination = new SupabaseStorageDestination(options);
  if (options.maxObjectSize === 0) return destination;
  let pending;
  const limit = () => pending ??= resolveMaxObjectSize({
    display: destination.display,
    bucket: options.bucket,
    ...options.maxObjectSize !== void 0 ? { requested: options.maxObjectSize } : {},
    readBucketLimit: () => destination.bucketFileSizeLimit(),
    ...log
  }).catch((error) => {
    pending = void 0;
    throw error;
  });
  return withMaxObjectSize(destination, limit);
}
export {
  RESUMABLE_THRESHOLD,
  SupabaseStorageDestination,
  TUS_CHUNK_SIZE,
  openSupabaseStorage,
  supabaseStorage,
  supabaseStorageOptionsFromUrl
};
