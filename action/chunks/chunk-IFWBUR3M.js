import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);

// src/backoff.ts
import { setTimeout as delay } from "node:timers/promises";
var MAX_RETRY_AFTER_MS = 3e5;
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random = Math.random) {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
function nextWait(policy, attempt, verdict) {
  if (!verdict.transient || attempt >= policy.attempts) return void 0;
  if (verdict.retryAfterMs !== void 0) {
    return Math.min(verdict.retryAfterMs, policy.maxRetryAfterMs ?? policy.maxDelayMs);
  }
  return backoffDelay(attempt, policy.baseDelayMs, policy.maxDelayMs, policy.random);
}
function sleep(ms, signal) {
  return delay(ms, void 0, signal ? { signal } : {});
}
async function retryWithBackoff(policy, classify, attemptOnce, options = {}) {
  const { signal } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(attempt);
    } catch (error) {
      const wait = signal?.aborted ? void 0 : nextWait(policy, attempt, classify(error));
      if (wait === void 0) throw error;
      options.onRetry?.(attempt, wait, error);
      await (options.sleep ?? sleep)(wait, signal);
    }
  }
}
function parseRetryAfter(value) {
  if (value === void 0 || value === null) return void 0;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
}
function headerValue(headers, name) {
  if (!headers) return void 0;
  if (typeof headers.get === "function") return headers.get(name) ?? void 0;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === void 0) continue;
    return Array.isArray(value) ? value[0] : String(value);
  }
  return void 0;
}
function retryAfterFrom(headers) {
  return parseRetryAfter(headerValue(headers, "retry-after"));
}

export {
  MAX_RETRY_AFTER_MS,
  nextWait,
  sleep,
  retryWithBackoff,
  parseRetryAfter,
  headerValue,
  retryAfterFrom
};
