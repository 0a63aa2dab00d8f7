import type { BackupSelector } from "../catalog/select.ts";
import { type DecryptionConfig, readDecryption } from "./encryption.ts";
import { OptionReader, type RawOptions } from "./raw.ts";
import { readSelector } from "./selection.ts";

export interface GetConfig {
  readonly from: string;
  readonly selector: BackupSelector;
  /** A file path, an existing folder (the stored name is kept), or `-` for stdout. */
  readonly out: string;
  /** Write the plain dump instead of the stored object. */
  readonly decrypt: boolean;
  readonly decryption: DecryptionConfig;
  readonly force: boolean;
}

export function parseGetConfig(raw: RawOptions, env: NodeJS.ProcessEnv): GetConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backup");
  const selector = readSelector(reader);
  const out = reader.required("out", "where to write the backup (a file, a folder, or - for stdout)");
  const decrypt = reader.boolean("decrypt");
  const decryption = readDecryption(reader);
  const force = reader.boolean("force");
  if (!decrypt && decryption.mode !== "none")
    reader.problems.push("--identity/--passphrase-env are only used with --decrypt");
  reader.finish();
  return Object.freeze({ from, selector, out, decrypt, decryption, force });
}
