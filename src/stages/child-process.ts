import { type ChildProcess, spawn } from "node:child_process";
import { Readable, Writable } from "node:stream";
import { type ChildEnv, childEnv } from "./child-env.ts";
import { drainedOrClosed } from "./drained.ts";

const STDERR_TAIL_BYTES = 4096;

export interface ChildStage {
  readonly child: ChildProcess;
  /** Resolves when the process exits with code 0; rejects with `makeError(tail)` otherwise. */
  readonly exited: Promise<void>;
  /** The last few KB of stderr, for error messages (the caller redacts). */
  stderrTail(): string;
}

export interface SpawnStageOptions {
  /** From `childEnv`/`libpqChildEnv` (default: the basics only): never the run's whole environment. */
  readonly env?: ChildEnv;
  readonly signal?: AbortSignal;
  /** "pipe", "ignore", or another tool's stdout handed over as this one's stdin (no copy through Node). */
  readonly stdin?: "pipe" | "ignore" | Readable;
  readonly stdout?: "pipe" | "ignore";
  readonly onStderrLine?: (line: string) => void;
  readonly makeError: (detail: string) => Error;
}

/** Spawns a tool as a pipeline stage: its exit code, not the end of its output, decides success. */
export function spawnStage(command: string, args: readonly string[], options: SpawnStageOptions): ChildStage {
  const child = spawn(command, args, {
    env: options.env ?? childEnv(),
    stdio: [options.stdin ?? "ignore", options.stdout ?? "pipe", "pipe"],
    signal: options.signal,
  });
  // The child holds its own copy of a handed-over pipe; ours would keep the writer from seeing EPIPE.
  if (options.stdin instanceof Readable) options.stdin.destroy();
  let tail = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (text: string) => {
    tail = (tail + text).slice(-STDERR_TAIL_BYTES);
    if (options.onStderrLine) for (const line of text.split("\n")) if (line.trim()) options.onStderrLine(line);
  });
  const exited = new Promise<void>((resolve, reject) => {
    let aborted: Error | undefined;
    child.once("error", (error: NodeJS.ErrnoException) => {
      // The signal killed it: say so once it has really exited (and is reaped), not before.
      if (error.name === "AbortError" && child.pid !== undefined) aborted = error;
      else if (error.name === "AbortError") reject(error);
      else reject(options.makeError(error.code === "ENOENT" ? `${command} was not found` : error.message));
    });
    child.once("close", (code, signal) => {
      if (aborted) reject(aborted);
      else if (code === 0) resolve();
      else {
        const status = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(options.makeError(`${tail.trim() ? `${tail.trim()}\n` : ""}(${command.split("/").pop()} ${status})`));
      }
    });
  });
  exited.catch(() => {});
  return { child, exited, stderrTail: () => tail };
}

/**
 * The child's stdout as a stream that fails unless the process exits cleanly after its last byte,
 * so a tool dying mid-stream can never look like a complete (shorter) output. `alsoRequired`:
 * the exits of tools that feed this one through a pipe of their own.
 */
export function outputOf(stage: ChildStage, alsoRequired: readonly Promise<void>[] = []): Readable {
  const piped = stage.child.stdout;
  if (!piped) throw new Error("child stdout is not piped");
  const stdout: Readable = piped;
  async function* generate(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of stdout) yield chunk as Buffer;
    } catch (error) {
      await stage.exited;
      throw error;
    }
    await stage.exited;
    // A tool upstream that fed this one directly must have succeeded too: its end of output may be a crash.
    await Promise.all(alsoRequired);
  }
  return Readable.from(generate(), { objectMode: false, highWaterMark: 1 << 20 });
}

/**
 * A sink that writes into a tool's stdin. A tool may stop reading before the end (tar stops at
 * its end-of-archive marker, before the record padding): the rest is then read and dropped, so
 * the whole stream is still decrypted and authenticated. Whether the tool succeeded is its exit
 * code's to say, not the pipe's. If the input fails, the tool is killed rather than given an end
 * of input.
 */
export function stdinSink(
  stage: ChildStage,
  options: { checkFirst?: (chunk: Buffer) => Error | undefined } = {},
): Writable {
  const stdin = stage.child.stdin;
  if (!stdin) throw new Error("child stdin is not piped");
  let open = true;
  const closed = () => {
    open = false;
  };
  stdin.on("error", closed);
  stdin.on("close", closed);
  let first = options.checkFirst;
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      const refused = first?.(chunk);
      first = undefined;
      if (refused) return callback(refused);
      if (!open) return callback();
      if (stdin.write(chunk)) return callback();
      void drainedOrClosed(stdin).then(() => callback());
    },
    final(callback) {
      if (!open) return callback();
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        callback();
      };
      stdin.once("close", finish);
      stdin.end(finish);
    },
    destroy(error, callback) {
      // On a failed input the tool must not see a clean end of input: psql would commit what it got.
      if (error) stage.child.kill("SIGKILL");
      if (open) stdin.destroy();
      callback(error);
    },
  });
}
