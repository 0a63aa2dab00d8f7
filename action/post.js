import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  ActionsLogger,
  STATE,
  notifyConfigFor,
  readActionInputs,
  registerInputSecrets
} from "./chunks/chunk-YMMCI7IA.js";
import {
  notify,
  renderSummaryMarkdown
} from "./chunks/chunk-4PBXIBEJ.js";
import {
  useProxyFromEnv
} from "./chunks/chunk-H4PEIMV4.js";
import {
  reportContextFromEnv
} from "./chunks/chunk-YUZCAPRK.js";
import "./chunks/chunk-7TWU4476.js";
import "./chunks/chunk-URVICK7E.js";
import "./chunks/chunk-QDMP2X47.js";
import {
  getState,
  summary,
  warning
} from "./chunks/chunk-AGLSFRO5.js";
import "./chunks/chunk-BBPAWNWA.js";
import "./chunks/chunk-RZ6ONGQG.js";
import "./chunks/chunk-PFDQNBFP.js";
import "./chunks/chunk-FVZYVAOK.js";
import "./chunks/chunk-GWK22PML.js";
import "./chunks/chunk-4BJFLUHV.js";
import "./chunks/chunk-A3NBYO6Z.js";
import "./chunks/chunk-B64D7UZZ.js";
import {
  Redactor
} from "./chunks/chunk-VO6T7KNM.js";
import {
  messageOf
} from "./chunks/chunk-BJ7NA7V3.js";
import "./chunks/chunk-SCGLMBFH.js";
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
    if (phase === "finished" || getState(STATE.notified) === "true") return;
    const command = getState(STATE.command) || inputs.command || "backup";
    const report = {
      command,
      status: "failure",
      startedAt: getState(STATE.startedAt) || (/* @__PURE__ */ new Date()).toISOString(),
      finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
      ...reportContextFromEnv(env),
      error: {
        message: phase === "started" ? `the ${command} step did not finish: it was cancelled, timed out or crashed` : `the ${command} step did not start`,
        hint: "open the workflow run for the step's log"
      },
      exitCode: 1
    };
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

// src/action/post.ts
useProxyFromEnv(process.env).catch((error) => warning(`strongroom post step: ${messageOf(error)}`)).then(() => runPost()).catch((error) => warning(`strongroom post step: ${messageOf(error)}`));
