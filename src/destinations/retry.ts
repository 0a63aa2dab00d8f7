import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { type BackoffPolicy, MAX_RETRY_AFTER_MS, nextWait, sleep } from "../backoff.ts";
import { CancelledError, DestinationError, type ErrorDetails, isNotFound } from "../errors.ts";
import type { Destination, GetOptions, ObjectInfo, PutOptions } from "./destination.ts";

/**
 * Retrying destinations (restic `backend/retry`, toolkit's twirp client): exponential backoff with
 * full jitter, only for transient `DestinationError`s, never for permanent ones or aborts.
 *
 * What can be retried:
 * - `stat`, `remove`, opening a `get` stream, and `list` (a restarted listing skips the names it
 *   already yielded; `remove` treats "not found" on a later attempt as done, since an earlier
 *   attempt may have succeeded with its answer lost). Errors while reading a `get` stream are not.
 * - `put` needs its body again for a second attempt, and a `Readable` cannot be rewound. So
 *   `put(name, stream)` retries only when the failed attempt never read from the stream; a body
 *   that can be re-read goes through `putReplayable(name, open)`, which calls `open()` per
 *   attempt. `putFile(destination, name, path)` does that for a spooled file, and falls back to a
 *   single `put` when the destination is not a retrying one.
 */

export interface RetryInfo {
  readonly operation: "put" | "get" | "stat" | "list" | "remove";
  readonly name: string | undefined;
  /** The attempt that failed, from 1. */
  readonly attempt: number;
  /** How long the decorator waits before the next attempt. */
  readonly delayMs: number;
  readonly error: unknown;
}

export interface RetryOptions {
  /** Tries in all, the first included. Default 5. */
  readonly attempts?: number;
  /** Ceiling of the first backoff; doubles per attempt. Default 500 ms. */
  readonly baseDelayMs?: number;
  /** Largest backoff. Default 30 s. */
  readonly maxDelayMs?: number;
  /** Largest server-requested wait (Retry-After) honoured; longer ones are cut to this. Default 5 min. */
  readonly maxRetryAfterMs?: number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly onRetry?: (info: RetryInfo) => void;
  /** Source of jitter in [0, 1). Default Math.random. */
  readonly random?: () => number;
}

/** A transient failure that came with the server's own wait (HTTP `Retry-After`). */
export class RetryAfterError extends DestinationError {
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number, details: ErrorDetails = {}) {
    super(message, { ...details, permanent: false });
    this.retryAfterMs = retryAfterMs;
  }
}

/** The wait a failure asks for, from any error carrying a finite `retryAfterMs`. */
export function retryAfterOf(error: unknown): number | undefined {
  const value = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A destination whose `put` can take a body it may open more than once. */
export interface ReplayableDestination extends Destination {
  putReplayable(name: string, open: () => Readable | Promise<Readable>, options?: PutOptions): Promise<ObjectInfo>;
}

export function withRetry(destination: Destination, options: RetryOptions = {}): ReplayableDestination {
  return new RetryingDestination(destination, options);
}

/** Uploads a file, re-opening it for every attempt when the destination retries. */
export async function putFile(
  destination: Destination,
  name: string,
  path: string,
  options: { signal?: AbortSignal } = {},
): Promise<ObjectInfo> {
  const { size } = await stat(path);
  const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
  const putOptions: PutOptions = { size, ...(options.signal ? { signal: options.signal } : {}) };
  if (isReplayable(destination)) return destination.putReplayable(name, open, putOptions);
  return destination.put(name, open(), putOptions);
}

function isReplayable(destination: Destination): destination is ReplayableDestination {
  return typeof (destination as Partial<ReplayableDestination>).putReplayable === "function";
}

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return (
    signal?.aborted === true ||
    error instanceof CancelledError ||
    (error instanceof Error && error.name === "AbortError")
  );
}

class RetryingDestination implements ReplayableDestination {
  readonly display: string;
  readonly maxObjectSize?: number;
  readonly localPath?: (name: string) => string;
  private readonly policy: BackoffPolicy;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly inner: Destination;
  private readonly options: RetryOptions;

  constructor(inner: Destination, options: RetryOptions) {
    this.inner = inner;
    this.options = options;
    this.display = inner.display;
    if (inner.maxObjectSize !== undefined) this.maxObjectSize = inner.maxObjectSize;
    if (inner.localPath) this.localPath = inner.localPath.bind(inner);
    this.policy = {
      attempts: Math.max(1, Math.floor(options.attempts ?? 5)),
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS,
      ...(options.random ? { random: options.random } : {}),
    };
    this.sleep = options.sleep ?? sleep;
  }

  put(name: string, body: Readable, options: PutOptions = {}): Promise<ObjectInfo> {
    // A retry is only honest when the failed attempt left the stream untouched.
    return this.run(
      "put",
      name,
      options.signal,
      () => this.inner.put(name, body, options),
      () => !body.readableDidRead && !body.destroyed,
    );
  }

  putReplayable(name: string, open: () => Readable | Promise<Readable>, options: PutOptions = {}): Promise<ObjectInfo> {
    return this.run("put", name, options.signal, async () => this.inner.put(name, await open(), options));
  }

  get(name: string, options: GetOptions = {}): Promise<Readable> {
    return this.run("get", name, options.signal, () => this.inner.get(name, options));
  }

  stat(name: string): Promise<ObjectInfo> {
    return this.run("stat", name, undefined, () => this.inner.stat(name));
  }

  remove(name: string): Promise<void> {
    let attempt = 0;
    return this.run("remove", name, undefined, async () => {
      attempt += 1;
      try {
        await this.inner.remove(name);
      } catch (error) {
        // An earlier attempt may have removed it and lost the answer.
        if (attempt > 1 && isNotFound(error)) return;
        throw error;
      }
    });
  }

  async *list(): AsyncIterable<ObjectInfo> {
    const seen = new Set<string>();
    for (let attempt = 1; ; attempt++) {
      try {
        for await (const info of this.inner.list()) {
          if (seen.has(info.name)) continue;
          seen.add(info.name);
          yield info;
        }
        return;
      } catch (error) {
        const wait = this.decide("list", undefined, attempt, error, undefined);
        if (wait === undefined) throw error;
        await this.sleep(wait);
      }
    }
  }

  private async run<T>(
    operation: RetryInfo["operation"],
    name: string | undefined,
    signal: AbortSignal | undefined,
    attemptOnce: () => Promise<T>,
    canRetry: () => boolean = () => true,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce();
      } catch (error) {
        const wait = canRetry() ? this.decide(operation, name, attempt, error, signal) : undefined;
        if (wait === undefined) throw error;
        await this.sleep(wait, signal);
      }
    }
  }

  /** The wait before the next attempt, or undefined to give up with this error. */
  private decide(
    operation: RetryInfo["operation"],
    name: string | undefined,
    attempt: number,
    error: unknown,
    signal: AbortSignal | undefined,
  ): number | undefined {
    const transient = !isAbort(error, signal) && error instanceof DestinationError && !error.permanent;
    const retryAfterMs = retryAfterOf(error);
    const delayMs = nextWait(this.policy, attempt, {
      transient,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    if (delayMs === undefined) return undefined;
    this.options.onRetry?.({ operation, name, attempt, delayMs, error });
    return delayMs;
  }
}
