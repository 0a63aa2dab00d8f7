import { execFile } from "node:child_process";
import type { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import type { EncryptionConfig } from "../config/encryption.ts";
import { StrongroomError } from "../errors.ts";
import { outputOf, spawnStage, stdinSink } from "./child-process.ts";
import { type Compression, createCompressStream, DEFAULT_LEVEL } from "./compress.ts";
import { createDigestStream, type DigestStream } from "./digest.ts";
import { encryptStage } from "./encrypt.ts";
import { createMeterStream, type MeterStream } from "./meter.ts";
import { createRechunkStream } from "./rechunk.ts";

export interface Encoding {
  /** The stored bytes: read it to the end (a destination's put, or a spool file). */
  readonly output: DigestStream;
  /** Settles when every stage has finished; rejects with the first stage's error. */
  readonly done: Promise<void>;
  readonly plain: MeterStream;
  /** Stops every stage (and the zstd tool) after a failure elsewhere, such as the store. */
  abort(error: Error): void;
}

export interface EncodeOptions {
  readonly compression: Compression;
  readonly level: number | undefined;
  readonly encryption: EncryptionConfig;
  readonly signal: AbortSignal;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * dump → compress → encrypt → sha256. zstd runs in the `zstd` tool when it is installed (about
 * 1.4× less CPU than Node's built-in zstd, and in its own process), otherwise in Node; the
 * output is the same format either way. STRONGROOM_ZSTD=node forces the built-in one.
 */
export async function startEncoding(source: Readable, options: EncodeOptions): Promise<Encoding> {
  const plain = createMeterStream();
  const output = createDigestStream();
  const encrypt = encryptStage(options.encryption);
  const tail: Transform[] = encrypt ? [encrypt, output] : [output];
  const zstdTool = options.compression === "zstd" ? await zstdCli(options.env) : undefined;
  if (!zstdTool) {
    const compress = createCompressStream(options.compression, options.level);
    const stages = [plain, createRechunkStream(), ...(compress ? [compress] : []), ...tail];
    const done = pipeline([source, ...stages], { signal: options.signal });
    done.catch(() => {});
    return {
      output,
      plain,
      done,
      abort: (error) => {
        output.destroy(error);
        source.destroy(error);
      },
    };
  }
  const zstd = spawnStage(zstdTool, ["-q", "-c", `-${options.level ?? DEFAULT_LEVEL.zstd}`, "--check"], {
    stdin: "pipe",
    signal: options.signal,
    makeError: (detail) => new StrongroomError(`zstd failed: ${detail}`),
  });
  const feeding = pipeline([source, plain, stdinSink(zstd)], { signal: options.signal });
  const draining = pipeline([outputOf(zstd), ...tail], { signal: options.signal });
  // A failed dump must never end as a shorter, valid-looking object: stop the output side at once.
  feeding.catch((error: unknown) => {
    zstd.child.kill("SIGKILL");
    output.destroy(error as Error);
  });
  // And a failed store (or encryption) stops the dump instead of leaving zstd blocked on a full pipe.
  draining.catch((error: unknown) => {
    zstd.child.kill("SIGKILL");
    source.destroy(error as Error);
  });
  const done = Promise.all([feeding, draining]).then(() => undefined);
  done.catch(() => {});
  return {
    output,
    plain,
    done,
    abort: (error) => {
      zstd.child.kill("SIGKILL");
      output.destroy(error);
      source.destroy(error);
    },
  };
}

const run = promisify(execFile);

async function zstdCli(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.STRONGROOM_ZSTD === "node") return undefined;
  try {
    await run("zstd", ["--version"], { timeout: 5000, env });
    return "zstd";
  } catch {
    return undefined;
  }
}
