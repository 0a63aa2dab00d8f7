import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { availableParallelism } from "node:os";
import { readCatalog } from "../catalog/catalog.ts";
import { chooseBackup } from "../catalog/select.ts";
import type { Manifest } from "../catalog/manifest.ts";
import type { RestoreConfig } from "../config/restore.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import { UsageError } from "../errors.ts";
import { type PostgresTarget, withDatabase } from "../sources/postgres/connection.ts";
import { type DumpContents, serverFacts } from "../sources/postgres/facts.ts";
import { findRestoreTool } from "../sources/postgres/restore-tools.ts";
import { findZstdTool } from "../stages/zstd-tool.ts";
import { INSERT_COUNTERS_SINCE_MAJOR } from "../sources/postgres/insert-counters.ts";
import { type RowSource, type StreamIntoOptions, streamInto } from "../sources/postgres/restore-stream.ts";
import { createScratchDatabase, sweepScratchDatabasesLogged } from "../sources/postgres/scratch-databases.ts";
import {
  describeContents,
  dropDatabase,
  openTarget,
  type RestoredTable,
  swapInDatabase,
  tableRowCountsConcurrently,
  targetContents,
} from "../sources/postgres/target.ts";
import { checkRestoreTarget, restoreSqlite } from "../sources/sqlite/source.ts";
import { type VerifiedCopy, verifiedCopy } from "../catalog/verified-copy.ts";
import { readContents, withDecodedPayload } from "../stages/decode.ts";
import { openContext, type RunContext } from "../run-context.ts";

export interface RestoreResult {
  readonly id: string;
  readonly target: string;
  readonly createdDatabase: boolean;
  /** --clean on a non-empty target: the backup was restored into a new database that replaced it. */
  readonly replacedDatabase: boolean;
  readonly tables: readonly RestoredTable[];
  /** False with --no-row-check: `tables` is then empty and nothing was compared. */
  readonly rowsChecked: boolean;
  /**
   * Where `tables` came from: the server's insert counters (PostgreSQL 15 and later), psql's COPY
   * tags (older servers), or a count of the restored tables (other formats, or counters that
   * did not match). Absent with --no-row-check.
   */
  readonly rowsFrom?: RowSource | "count";
  /** Tables whose restored row count differs from the count recorded at dump time. */
  readonly mismatches: readonly { table: string; expected: number; restored: number }[];
  readonly durationMs: number;
}

/**
 * Checks the key before touching the target and the object's digest before anything is committed,
 * refuses a target that already holds data unless told otherwise, then streams decrypt →
 * decompress → pg_restore/psql in one transaction, and counts the rows restored.
 */
export async function runRestore(config: RestoreConfig, context: RunContext): Promise<RestoreResult> {
  const started = Date.now();
  const destination = await openDestination(config.from, openContext(context));
  const entry = chooseBackup(
    await readCatalog(destination),
    { backup: config.backup, at: config.at, source: config.sourceKey },
    destination.display,
  );
  const manifest = entry.manifest;
  const contents = (await readContents(manifest, config.decryption)) as DumpContents | undefined;
  if (manifest.format === "sqlite")
    return restoreSqliteBackup(destination, manifest, contents, config, context, started);
  if (manifest.format === "supabase")
    return restoreSupabaseBackup(destination, manifest, contents, config, context, started);
  if (!config.target) {
    throw new UsageError(
      `backup ${manifest.id} is a PostgreSQL dump: --to must be a postgres:// URL, not '${config.to}'`,
    );
  }
  const target = config.target;
  // Probed while the tools and the target are checked, not after: the restore needs it only to start
  // (a plain script is decompressed in Node, never by the zstd tool: see feedTool).
  if (manifest.compression.algorithm === "zstd" && manifest.format !== "plain")
    findZstdTool(context.env).catch(() => {});
  await findRestoreTool(manifest, config.pgBin);
  // A local object's sha256 is checked alongside the restore, whose tool sees the end of its input
  // only after the check passed; a remote one is downloaded and checked first.
  const copy = destination.localPath
    ? await verifiedCopy(destination, manifest, context.signal, { checkWhileReading: true })
    : await context.log.group(`Download and check ${manifest.id} (${manifest.size} bytes)`, () =>
        verifiedCopy(destination, manifest, context.signal),
      );
  try {
    const { created, replaced, serverMajor } = await checkTarget(target, config);
    const rowsFrom = !config.rowCheck
      ? "none"
      : serverMajor >= INSERT_COUNTERS_SINCE_MAJOR
        ? "insert-counters"
        : "copy-tags";
    const options = { ...config, rowsFrom, contents } as const;
    const rows = replaced
      ? await restoreReplacing(target, copy, manifest, options, context)
      : await restoreOnto(target, copy, manifest, options, context);
    return {
      id: manifest.id,
      target: target.display,
      createdDatabase: created,
      replacedDatabase: replaced,
      tables: rows?.tables ?? [],
      rowsChecked: config.rowCheck,
      ...(rows ? { rowsFrom: rows.from } : {}),
      mismatches: rows ? compareCounts(contents, rows.tables) : [],
      durationMs: Date.now() - started,
    };
  } finally {
    await copy.dispose();
  }
}

/** Creates the target database when missing; refuses one holding data unless --clean or --force. */
async function checkTarget(
  target: PostgresTarget,
  config: Pick<RestoreConfig, "clean" | "force">,
): Promise<{ created: boolean; replaced: boolean; serverMajor: number }> {
  const { client, created } = await openTarget(target);
  try {
    const { serverMajor } = await serverFacts(client);
    const held = await targetContents(client);
    const existing = held.relations + held.largeObjects;
    if (existing > 0 && !config.clean && !config.force) {
      throw new UsageError(
        `the target database '${target.database}' already holds ${describeContents(held)}; nothing was restored`,
        {
          hint: "restore into a new or empty database, or pass --clean (replace the database) or --force (restore on top)",
        },
      );
    }
    return { created, replaced: existing > 0 && config.clean, serverMajor };
  } finally {
    await client.end().catch(() => {});
  }
}

type RestoreOptions = RestoreConfig & Pick<StreamIntoOptions, "rowsFrom"> & { contents: DumpContents | undefined };
type CountedRows = { readonly tables: RestoredTable[]; readonly from: RowSource | "count" };

async function restoreOnto(
  target: PostgresTarget,
  copy: VerifiedCopy,
  manifest: Manifest,
  options: RestoreOptions,
  context: RunContext,
): Promise<CountedRows | undefined> {
  const reported = await streamInto(target, copy, manifest, options, context);
  if (options.rowsFrom === "none") return undefined;
  // Insert counters that disagree with the dump (statistics off or reset) are not the last word.
  const trusted =
    reported?.from === "insert-counters" ? compareCounts(options.contents, reported.tables).length === 0 : true;
  if (reported && trusted) return reported;
  return { tables: await countRows(target), from: "count" };
}

/** --clean: restore into a new database and swap it in, so a failed restore leaves the target as it was. */
async function restoreReplacing(
  target: PostgresTarget,
  copy: VerifiedCopy,
  manifest: Manifest,
  options: RestoreOptions,
  context: RunContext,
): Promise<CountedRows | undefined> {
  const suffix = randomBytes(4).toString("hex");
  const staging = withDatabase(target, `${target.database.slice(0, 40)}_sr_restore_${suffix}`);
  await sweepScratchDatabasesLogged(target, context.log);
  await createScratchDatabase(target, staging.database);
  try {
    const rows = await restoreOnto(staging, copy, manifest, options, context);
    await swapInDatabase(target, staging.database, `${target.database.slice(0, 40)}_sr_old_${suffix}`);
    return rows;
  } catch (error) {
    await dropDatabase(target, staging.database).catch(() => {});
    throw error;
  }
}

/**
 * Where the restore did not report its rows (plain and directory formats). After a bulk load the
 * first scan also sets every row's hint bits: about 1 s per GB here.
 */
async function countRows(target: PostgresTarget): Promise<RestoredTable[]> {
  return tableRowCountsConcurrently(target, availableParallelism());
}

function compareCounts(
  contents: DumpContents | undefined,
  tables: readonly RestoredTable[],
): RestoreResult["mismatches"] {
  if (contents?.rowCounts !== "exact") return [];
  const restored = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t.rows]));
  return contents.tables
    .map((t) => ({
      table: `${t.schema}.${t.name}`,
      expected: t.rows,
      restored: restored.get(`${t.schema}.${t.name}`) ?? -1,
    }))
    .filter((m) => m.expected !== m.restored);
}

async function restoreSqliteBackup(
  destination: Destination,
  manifest: Manifest,
  contents: unknown,
  config: RestoreConfig,
  context: RunContext,
  started: number,
): Promise<RestoreResult> {
  if (config.target || !config.to) {
    throw new UsageError(`backup ${manifest.id} is a SQLite database: --to must be the path of the file to write`);
  }
  await checkRestoreTarget(config.to, config.force);
  const result = await restoreDecoded(destination, manifest, config, context, config.to, (payload) =>
    restoreSqlite(payload, config.to, { force: config.force, signal: context.signal }),
  );
  return {
    id: manifest.id,
    target: result.path,
    createdDatabase: true,
    replacedDatabase: config.force,
    tables: result.tables,
    rowsChecked: true,
    mismatches: compareCounts(contents as DumpContents | undefined, result.tables),
    durationMs: Date.now() - started,
  };
}

/** Checks the object's digest first, then hands its decoded payload to `restore`. */
async function restoreDecoded<T>(
  destination: Destination,
  manifest: Manifest,
  config: Pick<RestoreConfig, "decryption">,
  context: RunContext,
  into: string,
  restore: (payload: Readable) => Promise<T>,
): Promise<T> {
  const copy = await context.log.group(`Check ${manifest.id} (${manifest.size} bytes)`, () =>
    verifiedCopy(destination, manifest, context.signal),
  );
  try {
    return await context.log.group(`Restore into ${into}`, () =>
      withDecodedPayload(copy, manifest, config.decryption, context.signal, restore),
    );
  } finally {
    await copy.dispose();
  }
}

async function restoreSupabaseBackup(
  destination: Destination,
  manifest: Manifest,
  contents: unknown,
  config: RestoreConfig,
  context: RunContext,
  started: number,
): Promise<RestoreResult> {
  if (!config.target)
    throw new UsageError(
      `backup ${manifest.id} is a Supabase project: --to must be the target project's postgres:// URL`,
    );
  const target = config.target;
  const { restoreSupabase } = await import("../sources/supabase/index.ts");
  const result = await restoreDecoded(destination, manifest, config, context, target.display, (payload) =>
    restoreSupabase(
      payload,
      {
        databaseUrl: config.to,
        ...(config.projectUrl ? { projectUrl: config.projectUrl } : {}),
        ...(config.serviceRoleKey ? { serviceRoleKey: config.serviceRoleKey } : {}),
        skipStorage: config.skipStorage,
        storageOnly: config.storageOnly,
        force: config.force,
        clean: config.clean,
        ...(config.pgBin ? { pgBin: config.pgBin } : {}),
      },
      context,
    ),
  );
  context.log.info(`restored ${result.files} files into ${result.buckets.length} buckets`);
  return {
    id: manifest.id,
    target: target.display,
    createdDatabase: false,
    replacedDatabase: false,
    tables: result.tables,
    rowsChecked: true,
    mismatches: config.storageOnly ? [] : compareCounts(contents as DumpContents | undefined, result.tables),
    durationMs: Date.now() - started,
  };
}
