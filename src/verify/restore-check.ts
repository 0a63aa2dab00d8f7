import { randomBytes } from "node:crypto";
import type { Manifest } from "../catalog/manifest.ts";
import type { VerifiedCopy } from "../catalog/verified-copy.ts";
import type { RunContext } from "../run-context.ts";
import type { DecryptionConfig } from "../config/encryption.ts";
import { defaultJobs } from "../config/restore.ts";
import { IntegrityError } from "../errors.ts";
import { connect, type PostgresTarget, withDatabase } from "../sources/postgres/connection.ts";
import type { DumpContents } from "../sources/postgres/facts.ts";
import { createScratchDatabase, sweepScratchDatabasesLogged } from "../sources/postgres/scratch-databases.ts";
import { streamInto } from "../sources/postgres/restore-stream.ts";
import { dropDatabase, tableRowCounts } from "../sources/postgres/target.ts";

export interface RestoreCheckOptions {
  readonly server: PostgresTarget;
  readonly decryption: DecryptionConfig;
  readonly pgBin: string | undefined;
  /** Runs between the restore and the comparison (tests use it to alter the restored copy). */
  readonly afterRestore?: (scratch: PostgresTarget) => Promise<void>;
}

/**
 * Restores into a scratch database that Strongroom creates (under a fresh random name, so never
 * one that holds data) and drops afterwards, then compares what was restored with what the
 * backup recorded at dump time: tables, exact row counts, sequences and large objects.
 */
export async function restoreCheck(
  copy: VerifiedCopy,
  manifest: Manifest,
  contents: DumpContents | undefined,
  options: RestoreCheckOptions,
  context: RunContext,
): Promise<{ checks: string[]; differences: string[] }> {
  const scratch = withDatabase(options.server, `strongroom_verify_${randomBytes(6).toString("hex")}`);
  await sweepScratchDatabasesLogged(options.server, context.log);
  await createScratchDatabase(options.server, scratch.database);
  try {
    await streamInto(
      scratch,
      copy,
      manifest,
      { decryption: options.decryption, noOwner: true, pgBin: options.pgBin, jobs: defaultJobs(), rowsFrom: "none" },
      context,
    );
    await options.afterRestore?.(scratch);
    const restored = await observe(scratch);
    if (!contents)
      return {
        checks: [`restored into a scratch database (${restored.tables.length} tables); no recorded counts to compare`],
        differences: [],
      };
    const differences = compare(contents, restored);
    const rows = contents.tables.reduce((sum, t) => sum + t.rows, 0);
    const checks = [
      `restored into a scratch database`,
      `${contents.tables.length} tables and ${rows} rows ${contents.rowCounts === "exact" ? "match the exact counts" : "compared with the estimates"} recorded at dump time`,
      `${contents.sequences.length} sequences, ${contents.largeObjects} large objects`,
    ];
    return { checks, differences };
  } finally {
    await dropDatabase(options.server, scratch.database).catch((error: unknown) =>
      context.log.warn(`could not drop the scratch database ${scratch.database}: ${(error as Error).message}`),
    );
  }
}

interface Observed {
  readonly tables: { schema: string; name: string; rows: number }[];
  readonly sequences: Map<string, string | null>;
  readonly largeObjects: number;
}

async function observe(target: PostgresTarget): Promise<Observed> {
  const client = await connect(target, "scratch database");
  try {
    const tables = await tableRowCounts(client);
    const seqs = await client.query<{ s: string; n: string; v: string | null }>(
      "select schemaname as s, sequencename as n, last_value::text as v from pg_sequences where schemaname not in ('pg_catalog','information_schema')",
    );
    const lobs = await client.query<{ n: string }>("select count(*) as n from pg_largeobject_metadata");
    return {
      tables,
      sequences: new Map(seqs.rows.map((r) => [`${r.s}.${r.n}`, r.v])),
      largeObjects: Number(lobs.rows[0]!.n),
    };
  } finally {
    await client.end().catch(() => {});
  }
}

function compare(recorded: DumpContents, restored: Observed): string[] {
  const differences: string[] = [];
  const restoredRows = new Map(restored.tables.map((t) => [`${t.schema}.${t.name}`, t.rows]));
  for (const table of recorded.tables) {
    const key = `${table.schema}.${table.name}`;
    const rows = restoredRows.get(key);
    if (rows === undefined) differences.push(`${key}: missing after restore`);
    else if (recorded.rowCounts === "exact" && rows !== table.rows)
      differences.push(`${key}: ${rows} rows restored, ${table.rows} at dump time`);
    restoredRows.delete(key);
  }
  for (const key of restoredRows.keys()) differences.push(`${key}: restored but not recorded at dump time`);
  for (const sequence of recorded.sequences) {
    const key = `${sequence.schema}.${sequence.name}`;
    if (!restored.sequences.has(key)) differences.push(`sequence ${key}: missing after restore`);
    else if (restored.sequences.get(key) !== sequence.lastValue) {
      differences.push(
        `sequence ${key}: last value ${restored.sequences.get(key)} restored, ${sequence.lastValue} at dump time`,
      );
    }
  }
  if (restored.largeObjects !== recorded.largeObjects) {
    differences.push(`large objects: ${restored.largeObjects} restored, ${recorded.largeObjects} at dump time`);
  }
  return differences;
}

export function differencesError(manifest: Manifest, differences: readonly string[]): IntegrityError {
  return new IntegrityError(
    `backup ${manifest.id}: the restored data differs from the dump: ${differences.join("; ")}`,
    {
      hint: "the backup does not restore to what was dumped; keep it for investigation and rely on another backup",
    },
  );
}
