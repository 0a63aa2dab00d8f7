import { type FileHandle, open, rm } from "node:fs/promises";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Manifest } from "../../catalog/manifest.ts";
import { IntegrityError } from "../../errors.ts";
import { makeScratchFolder } from "../../stages/scratch.ts";
import type { PayloadInspector } from "../source.ts";
import { isSqliteHeader, pageFacts, readCheckedBackup, SQLITE_HEADER, tableRowCounts } from "./database.ts";
import { assertRowCounts } from "./row-counts.ts";

/** Writes every chunk of `chunk` at the handle's position (a single write may be partial). */
export async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/**
 * verify --level decode for a SQLite backup: the decoded payload is written to a private temp file
 * (SQLite can only check a file), then `result()` opens it read-only, runs PRAGMA integrity_check
 * and compares each table's row count with the manifest's `contents` (when it was readable).
 * A payload that does not start like a SQLite database fails the pipeline at its first bytes.
 * The temp file is removed when the sink fails and when `result()` settles.
 */
export function sqliteInspector(manifest: Manifest, contents: unknown | undefined): PayloadInspector {
  const id = manifest.id;
  let dir: string | undefined;
  let handle: FileHandle | undefined;
  let head = Buffer.alloc(0);
  let size = 0;
  let finished = false;
  let failure: unknown;

  const release = async () => {
    const h = handle;
    handle = undefined;
    await h?.close().catch(() => {});
    const d = dir;
    dir = undefined;
    if (d) await rm(d, { recursive: true, force: true, maxRetries: 3 });
  };
  const sink = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      (async () => {
        if (head.length < SQLITE_HEADER.length) {
          head = Buffer.concat([head, chunk.subarray(0, SQLITE_HEADER.length - head.length)]);
          if (head.length === SQLITE_HEADER.length && !isSqliteHeader(head)) throw notSqlite(id);
        }
        if (!handle) {
          dir = await makeScratchFolder("verify");
          handle = await open(join(dir, "payload.sqlite"), "wx", 0o600);
        }
        await writeAll(handle, chunk);
        size += chunk.length;
      })().then(() => callback(), callback);
    },
    final(callback) {
      const h = handle;
      handle = undefined;
      (h ? h.close() : Promise.resolve()).then(() => {
        finished = true;
        callback();
      }, callback);
    },
    destroy(error, callback) {
      if (error) failure = error;
      if (error || !finished)
        release().then(
          () => callback(error),
          () => callback(error),
        );
      else callback(null);
    },
  });

  return {
    sink,
    async result() {
      try {
        if (failure) throw failure;
        if (!finished) throw new Error(`backup ${id}: the payload was not read to its end before inspection`);
        if (size === 0 || !dir)
          throw new IntegrityError(`backup ${id}: the decoded payload is empty`, { hint: "use another backup" });
        if (!isSqliteHeader(head)) throw notSqlite(id);
        return { detail: checkStoredDatabase(join(dir, "payload.sqlite"), id, contents) };
      } finally {
        await release();
      }
    },
  };
}

function notSqlite(id: string): IntegrityError {
  return new IntegrityError(
    `backup ${id}: the decoded data is not a SQLite database (it does not start with "SQLite format 3")`,
    {
      hint: "the backup was made from something else or altered before it was encrypted; use another backup",
    },
  );
}

/**
 * Opens the stored database read-only, runs PRAGMA integrity_check and counts each table's rows,
 * comparing them with the manifest's `contents` when it was readable; returns the verification
 * detail. Any failure of SQLite to read the file becomes an IntegrityError.
 */
function checkStoredDatabase(path: string, id: string, contents: unknown | undefined): string {
  return readCheckedBackup(
    path,
    {
      damaged: (problems) => `backup ${id}: the stored SQLite database fails PRAGMA integrity_check: ${problems}`,
      unreadable: (reason) => `backup ${id}: SQLite cannot read the stored database: ${reason}`,
    },
    (db) => {
      const tables = tableRowCounts(db);
      const { pageCount } = pageFacts(db);
      const rows = tables.reduce((sum, t) => sum + t.rows, 0);
      if (contents !== undefined) assertRowCounts(contents, tables, id);
      const counts =
        contents === undefined ? "row counts not compared (contents not available)" : "row counts match the manifest";
      return `SQLite database, ${pageCount} pages, integrity_check ok, ${tables.length} tables, ${rows} rows; ${counts}`;
    },
  );
}
