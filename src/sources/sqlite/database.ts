import { open, stat } from "node:fs/promises";
import { DatabaseSync } from "node:sqlite";
import { IntegrityError, SourceError, StrongroomError } from "../../errors.ts";
import type { SqliteTableFact } from "./row-counts.ts";

/** Every SQLite 3 database file starts with these 16 bytes. */
export const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/** How long our connections wait for a lock (a writer's commit, a checkpoint) before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

export function isSqliteHeader(bytes: Buffer): boolean {
  return bytes.length >= SQLITE_HEADER.length && bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER);
}

/** SQLite's primary result code from a node:sqlite error (extended codes carry it in the low byte). */
export function sqliteCode(error: unknown): number | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === "number" ? code & 0xff : undefined;
}

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_CORRUPT = 11;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

/**
 * Checks with plain file reads that `path` is a readable SQLite file, so the user gets a precise
 * error ("does not exist", "permission denied", "not a SQLite database") rather than SQLite's
 * generic "unable to open database file". Returns the file's size.
 */
export async function checkSourceFile(path: string): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new SourceError(`SQLite source ${path} is a folder, not a database file`, {
        hint: "point --source at the database file itself (e.g. sqlite:data/app.db)",
      });
    }
    size = info.size;
    const handle = await open(path, "r");
    try {
      const header = Buffer.alloc(SQLITE_HEADER.length);
      const { bytesRead } = await handle.read(header, 0, header.length, 0);
      if (size === 0) {
        throw new SourceError(`SQLite source ${path} is an empty file`, {
          hint: "SQLite creates a 0-byte file before the first table exists; check that this is the database your application writes",
        });
      }
      if (!isSqliteHeader(header.subarray(0, bytesRead))) {
        throw new SourceError(
          `SQLite source ${path} is not a SQLite database (it does not start with "SQLite format 3")`,
          {
            hint: "point --source at the database file itself; encrypted databases (SQLCipher, SEE) are not supported",
          },
        );
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw fileError(error, path);
  }
  return size;
}

function fileError(error: unknown, path: string): SourceError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") {
    return new SourceError(`SQLite database ${path} does not exist`, {
      cause: error,
      hint: `check the path (relative paths are resolved from ${process.cwd()}); Strongroom never creates the database it backs up`,
    });
  }
  if (code === "EACCES" || code === "EPERM") {
    return new SourceError(`cannot read SQLite database ${path}: permission denied`, {
      cause: error,
      hint: "run the backup as a user that can read the file (and, for a WAL-mode database, write its -shm file beside it)",
    });
  }
  return new SourceError(`cannot read SQLite database ${path}: ${(error as Error).message}`, { cause: error });
}

/** Explains an error SQLite raised while reading `path`, with what to do about it. */
export function sqliteSourceError(error: unknown, path: string, doing: string): SourceError {
  const message = `${doing} ${path} failed: ${(error as Error).message}`;
  switch (sqliteCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return new SourceError(message, {
        cause: error,
        hint: "another connection held an exclusive lock for too long (a long write in rollback-journal mode, or a VACUUM); retry, or switch the database to WAL mode (PRAGMA journal_mode=WAL) so readers never wait",
      });
    case SQLITE_CANTOPEN:
      return new SourceError(message, {
        cause: error,
        hint: "SQLite could not open the file or its companions: a WAL-mode database needs its -wal and -shm files readable and its folder writable by this user",
      });
    case SQLITE_NOTADB:
      return new SourceError(message, { cause: error, hint: "the file is not a SQLite database (or it is encrypted)" });
    case SQLITE_CORRUPT:
      return new SourceError(message, {
        cause: error,
        hint: "the database is damaged: run PRAGMA integrity_check on it, recover it with the sqlite3 shell's .recover, or restore an earlier backup",
      });
    default:
      return new SourceError(message, { cause: error });
  }
}

/** A read-only connection: never creates the file, never writes to it. */
export function openReadOnly(path: string): DatabaseSync {
  return new DatabaseSync(path, { readOnly: true, timeout: BUSY_TIMEOUT_MS });
}

/** `PRAGMA integrity_check`'s complaints; empty when the database is sound. */
export function integrityProblems(db: DatabaseSync): string[] {
  let rows: { integrity_check: string }[];
  try {
    rows = db.prepare("PRAGMA main.integrity_check").all() as { integrity_check: string }[];
  } catch (error) {
    // Damage bad enough that the check cannot even walk the file is a failed check too.
    const code = sqliteCode(error);
    if (code === SQLITE_CORRUPT || code === SQLITE_NOTADB) return [(error as Error).message];
    throw error;
  }
  const lines = rows.map((row) => String(row.integrity_check));
  return lines.length === 1 && lines[0] === "ok" ? [] : lines;
}

/** Summarises integrity_check's complaints for an error message (it can list hundreds). */
export function describeProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 5).join("; ");
  return problems.length > 5 ? `${shown}; and ${problems.length - 5} more` : shown;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Exact row counts of the main schema's tables, in name order. Views and virtual tables hold no
 * rows of their own (an FTS table's rows live in its shadow tables, which are counted); SQLite's
 * internal tables (sqlite_sequence, sqlite_stat1) are left out.
 */
export function tableRowCounts(db: DatabaseSync): SqliteTableFact[] {
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .all() as { name: string }[];
  return tables.map(({ name }) => {
    const row = db.prepare(`SELECT count(*) AS n FROM main.${quoteIdent(name)}`).get() as { n: number | bigint };
    return { schema: "main", name, rows: Number(row.n) };
  });
}

export interface PageFacts {
  readonly pageSize: number;
  readonly pageCount: number;
}

export function pageFacts(db: DatabaseSync): PageFacts {
  const size = db.prepare("PRAGMA main.page_size").get() as { page_size: number };
  const count = db.prepare("PRAGMA main.page_count").get() as { page_count: number };
  return { pageSize: Number(size.page_size), pageCount: Number(count.page_count) };
}

/** Closes a connection, ignoring a second close. */
export function closeQuietly(db: DatabaseSync | undefined): void {
  try {
    if (db?.isOpen) db.close();
  } catch {
    // already closed
  }
}

/**
 * Opens a backup's decoded database read-only, refuses it when PRAGMA integrity_check finds
 * problems, and returns what `read` makes of it. Every failure is an IntegrityError: `say` words
 * the message for a damaged database and for one SQLite cannot read at all.
 */
export function readCheckedBackup<T>(
  path: string,
  say: { damaged(problems: string): string; unreadable(reason: string): string },
  read: (db: DatabaseSync) => T,
): T {
  let db: DatabaseSync | undefined;
  try {
    db = openReadOnly(path);
    const problems = integrityProblems(db);
    if (problems.length)
      throw new IntegrityError(say.damaged(describeProblems(problems)), { hint: "use another backup" });
    return read(db);
  } catch (error) {
    if (error instanceof StrongroomError) throw error;
    throw new IntegrityError(say.unreadable((error as Error).message), { cause: error, hint: "use another backup" });
  } finally {
    closeQuietly(db);
  }
}
