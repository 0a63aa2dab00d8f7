import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  notify,
  renderSummaryMarkdown
} from "./chunk-TNIPPSTL.js";
import {
  COMMANDS,
  REPORT_FILES,
  dispatch,
  envRetentionDays,
  parseDuration,
  sourceDisplay
} from "./chunk-RFH5ZLOK.js";
import {
  NOTIFY_INPUTS,
  notifyConfigFromInputs,
  notifySecrets
} from "./chunk-P576NIJE.js";
import {
  reportContextFromEnv,
  reportFromError,
  successReport
} from "./chunk-TIYZLAUU.js";
import {
  toolVersion,
  withPgClientProvider
} from "./chunk-EF2U5OZ6.js";
import {
  parsePostgresUrl
} from "./chunk-3MRYKAAL.js";
import {
  DefaultArtifactClient,
  group,
  info,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-VYWWBMEK.js";
import {
  context,
  getOctokit
} from "./chunk-A4SEZP6V.js";
import {
  Redactor,
  passwordCandidates
} from "./chunk-VO6T7KNM.js";
import {
  formatMs
} from "./chunk-PVV747LZ.js";
import {
  ExitCode,
  SourceError,
  UsageError,
  messageOf
} from "./chunk-SI3IGW5R.js";

// src/action/run.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/notify/previous-run.ts
var FAILED = /* @__PURE__ */ new Set(["failure", "timed_out", "cancelled", "startup_failure"]);
var TIMEOUT_MS = 1e4;
async function previousWorkflowRun(token, env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const runId = Number(env.GITHUB_RUN_ID);
  if (!token || !owner || !repo || !Number.isSafeInteger(runId)) return void 0;
  const octokit = getOctokit(token, { baseUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "") });
  const request = { signal: AbortSignal.timeout(TIMEOUT_MS) };
  let workflow = workflowFile(env.GITHUB_WORKFLOW_REF);
  let runNumber = Number(env.GITHUB_RUN_NUMBER);
  if (workflow === void 0 || !Number.isSafeInteger(runNumber)) {
    const current = await octokit.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
      owner,
      repo,
      run_id: runId,
      request
    });
    workflow = current.data.workflow_id;
    runNumber = current.data.run_number;
  }
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
    owner,
    repo,
    workflow_id: workflow,
    status: "completed",
    per_page: 20,
    request
  });
  const previous = data.workflow_runs.filter((run) => run.id !== runId && run.run_number < runNumber).sort((a, b) => b.run_number - a.run_number)[0];
  if (!previous?.conclusion) return void 0;
  if (previous.conclusion === "success") return { status: "success" };
  if (!FAILED.has(previous.conclusion)) return void 0;
  const failedAt = previous.run_started_at ?? previous.created_at;
  return {
    status: "failure",
    failure: {
      ...failedAt ? { failedAt } : {},
      reason: `workflow run ${previous.conclusion}`,
      runUrl: previous.html_url
    }
  };
}
function workflowFile(ref) {
  const match = /\/\.github\/workflows\/([^/@]+)@/.exec(ref ?? "");
  return match?.[1];
}
function withPreviousRun(report, previous) {
  if (!previous) return report;
  const { previousFailure: recorded, ...rest } = report;
  const failure = { ...previous.failure, ...recorded };
  return {
    ...rest,
    previousStatus: previous.status,
    ...previous.status === "failure" ? { previousFailure: failure } : {}
  };
}

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
  ...NOTIFY_INPUTS,
  "pg-bin",
  "postgres-client",
  "timeout"
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
  if (command === "report") {
    raw.from = inputs.destinations;
    raw.destinations = void 0;
  }
  raw.timeout = void 0;
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

// src/action/postgres-client.ts
import { spawn } from "node:child_process";
import { access, constants, readdir, readFile } from "node:fs/promises";
import { delimiter, join } from "node:path";

// src/action/postgres-client-plan.ts
var POSTGRES_CLIENT_MODES = ["auto", "never"];
var PGDG_SETUP_SCRIPT = "/usr/share/postgresql-common/pgdg/apt.postgresql.org.sh";
var PG_CLIENT_ROOT = "/usr/lib/postgresql";
function parsePostgresClientMode(value) {
  const mode = (value ?? "auto").trim().toLowerCase();
  if (POSTGRES_CLIENT_MODES.includes(mode)) return mode;
  throw new UsageError(`input 'postgres-client' must be one of ${POSTGRES_CLIENT_MODES.join(", ")}; got '${value}'`);
}
function installDecision(mode, env, platform) {
  if (mode === "never") return { install: false, reason: "postgres-client is never" };
  if (env.RUNNER_ENVIRONMENT !== "github-hosted")
    return {
      install: false,
      reason: `the runner is not GitHub-hosted (RUNNER_ENVIRONMENT=${env.RUNNER_ENVIRONMENT ?? ""})`
    };
  if (platform !== "linux") return { install: false, reason: `the runner is not Linux (${platform})` };
  return { install: true };
}
function osField(osRelease, name) {
  const match = new RegExp(`^${name}=(.*)$`, "m").exec(osRelease);
  return match?.[1]?.trim().replace(/^(["'])(.*)\1$/, "$2");
}
function isDebianLike(osRelease) {
  if (!osRelease) return false;
  const ids = [osField(osRelease, "ID"), ...(osField(osRelease, "ID_LIKE") ?? "").split(/\s+/)];
  return ids.some((id) => id === "debian" || id === "ubuntu");
}
function installPlan(major, facts) {
  if (!isDebianLike(facts.osRelease)) {
    const name = facts.osRelease ? osField(facts.osRelease, "PRETTY_NAME") ?? osField(facts.osRelease, "ID") : void 0;
    return { problem: `the runner is not Debian or Ubuntu (${name ?? "no /etc/os-release"})` };
  }
  if (facts.privilege === "none") return { problem: "sudo is not available and the step does not run as root" };
  const asRoot = facts.privilege === "sudo" ? ["sudo", "-n"] : [];
  const aptGet = [...asRoot, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"];
  const commands = [];
  if (!facts.setupScriptPresent) {
    commands.push([...aptGet, "update"]);
    commands.push([...aptGet, "install", "-y", "--no-install-recommends", "postgresql-common"]);
  }
  commands.push([...asRoot, facts.setupScript, "-y"]);
  commands.push([...aptGet, "install", "-y", "--no-install-recommends", `postgresql-client-${major}`]);
  return { commands };
}
function manualInstallCommand(major) {
  return `sudo apt-get install -y postgresql-common && sudo ${PGDG_SETUP_SCRIPT} -y && sudo apt-get install -y postgresql-client-${major}`;
}

// src/action/postgres-client.ts
var OUTPUT_TAIL = 1500;
async function withPostgresClients(input, env, log, body) {
  const decision = installDecision(parsePostgresClientMode(input), env, process.platform);
  if (!decision.install) return body();
  const installer = postgresClientInstaller({
    env,
    log,
    ...env.STRONGROOM_PG_CLIENT_ROOT ? { clientRoot: env.STRONGROOM_PG_CLIENT_ROOT } : {},
    ...env.STRONGROOM_PGDG_SETUP_SCRIPT ? { setupScript: env.STRONGROOM_PGDG_SETUP_SCRIPT } : {}
  });
  return withPgClientProvider(installer, body);
}
function postgresClientInstaller(options) {
  const root = options.clientRoot ?? PG_CLIENT_ROOT;
  const installs = /* @__PURE__ */ new Map();
  return {
    async dirs() {
      const entries = await readdir(root).catch(() => []);
      return entries.filter((e) => /^\d+$/.test(e)).map((e) => join(root, e, "bin"));
    },
    provide(tool, major) {
      let install = installs.get(major);
      if (!install) {
        install = installClient(tool, major, root, options);
        installs.set(major, install);
      }
      return install;
    }
  };
}
async function installClient(tool, major, root, options) {
  const { log, env } = options;
  const fail = (problem) => new SourceError(`${tool} ${major} is needed and could not be installed on this runner: ${problem}`, {
    hint: `install it in a step before Strongroom: ${manualInstallCommand(major)} (or set pg-bin to a folder holding ${tool} ${major}; postgres-client: never turns installing off)`
  });
  const facts = await runnerFacts(options);
  const plan = installPlan(major, facts);
  if ("problem" in plan) throw fail(plan.problem);
  log.info(
    `postgres-client: ${tool} ${major} is needed and not on this runner; installing postgresql-client-${major} from apt.postgresql.org`
  );
  const started = performance.now();
  for (const command of plan.commands) {
    log.info(`postgres-client: $ ${command.join(" ")}`);
    const result = await runCommand(command, env, options.commandTimeoutMs ?? 10 * 6e4);
    if (result.status !== 0) {
      const status = typeof result.status === "number" ? `exited with code ${result.status}` : result.status;
      throw fail(`\`${command.join(" ")}\` ${status}${result.output ? `:
${result.output}` : ""}`);
    }
  }
  const dir = join(root, String(major), "bin");
  const installed = await toolVersion(join(dir, tool)).catch(() => void 0);
  log.info(
    `postgres-client: installed postgresql-client-${major} in ${formatMs(performance.now() - started)} (${installed ? installed.version : `no ${tool} found`} in ${dir})`
  );
  return dir;
}
async function runnerFacts(options) {
  const setupScript = options.setupScript ?? PGDG_SETUP_SCRIPT;
  const osRelease = await readFile(options.osReleasePath ?? "/etc/os-release", "utf8").catch(() => void 0);
  const isRoot = options.isRoot ?? process.getuid?.() === 0;
  const sudo = await onPath("sudo", options.env);
  return {
    osRelease,
    privilege: sudo ? "sudo" : isRoot ? "root" : "none",
    setupScript,
    setupScriptPresent: await access(setupScript, constants.R_OK).then(
      () => true,
      () => false
    )
  };
}
async function onPath(name, env) {
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const ok = await access(join(dir, name), constants.X_OK).then(
      () => true,
      () => false
    );
    if (ok) return true;
  }
  return false;
}
var PASSED_ON = [
  "PATH",
  "HOME",
  "LANG",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY"
];
function commandEnv(env) {
  const out = { DEBIAN_FRONTEND: "noninteractive" };
  for (const name of PASSED_ON) if (env[name] !== void 0) out[name] = env[name];
  return out;
}
function runCommand(command, env, timeoutMs) {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command[0], command.slice(1), {
      env: commandEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs
    });
    const keep = (chunk) => output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL);
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve({ status: `could not start (${error.message})`, output: output.trim() }));
    child.on(
      "close",
      (code, signal) => resolve({ status: code ?? `was stopped by ${signal} (timeout ${formatMs(timeoutMs)})`, output: output.trim() })
    );
  });
}

// src/action/report-artifact.ts
import { join as join2 } from "node:path";
var REPORT_ARTIFACT = "strongroom-report";
async function uploadReportArtifact(folder, retentionDays) {
  const client = new DefaultArtifactClient();
  await client.uploadArtifact(
    REPORT_ARTIFACT,
    REPORT_FILES.map((name) => join2(folder, name)),
    folder,
    retentionDays === void 0 ? {} : { retentionDays }
  );
}

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
  for (const name of URL_INPUTS) passwordOf(inputs[name], redactor, env);
  passwordOf(env.DATABASE_URL, redactor, env);
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
  for (const line of (inputs["smtp-url"] ?? "").split(/\r?\n/)) passwordOf(line, redactor, env);
}
function passwordOf(value, redactor, env) {
  if (!value) return;
  const url = value.trim().replace(/^supabase:(?!\/\/)/i, "");
  for (const candidate of passwordCandidates(url)) redactor.add(candidate);
  try {
    const parsed = new URL(url);
    if (parsed.password) redactor.add(decodeURIComponent(parsed.password));
    redactor.add(parsed.searchParams.get("password") ?? void 0);
  } catch {
  }
  try {
    redactor.add(parsePostgresUrl(url, "source", env).password);
  } catch {
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
  tmp: "tmp",
  /** Why the step was cancelled (a signal or the timeout), for the post step. */
  cancelled: "cancelled"
};
async function runAction(env, cancellation) {
  const { signal } = cancellation;
  const redactor = new Redactor();
  const log = new ActionsLogger(redactor);
  const inputs = readActionInputs(env);
  registerInputSecrets(inputs, redactor, env);
  const startedAt = /* @__PURE__ */ new Date();
  const command = (inputs.command ?? "backup").trim().toLowerCase();
  saveState(STATE.phase, "started");
  saveState(STATE.command, command);
  saveState(STATE.startedAt, startedAt.toISOString());
  signal.addEventListener("abort", () => saveCancelled(signal), { once: true });
  const tmp = mkdtempSync(join3(env.RUNNER_TEMP || tmpdir(), `strongroom-run-${process.pid}-`));
  saveState(STATE.tmp, tmp);
  const commandEnv2 = commandEnvFor(env, inputs, tmp);
  process.env.TMPDIR = tmp;
  let notifyConfig;
  const base = reportBase(command, startedAt, inputs, env);
  let outcome;
  let report;
  try {
    notifyConfig = notifyConfigFor(inputs, env, redactor);
    if (!COMMANDS.includes(command) || command === "list") {
      throw new UsageError(
        `input 'command' must be one of backup, verify, rotate, restore, check, report; got '${command}'`
      );
    }
    const raw = {
      ...rawOptionsFor(command, inputs),
      ...command === "report" ? { out: reportFolder(env) } : {}
    };
    if (inputs.timeout?.trim()) cancellation.startTimeout(parseDuration(inputs.timeout.trim()));
    requireInputs(command, inputs, env);
    if (command === "backup") await refuseUnencryptedPublicArtifacts(inputs, env);
    const context2 = { log, env: commandEnv2, signal };
    outcome = await withPostgresClients(inputs["postgres-client"], env, log, () => dispatch(command, raw, context2));
    for (const [name, value] of Object.entries(outcome.outputs)) setOutput(name, value);
    if (command === "report") await publishReport(outcome, inputs, log);
    report = successReport({ ...base, ...outcome.report });
  } catch (error) {
    report = await failureReport(error, base, command, signal);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (report.status === "success" && notifyConfig && notifyConfig.notifyOn !== "failure")
    report = await learnPreviousRun(report, inputs["github-token"], env, log);
  report = redactor.redactDeep(report);
  await summary.addRaw(outcome?.summary ?? renderSummaryMarkdown(report)).write().catch((e) => log.warn(`could not write the job summary: ${messageOf(e)}`));
  if (notifyConfig) {
    await notify(report, notifyConfig, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
    saveState(STATE.notified, "true");
  }
  concludeStep(report, signal, redactor);
}
function commandEnvFor(env, inputs, tmp) {
  const commandEnv2 = { ...env, TMPDIR: tmp };
  if (inputs["github-token"]) commandEnv2.GITHUB_TOKEN = inputs["github-token"];
  if (inputs["retention-days"]) commandEnv2.STRONGROOM_RETENTION_DAYS = inputs["retention-days"];
  return commandEnv2;
}
function reportBase(command, startedAt, inputs, env) {
  const sourceUrl = command === "backup" ? inputs.source ?? env.DATABASE_URL : void 0;
  return {
    command: COMMANDS.includes(command) ? command : "backup",
    startedAt: startedAt.toISOString(),
    ...reportContextFromEnv(env),
    // The same display form a successful backup reports, so a failure and the recovery after it match.
    ...sourceUrl ? { source: sourceDisplay(sourceUrl, env) } : {}
  };
}
async function failureReport(error, base, command, signal) {
  const partial = error.result;
  if (!partial || command !== "backup" || signal.aborted)
    return reportFromError(base, signal.aborted ? signal.reason : error);
  const { backupOutputs, backupReport } = await import("./dispatch-5IKFYX42.js");
  const result = partial;
  for (const [name, value] of Object.entries(backupOutputs(result))) setOutput(name, value);
  return reportFromError({ ...base, ...backupReport(result) }, error);
}
function concludeStep(report, signal, redactor) {
  if (report.status === "success") saveState(STATE.phase, "finished");
  else if (signal.aborted) {
    saveCancelled(signal);
    setFailed(redactor.redact(`${report.error?.message ?? "cancelled"}`));
    process.exitCode = ExitCode.cancelled;
  } else {
    saveState(STATE.phase, "failed");
    const hint = report.error?.hint ? `
hint: ${report.error.hint}` : "";
    setFailed(redactor.redact(`${report.error?.message ?? "failed"}${hint}`));
  }
}
async function learnPreviousRun(report, token, env, log) {
  try {
    const previous = await previousWorkflowRun(token, env);
    if (previous) log.info(`previous run of this workflow: ${previous.status}`);
    return withPreviousRun(report, previous);
  } catch (error) {
    const status = error.status;
    const needs = status === 401 || status === 403 || status === 404 ? "; the token needs actions: read" : "";
    log.info(
      `could not read the previous run of this workflow (${messageOf(error).split("\n")[0]}${needs}); using the destinations' failure record`
    );
    return report;
  }
}
function saveCancelled(signal) {
  saveState(STATE.phase, "cancelled");
  saveState(STATE.cancelled, messageOf(signal.reason));
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
  for (const secret of notifySecrets(config)) redactor.add(secret);
  return config;
}
function reportFolder(env) {
  return join3(env.RUNNER_TEMP || tmpdir(), "strongroom-report");
}
async function publishReport(outcome, inputs, log) {
  const folder = outcome.outputs["report-folder"];
  try {
    const days = envRetentionDays({ STRONGROOM_RETENTION_DAYS: inputs["retention-days"] });
    await uploadReportArtifact(folder, days);
    log.info(`uploaded the report as the artifact ${REPORT_ARTIFACT}`);
  } catch (error) {
    log.warn(`could not upload the report artifact: ${messageOf(error)} (the files are in ${folder})`);
  }
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
