/** Runs one timed command, and the statistics over several runs. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

export interface Measurement {
  readonly seconds: number;
  /** Peak resident set size in bytes (GNU time's %M: the process or its largest waited-for child). */
  readonly peakRssBytes?: number;
  /** User + system CPU seconds of the process and the children it waited for (GNU time). */
  readonly cpuSeconds?: number;
  readonly stdout: string;
}

export interface CommandSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Measure peak RSS and CPU time with GNU time (when installed). */
  readonly rss?: boolean;
}

export const hasGnuTime = existsSync(GNU_TIME);

/** Runs a command to completion; throws with its stderr tail unless it exits 0. */
export async function measure(spec: CommandSpec): Promise<Measurement> {
  const dir = spec.rss && hasGnuTime ? await mkdtemp(join(tmpdir(), "strongroom-bench-time-")) : undefined;
  const rssFile = dir ? join(dir, "rss") : undefined;
  const [command, args] = rssFile
    ? [GNU_TIME, ["-f", "%M %U %S", "-o", rssFile, spec.command, ...spec.args]]
    : [spec.command, [...spec.args]];
  const started = performance.now();
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(command, args, { env: spec.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.setEncoding("utf8").on("data", (text: string) => {
        out += text;
      });
      child.stderr.setEncoding("utf8").on("data", (text: string) => {
        err = (err + text).slice(-4000);
      });
      child.once("error", reject);
      child.once("close", (code, signal) => {
        if (code === 0) resolve(out);
        else reject(new Error(`${spec.command} ${spec.args.join(" ")} failed (${signal ?? code}):\n${err}`));
      });
    });
    const seconds = (performance.now() - started) / 1000;
    if (!rssFile) return { seconds, stdout };
    const [kib, user, sys] = ((await readFile(rssFile, "utf8")).trim().split("\n").pop() ?? "").split(" ").map(Number);
    return {
      seconds,
      stdout,
      peakRssBytes: Number.isFinite(kib) ? kib! * 1024 : undefined,
      cpuSeconds: Number.isFinite(user) && Number.isFinite(sys) ? user! + sys! : undefined,
    };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/** A shell pipeline under bash with pipefail, so any failing stage fails the run. */
export function shell(script: string): CommandSpec {
  return { command: "bash", args: ["-o", "pipefail", "-c", script] };
}

/**
 * The order of a round's variants: rotated by one each round, so none always runs first (warm
 * caches), and run backwards every other round, so none always runs right after the same other one
 * (a plain rotation keeps every neighbour: the exact-counts backup always followed the 40-s
 * pg_dump-gzip run, and took 0.5 s longer there than standing alone).
 */
export function roundOrder(count: number, round: number): number[] {
  const step = round % 2 === 1 ? -1 : 1;
  return Array.from({ length: count }, (_, k) => (((round + step * k) % count) + count) % count);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
