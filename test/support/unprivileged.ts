import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT, tempDir } from "./cli.ts";

/** Root reads and writes whatever the mode bits say: permission tests run their subject as nobody. */
export const isRoot = process.getuid?.() === 0;
export const NOBODY = { uid: 65534, gid: 65534 } as const;

/** Lets others pass through `path` and every folder above it (the run's temp folder already does). */
export function reachableByNobody(path: string): void {
  for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if (!(mode & 0o001)) chmodSync(dir, mode | 0o001);
  }
}

/** A temporary folder that nobody owns (removed after the test file, like `tempDir`). */
export function nobodysFolder(): string {
  const folder = tempDir("nobody-");
  chownSync(folder, NOBODY.uid, NOBODY.gid);
  reachableByNobody(folder);
  return folder;
}

/**
 * Runs a TypeScript fixture as nobody (`node --import tsx`, as root only) and returns the JSON
 * object its last line of output prints. Throws, with its stderr, when it printed none.
 */
export function runAsNobody<T>(script: string, args: readonly string[]): T {
  if (!isRoot) throw new Error("only root can run a process as another user");
  const home = nobodysFolder();
  const run = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    ...NOBODY,
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TMPDIR: home, HOME: home },
  });
  rmSync(home, { recursive: true, force: true });
  const last = run.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`${script} printed no outcome as nobody (exit ${run.status}): ${run.stderr || run.error}`);
  }
}

export const FIXTURES = join(ROOT, "test/fixtures/unprivileged");
