import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  ActionsLogger,
  STATE,
  notifyConfigFor,
  readActionInputs,
  registerInputSecrets
} from "./chunks/chunk-TS37XZ2U.js";
import {
  notify,
  renderSummaryMarkdown
} from "./chunks/chunk-TNIPPSTL.js";
import {
  useProxyFromEnv
} from "./chunks/chunk-6DW3ORF3.js";
import "./chunks/chunk-RFH5ZLOK.js";
import "./chunks/chunk-P576NIJE.js";
import {
  reportContextFromEnv
} from "./chunks/chunk-TIYZLAUU.js";
import "./chunks/chunk-EF2U5OZ6.js";
import "./chunks/chunk-3MRYKAAL.js";
import {
  getState,
  summary,
  warning
} from "./chunks/chunk-VYWWBMEK.js";
import "./chunks/chunk-A4SEZP6V.js";
import "./chunks/chunk-J2QK7ATJ.js";
import "./chunks/chunk-RSFMEIMW.js";
import "./chunks/chunk-FD4C7ZQH.js";
import "./chunks/chunk-YUBCJN3F.js";
import "./chunks/chunk-IQ5VW7YH.js";
import "./chunks/chunk-R7MMNWVF.js";
import "./chunks/chunk-IFWBUR3M.js";
import "./chunks/chunk-ME4EFUP6.js";
import "./chunks/chunk-5FHIDL6W.js";
import {
  Redactor
} from "./chunks/chunk-VO6T7KNM.js";
import "./chunks/chunk-PVV747LZ.js";
import {
  ExitCode,
  messageOf
} from "./chunks/chunk-SI3IGW5R.js";
import "./chunks/chunk-VYG5KUGM.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/action/post-run.ts
import { rmSync } from "node:fs";
async function runPost(env = process.env) {
  const redactor = new Redactor();
  const log = new ActionsLogger(redactor);
  const inputs = readActionInputs(env);
  registerInputSecrets(inputs, redactor, env);
  const phase = getState(STATE.phase);
  const tmp = getState(STATE.tmp);
  try {
    const command = getState(STATE.command) || inputs.command || "backup";
    if (phase === "cancelled") return await reportCancelled(command, env, inputs, redactor, log);
    if (phase === "finished" || getState(STATE.notified) === "true") return;
    const report = failedStepReport(
      command,
      env,
      {
        message: phase === "started" ? `the ${command} step did not finish: it was cancelled, timed out or crashed` : `the ${command} step did not start`,
        hint: "open the workflow run for the step's log"
      },
      1
    );
    log.warn(report.error.message);
    await summary.addRaw(renderSummaryMarkdown(report)).write().catch(() => {
    });
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
async function reportCancelled(command, env, inputs, redactor, log) {
  const reason = getState(STATE.cancelled) || "cancelled";
  log.info(`the ${command} step was ${reason.startsWith("cancelled") ? reason : `cancelled: ${reason}`}`);
  if (getState(STATE.notified) === "true") return;
  const report = failedStepReport(
    command,
    env,
    { message: reason, hint: "run it again: a backup cut short is never listed" },
    ExitCode.cancelled
  );
  await summary.addRaw(renderSummaryMarkdown(report)).write().catch(() => {
  });
  try {
    await notify(redactor.redactDeep(report), notifyConfigFor(inputs, env, redactor), {
      info: (m) => log.info(m),
      warning: (m) => log.warn(m)
    });
  } catch (error) {
    log.warn(`could not send the cancellation notification: ${messageOf(error)}`);
  }
}
function failedStepReport(command, env, error, exitCode) {
  return {
    command,
    status: "failure",
    startedAt: getState(STATE.startedAt) || (/* @__PURE__ */ new Date()).toISOString(),
    finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...reportContextFromEnv(env),
    error,
    exitCode
  };
}

// src/action/post.ts
useProxyFromEnv(process.env).catch((error) => warning(`strongroom post step: ${messageOf(error)}`)).then(() => runPost()).catch((error) => warning(`strongroom post step: ${messageOf(error)}`));
