import type { PostgresTarget } from "../sources/postgres/connection.ts";
import { type DecryptionConfig, readDecryption } from "./encryption.ts";
import { OptionReader, type RawOptions } from "./raw.ts";
import { readSelector } from "./selection.ts";
import { readTargetUrl } from "./source.ts";

export const VERIFY_LEVELS = ["stat", "digest", "decode", "restore"] as const;
export type VerifyLevel = (typeof VERIFY_LEVELS)[number];

export interface ListConfig {
  readonly from: string;
  /** Only backups of this source (its key, display name or URL). */
  readonly source?: string | undefined;
}

export interface VerifyConfig {
  readonly from: string;
  /** `latest`, `all` or a backup id. */
  readonly backup: string;
  /** With `latest`: the newest complete backup taken at or before this time. */
  readonly at?: Date | undefined;
  /** Which source `latest`/`--at` means when the destination holds several (`--source`). */
  readonly sourceKey?: string | undefined;
  readonly level: VerifyLevel | undefined;
  readonly decryption: DecryptionConfig;
  readonly pgBin: string | undefined;
  /** Server where `restore` level creates, fills and drops a scratch database. */
  readonly restoreInto: PostgresTarget | undefined;
  /** Also verify this many random older backups. */
  readonly sample: number;
  /** Write each result beside the backup (default true). */
  readonly record: boolean;
}

export function parseListConfig(raw: RawOptions, env: NodeJS.ProcessEnv): ListConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination to list");
  const source = reader.string("source");
  reader.finish();
  return Object.freeze({ from, source });
}

export function parseVerifyConfig(raw: RawOptions, env: NodeJS.ProcessEnv): VerifyConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backups");
  const { backup, at, source: sourceKey } = readSelector(reader);
  const level = reader.string("level") === undefined ? undefined : reader.choice("level", VERIFY_LEVELS, "decode");
  const decryption = readDecryption(reader);
  const pgBin = reader.string("pg-bin") ?? env.STRONGROOM_PG_BIN;
  const restoreInto = reader.string("restore-into") === undefined ? undefined : readTargetUrl(reader, "restore-into");
  const sample = reader.integer("sample", [0, 1000]) ?? 0;
  const record = !reader.boolean("no-record");
  reader.finish();
  return Object.freeze({ from, backup, at, sourceKey, level, decryption, pgBin, restoreInto, sample, record });
}
