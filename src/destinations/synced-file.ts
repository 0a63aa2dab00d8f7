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
      const buffers = chunks.map((c) => c.chunk as Buffer);
      file.writev(buffers).then(({ bytesWritten }) => {
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
