import { createInterface } from "node:readline/promises";
import type { Writable } from "node:stream";
import type { RunContext } from "../run-context.ts";
import { type Confirm, runDelete } from "../commands/delete.ts";
import { runGet } from "../commands/get.ts";
import { parseDeleteConfig } from "../config/delete.ts";
import { encryptionSecrets } from "../config/encryption.ts";
import { parseGetConfig } from "../config/get.ts";
import type { RawOptions } from "../config/raw.ts";

/** `get`: the backup goes to a file (a summary on stdout) or to stdout itself (the summary on stderr). */
export async function getCommand(
  options: RawOptions,
  context: RunContext,
  json: boolean,
  stdout: Writable,
): Promise<void> {
  const config = parseGetConfig(options, context.env);
  for (const secret of encryptionSecrets(config.decryption)) context.log.redactor.add(secret);
  const result = await runGet(config, context, stdout);
  const text = json
    ? JSON.stringify(result, null, 2)
    : `${result.out === "-" ? "wrote" : "saved"} ${result.id} (${result.source}, ${result.createdAt}): ${result.bytes} bytes${result.decrypted ? " decrypted" : ""} → ${result.out}${result.manifestFile ? `\nmanifest → ${result.manifestFile}` : ""}`;
  (result.out === "-" ? process.stderr : stdout).write(`${text}\n`);
}

/** `delete`: asks on a terminal, refuses elsewhere without --yes. */
export async function deleteCommand(
  options: RawOptions,
  context: RunContext,
  json: boolean,
  stdout: Writable,
): Promise<void> {
  const config = parseDeleteConfig(options, context.env);
  const result = await runDelete(config, context, process.stdin.isTTY ? askOnTerminal : undefined);
  stdout.write(
    `${
      json
        ? JSON.stringify(result, null, 2)
        : `${result.dryRun ? "would delete" : "deleted"} ${result.id} (${result.source}, ${result.createdAt}):\n${result.removed.map((n) => `  ${n}`).join("\n")}`
    }\n`,
  );
}

const askOnTerminal: Confirm = async (question) => {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
};
