import { type FileHandle, open } from "node:fs/promises";
import { Writable } from "node:stream";
import { PRIVATE_FILE_MODE } from "../stages/scratch.ts";

/** Flush to disk after about this much: the final fsync then waits for the tail, not the whole file. */
const SYNC_EVERY = 32 * 2 ** 20;

/**
 * A new file (`wx`) that is durable when the stream finishes: written as it comes, flushed to disk
 * in the background every 32 MiB while writing goes on, and fsynced once more at the end.
 */
export function createSyncedFileSink(path: string): Writable {
  let handle: FileHandle | undefined;
  let unsynced = 0;
  let syncing: Promise<void> | undefined;
  const syncInBackground = (file: FileHandle) => {
    unsynced = 0;
    syncing = file.datasync().finally(() => {
      syncing = undefined;
    });
    syncing.catch(() => {}); // the final sync reports the disk's error
  };
  return new Writable({
    highWaterMark: 1 << 20,
    construct(callback) {
      // The owner's alone whatever the umask: an unencrypted backup is the database in the clear.
      open(path, "wx", PRIVATE_FILE_MODE)
        .then(async (opened) => {
          handle = opened;
          await opened.chmod(PRIVATE_FILE_MODE);
        })
        .then(() => callback(), callback);
    },
    writev(chunks, callback) {
      const file = handle!;
      writeAll(
        file,
        chunks.map((c) => c.chunk as Buffer),
      ).then((bytesWritten) => {
        unsynced += bytesWritten;
        if (unsynced >= SYNC_EVERY && !syncing) syncInBackground(file);
        callback();
      }, callback);
    },
    final(callback) {
      const file = handle!;
      Promise.resolve(syncing)
        .then(() => file.sync())
        .then(() => file.close())
        .then(() => {
          handle = undefined;
          callback();
        }, callback);
    },
    destroy(error, callback) {
      const file = handle;
      handle = undefined;
      Promise.resolve(syncing)
        .catch(() => {})
        .then(() => file?.close())
        .then(
          () => callback(error),
          () => callback(error),
        );
    },
  });
}

/**
 * Writes every byte of `buffers` or throws. A write may store fewer bytes than asked without an
 * error (libuv returns the partial count of a disk that filled mid-write); the rest is written
 * again, so a full disk then fails with ENOSPC instead of passing for success.
 */
export async function writeAll(
  file: { writev(buffers: Buffer[]): Promise<{ bytesWritten: number }> },
  buffers: readonly Buffer[],
): Promise<number> {
  let rest = buffers.filter((b) => b.length > 0);
  let total = 0;
  while (rest.length > 0) {
    const { bytesWritten } = await file.writev(rest);
    if (bytesWritten <= 0) {
      throw Object.assign(new Error("no space left on device (the write stored nothing)"), { code: "ENOSPC" });
    }
    total += bytesWritten;
    rest = skipBytes(rest, bytesWritten);
  }
  return total;
}

function skipBytes(buffers: readonly Buffer[], count: number): Buffer[] {
  let skip = count;
  const out: Buffer[] = [];
  for (const buffer of buffers) {
    if (skip >= buffer.length) skip -= buffer.length;
    else {
      out.push(skip > 0 ? buffer.subarray(skip) : buffer);
      skip = 0;
    }
  }
  return out;
}
