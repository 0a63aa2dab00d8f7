import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { childEnv } from "./child-env.ts";

export interface ZstdTool {
  readonly path: string;
  /** `zstd -vv` ends with the exact byte counts ("(N B => M B"), so Node need not count the input. */
  readonly reportsCounts: boolean;
}

const PROBE_INPUT = "strongroom";
const COUNTS = /\(\s*(\d+) B =>\s*(\d+) B/;

const found = new Map<string, Promise<ZstdTool | undefined>>();

/**
 * The `zstd` tool on PATH, unless STRONGROOM_ZSTD=node asks for Node's built-in zstd. Asked once
 * per PATH and process, so a run can start the probe early and find the answer ready.
 */
export function findZstdTool(env: NodeJS.ProcessEnv): Promise<ZstdTool | undefined> {
  if (env.STRONGROOM_ZSTD === "node") return Promise.resolve(undefined);
  const key = env.PATH ?? "";
  let tool = found.get(key);
  if (!tool) {
    tool = probeZstd(env);
    found.set(key, tool);
  }
  return tool;
}

async function probeZstd(env: NodeJS.ProcessEnv): Promise<ZstdTool | undefined> {
  const report = await new Promise<string | undefined>((resolve) => {
    const child = spawn("zstd", ["-vv", "-c"], {
      env: childEnv(env),
      stdio: ["pipe", "ignore", "pipe"],
      timeout: 5000,
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
    });
    child.once("error", () => resolve(undefined));
    child.once("close", (code) => resolve(code === 0 ? stderr : undefined));
    child.stdin.on("error", () => {});
    child.stdin.end(PROBE_INPUT);
  });
  if (report === undefined) return undefined;
  return { path: "zstd", reportsCounts: zstdInputBytes(report) === PROBE_INPUT.length };
}

/** Arguments for compressing stdin to stdout with one worker per core (`verbose`: print the counts). */
export function zstdCompressArgs(level: number, verbose: boolean, threads = availableParallelism()): string[] {
  return [verbose ? "-vv" : "-q", "-c", `-${level}`, "--check", `-T${threads}`];
}

/** The input size from `zstd -vv`'s summary line, if the text holds one. */
export function zstdInputBytes(stderr: string): number | undefined {
  const match = COUNTS.exec(stderr);
  return match ? Number(match[1]) : undefined;
}

/** Bytes a running process has read so far (Linux /proc), for progress only. */
export function bytesReadBy(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^rchar:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, "utf8"));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
