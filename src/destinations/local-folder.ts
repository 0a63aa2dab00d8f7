import { randomBytes } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { type FileHandle, lstat, mkdir, open, readdir, rename, rm, statfs } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DestinationError, NotFoundError } from "../errors.ts";
import { PRIVATE_FOLDER_MODE } from "../stages/scratch.ts";
import type { Destination, GetOptions, ObjectInfo, PutOptions } from "./destination.ts";
import { assertObjectName } from "./object-name.ts";
import { createSyncedFileSink } from "./synced-file.ts";

const PARTIAL_MARK = ".partial-";

/**
 * A folder on a local or mounted file system. Objects appear by atomic rename once fsynced.
 * Only regular files are objects: a symbolic link is never listed, read, or removed, so nothing
 * placed in the folder can lead Strongroom out of it.
 */
export class LocalFolder implements Destination {
  readonly display: string;
  constructor(readonly root: string) {
    this.display = `file:${root}`;
  }

  localPath(name: string): string {
    assertObjectName(name);
    return join(this.root, name);
  }

  async put(name: string, body: Readable, options: PutOptions = {}): Promise<ObjectInfo> {
    assertObjectName(name);
    await this.ensureRoot();
    const partial = join(this.root, `.${name}${PARTIAL_MARK}${randomBytes(6).toString("hex")}`);
    try {
      await pipeline(body, createSyncedFileSink(partial), { signal: options.signal });
      const written = (await lstat(partial)).size;
      if (options.size !== undefined && written !== options.size) {
        throw new DestinationError(
          `could not write ${name} in ${this.display}: ${written} of ${options.size} bytes stored`,
          {
            hint: "check the disk behind the folder",
          },
        );
      }
      await rename(partial, join(this.root, name));
      await syncFolder(this.root);
    } catch (error) {
      await rm(partial, { force: true });
      if (isDiskFull(error)) throw await this.diskFull(name, options.size, error);
      throw this.classify(error, `could not write ${name}`);
    }
    return this.stat(name);
  }

  /** The folder, the room the object needed and the room there was: what a person needs to act. */
  private async diskFull(name: string, size: number | undefined, cause: unknown): Promise<DestinationError> {
    const space = await statfs(this.root).catch(() => undefined);
    const free = space ? ` (${space.bavail * space.bsize} bytes free after removing the partial file)` : "";
    const needed = size === undefined ? "" : `: ${name} needs ${size} bytes`;
    return new DestinationError(`the folder ${this.root} is full${needed}${free}; nothing was stored`, {
      cause,
      permanent: true,
      hint:
        size === undefined
          ? `free space in ${this.root} or choose a folder on a larger disk`
          : `free at least ${size} bytes in ${this.root} or choose a folder on a larger disk`,
    });
  }

  async get(name: string, options: GetOptions = {}): Promise<Readable> {
    assertObjectName(name);
    const path = join(this.root, name);
    await this.stat(name);
    let handle: FileHandle;
    try {
      handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      throw this.classify(error, `could not read ${name}`);
    }
    return createReadStream(path, { fd: handle, highWaterMark: 1 << 20, signal: options.signal });
  }

  async stat(name: string): Promise<ObjectInfo> {
    assertObjectName(name);
    try {
      const info = await lstat(join(this.root, name));
      if (!info.isFile()) throw new NotFoundError(`${name} in ${this.display} is not a regular file`);
      return { name, size: info.size, modified: info.mtime };
    } catch (error) {
      throw this.classify(error, `could not read ${name}`);
    }
  }

  async *list(): AsyncIterable<ObjectInfo> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw this.classify(error, "could not list");
    }
    for (const name of names.sort()) {
      if (name.startsWith(".")) continue;
      try {
        yield await this.stat(name);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
  }

  async remove(name: string): Promise<void> {
    assertObjectName(name);
    await this.stat(name);
    try {
      await rm(join(this.root, name));
    } catch (error) {
      throw this.classify(error, `could not remove ${name}`);
    }
  }

  private async ensureRoot(): Promise<void> {
    try {
      await mkdir(this.root, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    } catch (error) {
      throw this.classify(error, "could not create the folder");
    }
  }

  private classify(error: unknown, what: string): Error {
    if (error instanceof DestinationError) return error;
    const code = (error as NodeJS.ErrnoException).code;
    const message = `${what} in ${this.display}: ${(error as Error).message}`;
    if (code === "ENOENT") return new NotFoundError(message, { cause: error });
    if (code === "ENOTDIR" || code === "EISDIR") {
      return new DestinationError(message, {
        cause: error,
        permanent: true,
        hint: `part of ${this.root} is a file, not a folder: choose another path`,
      });
    }
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
      return new DestinationError(message, {
        cause: error,
        permanent: true,
        hint: `check that the user running Strongroom can write to ${this.root}`,
      });
    }
    if (code === "ENOSPC" || code === "EDQUOT") {
      return new DestinationError(message, {
        cause: error,
        permanent: true,
        hint: "free disk space or choose another folder",
      });
    }
    if (error instanceof Error && error.name === "AbortError") return error;
    return new DestinationError(message, { cause: error });
  }
}

function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}

/** Makes a rename in `folder` durable (where the file system allows opening a folder). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync().catch(() => {});
  } finally {
    await handle.close();
  }
}
