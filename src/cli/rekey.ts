import type { Writable } from "node:stream";
import type { RunContext } from "../run-context.ts";
import { type RekeyResult, runRekey } from "../commands/rekey.ts";
import { encryptionSecrets } from "../config/encryption.ts";
import type { RawOptions } from "../config/raw.ts";
import { parseRekeyConfig } from "../config/rekey.ts";

/** `rekey`: CLI only (it needs the old secret key, which belongs on no runner). */
export async function rekeyCommand(
  options: RawOptions,
  context: RunContext,
  json: boolean,
  stdout: Writable,
): Promise<void> {
  const config = parseRekeyConfig(options, context.env);
  for (const secret of encryptionSecrets(config.decryption)) context.log.redactor.add(secret);
  const result = await runRekey(config, context);
  stdout.write(`${json ? JSON.stringify(result, null, 2) : renderRekey(result)}\n`);
}

export function renderRekey(result: RekeyResult): string {
  const lines = result.backups.map((b) => {
    const status = b.status.padEnd(11);
    if (b.status === "rekeyed") return `${status} ${b.id}: ${b.oldObject} → ${b.object}`;
    return `${status} ${b.id}${b.reason ? `: ${b.reason}` : ""}`;
  });
  const count = (status: string) => result.backups.filter((b) => b.status === status).length;
  lines.push(
    result.dryRun
      ? `${count("would-rekey")} would be re-keyed for ${result.recipients.join(", ")}, ${count("skipped")} skipped (dry run: nothing changed)`
      : `${count("rekeyed")} re-keyed for ${result.recipients.join(", ")}, ${count("skipped")} skipped, ${count("failed")} failed`,
  );
  return lines.join("\n");
}
