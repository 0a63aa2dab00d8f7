import type { Readable } from "node:stream";
import { abortError } from "./abort.ts";

export interface GuardedPut {
  readonly body: Readable;
  readonly signal: AbortSignal | undefined;
  /** The provider's own failure, as a classified DestinationError. */
  readonly classify: (error: unknown) => Error;
  /** Called on abort before the body is destroyed (to stop requests in flight). */
  readonly onAbort?: () => void;
}

/**
 * The opening and closing every streaming `put` shares. The body's first error is kept (a
 * failing dump must surface as itself, not as the upload error it causes); an abort destroys the
 * body, which wakes a read waiting on a stalled source. When `upload` fails the error reported is,
 * in this order: the abort, the body's own error, else the provider's failure classified.
 */
export async function guardedPut<T>(guard: GuardedPut, upload: (bodyError: () => unknown) => Promise<T>): Promise<T> {
  const { body, signal } = guard;
  signal?.throwIfAborted();
  let bodyError: unknown;
  const onBodyError = (error: unknown) => {
    bodyError ??= error;
  };
  body.on("error", onBodyError);
  const onAbort = () => {
    guard.onAbort?.();
    body.destroy(abortError(signal));
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    return await upload(() => bodyError);
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    if (bodyError !== undefined) throw bodyError;
    throw guard.classify(error);
  } finally {
    signal?.removeEventListener("abort", onAbort);
    body.off("error", onBodyError);
  }
}
