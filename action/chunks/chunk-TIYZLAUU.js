import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  StrongroomError,
  UsageError,
  exitCodeOf,
  messageOf
} from "./chunk-SI3IGW5R.js";

// src/config/raw.ts
var OptionReader = class {
  constructor(raw, env) {
    this.raw = raw;
    this.env = env;
  }
  raw;
  env;
  problems = [];
  string(name) {
    const value = this.raw[name];
    if (value === void 0 || value === false) return void 0;
    if (Array.isArray(value)) return value.length ? String(value[value.length - 1]).trim() || void 0 : void 0;
    if (value === true) {
      this.problems.push(`--${name} needs a value`);
      return void 0;
    }
    return String(value).trim() || void 0;
  }
  required(name, what) {
    const value = this.string(name);
    if (value === void 0) this.problems.push(`--${name} is required: ${what}`);
    return value ?? "";
  }
  /** Repeatable flags, or newline-separated action inputs; blank lines and `#` comments dropped. */
  list(name) {
    const value = this.raw[name];
    if (value === void 0 || value === false || value === true) return [];
    const items = Array.isArray(value) ? value : [String(value)];
    return items.flatMap((item) => String(item).split(/\r?\n/)).map((line) => line.trim()).filter((line) => line && !line.startsWith("#"));
  }
  boolean(name) {
    const value = this.raw[name];
    if (value === void 0 || value === false) return false;
    if (value === true) return true;
    const text = String(Array.isArray(value) ? value[value.length - 1] : value).trim().toLowerCase();
    if (["true", "yes", "1", "on"].includes(text)) return true;
    if (["false", "no", "0", "off", ""].includes(text)) return false;
    this.problems.push(`--${name} must be true or false, got '${text}'`);
    return false;
  }
  choice(name, allowed, fallback) {
    const value = this.string(name);
    if (value === void 0) return fallback;
    if (allowed.includes(value)) return value;
    this.problems.push(`--${name} must be one of ${allowed.join(", ")}; got '${value}'`);
    return fallback;
  }
  integer(name, range) {
    const value = this.string(name);
    if (value === void 0) return void 0;
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < range[0] || number > range[1]) {
      this.problems.push(`--${name} must be a whole number from ${range[0]} to ${range[1]}; got '${value}'`);
      return void 0;
    }
    return number;
  }
  /** A value read by `parser` (durations, sizes); its error becomes one of the problems. */
  parsed(name, parser) {
    const text = this.string(name);
    if (text === void 0) return void 0;
    try {
      return parser(text);
    } catch (error) {
      this.problems.push(`--${name}: ${error.message}`);
      return void 0;
    }
  }
  /** A value given directly, or through the environment variable a `-env` flag names. */
  secret(name) {
    const direct = this.string(name);
    const variable = this.string(`${name}-env`);
    if (direct !== void 0 && variable !== void 0) {
      this.problems.push(`give --${name} or --${name}-env, not both`);
    }
    if (variable !== void 0) {
      const value = this.env[variable];
      if (!value) this.problems.push(`--${name}-env names ${variable}, which is not set or empty`);
      return value || void 0;
    }
    return direct;
  }
  finish(hint = "run `strongroom help` for the flags of each command") {
    if (this.problems.length) {
      throw new UsageError(this.problems, { hint });
    }
  }
};

// src/notify/run-report.ts
function runUrlFromEnv(env = process.env) {
  const server = env.GITHUB_SERVER_URL?.trim() || (env.GITHUB_ACTIONS === "true" ? "https://github.com" : "");
  const repository = env.GITHUB_REPOSITORY?.trim();
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!server || !repository || !runId) return void 0;
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
  const base = `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}`;
  return attempt && attempt !== "1" ? `${base}/attempts/${attempt}` : base;
}
function reportContextFromEnv(env = process.env) {
  const runUrl = runUrlFromEnv(env);
  const repository = env.GITHUB_REPOSITORY?.trim() || void 0;
  return { ...runUrl ? { runUrl } : {}, ...repository ? { repository } : {} };
}
function successReport(base, finishedAt = /* @__PURE__ */ new Date()) {
  return withDerived({
    ...base,
    status: "success",
    exitCode: 0,
    finishedAt: base.finishedAt ?? finishedAt.toISOString()
  });
}
function reportFromError(base, error, finishedAt = /* @__PURE__ */ new Date()) {
  return withDerived({
    ...base,
    status: "failure",
    error: reportedError(error),
    exitCode: exitCodeOf(error),
    finishedAt: base.finishedAt ?? finishedAt.toISOString()
  });
}
function reportedError(error) {
  const name = error instanceof Error ? error.name : void 0;
  const hint = error instanceof StrongroomError ? error.hint : void 0;
  return { ...name ? { name } : {}, message: messageOf(error), ...hint ? { hint } : {} };
}
function withDerived(report) {
  if (report.compressionRatio !== void 0) return report;
  const ratio = compressionRatioOf(report);
  return ratio === void 0 ? report : { ...report, compressionRatio: ratio };
}
function compressionRatioOf(report) {
  if (report.compressionRatio !== void 0) return report.compressionRatio;
  const plain = report.sizes?.plain;
  const stored = report.sizes?.stored;
  if (plain === void 0 || stored === void 0 || stored <= 0) return void 0;
  return Math.round(plain / stored * 100) / 100;
}
function durationOf(report) {
  if (!report.finishedAt) return void 0;
  const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : void 0;
}
function testReport(options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const status = options.status ?? "success";
  const started = new Date(now.getTime() - 83500);
  const stamp = started.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const base = {
    command: "backup",
    startedAt: started.toISOString(),
    backupId: `test-${stamp}`,
    source: "postgres example@localhost (test notification)",
    destinations: [
      {
        display: "s3://example-bucket/backups",
        status: "success",
        object: `test-${stamp}.dump.zst.age`,
        bytes: 12582912,
        ms: 4210
      },
      status === "failure" ? { display: "github-artifact", status: "failure", error: "example upload failure (test notification)" } : { display: "github-artifact", status: "success", object: `test-${stamp}.zip`, bytes: 12583104, ms: 6020 }
    ],
    stages: [
      { name: "dump", ms: 41200 },
      { name: "compress", ms: 18300 },
      { name: "encrypt", ms: 3100 },
      { name: "upload", ms: 10230 },
      { name: "verify", ms: 10670 }
    ],
    sizes: { plain: 52428800, stored: 12582912 },
    verification: { level: "digest", status: "passed", detail: "sha256 of the stored object matches the manifest" },
    retention: { kept: 3, removed: 1, keptIds: ["test-a", "test-b", "test-c"], removedIds: ["test-old"], dryRun: true },
    previousStatus: status === "success" ? "failure" : "success",
    test: true,
    ...reportContextFromEnv(options.env ?? process.env)
  };
  if (status === "success") return successReport(base, now);
  return reportFromError(
    base,
    new StrongroomError("This is a test failure: nothing went wrong.", {
      hint: "No action needed; this was `strongroom notify --test`."
    }),
    now
  );
}

export {
  OptionReader,
  runUrlFromEnv,
  reportContextFromEnv,
  successReport,
  reportFromError,
  compressionRatioOf,
  durationOf,
  testReport
};
