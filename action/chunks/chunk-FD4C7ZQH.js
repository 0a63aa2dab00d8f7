import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-PVV747LZ.js";
import {
  DestinationError
} from "./chunk-SI3IGW5R.js";

// src/stages/scratch.ts
import { createWriteStream, fchmod } from "node:fs";
import { chmod, lstat, mkdtemp, readdir, rm, statfs } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var PRIVATE_FILE_MODE = 384;
var PRIVATE_FOLDER_MODE = 448;
var SCRATCH_NAME = /^strongroom-[a-z-]+?-(\d+)-[A-Za-z0-9]{6}$/;
async function makeScratchFolder(kind, parent = tmpdir()) {
  const folder = await mkdtemp(join(parent, `strongroom-${kind}-${process.pid}-`)).catch((error) => {
    throw scratchError(parent, error);
  });
  await chmod(folder, PRIVATE_FOLDER_MODE);
  return folder;
}
function privateWriteStream(path) {
  const stream = createWriteStream(path, { flags: "wx", mode: PRIVATE_FILE_MODE, highWaterMark: 1 << 20 });
  stream.once("open", (fd) => fchmod(fd, PRIVATE_FILE_MODE, () => {
  }));
  return stream;
}
var QUIET_MS = 15 * 6e4;
async function sweepScratchFolders(parent = tmpdir(), now = Date.now()) {
  const removed = [];
  for (const name of await readdir(parent).catch(() => [])) {
    const pid = Number(SCRATCH_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    if (now - await lastWritten(join(parent, name)) < QUIET_MS) continue;
    await rm(join(parent, name), { recursive: true, force: true }).then(
      () => removed.push(join(parent, name)),
      () => {
      }
    );
  }
  return removed;
}
async function lastWritten(path) {
  const info = await lstat(path).catch(() => void 0);
  if (!info) return 0;
  let latest = info.mtimeMs;
  if (info.isDirectory())
    for (const entry of await readdir(path).catch(() => []))
      latest = Math.max(latest, await lastWritten(join(path, entry)));
  return latest;
}
async function sweepScratchFoldersLogged(log) {
  const removed = await sweepScratchFolders().catch(() => []);
  if (removed.length)
    log.info(`removed ${removed.length} temporary folder(s) left by killed runs: ${removed.join(", ")}`);
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function isDiskFull(error) {
  const code = error?.code;
  return code === "ENOSPC" || code === "EDQUOT" || /no space left on device|disk quota exceeded|database or disk is full/i.test(String(error));
}
function scratchError(folder, error, room) {
  if (!isDiskFull(error)) return error;
  return new DestinationError(`the temporary folder ${folder} is full${room ? `: ${room}` : ""}`, {
    permanent: true,
    cause: error,
    hint: "free space there, or point TMPDIR (in the action: RUNNER_TEMP) at a larger disk; nothing was stored"
  });
}
async function freeBytes(folder) {
  try {
    const info = await statfs(folder);
    return info.bavail * info.bsize;
  } catch {
    return void 0;
  }
}
async function ensureRoom(folder, needed, what) {
  const free = await freeBytes(folder);
  if (free === void 0 || free >= needed) return;
  const full = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
  throw scratchError(dirname(folder), full, `${what} needs ${formatBytes(needed)} and ${formatBytes(free)} are free`);
}

export {
  PRIVATE_FILE_MODE,
  PRIVATE_FOLDER_MODE,
  makeScratchFolder,
  privateWriteStream,
  sweepScratchFoldersLogged,
  isAlive,
  isDiskFull,
  scratchError,
  ensureRoom
};
