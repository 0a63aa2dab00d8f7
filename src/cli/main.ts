import { runBackup } from "../commands/backup.ts";
import type { RunContext } from "../commands/context.ts";
import { runKeygen } from "../commands/keygen.ts";
import { runList } from "../commands/list.ts";
import { runRestore } from "../commands/restore.ts";
import { runVerify } from "../commands/verify.ts";
import { parseBackupConfig } from "../config/backup.ts";
import { parseListConfig, parseVerifyConfig } from "../config/inspect.ts";
import { parseRestoreConfig } from "../config/restore.ts";
import { registerConfigSecrets } from "../config/secrets.ts";
import { exitCodeOf, messageOf } from "../errors.ts";
import { ConsoleLogger } from "../log/logger.ts";
import { Redactor } from "../redact.ts";
import { VERSION } from "../version.ts";
import { parseCommandLine } from "./flags.ts";
import { renderBackup, renderList, renderRestore, renderVerify } from "./render.ts";
import { USAGE } from "./usage.ts";

/** The CLI: parse, run one command, print its result; returns the exit code (mapped in errors.ts). */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const redactor = new Redactor();
  redactor.add(env.PGPASSWORD);
  const log = new ConsoleLogger(redactor);
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
  let json = false;
  try {
    const parsed = parseCommandLine(argv);
    json = parsed.json;
    const context: RunContext = { log, env, signal: controller.signal };
    const print = (value: unknown, text: () => string) => process.stdout.write(`${json ? JSON.stringify(value, null, 2) : text()}\n`);
    if (parsed.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    switch (parsed.command) {
      case "version":
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case "backup": {
        const config = registerConfigSecrets(parseBackupConfig(parsed.options, env), redactor);
        const result = await runBackup(config, context);
        print(backupJson(result), () => renderBackup(result));
        return 0;
      }
      case "list": {
        const backups = await runList(parseListConfig(parsed.options, env), context);
        print(backups, () => renderList(backups));
        return 0;
      }
      case "restore": {
        const result = await runRestore(registerConfigSecrets(parseRestoreConfig(parsed.options, env), redactor), context);
        print(result, () => renderRestore(result));
        return 0;
      }
      case "verify": {
        const outcomes = await runVerify(registerConfigSecrets(parseVerifyConfig(parsed.options, env), redactor), context);
        print(outcomes, () => renderVerify(outcomes));
        return 0;
      }
      case "keygen": {
        const result = await runKeygen(typeof parsed.options.out === "string" ? parsed.options.out : undefined);
        if (result.identityFile) process.stdout.write(result.identityFile);
        else {
          process.stderr.write(`Secret key written to ${result.file} (keep it safe, off the machine that runs backups).\n`);
          process.stdout.write(json ? `${JSON.stringify({ recipient: result.recipient, file: result.file })}\n` : `${result.recipient}\n`);
        }
        return 0;
      }
    }
    return 0;
  } catch (error) {
    const partial = (error as { result?: unknown }).result;
    if (json && partial !== undefined) process.stdout.write(`${JSON.stringify(partial, null, 2)}\n`);
    const hint = (error as { hint?: string }).hint;
    process.stderr.write(`error: ${redactor.redact(messageOf(error))}\n`);
    if (hint) process.stderr.write(`hint: ${redactor.redact(hint)}\n`);
    if (exitCodeOf(error) === 1 && error instanceof Error && error.stack) process.stderr.write(`${redactor.redact(error.stack)}\n`);
    return exitCodeOf(error);
  } finally {
    process.off("SIGINT", abort);
    process.off("SIGTERM", abort);
  }
}

function backupJson(result: Awaited<ReturnType<typeof runBackup>>) {
  const { sealedContents: _sealed, ...manifest } = result.manifest;
  return { ...manifest, destinations: result.destinations };
}
