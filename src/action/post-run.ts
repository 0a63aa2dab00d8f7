import { rmSync } from "node:fs";
import * as core from "@actions/core";
import { ExitCode, messageOf } from "../errors.ts";
import { notify } from "../notify/notify.ts";
import { type RunCommand, type RunReport, reportContextFromEnv } from "../notify/run-report.ts";
import { renderSummaryMarkdown } from "../notify/summary.ts";
import { Redactor } from "../redact.ts";
import { readActionInputs } from "./inputs.ts";
import { ActionsLogger } from "./logger.ts";
import { notifyConfigFor, STATE } from "./run.ts";
import { registerInputSecrets } from "./secrets.ts";

/**
 * The post step: runs even when the main step crashed, was cancelled or timed out. If the main
 * step did not get to report its outcome, it sends the failure notice with what is known; it
 * always removes the run's temporary files.
 */
export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const redactor = new Redactor();
  const log = new ActionsLogger(redactor);
  const inputs = readActionInputs(env);
  registerInputSecrets(inputs, redactor, env);
  const phase = core.getState(STATE.phase);
  const tmp = core.getState(STATE.tmp);
  try {
    const command = (core.getState(STATE.command) || inputs.command || "backup") as RunCommand;
    if (phase === "cancelled") return await reportCancelled(command, env, inputs, redactor, log);
    if (phase === "finished" || core.getState(STATE.notified) === "true") return;
    const report = failedStepReport(
      command,
      env,
      {
        message:
          phase === "started"
            ? `the ${command} step did not finish: it was cancelled, timed out or crashed`
            : `the ${command} step did not start`,
        hint: "open the workflow run for the step's log",
      },
      1,
    );
    log.warn(report.error!.message);
    await core.summary
      .addRaw(renderSummaryMarkdown(report))
      .write()
      .catch(() => {});
    try {
      const config = notifyConfigFor(inputs, env, redactor);
      await notify(redactor.redactDeep(report), config, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
    } catch (error) {
      log.warn(`could not send the failure notification: ${messageOf(error)}`);
    }
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** A cancelled step (a runner cancel or the `timeout` input) is reported as cancelled, not as failed. */
async function reportCancelled(
  command: RunCommand,
  env: NodeJS.ProcessEnv,
  inputs: ReturnType<typeof readActionInputs>,
  redactor: Redactor,
  log: ActionsLogger,
): Promise<void> {
  const reason = core.getState(STATE.cancelled) || "cancelled";
  log.info(`the ${command} step was ${reason.startsWith("cancelled") ? reason : `cancelled: ${reason}`}`);
  if (core.getState(STATE.notified) === "true") return;
  const report = failedStepReport(
    command,
    env,
    { message: reason, hint: "run it again: a backup cut short is never listed" },
    ExitCode.cancelled,
  );
  await core.summary
    .addRaw(renderSummaryMarkdown(report))
    .write()
    .catch(() => {});
  try {
    await notify(redactor.redactDeep(report), notifyConfigFor(inputs, env, redactor), {
      info: (m) => log.info(m),
      warning: (m) => log.warn(m),
    });
  } catch (error) {
    log.warn(`could not send the cancellation notification: ${messageOf(error)}`);
  }
}

/** The run report of a main step that did not report itself (crashed, cancelled), from its saved state. */
function failedStepReport(
  command: RunCommand,
  env: NodeJS.ProcessEnv,
  error: { message: string; hint: string },
  exitCode: number,
): RunReport {
  return {
    command,
    status: "failure",
    startedAt: core.getState(STATE.startedAt) || new Date().toISOString(),
    finishedAt: new Date().toISOString(),
    ...reportContextFromEnv(env),
    error,
    exitCode,
  };
}
