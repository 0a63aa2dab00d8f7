import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import type { RunContext } from "../run-context.ts";
import { COMMANDS, type CommandOutcome, dispatch } from "../commands/dispatch.ts";
import { parseDuration } from "../config/duration.ts";
import { envRetentionDays } from "../config/retention-days.ts";
import { ExitCode, messageOf, UsageError } from "../errors.ts";
import { type NotifyConfig, notifyConfigFromInputs, type RawNotifyInputs, notifySecrets } from "../notify/config.ts";
import { notify } from "../notify/notify.ts";
import { previousWorkflowRun, withPreviousRun } from "../notify/previous-run.ts";
import {
  type ReportBase,
  type RunCommand,
  type RunReport,
  reportContextFromEnv,
  reportFromError,
  successReport,
} from "../notify/run-report.ts";
import { renderSummaryMarkdown } from "../notify/summary.ts";
import { sourceDisplay } from "../config/source.ts";
import { Redactor } from "../redact.ts";
import type { Cancellation } from "./cancellation.ts";
import { type ActionInput, rawOptionsFor, readActionInputs } from "./inputs.ts";
import { ActionsLogger } from "./logger.ts";
import { withPostgresClients } from "./postgres-client.ts";
import { REPORT_ARTIFACT, uploadReportArtifact } from "./report-artifact.ts";
import { registerInputSecrets } from "./secrets.ts";
import { isPublicRepository } from "./visibility.ts";

export const STATE = {
  phase: "phase",
  command: "command",
  startedAt: "started-at",
  notified: "notified",
  tmp: "tmp",
  /** Why the step was cancelled (a signal or the timeout), for the post step. */
  cancelled: "cancelled",
} as const;

/** The action's main step: inputs → one command → outputs, job summary, notifications. */
export async function runAction(env: NodeJS.ProcessEnv, cancellation: Cancellation): Promise<void> {
  const { signal } = cancellation;
  const redactor = new Redactor();
  const log = new ActionsLogger(redactor);
  const inputs = readActionInputs(env);
  registerInputSecrets(inputs, redactor, env);
  const startedAt = new Date();
  const command = (inputs.command ?? "backup").trim().toLowerCase();
  core.saveState(STATE.phase, "started");
  core.saveState(STATE.command, command);
  core.saveState(STATE.startedAt, startedAt.toISOString());
  // Saved the moment it happens: a SIGKILL during the clean-up still leaves the post step knowing.
  signal.addEventListener("abort", () => saveCancelled(signal), { once: true });
  const tmp = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), `strongroom-run-${process.pid}-`));
  core.saveState(STATE.tmp, tmp);
  const commandEnv = commandEnvFor(env, inputs, tmp);
  process.env.TMPDIR = tmp;
  let notifyConfig: NotifyConfig | undefined;
  const base = reportBase(command, startedAt, inputs, env);
  let outcome: CommandOutcome | undefined;
  let report: RunReport;
  try {
    notifyConfig = notifyConfigFor(inputs, env, redactor);
    if (!(COMMANDS as readonly string[]).includes(command) || command === "list") {
      throw new UsageError(
        `input 'command' must be one of backup, verify, rotate, restore, check, report; got '${command}'`,
      );
    }
    const raw = {
      ...rawOptionsFor(command, inputs),
      ...(command === "report" ? { out: reportFolder(env) } : {}),
    };
    if (inputs.timeout?.trim()) cancellation.startTimeout(parseDuration(inputs.timeout.trim()));
    requireInputs(command, inputs, env);
    if (command === "backup") await refuseUnencryptedPublicArtifacts(inputs, env);
    const context: RunContext = { log, env: commandEnv, signal };
    outcome = await withPostgresClients(inputs["postgres-client"], env, log, () => dispatch(command, raw, context));
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
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
  await core.summary
    .addRaw(outcome?.summary ?? renderSummaryMarkdown(report))
    .write()
    .catch((e: unknown) => log.warn(`could not write the job summary: ${messageOf(e)}`));
  if (notifyConfig) {
    await notify(report, notifyConfig, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
    core.saveState(STATE.notified, "true");
  }
  concludeStep(report, signal, redactor);
}

/** What the command runs with: the run's own temp folder, and the inputs that stand in for variables. */
function commandEnvFor(
  env: NodeJS.ProcessEnv,
  inputs: Record<ActionInput, string | undefined>,
  tmp: string,
): NodeJS.ProcessEnv {
  const commandEnv: NodeJS.ProcessEnv = { ...env, TMPDIR: tmp };
  if (inputs["github-token"]) commandEnv.GITHUB_TOKEN = inputs["github-token"];
  if (inputs["retention-days"]) commandEnv.STRONGROOM_RETENTION_DAYS = inputs["retention-days"];
  return commandEnv;
}

/** The run report's facts known before the command runs, so that even a usage error is reported. */
function reportBase(
  command: string,
  startedAt: Date,
  inputs: Record<ActionInput, string | undefined>,
  env: NodeJS.ProcessEnv,
): ReportBase {
  const sourceUrl = command === "backup" ? (inputs.source ?? env.DATABASE_URL) : undefined;
  return {
    command: (COMMANDS as readonly string[]).includes(command) ? (command as RunCommand) : "backup",
    startedAt: startedAt.toISOString(),
    ...reportContextFromEnv(env),
    // The same display form a successful backup reports, so a failure and the recovery after it match.
    ...(sourceUrl ? { source: sourceDisplay(sourceUrl, env) } : {}),
  };
}

/** The report of a failed run; a backup stored in some destinations only still sets its outputs. */
async function failureReport(
  error: unknown,
  base: ReportBase,
  command: string,
  signal: AbortSignal,
): Promise<RunReport> {
  const partial = (error as { result?: unknown }).result;
  // Whatever a stage made of the abort (a killed pg_dump, a destroyed upload), the run was cancelled.
  if (!partial || command !== "backup" || signal.aborted)
    return reportFromError(base, signal.aborted ? signal.reason : error);
  const { backupOutputs, backupReport } = await import("../commands/dispatch.ts");
  const result = partial as Parameters<typeof backupOutputs>[0];
  for (const [name, value] of Object.entries(backupOutputs(result))) core.setOutput(name, value);
  return reportFromError({ ...base, ...backupReport(result) }, error);
}

/** The step's state for the post step, and its failure (with the exit code of a cancel). */
function concludeStep(report: RunReport, signal: AbortSignal, redactor: Redactor): void {
  if (report.status === "success") core.saveState(STATE.phase, "finished");
  else if (signal.aborted) {
    saveCancelled(signal);
    core.setFailed(redactor.redact(`${report.error?.message ?? "cancelled"}`));
    process.exitCode = ExitCode.cancelled;
  } else {
    core.saveState(STATE.phase, "failed");
    const hint = report.error?.hint ? `\nhint: ${report.error.hint}` : "";
    core.setFailed(redactor.redact(`${report.error?.message ?? "failed"}${hint}`));
  }
}

/** The previous run of this workflow (REST API); the destinations' failure record stays when it cannot be read. */
async function learnPreviousRun(
  report: RunReport,
  token: string | undefined,
  env: NodeJS.ProcessEnv,
  log: ActionsLogger,
): Promise<RunReport> {
  try {
    const previous = await previousWorkflowRun(token, env);
    if (previous) log.info(`previous run of this workflow: ${previous.status}`);
    return withPreviousRun(report, previous);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const needs = status === 401 || status === 403 || status === 404 ? "; the token needs actions: read" : "";
    log.info(
      `could not read the previous run of this workflow (${messageOf(error).split("\n")[0]}${needs}); using the destinations' failure record`,
    );
    return report;
  }
}

function saveCancelled(signal: AbortSignal): void {
  core.saveState(STATE.phase, "cancelled");
  core.saveState(STATE.cancelled, messageOf(signal.reason));
}

export function notifyConfigFor(
  inputs: Record<ActionInput, string | undefined>,
  env: NodeJS.ProcessEnv,
  redactor: Redactor,
): NotifyConfig {
  const raw: RawNotifyInputs = {
    "smtp-url": inputs["smtp-url"],
    "mail-from": inputs["mail-from"],
    "mail-to": inputs["mail-to"],
    "notify-on": inputs["notify-on"],
    "webhook-url": inputs["webhook-url"],
    "webhook-secret": inputs["webhook-secret"],
    "github-token": inputs["github-token"],
    "github-issue": inputs["github-issue"],
  };
  const config = notifyConfigFromInputs(raw, { env, redact: redactor.list() });
  for (const secret of notifySecrets(config)) redactor.add(secret);
  return config;
}

/** The runner does not enforce `required: true`: every command checks its own inputs here. */
function reportFolder(env: NodeJS.ProcessEnv): string {
  return join(env.RUNNER_TEMP || tmpdir(), "strongroom-report");
}

/** The report's folder becomes an artifact of this run (the Pages workflow deploys it from there). */
async function publishReport(
  outcome: CommandOutcome,
  inputs: Record<ActionInput, string | undefined>,
  log: ActionsLogger,
): Promise<void> {
  const folder = outcome.outputs["report-folder"]!;
  try {
    const days = envRetentionDays({ STRONGROOM_RETENTION_DAYS: inputs["retention-days"] });
    await uploadReportArtifact(folder, days);
    log.info(`uploaded the report as the artifact ${REPORT_ARTIFACT}`);
  } catch (error) {
    log.warn(`could not upload the report artifact: ${messageOf(error)} (the files are in ${folder})`);
  }
}

function requireInputs(command: string, inputs: Record<ActionInput, string | undefined>, env: NodeJS.ProcessEnv): void {
  const problems: string[] = [];
  if (!inputs.destinations) problems.push("input 'destinations' is required (e.g. artifact: or s3://bucket/prefix)");
  if (command === "backup" && !inputs.source && !env.DATABASE_URL)
    problems.push("input 'source' is required (or set DATABASE_URL)");
  if (command === "restore" && !inputs.target)
    problems.push("input 'target' is required for restore: the postgres:// URL to restore into");
  if (problems.length) throw new UsageError(problems, { hint: "set them under `with:` in the workflow step" });
}

async function refuseUnencryptedPublicArtifacts(
  inputs: Record<ActionInput, string | undefined>,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const encrypted = Boolean(inputs.recipients?.trim() || inputs.passphrase);
  if (encrypted) return;
  const toArtifacts = (inputs.destinations ?? "").split(/\r?\n/).some((line) => line.trim().startsWith("artifact:"));
  if (!toArtifacts || !/^(true|yes|1)$/i.test(inputs["allow-unencrypted"] ?? "")) return;
  const isPublic = await isPublicRepository(inputs["github-token"], env);
  if (isPublic === false) return;
  throw new UsageError(
    isPublic
      ? "refusing to upload an unencrypted backup as an artifact of a public repository: anyone signed in to GitHub can download it"
      : "refusing to upload an unencrypted backup as an artifact: could not tell whether the repository is public",
    {
      hint: "set 'recipients' (an age public key from `strongroom keygen`) or 'passphrase'; allow-unencrypted cannot override this",
    },
  );
}
