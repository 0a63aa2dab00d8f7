import { type DecryptionConfig, readDecryption } from "./encryption.ts";
import { parseRecipient } from "../crypto/age-keys.ts";
import { OptionReader, type RawOptions } from "./raw.ts";

export interface RekeyConfig {
  readonly from: string;
  /** One backup's exact id, or "all". */
  readonly backup: string;
  /** The old key: identities or a passphrase, never "none". */
  readonly decryption: Exclude<DecryptionConfig, { mode: "none" }>;
  /** The new age1… public keys every re-wrapped backup is encrypted to. */
  readonly recipients: readonly string[];
  readonly dryRun: boolean;
}

export function parseRekeyConfig(raw: RawOptions, env: NodeJS.ProcessEnv): RekeyConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backups");
  if (/^artifact:/i.test(from))
    reader.problems.push(
      "rekey cannot rewrite GitHub artifacts: only the workflow run that made an artifact can write it; copy the backups to another destination with `strongroom get`, or let them expire",
    );
  const backup = reader.string("backup") ?? "all";
  if (backup !== "all" && !/^[A-Za-z0-9_-]+$/.test(backup))
    reader.problems.push(`--backup must be one backup's exact id or 'all', not '${backup}'`);
  if (backup === "latest") reader.problems.push("--backup must be one backup's exact id or 'all', not 'latest'");
  const decryption = readDecryption(reader);
  if (decryption.mode === "none")
    reader.problems.push(
      "--identity <old key file> (or --passphrase-env VAR for passphrase backups) is required: the key the backups are encrypted with now",
    );
  const recipients = reader.list("recipient");
  if (recipients.length === 0)
    reader.problems.push("--recipient age1… is required: the new public key(s) to encrypt the backups to");
  for (const recipient of recipients) {
    try {
      parseRecipient(recipient);
    } catch (error) {
      reader.problems.push((error as Error).message);
    }
  }
  const dryRun = reader.boolean("dry-run");
  reader.finish();
  return Object.freeze({
    from,
    backup,
    decryption: decryption as RekeyConfig["decryption"],
    recipients: Object.freeze([...new Set(recipients)]),
    dryRun,
  });
}
