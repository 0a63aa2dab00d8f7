import { backup, type DatabaseSync } from "node:sqlite";

/**
 * The most pages one `backup()` step may copy: sqlite3_backup_step takes an int, and node:sqlite
 * requires a positive integer, so this is the largest "copy everything at once" it accepts.
 */
const ALL_PAGES = 2 ** 31 - 1;

export type SnapshotMethod = "backup" | "vacuum-into";

/**
 * Copies the database behind `db` (opened read-only) to the new file `target`, as one consistent
 * state of the database, while other processes keep writing to it.
 *
 * Why this is consistent under concurrent writes: each method reads the whole database inside ONE
 * read transaction. In WAL mode a read transaction sees the database as of the commit it started
 * after and writers carry on appending to the -wal file without disturbing it; in rollback-journal
 * mode it holds a SHARED lock, so writers cannot commit (they wait, up to their busy timeout)
 * until the copy is done.
 * - `backup` with a single step (`rate` ≥ the page count) copies every page in that one read
 *   transaction. node:sqlite's default (`rate` 100 pages per step) releases the transaction
 *   between steps, and SQLite restarts an online backup from page 1 whenever another connection
 *   commits in between: still consistent, but under steady writes it may never finish. One step
 *   has nothing to restart.
 * - `VACUUM INTO` (--vacuum) also runs as one statement in one read transaction, and writes a
 *   compacted copy (free pages dropped, tables defragmented, rollback-journal mode).
 * Neither copies the -wal file separately: committed WAL frames are read through the transaction,
 * so the snapshot is a complete database on its own.
 *
 * `VACUUM INTO` runs on this thread (node:sqlite has no async statements); `backup()` runs on
 * libuv's thread pool.
 */
export async function takeSnapshot(db: DatabaseSync, target: string, method: SnapshotMethod): Promise<void> {
  if (method === "vacuum-into") {
    db.prepare("VACUUM main INTO ?").run(target);
  } else {
    await backup(db, target, { rate: ALL_PAGES });
  }
}
