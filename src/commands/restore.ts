import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { readCatalog } from "../catalog/catalog.ts";
import { chooseBackup } from "../catalog/select.ts";
import type { Manifest } from "../catalog/manifest.ts";
import type { RestoreConfig } from "../config/restore.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import { IntegrityError, SourceError, UsageError } from "../errors.ts";
import { libpqEnv, type PostgresTarget, withDatabase } from "../sources/postgres/connection.ts";
import type { DumpContents } from "../sources/postgres/facts.ts";
import { findPgTool } from "../sources/postgres/pg-tools.ts";
import { plainScriptInOneTransaction } from "../sources/postgres/plain-transaction.ts";
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
import { type ChildEnv, childEnv } from "../stages/child-env.ts";
import { spawnStage, stdinSink } from "../stages/child-process.ts";
import { makeScratchFolder } from "../stages/scratch.ts";
import { findZstdTool } from "../stages/zstd-tool.ts";
import {
  decodeError,
  decodeStages,
  readContents,
  type VerifiedCopy,
  verifiedCopy,
  withDecodedPayload,
} from "./backup-reader.ts";
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
  await findTool(manifest, config);
  // A local object's sha256 is checked alongside the restore, whose tool sees the end of its input
  // only after the check passed; a remote one is downloaded and checked first.
  const copy = destination.localPath
    ? await verifiedCopy(destination, manifest, context.signal, { checkWhileReading: true })
    : await context.log.group(`Download and check ${manifest.id} (${manifest.size} bytes)`, () =>
        verifiedCopy(destination, manifest, context.signal),
      );
  try {
    const { client, created } = await openTarget(target);
    let tables: RestoredTable[];
    let replaced = false;
    try {
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
      replaced = existing > 0 && config.clean;
    } finally {
      await client.end().catch(() => {});
    }
    if (replaced) {
      // --clean: restore into a new database and swap it in, so a failed restore leaves the target as it was.
      const suffix = randomBytes(4).toString("hex");
      const staging = withDatabase(target, `${target.database.slice(0, 40)}_sr_restore_${suffix}`);
      await sweepScratchDatabasesLogged(target, context.log);
      await createScratchDatabase(target, staging.database);
      try {
        await streamInto(staging, copy, manifest, config, context);
        tables = await countRows(staging, config);
        await swapInDatabase(target, staging.database, `${target.database.slice(0, 40)}_sr_old_${suffix}`);
      } catch (error) {
        await dropDatabase(target, staging.database).catch(() => {});
        throw error;
      }
    } else {
      await streamInto(target, copy, manifest, config, context);
      tables = await countRows(target, config);
    }
    return {
      id: manifest.id,
      target: target.display,
      createdDatabase: created,
      replacedDatabase: replaced,
      tables,
      rowsChecked: config.rowCheck,
      mismatches: config.rowCheck ? compareCounts(contents, tables) : [],
      durationMs: Date.now() - started,
    };
  } finally {
    await copy.dispose();
  }
}

/** After a bulk load the first scan also sets every row's hint bits: about 1 s per GB here. */
async function countRows(target: PostgresTarget, config: Pick<RestoreConfig, "rowCheck">): Promise<RestoredTable[]> {
  if (!config.rowCheck) return [];
  return tableRowCountsConcurrently(target, availableParallelism());
}

/** Streams a digest-checked copy through decrypt → decompress into pg_restore/psql, in one transaction. */
export async function streamInto(
  target: PostgresTarget,
  copy: VerifiedCopy,
  manifest: Manifest,
  config: Pick<RestoreConfig, "decryption" | "noOwner" | "pgBin" | "jobs">,
  context: RunContext,
): Promise<void> {
  const tool = await findTool(manifest, config);
  const failed = (detail: string, hint: string) =>
    new SourceError(`restore into ${target.display} failed: ${context.log.redactor.redact(detail)}`, { hint });
  await context.log.group(`Restore into ${target.display}`, async () => {
    if (manifest.format !== "directory") {
      const hint = "nothing was committed (the restore runs in one transaction); fix the cause above and run it again";
      await feedTool(
        {
          tool,
          args: restoreArgs(manifest, config, target),
          env: libpqEnv(target),
          failsOnShortInput: manifest.format === "custom",
          ...(manifest.format === "plain" ? { wrap: plainScriptInOneTransaction } : {}),
          makeError: (d) => failed(d, hint),
        },
        copy,
        manifest,
        config,
        context,
      );
      return;
    }
    // Directory format: unpack the folder, then restore it with several connections.
    const folder = await makeScratchFolder("restore-dir");
    try {
      await feedTool(
        {
          tool: "tar",
          args: ["-C", folder, "-xf", "-"],
          env: childEnv(),
          failsOnShortInput: true,
          makeError: (d) => failed(d, "the tar tool must be installed and the temporary folder writable"),
        },
        copy,
        manifest,
        config,
        context,
      );
      const args = [
        `--dbname=${target.urlWithoutPassword}`,
        "--no-password",
        "--exit-on-error",
        `--jobs=${config.jobs}`,
      ];
      if (config.noOwner) args.push("--no-owner", "--no-privileges");
      const restore = spawnStage(tool, [...args, folder], {
        env: libpqEnv(target),
        stdout: "ignore",
        signal: context.signal,
        makeError: (d) =>
          failed(d, "a parallel restore is not one transaction: drop the partly restored database before trying again"),
      });
      await restore.exited;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}

interface ToolInput {
  readonly tool: string;
  readonly args: readonly string[];
  readonly env: ChildEnv;
  /**
   * The tool fails on an input cut short (pg_restore's archive, tar), so it may read straight
   * from the zstd tool. Not psql: it would commit whatever arrived before an early end.
   */
  readonly failsOnShortInput: boolean;
  /** A last stage before the tool's stdin (the plain format's own transaction). */
  readonly wrap?: () => Transform;
  readonly makeError: (detail: string) => Error;
}

/** Streams the checked copy through decrypt → decompress into a tool's stdin; the tool's exit decides. */
async function feedTool(
  input: ToolInput,
  copy: VerifiedCopy,
  manifest: Manifest,
  config: Pick<RestoreConfig, "decryption">,
  context: RunContext,
): Promise<void> {
  const zstdTool =
    input.failsOnShortInput && manifest.compression.algorithm === "zstd" ? await findZstdTool(context.env) : undefined;
  if (zstdTool) return feedThroughZstdTool(zstdTool.path, input, copy, manifest, config, context);
  const { tool, args, env, makeError } = input;
  const stage = spawnStage(tool, args, { env, stdin: "pipe", stdout: "ignore", signal: context.signal, makeError });
  try {
    const wrap = input.wrap ? [input.wrap()] : [];
    await pipeline([copy.open(), ...decodeStages(manifest, config.decryption), ...wrap, stdinSink(stage)], {
      signal: context.signal,
    });
  } catch (error) {
    // The input failed (the sink tolerates a tool that stops reading): the tool was killed, not
    // given an end of input, so nothing it received is committed.
    stage.child.kill("SIGKILL");
    await stage.exited.catch(() => {});
    throw (await copy.failure()) ?? decodeError(error, manifest);
  }
  await stage.exited;
}

/**
 * Node decrypts into `zstd -d`, whose stdout is the restore tool's stdin: the uncompressed bytes
 * never pass through Node. On any failure the restore tool is killed first, so the end of input
 * it could see when zstd dies never comes before its death.
 */
async function feedThroughZstdTool(
  zstdPath: string,
  input: ToolInput,
  copy: VerifiedCopy,
  manifest: Manifest,
  config: Pick<RestoreConfig, "decryption">,
  context: RunContext,
): Promise<void> {
  const { signal } = context;
  const unzstd = spawnStage(zstdPath, ["-d", "-q", "-c"], {
    stdin: "pipe",
    signal,
    makeError: (detail) =>
      new IntegrityError(`backup ${manifest.id}: the zstd data is corrupt: ${detail}`, { hint: "use another backup" }),
  });
  const stage = spawnStage(input.tool, input.args, {
    env: input.env,
    stdin: unzstd.child.stdout ?? "ignore",
    stdout: "ignore",
    signal,
    makeError: input.makeError,
  });
  const killAll = () => {
    stage.child.kill("SIGKILL");
    unzstd.child.kill("SIGKILL");
  };
  try {
    await pipeline(
      [copy.open(), ...decodeStages(manifest, config.decryption, { decompress: false }), stdinSink(unzstd)],
      {
        signal,
      },
    );
  } catch (error) {
    killAll();
    await Promise.allSettled([stage.exited, unzstd.exited]);
    throw (await copy.failure()) ?? decodeError(error, manifest);
  }
  unzstd.exited.catch(() => stage.child.kill("SIGKILL"));
  // The restore tool's own error says more than zstd's broken pipe that it causes.
  const [restored, decompressed] = await Promise.allSettled([stage.exited, unzstd.exited]);
  if (restored.status === "rejected") throw restored.reason;
  if (decompressed.status === "rejected") throw decompressed.reason;
}

async function findTool(manifest: Manifest, config: Pick<RestoreConfig, "pgBin">): Promise<string> {
  if (manifest.format === "custom" || manifest.format === "directory") {
    return (await findPgTool("pg_restore", manifest.postgres?.pgDumpMajor ?? 0, { binDir: config.pgBin })).path;
  }
  return (await findPgTool("psql", 0, { binDir: config.pgBin })).path;
}

function restoreArgs(manifest: Manifest, config: Pick<RestoreConfig, "noOwner">, target: PostgresTarget): string[] {
  if (manifest.format === "custom") {
    const args = [`--dbname=${target.urlWithoutPassword}`, "--no-password", "--exit-on-error", "--single-transaction"];
    if (config.noOwner) args.push("--no-owner", "--no-privileges");
    return args;
  }
  // Not --single-transaction: psql would COMMIT at any end of input, even one caused by our death.
  // plainScriptInOneTransaction sends BEGIN and, only after the whole input passed its checks, COMMIT.
  return [
    `--dbname=${target.urlWithoutPassword}`,
    "--no-password",
    "--no-psqlrc",
    "--quiet",
    "--set=ON_ERROR_STOP=1",
    "--file=-",
  ];
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
  const copy = await context.log.group(`Check ${manifest.id} (${manifest.size} bytes)`, () =>
    verifiedCopy(destination, manifest, context.signal),
  );
  try {
    const result = await context.log.group(`Restore into ${config.to}`, () =>
      withDecodedPayload(copy, manifest, config.decryption, context.signal, (payload) =>
        restoreSqlite(payload, config.to, { force: config.force, signal: context.signal }),
      ),
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
  const copy = await context.log.group(`Check ${manifest.id} (${manifest.size} bytes)`, () =>
    verifiedCopy(destination, manifest, context.signal),
  );
  const { restoreSupabase } = await import("../sources/supabase/index.ts");
  try {
    const result = await context.log.group(`Restore into ${target.display}`, () =>
      withDecodedPayload(copy, manifest, config.decryption, context.signal, (payload) =>
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
  } finally {
    await copy.dispose();
  }
}
