import { setTimeout as delay } from "node:timers/promises";

/**
 * Retries with exponential backoff and full jitter, honouring a server's `Retry-After`: the one
 * policy of the destination decorator, the resumable Drive upload and notification deliveries.
 */

/** The longest server-asked wait a backup honours unless told otherwise (a longer one is cut to this). */
export const MAX_RETRY_AFTER_MS = 300_000;

export interface BackoffPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** Ceiling of the first backoff; doubles per attempt. */
  readonly baseDelayMs: number;
  /** Largest backoff. */
  readonly maxDelayMs: number;
  /** Largest server-asked wait honoured. Default `maxDelayMs`. */
  readonly maxRetryAfterMs?: number;
  /** Source of jitter in [0, 1). Default Math.random. */
  readonly random?: () => number;
}

/** Whether a failure is worth another try, and how long the server asked us to wait. */
export interface RetryVerdict {
  readonly transient: boolean;
  readonly retryAfterMs?: number;
}

/** Full jitter: uniform in [0, min(max, base * 2^(attempt-1))). */
export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** The wait after failed `attempt` (from 1), or undefined to give up. */
export function nextWait(policy: BackoffPolicy, attempt: number, verdict: RetryVerdict): number | undefined {
  if (!verdict.transient || attempt >= policy.attempts) return undefined;
  if (verdict.retryAfterMs !== undefined) {
    return Math.min(verdict.retryAfterMs, policy.maxRetryAfterMs ?? policy.maxDelayMs);
  }
  return backoffDelay(attempt, policy.baseDelayMs, policy.maxDelayMs, policy.random);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, signal ? { signal } : {});
}

export interface RetryLoopOptions {
  readonly signal?: AbortSignal;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told before each wait. */
  readonly onRetry?: (attempt: number, waitMs: number, error: unknown) => void;
}

/**
 * Runs `attemptOnce` until it succeeds, `classify` calls a failure permanent, the signal aborts
 * or the attempts are spent; then rethrows the last error.
 */
export async function retryWithBackoff<T>(
  policy: BackoffPolicy,
  classify: (error: unknown) => RetryVerdict,
  attemptOnce: (attempt: number) => Promise<T>,
  options: RetryLoopOptions = {},
): Promise<T> {
  const { signal } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(attempt);
    } catch (error) {
      const wait = signal?.aborted ? undefined : nextWait(policy, attempt, classify(error));
      if (wait === undefined) throw error;
      options.onRetry?.(attempt, wait, error);
      await (options.sleep ?? sleep)(wait, signal);
    }
  }
}

/**
 * `Retry-After` as milliseconds: delay-seconds (a decimal fraction tolerated) or an HTTP date;
 * undefined for anything else.
 */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

type HeaderBag = Headers | Readonly<Record<string, string | string[] | number | undefined>>;

/** The value of header `name` (lower case) from fetch `Headers` or a plain record in any case. */
export function headerValue(headers: HeaderBag | null | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    return Array.isArray(value) ? value[0] : String(value);
  }
  return undefined;
}

/** `Retry-After` read from a response's headers, as milliseconds. */
export function retryAfterFrom(headers: HeaderBag | null | undefined): number | undefined {
  return parseRetryAfter(headerValue(headers, "retry-after"));
}
