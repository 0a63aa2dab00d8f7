import { randomBytes } from "node:crypto";
import { type FileHandle, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { IntegrityError, UsageError } from "../../errors.ts";
import { isSqliteHeader, readCheckedBackup, SQLITE_HEADER, tableRowCounts } from "./database.ts";
import { writeAll } from "./inspect.ts";
import type { SqliteTableFact } from "./row-counts.ts";

/** Files SQLite keeps beside a database; a stale one would be replayed into the restored file. */
const COMPANIONS = ["-wal", "-shm", "-journal"] as const;

async function exists(path: string): Promise<{ mode: number; directory: boolean } | undefined> {
  try {
    const info = await lstat(path);
    return { mode: info.mode & 0o7777, directory: info.isDirectory() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Opens and fsyncs a folder so a rename in it survives a crash (a no-op where unsupported). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => undefined);
  await handle?.sync().catch(() => {});
  await handle?.close().catch(() => {});
}

function fileSink(handle: FileHandle): Writable {
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      writeAll(handle, chunk).then(() => callback(), callback);
    },
  });
}

export interface RestoreTarget {
  readonly target: string;
  readonly existing: { readonly mode: number } | undefined;
  /** -wal, -shm, -journal files already beside the target. */
  readonly companions: readonly string[];
}

/**
 * The checks restoreSqlite makes before reading any byte, for callers that want to refuse before
 * downloading: a folder is refused, and an existing file (or a leftover -wal/-shm/-journal of one)
 * unless `force`.
 */
export async function checkRestoreTarget(targetPath: string, force: boolean): Promise<RestoreTarget> {
  const target = resolve(targetPath);
  const existing = await exists(target);
  if (existing?.directory) {
    throw new UsageError(`restore target ${target} is a folder`, {
      hint: "give the path of the database file to write, e.g. restored/app.db",
    });
  }
  const companions: string[] = [];
  for (const suffix of COMPANIONS) if (await exists(target + suffix)) companions.push(target + suffix);
  if ((existing || companions.length) && !force) {
    throw new UsageError(`restore target ${existing ? target : companions[0]} already exists; nothing was restored`, {
      hint: "choose a path that does not exist, or pass --force to replace the database (stop the applications using it first)",
    });
  }
  return { target, existing, companions };
}

/**
 * Writes a decoded SQLite backup to `targetPath` atomically: the bytes go to a temp file in the
 * target's folder, which is fsynced, checked (SQLite header, PRAGMA integrity_check, row counts)
 * and then renamed over the target. Until that rename the target is untouched; on any failure the
 * temp file (and the -wal/-shm SQLite made for it) is removed. An existing target, or a leftover
 * -wal/-journal of one, is refused unless `force`; with `force` the old companions are moved
 * aside for the swap and deleted after it, so SQLite never replays the old database's WAL or
 * journal into the restored one. Stop the applications using the database before forcing.
 */
export async function restoreSqlite(
  payload: Readable,
  targetPath: string,
  options: { force: boolean; signal?: AbortSignal },
): Promise<{ path: string; tables: { schema: string; name: string; rows: number }[] }> {
  let checked: RestoreTarget;
  try {
    checked = await checkRestoreTarget(targetPath, options.force);
    options.signal?.throwIfAborted();
    await mkdir(dirname(checked.target), { recursive: true });
  } catch (error) {
    payload.destroy(); // nothing will read it: release the download behind it
    throw error;
  }
  const { target, existing, companions } = checked;
  const folder = dirname(target);

  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString("hex")}.strongroom-tmp`);
  const moved: [from: string, to: string][] = [];
  let handle: FileHandle | undefined;
  let renamed = false;
  try {
    handle = await open(temp, "wx+", 0o600);
    // The restored file keeps the permissions of the file it replaces (set before any data lands).
    if (existing) await handle.chmod(existing.mode);
    await pipeline(payload, fileSink(handle), { signal: options.signal });
    await handle.sync();
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    await handle.close();
    handle = undefined;
    if (!isSqliteHeader(head.subarray(0, bytesRead))) {
      throw new IntegrityError(
        `the restored data is not a SQLite database (it does not start with "SQLite format 3"); ${target} was not touched`,
        {
          hint: "the backup was not made from a SQLite database, or it was altered before encryption; use another backup",
        },
      );
    }
    const tables = await checkRestoredDatabase(temp, target);
    options.signal?.throwIfAborted();

    for (const path of companions) {
      const aside = `${temp}.old${path.slice(target.length)}`;
      await rename(path, aside);
      moved.push([path, aside]);
    }
    await rename(temp, target);
    renamed = true;
    await syncFolder(folder);
    for (const [, aside] of moved) await rm(aside, { force: true });
    return { path: target, tables };
  } catch (error) {
    if (!payload.destroyed) payload.destroy();
    await handle?.close().catch(() => {});
    if (!renamed) {
      await rm(temp, { force: true }).catch(() => {});
      await removeCompanions(temp);
      for (const [path, aside] of moved.reverse()) await rename(aside, path).catch(() => {});
    }
    throw error;
  }
}

/**
 * PRAGMA integrity_check and the row counts of the restored temp file; any failure of SQLite to
 * read it becomes an IntegrityError. The -wal/-shm SQLite made for it are removed either way.
 */
async function checkRestoredDatabase(temp: string, target: string): Promise<SqliteTableFact[]> {
  try {
    return readCheckedBackup(
      temp,
      {
        damaged: (problems) =>
          `the restored database fails PRAGMA integrity_check: ${problems}; ${target} was not touched`,
        unreadable: (reason) => `SQLite cannot read the restored database: ${reason}; ${target} was not touched`,
      },
      tableRowCounts,
    );
  } finally {
    await removeCompanions(temp);
  }
}

async function removeCompanions(path: string): Promise<void> {
  for (const suffix of COMPANIONS) await rm(path + suffix, { force: true }).catch(() => {});
}
