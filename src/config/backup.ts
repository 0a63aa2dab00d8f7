import { availableParallelism } from "node:os";
import { DUMP_FORMATS, type DumpFormat } from "../sources/postgres/dump.ts";
import { COMPRESSIONS, type Compression, LEVEL_RANGE } from "../stages/compress.ts";
import { chooseJobs } from "./auto-jobs.ts";
import { type EncryptionConfig, readEncryption } from "./encryption.ts";
import { OptionReader, type RawOptions } from "./raw.ts";
import { readRetentionDays } from "./retention-days.ts";
import { readSource, type SourceConfig } from "./source.ts";

export interface BackupConfig {
  readonly source: SourceConfig;
  readonly destinations: readonly string[];
  readonly encryption: EncryptionConfig;
  readonly compression: Compression;
  readonly level: number | undefined;
  readonly format: DumpFormat;
  readonly rowCounts: "exact" | "estimate";
  /** Tables dumped at once (directory format). */
  readonly jobs: number;
  /** Set when --jobs was chosen from the core count (neither --jobs nor --format given): say so. */
  readonly jobsChoice?: string;
  readonly pgBin: string | undefined;
  /** How long GitHub keeps the backup, for artifact: destinations. */
  readonly retentionDays: number | undefined;
}

export function parseBackupConfig(raw: RawOptions, env: NodeJS.ProcessEnv): BackupConfig {
  const reader = new OptionReader(raw, env);
  const source = readSource(reader);
  const destinations = reader.list("to").concat(reader.list("destinations"));
  if (!destinations.length)
    reader.problems.push("--to is required: where to store the backup (a folder, file:…, artifact:, s3://…)");
  const encryption = readEncryption(reader);
  const compression = reader.choice("compression", COMPRESSIONS, "zstd");
  const level = compression === "none" ? undefined : reader.integer("level", LEVEL_RANGE[compression]);
  if (compression === "none" && reader.string("level") !== undefined)
    reader.problems.push("--level has no meaning with --compression none");
  const asked = reader.integer("jobs", [1, 64]);
  // A PostgreSQL dump with neither --jobs nor --format: the core count decides.
  const auto =
    asked === undefined && reader.string("format") === undefined && source?.kind === "postgres"
      ? chooseJobs(availableParallelism())
      : undefined;
  const jobs = asked ?? auto?.jobs ?? 1;
  const format = reader.choice("format", DUMP_FORMATS, jobs > 1 ? "directory" : "custom");
  if (jobs > 1 && format !== "directory")
    reader.problems.push(`--jobs ${jobs} needs --format directory (one file per table)`);
  const rowCounts = reader.choice("row-counts", ["exact", "estimate"] as const, "exact");
  const pgBin = reader.string("pg-bin") ?? env.STRONGROOM_PG_BIN;
  const retentionDays = readRetentionDays(reader, destinations);
  reader.finish();
  return Object.freeze({
    source: source!,
    destinations,
    encryption,
    compression,
    level,
    format,
    jobs,
    ...(auto ? { jobsChoice: auto.reason } : {}),
    rowCounts,
    pgBin,
    retentionDays,
  });
}
