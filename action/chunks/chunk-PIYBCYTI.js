import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  notify,
  renderSummaryMarkdown
} from "./chunk-H3WMQUNJ.js";
import {
  COMMANDS,
  dispatch
} from "./chunk-RSFXJZFY.js";
import {
  Redactor,
  displayUrl,
  parsePostgresUrl
} from "./chunk-VGGCHKCU.js";
import {
  notifyConfigFromInputs,
  reportContextFromEnv,
  reportFromError,
  secretsOf,
  successReport
} from "./chunk-ZPLNGAGL.js";
import {
  group,
  info,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-TPOKRJF4.js";
import {
  context,
  getOctokit
} from "./chunk-6LGF3MNY.js";
import {
  UsageError,
  messageOf
} from "./chunk-BJ7NA7V3.js";

// src/action/run.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/action/inputs.ts
var ACTION_INPUTS = [
  "command",
  "source",
  "destinations",
  "recipients",
  "passphrase",
  "allow-unencrypted",
  "identity",
  "backup",
  "target",
  "compression",
  "level",
  "format",
  "row-counts",
  "jobs",
  "supabase-url",
  "service-role-key",
  "buckets",
  "retention-days",
  "verify-level",
  "restore-into",
  "sample",
  "clean",
  "force",
  "keep-last",
  "keep-hourly",
  "keep-daily",
  "keep-weekly",
  "keep-monthly",
  "keep-yearly",
  "keep-within",
  "timezone",
  "period-representative",
  "count-verified-only",
  "grace-period",
  "dry-run",
  "max-age",
  "max-unverified-age",
  "min-count",
  "max-total-size",
  "github-token",
  "smtp-url",
  "mail-from",
  "mail-to",
  "notify-on",
  "webhook-url",
  "webhook-secret",
  "github-issue",
  "pg-bin"
];
function readActionInputs(env) {
  const out = {};
  for (const name of ACTION_INPUTS) {
    const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    out[name] = value === void 0 || value.trim() === "" ? void 0 : value;
  }
  return out;
}
function rawOptionsFor(command, inputs) {
  const raw = { ...inputs };
  if (command === "verify" || command === "rotate" || command === "check" || command === "restore" || command === "list") {
    raw.from = inputs.destinations?.split(/\r?\n/).map((l) => l.trim()).find((l) => l && !l.startsWith("#"));
    raw.destinations = void 0;
  }
  if (command === "verify") raw.level = inputs["verify-level"];
  return raw;
}

// src/action/logger.ts
var PROGRESS_EVERY_MS = 5e3;
var ActionsLogger = class {
  constructor(redactor) {
    this.redactor = redactor;
    redactor.onSecret((secret) => setSecret(secret));
  }
  redactor;
  lastProgress = 0;
  info(message) {
    info(this.redactor.redact(message));
  }
  warn(message) {
    warning(this.redactor.redact(message));
  }
  group(name, body) {
    return group(this.redactor.redact(name), body);
  }
  progress(message) {
    const now = Date.now();
    if (now - this.lastProgress < PROGRESS_EVERY_MS) return;
    this.lastProgress = now;
    info(this.redactor.redact(message));
  }
};

// src/action/secrets.ts
var SECRET_INPUTS = [
  "service-role-key",
  "github-token",
  "passphrase",
  "identity",
  "smtp-url",
  "webhook-url",
  "webhook-secret"
];
var URL_INPUTS = ["source", "target", "restore-into"];
function registerInputSecrets(inputs, redactor, env) {
  for (const name of SECRET_INPUTS) redactor.add(inputs[name]);
  for (const name of URL_INPUTS) passwordOf(inputs[name], redactor);
  passwordOf(env.DATABASE_URL, redactor);
  for (const variable of [
    "PGPASSWORD",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "SUPABASE_SERVICE_ROLE_KEY",
    "ACTIONS_RUNTIME_TOKEN",
    "GITHUB_TOKEN"
  ]) {
    redactor.add(env[variable]);
  }
  for (const line of (inputs["smtp-url"] ?? "").split(/\r?\n/)) passwordOf(line, redactor);
}
function passwordOf(url, redactor) {
  if (!url) return;
  try {
    const parsed = new URL(url.trim());
    if (parsed.password) redactor.add(decodeURIComponent(parsed.password));
    redactor.add(parsed.searchParams.get("password") ?? void 0);
  } catch {
    try {
      redactor.add(parsePostgresUrl(url).password);
    } catch {
    }
  }
}

// src/action/visibility.ts
async function isPublicRepository(token, env) {
  const repository = context.payload.repository;
  if (repository?.visibility) return repository.visibility === "public";
  if (typeof repository?.private === "boolean") return !repository.private;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!token || !owner || !repo) return void 0;
  try {
    const octokit = getOctokit(token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {});
    const { data } = await octokit.rest.repos.get({ owner, repo });
    return data.visibility ? data.visibility === "public" : !data.private;
  } catch {
    return void 0;
  }
}

// src/action/run.ts
var STATE = {
  phase: "phase",
  command: "command",
  startedAt: "started-at",
  notified: "notified",
  tmp: "tmp"
};
async function runAction(env = process.env) {
  const redactor = new Redactor();
  const log = new ActionsLogger(redactor);
  const inputs = readActionInputs(env);
  registerInputSecrets(inputs, redactor, env);
  const startedAt = /* @__PURE__ */ new Date();
  const command = (inputs.command ?? "backup").trim().toLowerCase();
  saveState(STATE.phase, "started");
  saveState(STATE.command, command);
  saveState(STATE.startedAt, startedAt.toISOString());
  const tmp = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), "strongroom-"));
  saveState(STATE.tmp, tmp);
  const commandEnv = { ...env, TMPDIR: tmp };
  if (inputs["github-token"]) commandEnv.GITHUB_TOKEN = inputs["github-token"];
  if (inputs["retention-days"]) commandEnv.STRONGROOM_RETENTION_DAYS = inputs["retention-days"];
  process.env.TMPDIR = tmp;
  let notifyConfig;
  const sourceUrl = command === "backup" ? inputs.source ?? env.DATABASE_URL : void 0;
  const base = {
    command: COMMANDS.includes(command) ? command : "backup",
    startedAt: startedAt.toISOString(),
    ...reportContextFromEnv(env),
    // The same display form a successful backup reports, so a failure and the recovery after it match.
    ...sourceUrl ? { source: displayUrl(sourceUrl) } : {}
  };
  let outcome;
  let report;
  try {
    notifyConfig = notifyConfigFor(inputs, env, redactor);
    if (!COMMANDS.includes(command) || command === "list") {
      throw new UsageError(`input 'command' must be one of backup, verify, rotate, restore, check; got '${command}'`);
    }
    const raw = rawOptionsFor(command, inputs);
    requireInputs(command, inputs, env);
    if (command === "backup") await refuseUnencryptedPublicArtifacts(inputs, env);
    const context2 = { log, env: commandEnv, signal: new AbortController().signal };
    outcome = await dispatch(command, raw, context2);
    for (const [name, value] of Object.entries(outcome.outputs)) setOutput(name, value);
    report = successReport({ ...base, ...outcome.report });
  } catch (error) {
    const partial = error.result;
    report = reportFromError(base, error);
    if (partial && command === "backup") {
      const { backupOutputs, backupReport } = await import("./dispatch-IYJMG3WO.js");
      const result = partial;
      for (const [name, value] of Object.entries(backupOutputs(result))) setOutput(name, value);
      report = reportFromError({ ...base, ...backupReport(result) }, error);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  report = redactor.redactDeep(report);
  await summary.addRaw(renderSummaryMarkdown(report)).write().catch((e) => log.warn(`could not write the job summary: ${messageOf(e)}`));
  if (notifyConfig) {
    await notify(report, notifyConfig, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
    saveState(STATE.notified, "true");
  }
  if (report.status === "success") saveState(STATE.phase, "finished");
  else {
    saveState(STATE.phase, "failed");
    const hint = report.error?.hint ? `
hint: ${report.error.hint}` : "";
    setFailed(redactor.redact(`${report.error?.message ?? "failed"}${hint}`));
  }
}
function notifyConfigFor(inputs, env, redactor) {
  const raw = {
    "smtp-url": inputs["smtp-url"],
    "mail-from": inputs["mail-from"],
    "mail-to": inputs["mail-to"],
    "notify-on": inputs["notify-on"],
    "webhook-url": inputs["webhook-url"],
    "webhook-secret": inputs["webhook-secret"],
    "github-token": inputs["github-token"],
    "github-issue": inputs["github-issue"]
  };
  const config = notifyConfigFromInputs(raw, { env, redact: redactor.list() });
  for (const secret of secretsOf(config)) redactor.add(secret);
  return config;
}
function requireInputs(command, inputs, env) {
  const problems = [];
  if (!inputs.destinations) problems.push("input 'destinations' is required (e.g. artifact: or s3://bucket/prefix)");
  if (command === "backup" && !inputs.source && !env.DATABASE_URL)
    problems.push("input 'source' is required (or set DATABASE_URL)");
  if (command === "restore" && !inputs.target)
    problems.push("input 'target' is required for restore: the postgres:// URL to restore into");
  if (problems.length) throw new UsageError(problems, { hint: "set them under `with:` in the workflow step" });
}
async function refuseUnencryptedPublicArtifacts(inputs, env) {
  const encrypted = Boolean(inputs.recipients?.trim() || inputs.passphrase);
  if (encrypted) return;
  const toArtifacts = (inputs.destinations ?? "").split(/\r?\n/).some((line) => line.trim().startsWith("artifact:"));
  if (!toArtifacts || !/^(true|yes|1)$/i.test(inputs["allow-unencrypted"] ?? "")) return;
  const isPublic = await isPublicRepository(inputs["github-token"], env);
  if (isPublic === false) return;
  throw new UsageError(
    isPublic ? "refusing to upload an unencrypted backup as an artifact of a public repository: anyone signed in to GitHub can download it" : "refusing to upload an unencrypted backup as an artifact: could not tell whether the repository is public",
    {
      hint: "set 'recipients' (an age public key from `strongroom keygen`) or 'passphrase'; allow-unencrypted cannot override this"
    }
  );
}

export {
  readActionInputs,
  ActionsLogger,
  registerInputSecrets,
  STATE,
  runAction,
  notifyConfigFor
};
