import type { PostgresTarget } from "../sources/postgres/connection.ts";
import { type DecryptionConfig, readDecryption } from "./encryption.ts";
import { OptionReader, type RawOptions } from "./raw.ts";
import { readTargetUrl } from "./source.ts";

export interface RestoreConfig {
  readonly from: string;
  readonly backup: string;
  readonly target: PostgresTarget;
  readonly decryption: DecryptionConfig;
  readonly clean: boolean;
  readonly force: boolean;
  readonly noOwner: boolean;
  readonly pgBin: string | undefined;
}

export function parseRestoreConfig(raw: RawOptions, env: NodeJS.ProcessEnv): RestoreConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backup");
  const backup = reader.string("backup") ?? "latest";
  const target = readTargetUrl(reader, raw.target !== undefined ? "target" : "to");
  const decryption = readDecryption(reader);
  const clean = reader.boolean("clean");
  const force = reader.boolean("force");
  const noOwner = reader.boolean("no-owner");
  const pgBin = reader.string("pg-bin") ?? env.STRONGROOM_PG_BIN;
  reader.finish();
  return Object.freeze({ from, backup, target: target!, decryption, clean, force, noOwner, pgBin });
}
