import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);

// src/destinations/abort.ts
function abortError(signal) {
  const reason = signal?.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return Object.assign(new Error("The operation was aborted", { cause: reason }), {
    name: "AbortError",
    code: "ABORT_ERR"
  });
}

export {
  abortError
};
