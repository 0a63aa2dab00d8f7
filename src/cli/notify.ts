import { COMMANDS, type CommandOutcome } from "../commands/dispatch.ts";
import { messageOf } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { NOTIFY_INPUTS, notifyConfigFromEnv, notifySecrets } from "../notify/config.ts";
import type { NotifyResult } from "../notify/notify.ts";
import {
  type RunCommand,
  reportContextFromEnv,
  reportFromError,
  successReport,
  testReport,
} from "../notify/run-report.ts";
import { sourceDisplay } from "../config/source.ts";

/** True when any STRONGROOM_<NOTIFY INPUT> variable is set (the CLI's notification settings). */
function configured(env: NodeJS.ProcessEnv): boolean {
  return NOTIFY_INPUTS.some((name) => env[`STRONGROOM_${name.toUpperCase().replace(/-/g, "_")}`]);
}

function configFrom(env: NodeJS.ProcessEnv, log: Logger) {
  const config = notifyConfigFromEnv(env, { redact: log.redactor.list() });
  for (const secret of notifySecrets(config)) log.redactor.add(secret);
  return config;
}

/** After a CLI command: notify as configured through STRONGROOM_* variables. Never changes the exit code. */
export async function notifyAfter(
  command: string,
  startedAt: Date,
  outcome: CommandOutcome | undefined,
  error: unknown,
  env: NodeJS.ProcessEnv,
  log: Logger,
  sourceArg?: string,
): Promise<void> {
  if (!configured(env) || !(COMMANDS as readonly string[]).includes(command) || command === "list") return;
  try {
    const config = configFrom(env, log);
    const sourceUrl = command === "backup" ? (sourceArg ?? env.DATABASE_URL) : undefined;
    const base = {
      command: command as RunCommand,
      startedAt: startedAt.toISOString(),
      ...reportContextFromEnv(env),
      ...(sourceUrl ? { source: sourceDisplay(sourceUrl, env) } : {}),
      ...outcome?.report,
    };
    const report = error === undefined ? successReport(base) : reportFromError(base, error);
    const { notify } = await import("../notify/notify.ts");
    await notify(log.redactor.redactDeep(report), config, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
  } catch (failure) {
    log.warn(`notifications: ${messageOf(failure)}`);
  }
}

/** `strongroom notify --test`: a test message through every configured channel. */
export async function runNotifyTest(env: NodeJS.ProcessEnv, log: Logger): Promise<NotifyResult[]> {
  const config = configFrom(env, log);
  const { notify } = await import("../notify/notify.ts");
  return notify(testReport({ env }), config, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
}
