import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  abortError
} from "./chunk-VKVOJWDY.js";

// src/destinations/guarded-put.ts
async function guardedPut(guard, upload) {
  const { body, signal } = guard;
  signal?.throwIfAborted();
  let bodyError;
  const onBodyError = (error) => {
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
    if (bodyError !== void 0) throw bodyError;
    throw guard.classify(error);
  } finally {
    signal?.removeEventListener("abort", onAbort);
    body.off("error", onBodyError);
  }
}

export {
  guardedPut
};
