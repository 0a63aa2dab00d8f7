import type { BodyReader } from "../body-reader.ts";
import {
  type BackoffPolicy,
  MAX_RETRY_AFTER_MS,
  nextWait,
  parseRetryAfter,
  retryWithBackoff,
  sleep,
} from "../../backoff.ts";
import { DriveHttpError } from "./errors.ts";

/** Drive wants every chunk but the last to be a multiple of this. */
export const CHUNK_UNIT = 256 * 1024;

export interface DriveFileMeta {
  readonly id: string;
  readonly name: string;
  readonly size?: string;
  readonly modifiedTime?: string;
}

export interface ResumableUploadOptions {
  /** API root ending in `/`, e.g. https://www.googleapis.com/ */
  readonly rootUrl: string;
  readonly folderId: string;
  readonly name: string;
  readonly reader: BodyReader;
  /** Declared when known (X-Upload-Content-Length and the total in Content-Range). */
  readonly size?: number;
  readonly chunkSize: number;
  /** Authorization headers for a request to `url`. */
  readonly authorize: (url: string) => Promise<Headers>;
  readonly signal?: AbortSignal;
  /** Tries per request (the first included) for transient failures. */
  readonly attempts: number;
  readonly baseDelayMs: number;
}

/**
 * Drive's resumable upload protocol, by hand: the client library's media upload is one multipart
 * request that starts over from zero on any failure.
 *
 * 1. POST `upload/drive/v3/files?uploadType=resumable` with the metadata opens a session (its URI
 *    comes back in `Location`).
 * 2. PUT chunks of `chunkSize` (a multiple of 256 KiB) with `Content-Range: bytes a-b/*` (the
 *    total once known: on the last chunk, or from the start when the size was given). Drive
 *    answers `308 Resume Incomplete` with `Range: bytes=0-n` (what it has) until the last one,
 *    which returns the file's metadata.
 * 3. After a dropped connection, a 5xx or a 429, ask where the session stands with an empty PUT
 *    and `Content-Range: bytes *\/*` (or `*\/total`), then send only what the server lacks. The
 *    current chunk stays in memory for that, and nothing before it is ever needed again.
 */
export async function resumableUpload(options: ResumableUploadOptions): Promise<DriveFileMeta> {
  const { signal, reader } = options;
  const session = await openSession(options);

  // `window` holds the bytes from the server's confirmed offset on: what a resume may need again.
  let window: Buffer = Buffer.alloc(0);
  let windowStart = 0;
  let failures = 0;
  let query = false;
  for (;;) {
    signal?.throwIfAborted();
    if (window.length < options.chunkSize && !reader.drained)
      window = Buffer.concat([window, await reader.read(options.chunkSize - window.length)]);
    await reader.peek(1);
    const last = reader.drained;
    // Every request but the last carries a multiple of 256 KiB, also after resuming at an odd offset.
    const sendable = last ? window.length : window.length - (window.length % CHUNK_UNIT);
    const total = last ? String(windowStart + window.length) : options.size !== undefined ? String(options.size) : "*";
    const body = query ? undefined : window.subarray(0, sendable);
    const range =
      body === undefined || body.length === 0
        ? `bytes */${total}`
        : `bytes ${windowStart}-${windowStart + body.length - 1}/${total}`;
    let response: Response;
    try {
      response = await putChunk(options, session, range, body);
    } catch (error) {
      if (signal?.aborted) throw error;
      // The connection dropped: some of the chunk may have arrived. Ask.
      failures += 1;
      const wait = nextWait(policyOf(options), failures, { transient: true });
      if (wait === undefined) throw error;
      await sleep(wait, signal);
      query = true;
      continue;
    }
    if (response.status === 200 || response.status === 201) {
      if (!last || windowStart + sendable !== Number(total)) {
        await response.body?.cancel();
        throw new DriveHttpError(
          `Drive finished the upload before the body ended (at byte ${windowStart})`,
          502,
          undefined,
          undefined,
        );
      }
      return (await response.json()) as DriveFileMeta;
    }
    if (response.status === 308) {
      await response.body?.cancel();
      const stored = storedBytes(response.headers.get("range"));
      if (stored < windowStart || stored > windowStart + window.length) {
        throw new DriveHttpError(
          `Drive holds ${stored} bytes, outside the bytes still in memory (${windowStart}-${windowStart + window.length})`,
          502,
          undefined,
          undefined,
        );
      }
      // Progress resets the count: only failures in a row give up.
      if (stored > windowStart) failures = 0;
      window = window.subarray(stored - windowStart);
      windowStart = stored;
      query = false;
      continue;
    }
    const error = await httpError(response, "a chunk was refused");
    failures += 1;
    const wait = nextWait(policyOf(options), failures, verdictOf(error));
    if (wait === undefined) throw error;
    await sleep(wait, signal);
    query = true;
  }
}

/** Step 1: opens the upload session and returns its URI. */
async function openSession(options: ResumableUploadOptions): Promise<string> {
  const { signal } = options;
  const fields = "id,name,size,modifiedTime";
  const initUrl = `${options.rootUrl}upload/drive/v3/files?uploadType=resumable&supportsAllDrives=true&fields=${encodeURIComponent(fields)}`;
  return await withRetries(options, async () => {
    const response = await fetch(initUrl, {
      method: "POST",
      headers: mergeHeaders(await options.authorize(initUrl), {
        "content-type": "application/json; charset=UTF-8",
        "x-upload-content-type": "application/octet-stream",
        ...(options.size !== undefined ? { "x-upload-content-length": String(options.size) } : {}),
      }),
      body: JSON.stringify({ name: options.name, parents: [options.folderId], mimeType: "application/octet-stream" }),
      ...(signal ? { signal } : {}),
    });
    if (response.status !== 200) throw await httpError(response, "could not start a resumable upload");
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) throw new DriveHttpError("the resumable upload session has no Location", 502, undefined, undefined);
    return location;
  });
}

/** Step 2 or 3: one PUT to the session, with a chunk or (with no bytes to send) as a status query. */
async function putChunk(
  options: ResumableUploadOptions,
  session: string,
  range: string,
  body: Buffer | undefined,
): Promise<Response> {
  const { signal } = options;
  return await fetch(session, {
    method: "PUT",
    headers: mergeHeaders(await options.authorize(session), { "content-range": range }),
    ...(body && body.length > 0 ? { body } : {}),
    redirect: "manual",
    ...(signal ? { signal } : {}),
  });
}

/** `Range: bytes=0-1048575` means 1048576 bytes are stored; no header means none. */
function storedBytes(range: string | null): number {
  const match = /bytes=0-(\d+)/.exec(range ?? "");
  return match ? Number(match[1]) + 1 : 0;
}

function isTransient(error: DriveHttpError): boolean {
  return (
    error.status === 429 ||
    error.status === 408 ||
    error.status >= 500 ||
    (error.status === 403 && /rateLimitExceeded|userRateLimitExceeded/.test(error.reason ?? ""))
  );
}

function policyOf(options: ResumableUploadOptions): BackoffPolicy {
  return {
    attempts: options.attempts,
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: 30_000,
    maxRetryAfterMs: MAX_RETRY_AFTER_MS,
  };
}

function verdictOf(error: unknown): { transient: boolean; retryAfterMs?: number } {
  if (!(error instanceof DriveHttpError)) return { transient: true };
  const wait = parseRetryAfter(error.retryAfter);
  return { transient: isTransient(error), ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
}

function withRetries<T>(options: ResumableUploadOptions, attempt: () => Promise<T>): Promise<T> {
  return retryWithBackoff(policyOf(options), verdictOf, attempt, options.signal ? { signal: options.signal } : {});
}

export async function httpError(response: Response, what: string): Promise<DriveHttpError> {
  const text = await response.text().catch(() => "");
  let message = text.slice(0, 300);
  let reason: string | undefined;
  try {
    const data = JSON.parse(text) as {
      error?: { message?: string; errors?: { reason?: string }[] } | string;
      error_description?: string;
    };
    if (typeof data.error === "object") {
      message = data.error.message ?? message;
      reason = data.error.errors?.[0]?.reason;
    } else if (typeof data.error === "string") {
      reason = data.error;
      message = data.error_description ?? data.error;
    }
  } catch {
    // Not JSON: keep the start of the text.
  }
  return new DriveHttpError(`${what}: ${message}`, response.status, reason, response.headers.get("retry-after"));
}

function mergeHeaders(auth: Headers, extra: Record<string, string>): Headers {
  const headers = new Headers(auth);
  for (const [key, value] of Object.entries(extra)) headers.set(key, value);
  return headers;
}
