import { setTimeout as sleep } from "node:timers/promises";
import { backoffDelay } from "../destinations/retry.ts";
import type { RetryConfig } from "./config.ts";

/** Whether a failed delivery is worth another try, and how long the server asked us to wait. */
export interface RetryVerdict {
  readonly transient: boolean;
  readonly retryAfterMs?: number;
}

/** The number of tries a delivery took, on the error that ended it. */
export type FailedDelivery = Error & { attempts?: number };

/**
 * Runs one delivery until it succeeds, fails for good, or `retry.attempts` tries are spent:
 * exponential backoff with full jitter between tries (the destinations' `backoffDelay`), or the
 * server's own wait when it gave one (both capped at `maxDelayMs`).
 * Rethrows the last error with `attempts` set.
 */
export async function deliverWithRetries<T>(
  retry: RetryConfig,
  classify: (error: unknown) => RetryVerdict,
  attemptOnce: (attempt: number) => Promise<T>,
  signal?: AbortSignal,
): Promise<{ value: T; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await attemptOnce(attempt), attempts: attempt };
    } catch (error) {
      const verdict = signal?.aborted ? { transient: false } : classify(error);
      if (!verdict.transient || attempt >= retry.attempts) {
        if (error instanceof Error) (error as FailedDelivery).attempts = attempt;
        throw error;
      }
      const wait = Math.min(
        verdict.retryAfterMs ?? backoffDelay(attempt, retry.baseDelayMs, retry.maxDelayMs),
        retry.maxDelayMs,
      );
      await sleep(wait, undefined, signal ? { signal } : undefined);
    }
  }
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date. */
export function retryAfterMs(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
