import { type DecryptionConfig, readDecryption } from "./encryption.ts";
import { OptionReader, type RawOptions } from "./raw.ts";

export const VERIFY_LEVELS = ["stat", "digest", "decode"] as const;
export type VerifyLevel = (typeof VERIFY_LEVELS)[number];

export interface ListConfig {
  readonly from: string;
}

export interface VerifyConfig {
  readonly from: string;
  /** `latest`, `all` or a backup id. */
  readonly backup: string;
  readonly level: VerifyLevel | undefined;
  readonly decryption: DecryptionConfig;
  readonly pgBin: string | undefined;
}

export function parseListConfig(raw: RawOptions, env: NodeJS.ProcessEnv): ListConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination to list");
  reader.finish();
  return Object.freeze({ from });
}

export function parseVerifyConfig(raw: RawOptions, env: NodeJS.ProcessEnv): VerifyConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backups");
  const backup = reader.string("backup") ?? "latest";
  const level = reader.string("level") === undefined ? undefined : reader.choice("level", VERIFY_LEVELS, "decode");
  const decryption = readDecryption(reader);
  const pgBin = reader.string("pg-bin") ?? env.STRONGROOM_PG_BIN;
  reader.finish();
  return Object.freeze({ from, backup, level, decryption, pgBin });
}
