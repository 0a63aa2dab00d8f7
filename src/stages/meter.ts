import { Transform } from "node:stream";

export interface MeterStream extends Transform {
  bytes(): number;
}

/** Counts bytes flowing through, nothing else. */
export function createMeterStream(): MeterStream {
  let count = 0;
  const stream = new Transform({
    readableHighWaterMark: 1 << 20,
    writableHighWaterMark: 1 << 20,
    transform(chunk: Buffer, _encoding, callback) {
      count += chunk.length;
      callback(null, chunk);
    },
  }) as MeterStream;
  stream.bytes = () => count;
  return stream;
}
