import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  MAX_RETRY_AFTER_MS,
  nextWait,
  sleep
} from "./chunk-IFWBUR3M.js";
import {
  CancelledError,
  DestinationError,
  isNotFound
} from "./chunk-SI3IGW5R.js";

// src/destinations/retry.ts
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
var RetryAfterError = class extends DestinationError {
  retryAfterMs;
  constructor(message, retryAfterMs, details = {}) {
    super(message, { ...details, permanent: false });
    this.retryAfterMs = retryAfterMs;
  }
};
function retryAfterOf(error) {
  const value = error?.retryAfterMs;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : void 0;
}
function withRetry(destination, options = {}) {
  return new RetryingDestination(destination, options);
}
async function putFile(destination, name, path, options = {}) {
  const { size } = await stat(path);
  const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
  const putOptions = { size, ...options.signal ? { signal: options.signal } : {} };
  if (isReplayable(destination)) return destination.putReplayable(name, open, putOptions);
  return destination.put(name, open(), putOptions);
}
function isReplayable(destination) {
  return typeof destination.putReplayable === "function";
}
function isAbort(error, signal) {
  return signal?.aborted === true || error instanceof CancelledError || error instanceof Error && error.name === "AbortError";
}
var RetryingDestination = class {
  display;
  maxObjectSize;
  localPath;
  policy;
  sleep;
  inner;
  options;
  constructor(inner, options) {
    this.inner = inner;
    this.options = options;
    this.display = inner.display;
    if (inner.maxObjectSize !== void 0) this.maxObjectSize = inner.maxObjectSize;
    if (inner.localPath) this.localPath = inner.localPath.bind(inner);
    this.policy = {
      attempts: Math.max(1, Math.floor(options.attempts ?? 5)),
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 3e4,
      maxRetryAfterMs: options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS,
      ...options.random ? { random: options.random } : {}
    };
    this.sleep = options.sleep ?? sleep;
  }
  put(name, body, options = {}) {
    return this.run(
      "put",
      name,
      options.signal,
      () => this.inner.put(name, body, options),
      () => !body.readableDidRead && !body.destroyed
    );
  }
  putReplayable(name, open, options = {}) {
    return this.run("put", name, options.signal, async () => this.inner.put(name, await open(), options));
  }
  get(name, options = {}) {
    return this.run("get", name, options.signal, () => this.inner.get(name, options));
  }
  stat(name) {
    return this.run("stat", name, void 0, () => this.inner.stat(name));
  }
  remove(name) {
    let attempt = 0;
    return this.run("remove", name, void 0, async () => {
      attempt += 1;
      try {
        await this.inner.remove(name);
      } catch (error) {
        if (attempt > 1 && isNotFound(error)) return;
        throw error;
      }
    });
  }
  async *list() {
    const seen = /* @__PURE__ */ new Set();
    for (let attempt = 1; ; attempt++) {
      try {
        for await (const info of this.inner.list()) {
          if (seen.has(info.name)) continue;
          seen.add(info.name);
          yield info;
        }
        return;
      } catch (error) {
        const wait = this.decide("list", void 0, attempt, error, void 0);
        if (wait === void 0) throw error;
        await this.sleep(wait);
      }
    }
  }
  async run(operation, name, signal, attemptOnce, canRetry = () => true) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce();
      } catch (error) {
        const wait = canRetry() ? this.decide(operation, name, attempt, error, signal) : void 0;
        if (wait === void 0) throw error;
        await this.sleep(wait, signal);
      }
    }
  }
  /** The wait before the next attempt, or undefined to give up with this error. */
  decide(operation, name, attempt, error, signal) {
    const transient = !isAbort(error, signal) && error instanceof DestinationError && !error.permanent;
    const retryAfterMs = retryAfterOf(error);
    const delayMs = nextWait(this.policy, attempt, {
      transient,
      ...retryAfterMs !== void 0 ? { retryAfterMs } : {}
    });
    if (delayMs === void 0) return void 0;
    this.options.onRetry?.({ operation, name, attempt, delayMs, error });
    return delayMs;
  }
};

export {
  RetryAfterError,
  withRetry,
  putFile
};
