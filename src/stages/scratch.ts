import { createWriteStream, fchmod, type WriteStream } from "node:fs";
import { chmod, lstat, mkdtemp, readdir, rm, statfs } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DestinationError } from "../errors.ts";
import { formatBytes } from "../format.ts";

/** Temporary data (spooled backups, table files, downloads) is the owner's alone, whatever the umask. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** `strongroom-<kind>-<pid>-XXXXXX`: whose it is, so a later run can sweep what a killed one left. */
const SCRATCH_NAME = /^strongroom-[a-z-]+?-(\d+)-[A-Za-z0-9]{6}$/;

/** A new private folder for temporary data, named after its kind and this process. */
export async function makeScratchFolder(kind: string, parent: string = tmpdir()): Promise<string> {
  const folder = await mkdtemp(join(parent, `strongroom-${kind}-${process.pid}-`)).catch((error: unknown) => {
    throw scratchError(parent, error);
  });
  await chmod(folder, PRIVATE_FOLDER_MODE);
  return folder;
}

/** A new file (never an existing one) that only its owner can read. */
export function privateWriteStream(path: string): WriteStream {
  const stream = createWriteStream(path, { flags: "wx", mode: PRIVATE_FILE_MODE, highWaterMark: 1 << 20 });
  // The mode passed is cut by the umask; set it exactly.
  stream.once("open", (fd: number) => fchmod(fd, PRIVATE_FILE_MODE, () => {}));
  return stream;
}

/** Untouched this long, a folder of a process that is gone is not another pid namespace's live one. */
const QUIET_MS = 15 * 60_000;

/**
 * Removes the scratch folders of runs that no longer exist (killed with SIGKILL, or a machine
 * that lost power): plaintext table files of `--jobs`, spooled backups, downloads. A folder whose
 * process still runs, or that anything wrote to in the last 15 minutes (a container sharing the
 * folder sees other process ids), is never touched. Returns the folders removed.
 */
export async function sweepScratchFolders(parent: string = tmpdir(), now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const pid = Number(SCRATCH_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    if (now - (await lastWritten(join(parent, name))) < QUIET_MS) continue;
    await rm(join(parent, name), { recursive: true, force: true }).then(
      () => removed.push(join(parent, name)),
      () => {},
    );
  }
  return removed;
}

/** The latest modification time in a folder tree (0 where it cannot be read). */
async function lastWritten(path: string): Promise<number> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return 0;
  let latest = info.mtimeMs;
  if (info.isDirectory())
    for (const entry of await readdir(path).catch(() => [] as string[]))
      latest = Math.max(latest, await lastWritten(join(path, entry)));
  return latest;
}

/** Sweeps at the start of a run; a failed sweep never stops the run. */
export async function sweepScratchFoldersLogged(log: { info(message: string): void }): Promise<void> {
  const removed = await sweepScratchFolders().catch(() => [] as string[]);
  if (removed.length)
    log.info(`removed ${removed.length} temporary folder(s) left by killed runs: ${removed.join(", ")}`);
}

/** Whether a process of this machine runs under that id (another user's counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // another user's process
  }
}

export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (
    code === "ENOSPC" ||
    code === "EDQUOT" ||
    /no space left on device|disk quota exceeded|database or disk is full/i.test(String(error))
  );
}

/**
 * The temporary folder filled (or could not be written): exit 4 with the folder and the room
 * the run needed, so the fix is obvious. Other errors pass through.
 */
export function scratchError(folder: string, error: unknown, room?: string): unknown {
  if (!isDiskFull(error)) return error;
  return new DestinationError(`the temporary folder ${folder} is full${room ? `: ${room}` : ""}`, {
    permanent: true,
    cause: error,
    hint: "free space there, or point TMPDIR (in the action: RUNNER_TEMP) at a larger disk; nothing was stored",
  });
}

/** Free bytes in the folder's file system, or undefined where that cannot be told. */
export async function freeBytes(folder: string): Promise<number | undefined> {
  try {
    const info = await statfs(folder);
    return info.bavail * info.bsize;
  } catch {
    return undefined;
  }
}

/** Fails before writing `needed` bytes (for `what`) into a folder that cannot hold them. */
export async function ensureRoom(folder: string, needed: number, what: string): Promise<void> {
  const free = await freeBytes(folder);
  if (free === undefined || free >= needed) return;
  const full = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
  throw scratchError(dirname(folder), full, `${what} needs ${formatBytes(needed)} and ${formatBytes(free)} are free`);
}
