import { retryWithBackoff } from "../backoff.ts";
import type { RetryVerdict } from "../backoff.ts";
import type { RetryConfig } from "./config.ts";

/** The number of tries a delivery took, on the error that ended it. */
export type FailedDelivery = Error & { attempts?: number };

/**
 * Runs one delivery with the shared backoff policy (a server's Retry-After honoured up to
 * `maxDelayMs`: a notification does not hold the run for minutes). Rethrows the last error with
 * `attempts` set.
 */
export async function deliverWithRetries<T>(
  retry: RetryConfig,
  classify: (error: unknown) => RetryVerdict,
  attemptOnce: (attempt: number) => Promise<T>,
  signal?: AbortSignal,
): Promise<{ value: T; attempts: number }> {
  let attempts = 0;
  try {
    const value = await retryWithBackoff(
      retry,
      classify,
      (attempt) => {
        attempts = attempt;
        return attemptOnce(attempt);
      },
      signal ? { signal } : {},
    );
    return { value, attempts };
  } catch (error) {
    if (error instanceof Error) (error as FailedDelivery).attempts = attempts;
    throw error;
  }
}
