import { createHash } from "node:crypto";
import { Transform } from "node:stream";
import { createMemoryPacer } from "../memory-pacer.ts";

const PASS_THROUGH_BUFFER = 64 * 1024;

export interface DigestResult {
  readonly sha256: string;
  readonly size: number;
}

export interface DigestStream extends Transform {
  /** Available once the stream has finished. */
  result(): DigestResult;
  /** Bytes seen so far, for progress. */
  bytes(): number;
}

/** A pass-through stage that hashes and counts what flows through it. */
export function createDigestStream(): DigestStream {
  const hash = createHash("sha256");
  let size = 0;
  let digest: string | undefined;
  // In a backup each MiB passed here was also read from zstd's pipe and sealed chunk by chunk
  // into a batch: about 3 MB of garbage, under V8's limit; every 4 MiB crossed it (see the pacer).
  const paceMemory = createMemoryPacer(2 ** 20);
  const stream = new Transform({
    // Pass-through: holding one chunk on each side is enough; more is memory for nothing.
    readableHighWaterMark: PASS_THROUGH_BUFFER,
    writableHighWaterMark: PASS_THROUGH_BUFFER,
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      paceMemory(chunk.length);
      callback(null, chunk);
    },
    flush(callback) {
      digest = hash.digest("hex");
      callback();
    },
  }) as DigestStream;
  stream.result = () => {
    if (digest === undefined) throw new Error("digest requested before the stream finished");
    return { sha256: digest, size };
  };
  stream.bytes = () => size;
  return stream;
}
