import { Transform } from "node:stream";

const PASS_THROUGH_BUFFER = 64 * 1024;

export interface MeterStream extends Transform {
  bytes(): number;
}

/** Counts bytes flowing through, nothing else. */
export function createMeterStream(): MeterStream {
  let count = 0;
  const stream = new Transform({
    // Pass-through: holding one chunk on each side is enough; more is memory for nothing.
    readableHighWaterMark: PASS_THROUGH_BUFFER,
    writableHighWaterMark: PASS_THROUGH_BUFFER,
    transform(chunk: Buffer, _encoding, callback) {
      count += chunk.length;
      callback(null, chunk);
    },
  }) as MeterStream;
  stream.bytes = () => count;
  return stream;
}
