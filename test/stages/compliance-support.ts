/**
 * The stream-stage compliance matrix (node-pg-copy-streams' test layout): one source per outcome,
 * and one runner per way of composing a stage, `pipeline()` or a hand-fed stage awaited with
 * `finished()`. A runner reports how the stage settled, how its consumer settled and what it got.
 */
import { readdirSync, readFileSync } from "node:fs";
import { addAbortSignal, Readable, type Transform, Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { drainedOrClosed } from "../../src/stages/drained.ts";
import { type EncodeOptions, type EncodeSource, startEncoding } from "../../src/stages/encode.ts";

export const OUTCOMES = ["success", "early error", "late error", "abort"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const MODES = ["pipeline", "finished"] as const;
export type Mode = (typeof MODES)[number];

export const EARLY_MESSAGE = "the source failed before its first chunk";
export const LATE_MESSAGE = "the source failed after some chunks";
const CHUNK = 64 * 1024;

/**
 * A source for `outcome`: all of `data`; an error before any byte; an error after half of it; or
 * half of it and then silence, calling `idle` (where the test aborts) once that half is read.
 */
export function sourceFor(outcome: Outcome, data: Buffer, idle: () => void): Readable {
  const stop = outcome === "success" ? data.length : outcome === "early error" ? 0 : Math.floor(data.length / 2);
  let at = 0;
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      if (at < stop) {
        const chunk = data.subarray(at, Math.min(at + CHUNK, stop));
        at += chunk.length;
        this.push(chunk);
      } else if (outcome === "success") this.push(null);
      else if (outcome === "abort") idle();
      else this.destroy(new Error(outcome === "early error" ? EARLY_MESSAGE : LATE_MESSAGE));
    },
  });
}

export interface Run {
  /** How the stage itself settled: the pipeline, `finished(stage)`, or an encoding's `done`. */
  readonly stage: PromiseSettledResult<void>;
  /** How the reader of the stage's output settled: it must never see a clean end after a failure. */
  readonly consumer: PromiseSettledResult<void>;
  readonly output: Buffer;
  /** The output as it arrived, chunk by chunk. */
  readonly chunks: readonly Buffer[];
}

function collector(chunks: Buffer[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
}

/** Writes `source` into `stage` by hand, with backpressure; a failed source destroys the stage. */
async function feed(source: Readable, stage: Transform): Promise<void> {
  stage.once("close", () => source.destroy());
  try {
    for await (const chunk of source) {
      if (stage.destroyed) return;
      if (!stage.write(chunk)) await drainedOrClosed(stage);
    }
    if (!stage.destroyed) stage.end();
  } catch (error) {
    stage.destroy(error as Error);
  }
}

/** Runs `source` through a Transform stage composed as `mode` says. */
export async function runTransform(stage: Transform, mode: Mode, source: Readable, signal: AbortSignal): Promise<Run> {
  const chunks: Buffer[] = [];
  let settled: PromiseSettledResult<void>;
  if (mode === "pipeline") {
    [settled] = await Promise.allSettled([pipeline([source, stage, collector(chunks)], { signal })]);
  } else {
    addAbortSignal(signal, stage);
    stage.on("data", (chunk: Buffer) => chunks.push(chunk));
    void feed(source, stage);
    [settled] = await Promise.allSettled([finished(stage)]);
  }
  return { stage: settled!, consumer: settled!, output: Buffer.concat(chunks), chunks };
}

/** Runs `source` through the whole encoding (compress, encrypt, digest), its output read as `mode` says. */
export async function runEncoding(
  source: EncodeSource,
  mode: Mode,
  options: Omit<EncodeOptions, "signal">,
  signal: AbortSignal,
  started: () => void = () => {},
): Promise<Run & { plainBytes: number }> {
  const encoding = await startEncoding(source, { ...options, signal });
  started();
  const chunks: Buffer[] = [];
  let reading: Promise<void>;
  if (mode === "pipeline") reading = pipeline([encoding.output, collector(chunks)], { signal });
  else {
    encoding.output.on("data", (chunk: Buffer) => chunks.push(chunk));
    reading = finished(encoding.output);
  }
  const [stage, consumer] = await Promise.allSettled([encoding.done, reading]);
  return {
    stage: stage!,
    consumer: consumer!,
    output: Buffer.concat(chunks),
    chunks,
    plainBytes: encoding.plain.bytes(),
  };
}

/** This process's child processes (zombies included: a child not waited for is a leak). */
export function childProcesses(): string[] {
  const children: string[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    const close = stat.lastIndexOf(")");
    const [state, ppid] = stat.slice(close + 2).split(" ");
    if (Number(ppid) === process.pid) children.push(`${stat.slice(stat.indexOf("(") + 1, close)} (${entry}, ${state})`);
  }
  return children;
}
