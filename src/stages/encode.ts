import type { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { EncryptionConfig } from "../config/encryption.ts";
import { StrongroomError } from "../errors.ts";
import { type ChildStage, outputOf, spawnStage, stdinSink } from "./child-process.ts";
import { type Compression, createCompressStream, DEFAULT_LEVEL } from "./compress.ts";
import { createDigestStream, type DigestStream } from "./digest.ts";
import { encryptStage } from "./encrypt.ts";
import { createMeterStream } from "./meter.ts";
import { createRechunkStream } from "./rechunk.ts";
import { bytesReadBy, findZstdTool, zstdCompressArgs, zstdInputBytes } from "./zstd-tool.ts";

export interface Encoding {
  /** The stored bytes: read it to the end (a destination's put, or a spool file). */
  readonly output: DigestStream;
  /** Settles when every stage has finished; rejects with the first stage's error. */
  readonly done: Promise<void>;
  /** Bytes of the dump so far; exact once `done` has resolved. */
  readonly plain: ByteCounter;
  /** Stops every stage (and the zstd tool) after a failure elsewhere, such as the store. */
  abort(error: Error): void;
}

export interface ByteCounter {
  bytes(): number;
}

export interface EncodeOptions {
  readonly compression: Compression;
  readonly level: number | undefined;
  readonly encryption: EncryptionConfig;
  readonly signal: AbortSignal;
  readonly env: NodeJS.ProcessEnv;
}

/** What to encode: a stream, and the tool writing it when its stdout pipe can be handed on. */
export interface EncodeSource {
  readonly stream: Readable;
  readonly tool?: ChildStage;
}

/**
 * dump → compress → encrypt → sha256. zstd runs in the `zstd` tool when it is installed (about
 * 1.4× less CPU than Node's built-in zstd, in its own process, on every core), otherwise in Node;
 * the output is the same format either way. STRONGROOM_ZSTD=node forces the built-in one. When
 * the dump comes from a tool and zstd reports its input size, the dump tool's stdout becomes
 * zstd's stdin: the uncompressed bytes never pass through Node.
 */
export async function startEncoding(source: EncodeSource, options: EncodeOptions): Promise<Encoding> {
  // A cancel that came while the source was starting: its tool may be gone already (and its
  // stdout with it, which spawn would refuse as stdin).
  options.signal.throwIfAborted();
  const output = createDigestStream();
  const encrypt = encryptStage(options.encryption);
  const tail: Transform[] = encrypt ? [encrypt, output] : [output];
  const zstdTool = options.compression === "zstd" ? await findZstdTool(options.env) : undefined;
  if (!zstdTool) return encodeInNode(source.stream, tail, output, options);
  const handover = source.tool?.child.stdout;
  // Only an untouched pipe: bytes Node has already read from it would never reach zstd.
  const untouched = handover && !handover.destroyed && handover.readableLength === 0;
  const direct = zstdTool.reportsCounts && untouched ? source.tool : undefined;
  const level = options.level ?? DEFAULT_LEVEL.zstd!;
  const zstd = spawnStage(zstdTool.path, zstdCompressArgs(level, direct !== undefined), {
    stdin: direct?.child.stdout ?? "pipe",
    signal: options.signal,
    makeError: (detail) => new StrongroomError(`zstd failed: ${detail}`),
  });
  let plain: ByteCounter;
  let feeding: Promise<void>;
  if (direct) {
    // Nobody reads the stream: the bytes go from the dump tool to zstd.
    source.stream.destroy();
    feeding = direct.exited;
    let seen = 0;
    plain = {
      bytes: () => {
        const exact = zstd.child.exitCode === 0 ? zstdInputBytes(zstd.stderrTail()) : undefined;
        seen = exact ?? Math.max(seen, bytesReadBy(zstd.child.pid) ?? 0);
        return seen;
      },
    };
  } else {
    const meter = createMeterStream();
    plain = meter;
    feeding = pipeline([source.stream, meter, stdinSink(zstd)], { signal: options.signal });
  }
  const draining = pipeline([outputOf(zstd, direct ? [direct.exited] : []), ...tail], { signal: options.signal });
  // A failed dump must never end as a shorter, valid-looking object: stop the output side at once.
  feeding.catch((error: unknown) => {
    zstd.child.kill("SIGKILL");
    output.destroy(error as Error);
  });
  // And a failed store (or encryption) stops the dump instead of leaving zstd blocked on a full pipe.
  draining.catch((error: unknown) => {
    zstd.child.kill("SIGKILL");
    source.stream.destroy(error as Error);
    source.tool?.child.kill("SIGKILL");
  });
  // Settles once every tool has exited (none is left running or unreaped), with the first error.
  const done = allSettled([feeding, draining, zstd.exited, ...(source.tool ? [source.tool.exited] : [])]);
  return encodingOf({ source: source.stream, output, plain, done }, [zstd, source.tool]);
}

/** Waits for all, then rejects with the error that came first (if any). */
async function allSettled(promises: readonly Promise<unknown>[]): Promise<void> {
  let first: { error: unknown } | undefined;
  for (const promise of promises) promise.catch((error: unknown) => (first ??= { error }));
  await Promise.allSettled(promises);
  if (first) throw first.error;
}

function encodeInNode(source: Readable, tail: Transform[], output: DigestStream, options: EncodeOptions): Encoding {
  const plain = createMeterStream();
  const compress = createCompressStream(options.compression, options.level);
  const stages = [plain, createRechunkStream(), ...(compress ? [compress] : []), ...tail];
  const done = pipeline([source, ...stages], { signal: options.signal });
  return encodingOf({ source, output, plain, done }, []);
}

/**
 * The Encoding of a running pipeline from `source` to `output`. Its abort kills `tools` (zstd,
 * the dump tool) first, then destroys both ends of the pipeline.
 */
function encodingOf(
  parts: { source: Readable; output: DigestStream; plain: ByteCounter; done: Promise<void> },
  tools: readonly (ChildStage | undefined)[],
): Encoding {
  const { source, output, plain, done } = parts;
  done.catch(() => {});
  return {
    output,
    plain,
    done,
    abort: (error) => {
      for (const tool of tools) tool?.child.kill("SIGKILL");
      output.destroy(error);
      source.destroy(error);
    },
  };
}
