import type { Writable } from "node:stream";
import type { RunContext } from "../run-context.ts";
import { type CommandOutcome, dispatch } from "../commands/dispatch.ts";
import { runKeygen } from "../commands/keygen.ts";
import { exitCodeOf, messageOf, UsageError } from "../errors.ts";
import { ConsoleLogger } from "../logger.ts";
import { Redactor } from "../redact.ts";
import { VERSION } from "../version.ts";
import { parseCommandLine } from "./flags.ts";
import { notifyAfter, runNotifyTest } from "./notify.ts";
import { jsonOf, renderOutcome } from "./render.ts";
import { rekeyCommand } from "./rekey.ts";
import { cancelOnSignals } from "./signals.ts";
import { deleteCommand, getCommand } from "./single-backup.ts";
import { USAGE } from "./usage.ts";

/**
 * The CLI: parse, run one command, print its result to `stdout` (the real one: see stdout.ts);
 * returns the exit code (mapped in errors.ts).
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, stdout: Writable): Promise<number> {
  const redactor = new Redactor();
  redactor.add(env.PGPASSWORD);
  const log = new ConsoleLogger(redactor);
  const signal = cancelOnSignals(log);
  let json = false;
  const startedAt = new Date();
  let command = "";
  let sourceArg: string | undefined;
  try {
    const parsed = parseCommandLine(argv);
    json = parsed.json;
    command = parsed.command;
    sourceArg = typeof parsed.options.source === "string" ? parsed.options.source : undefined;
    const repository = typeof parsed.options.repository === "string" ? parsed.options.repository : undefined;
    const context: RunContext = {
      log,
      env: repository ? { ...env, GITHUB_REPOSITORY: repository } : env,
      signal,
    };
    const handled = await runStandalone(parsed, context, stdout);
    if (handled !== undefined) return handled;
    const outcome: CommandOutcome = await dispatch(command, parsed.options, context);
    const result = redactor.redactDeep(outcome.result);
    stdout.write(
      `${json ? JSON.stringify(jsonOf(outcome.command, result), null, 2) : renderOutcome(outcome.command, result)}\n`,
    );
    await notifyAfter(outcome.command, startedAt, outcome, undefined, env, log, sourceArg);
    return 0;
  } catch (caught) {
    // Whatever a stage made of the abort (a destroyed socket, a killed tool), the run was cancelled.
    const error = signal.aborted ? signal.reason : caught;
    const partial = (error as { result?: unknown }).result;
    if (json && partial !== undefined) stdout.write(`${JSON.stringify(redactor.redactDeep(partial), null, 2)}\n`);
    const hint = (error as { hint?: string }).hint;
    process.stderr.write(`error: ${redactor.redact(messageOf(error))}\n`);
    if (hint) process.stderr.write(`hint: ${redactor.redact(hint)}\n`);
    if (exitCodeOf(error) === 1 && error instanceof Error && error.stack)
      process.stderr.write(`${redactor.redact(error.stack)}\n`);
    await notifyAfter(command, startedAt, undefined, error, env, log, sourceArg);
    return exitCodeOf(error);
  }
}

/** The commands outside dispatch's result-and-notify shape: their exit code, or undefined for the others. */
async function runStandalone(
  parsed: ReturnType<typeof parseCommandLine>,
  context: RunContext,
  stdout: Writable,
): Promise<number | undefined> {
  const { command, options, json } = parsed;
  if (parsed.help || command === "help") {
    stdout.write(USAGE);
    return 0;
  }
  switch (command) {
    case "version":
      stdout.write(`${VERSION}\n`);
      return 0;
    case "keygen":
      await keygenCommand(typeof options.out === "string" ? options.out : undefined, json, stdout);
      return 0;
    case "get":
    case "delete":
      await (command === "get" ? getCommand : deleteCommand)(options, context, json, stdout);
      return 0;
    case "rekey":
      await rekeyCommand(options, context, json, stdout);
      return 0;
    case "notify": {
      if (!options.test)
        throw new UsageError("notify needs --test (it sends a test message through every configured channel)");
      const results = await runNotifyTest(context.env, context.log);
      stdout.write(
        `${json ? JSON.stringify(results, null, 2) : results.map((r) => `${r.status.padEnd(7)} ${r.channel} ${r.target}${r.detail ? ` — ${r.detail}` : ""}`).join("\n")}\n`,
      );
      return results.some((r) => r.status === "failed") ? 1 : 0;
    }
    default:
      return undefined;
  }
}

async function keygenCommand(out: string | undefined, json: boolean, stdout: Writable): Promise<void> {
  const result = await runKeygen(out);
  if (result.identityFile) {
    stdout.write(result.identityFile);
    return;
  }
  process.stderr.write(`Secret key written to ${result.file} (keep it safe, off the machine that runs backups).\n`);
  stdout.write(
    json ? `${JSON.stringify({ recipient: result.recipient, file: result.file })}\n` : `${result.recipient}\n`,
  );
}
