import { Upload } from "tus-js-client";
import { abortError } from "../abort.ts";
import type { BodyReader } from "../body-reader.ts";

/** Supabase requires exactly this chunk size on its resumable endpoint. */
export const TUS_CHUNK_SIZE = 6 * 1024 * 1024;

export interface TusPutOptions {
  /** The project URL; the endpoint is `<url>/storage/v1/upload/resumable`. */
  readonly projectUrl: string;
  readonly key: string;
  readonly bucket: string;
  readonly objectName: string;
  /** Bytes in all when known; otherwise the length is deferred until the body ends. */
  readonly size?: number;
  readonly reader: BodyReader;
  readonly signal?: AbortSignal;
  /** Waits between tries of one request (tus-js-client's own retry). */
  readonly retryDelays: readonly number[];
  /** Set when the body itself failed: never worth a retry. */
  readonly bodyError: () => unknown;
}

/**
 * A tus file source over a body that can be read once: it keeps the window from the last slice's
 * start (one chunk, plus one source chunk of look-ahead to tell the last chunk), which is all
 * tus-js-client asks for again when it resumes from the server's offset after a failure.
 */
class ReaderSource {
  private window = Buffer.alloc(0);
  private windowStart = 0;
  constructor(
    private readonly reader: BodyReader,
    readonly size: number | null,
  ) {}

  async slice(start: number, end: number): Promise<{ value: Buffer & { size: number }; done: boolean }> {
    const skip = start - this.windowStart;
    if (skip < 0 || skip > this.window.length)
      throw new Error(
        `cannot resume at byte ${start}: only bytes ${this.windowStart}-${this.windowStart + this.window.length} are still held`,
      );
    this.window = this.window.subarray(skip);
    this.windowStart = start;
    const want = end - start;
    if (this.window.length < want)
      this.window = Buffer.concat([this.window, await this.reader.read(want - this.window.length)]);
    await this.reader.peek(1);
    const value = this.window.subarray(0, want);
    const done = this.reader.drained && this.window.length <= want;
    // tus-js-client reads the length of a Node source's slice from `size`.
    return { value: Object.assign(value, { size: value.length }), done };
  }

  close(): void {}
}

/** Uploads through Supabase's TUS endpoint; resolves once the server has every byte. */
export function tusPut(options: TusPutOptions): Promise<void> {
  const { signal } = options;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const source = new ReaderSource(options.reader, options.size ?? null);
    const upload = new Upload(Buffer.alloc(0), {
      endpoint: `${options.projectUrl}/storage/v1/upload/resumable`,
      retryDelays: [...options.retryDelays],
      headers: {
        authorization: `Bearer ${options.key}`,
        // The gateway needs it for the newer (sb_secret_…) keys; the endpoint accepts the bearer alone.
        apikey: options.key,
        "x-upsert": "true",
      },
      uploadDataDuringCreation: options.size !== undefined,
      removeFingerprintOnSuccess: true,
      storeFingerprintForResuming: false,
      fingerprint: async () => null as unknown as string,
      metadata: {
        bucketName: options.bucket,
        objectName: options.objectName,
        contentType: "application/octet-stream",
        cacheControl: "3600",
      },
      chunkSize: TUS_CHUNK_SIZE,
      ...(options.size !== undefined ? { uploadSize: options.size } : { uploadLengthDeferred: true }),
      fileReader: { openFile: async () => source } as never,
      onShouldRetry: (error) => {
        if (options.bodyError() !== undefined || signal?.aborted) return false;
        const status = error.originalResponse?.getStatus();
        // Network failures (no response), throttling, conflicts on resume and server errors.
        return (
          status === undefined || status === 409 || status === 423 || status === 429 || status === 408 || status >= 500
        );
      },
      onError: (error) => {
        // Remove what the server holds of the failed upload before reporting it.
        const failure = options.bodyError() ?? error;
        if (upload.url)
          upload.abort(true).then(
            () => finish(failure),
            () => finish(failure),
          );
        else finish(failure);
      },
      onSuccess: () => finish(),
    });
    const onAbort = () => {
      upload.abort(true).then(
        () => finish(abortError(signal)),
        () => finish(abortError(signal)),
      );
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    upload.start();
  });
}
