import { availableParallelism } from "node:os";
import type { PostgresTarget } from "../sources/postgres/connection.ts";
import { type DecryptionConfig, readDecryption } from "./encryption.ts";
import { OptionReader, type RawOptions } from "./raw.ts";
import { readSelector } from "./selection.ts";
import { readTargetUrl } from "./source.ts";

export interface RestoreConfig {
  readonly from: string;
  readonly backup: string;
  /** With `latest`: the newest complete backup taken at or before this time. */
  readonly at?: Date | undefined;
  /** Which source `latest`/`--at` means when the destination holds several (`--source`). */
  readonly sourceKey?: string | undefined;
  /** A postgres:// target; undefined when `--to` is a file path (SQLite backups). */
  readonly target: PostgresTarget | undefined;
  /** `--to` as given: a postgres:// URL or a file path. */
  readonly to: string;
  readonly decryption: DecryptionConfig;
  readonly clean: boolean;
  readonly force: boolean;
  readonly noOwner: boolean;
  /** Count every restored table's rows and compare with the counts taken at dump time. */
  readonly rowCheck: boolean;
  /** Connections pg_restore uses for directory-format backups. */
  readonly jobs: number;
  /** Supabase backups: the target project's Storage, and which parts to restore. */
  readonly projectUrl: string | undefined;
  readonly serviceRoleKey: string | undefined;
  readonly skipStorage: boolean;
  readonly storageOnly: boolean;
  readonly pgBin: string | undefined;
}

export function parseRestoreConfig(raw: RawOptions, env: NodeJS.ProcessEnv): RestoreConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backup");
  const { backup, at, source: sourceKey } = readSelector(reader);
  const toName = raw.target !== undefined ? "target" : "to";
  const to = reader.string(toName) ?? "";
  const target = /^postgres(ql)?:/i.test(to) || !to ? readTargetUrl(reader, toName) : undefined;
  const decryption = readDecryption(reader);
  const clean = reader.boolean("clean");
  const force = reader.boolean("force");
  const noOwner = reader.boolean("no-owner");
  const rowCheck = !reader.boolean("no-row-check");
  const jobs = reader.integer("jobs", [1, 64]) ?? defaultJobs();
  const pgBin = reader.string("pg-bin") ?? env.STRONGROOM_PG_BIN;
  const projectUrl = reader.string("supabase-url") ?? env.SUPABASE_URL;
  const serviceRoleKey = reader.secret("service-role-key") ?? env.SUPABASE_SERVICE_ROLE_KEY;
  const skipStorage = reader.boolean("skip-storage");
  const storageOnly = reader.boolean("storage-only");
  if (skipStorage && storageOnly) reader.problems.push("give --skip-storage or --storage-only, not both");
  reader.finish();
  return Object.freeze({
    from,
    backup,
    at,
    sourceKey,
    target,
    to,
    decryption,
    clean,
    force,
    noOwner,
    rowCheck,
    jobs,
    pgBin,
    projectUrl,
    serviceRoleKey,
    skipStorage,
    storageOnly,
  });
}

/** The machine's cores, at most 4: more connections rarely help one restore. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}
