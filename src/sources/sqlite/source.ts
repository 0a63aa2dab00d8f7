import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { DatabaseSync } from "node:sqlite";
import type { SourceInfo } from "../../catalog/manifest.ts";
import { SourceError, StrongroomError } from "../../errors.ts";
import { formatBytes } from "../../format.ts";
import { ensureRoom, isDiskFull, makeScratchFolder, scratchError } from "../../stages/scratch.ts";
import type { DumpSession, SourceRunContext } from "../source.ts";
import {
  checkSourceFile,
  closeQuietly,
  describeProblems,
  integrityProblems,
  openReadOnly,
  pageFacts,
  sqliteSourceError,
  tableRowCounts,
} from "./database.ts";
import type { SqliteContents } from "./row-counts.ts";
import { type SnapshotMethod, takeSnapshot } from "./snapshot.ts";

export { sqliteInspector } from "./inspect.ts";
export { checkRestoreTarget, restoreSqlite } from "./restore.ts";
export { assertRowCounts, rowCountDifferences, type SqliteContents, type SqliteTableFact } from "./row-counts.ts";
export { isSqliteSpec, sqlitePathOf } from "./spec.ts";

export interface SqliteFacts {
  readonly version: string;
  readonly pageSize: number;
  readonly pageCount: number;
  readonly journalMode: string;
  readonly sourceSize: number;
}

const CHUNK = 1 << 20;

/**
 * Takes a consistent snapshot of a live SQLite database into a private temp folder, checks it
 * with `PRAGMA integrity_check`, counts its rows, and streams it. Nothing is read from the live
 * database after the snapshot: the stream, the row counts and the page facts all describe the
 * snapshot file (see takeSnapshot for why it is consistent while others write).
 */
export async function startSqliteDump(
  file: string,
  options: { vacuum: boolean },
  context: SourceRunContext,
): Promise<DumpSession> {
  const { log, signal } = context;
  const path = resolve(file);
  signal.throwIfAborted();
  const sourceSize = await checkSourceFile(path);
  const method: SnapshotMethod = options.vacuum ? "vacuum-into" : "backup";
  const dir = await makeScratchFolder("sqlite");
  const snapshotPath = join(dir, "snapshot.sqlite");
  let removal: Promise<void> | undefined;
  const removeTemp = () => {
    removal ??= rm(dir, { recursive: true, force: true, maxRetries: 3 });
    return removal;
  };
  let source: DatabaseSync | undefined;
  try {
    const live = openLiveDatabase(path);
    source = live.db;
    const { version, journalMode } = live;
    const started = Date.now();
    await snapshotInto(source, { path, dir, snapshotPath, method, sourceSize });
    closeQuietly(source);
    signal.throwIfAborted();
    log.info(
      `snapshot of ${path} taken with ${method === "vacuum-into" ? "VACUUM INTO" : "the backup API"} in ${Date.now() - started} ms`,
    );
    const { contents, pages } = checkSnapshot(snapshotPath, path, signal);
    signal.throwIfAborted();

    const facts: SqliteFacts = { version, ...pages, journalMode, sourceSize };
    const database = basename(path, extname(path));
    const info: SourceInfo = { kind: "sqlite", display: path, database, key: `sqlite://${hostname()}${path}` };
    const stream = createReadStream(snapshotPath, { highWaterMark: CHUNK, signal });
    // Every byte has been read (or the read failed): the snapshot is no longer needed.
    stream.once("close", () => void removeTemp().catch(() => {}));
    const rows = contents.tables.reduce((sum, table) => sum + table.rows, 0);
    return {
      stream,
      format: "sqlite",
      name: database,
      source: info,
      describe: `SQLite ${version} ${path} (${journalMode} mode, ${method === "vacuum-into" ? "VACUUM INTO" : "online backup"}, ${contents.tables.length} tables, ${rows} rows)`,
      facts: { sqlite: facts },
      contents: async () => contents,
      async close() {
        if (!stream.destroyed) stream.destroy();
        await removeTemp();
      },
    };
  } catch (error) {
    closeQuietly(source);
    await removeTemp().catch(() => {});
    throw error;
  }
}

/** Opens the live database read-only, with its SQLite version and journal mode. */
function openLiveDatabase(path: string): { db: DatabaseSync; version: string; journalMode: string } {
  let db: DatabaseSync | undefined;
  try {
    db = openReadOnly(path);
    const about = db.prepare("SELECT sqlite_version() AS version").get() as { version: string };
    const mode = db.prepare("PRAGMA main.journal_mode").get() as { journal_mode: string };
    return { db, version: about.version, journalMode: String(mode.journal_mode) };
  } catch (error) {
    closeQuietly(db);
    throw sqliteSourceError(error, path, "opening SQLite database");
  }
}

interface SnapshotPlan {
  /** The live database's path, for messages. */
  readonly path: string;
  /** The private scratch folder holding `snapshotPath`. */
  readonly dir: string;
  readonly snapshotPath: string;
  readonly method: SnapshotMethod;
  readonly sourceSize: number;
}

async function snapshotInto(source: DatabaseSync, plan: SnapshotPlan): Promise<void> {
  const { path, dir, method, sourceSize } = plan;
  // A page-by-page copy is as big as the database file (VACUUM INTO may be smaller: it just tries).
  if (method === "backup") await ensureRoom(dir, sourceSize, `the snapshot of ${path}`);
  try {
    await takeSnapshot(source, plan.snapshotPath, method);
  } catch (error) {
    if (isDiskFull(error))
      throw scratchError(dirname(dir), error, `the snapshot of ${path} needs about ${formatBytes(sourceSize)}`);
    throw sqliteSourceError(error, path, method === "vacuum-into" ? "VACUUM INTO from" : "backup of");
  }
}

/** PRAGMA integrity_check on the snapshot, then its row counts and page facts. */
function checkSnapshot(
  snapshotPath: string,
  path: string,
  signal: AbortSignal,
): { contents: SqliteContents; pages: { pageSize: number; pageCount: number } } {
  let snapshot: DatabaseSync | undefined;
  try {
    snapshot = openReadOnly(snapshotPath);
    const problems = integrityProblems(snapshot);
    if (problems.length) {
      throw new SourceError(`SQLite database ${path} failed PRAGMA integrity_check: ${describeProblems(problems)}`, {
        hint: "the database is damaged, so this snapshot was not stored: recover it (sqlite3 app.db '.recover' | sqlite3 fixed.db) or restore an earlier backup, then check it with PRAGMA integrity_check",
      });
    }
    signal.throwIfAborted();
    return { contents: { rowCounts: "exact", tables: tableRowCounts(snapshot) }, pages: pageFacts(snapshot) };
  } catch (error) {
    if (error instanceof StrongroomError || (error as Error).name === "AbortError") throw error;
    throw sqliteSourceError(error, path, "checking the snapshot of");
  } finally {
    closeQuietly(snapshot);
  }
}
