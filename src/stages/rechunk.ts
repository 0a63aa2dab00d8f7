import { Transform } from "node:stream";

export const DEFAULT_CHUNK_BYTES = 1 << 20;

/** Regroups a byte stream into chunks of about `size` bytes: zstd and age run far faster on big chunks. */
export function createRechunkStream(size = DEFAULT_CHUNK_BYTES): Transform {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  return new Transform({
    readableHighWaterMark: size,
    writableHighWaterMark: size,
    transform(chunk: Buffer, _encoding, callback) {
      // Already big enough and nothing waiting: pass it on without copying.
      if (pendingBytes === 0 && chunk.length >= size) {
        callback(null, chunk);
        return;
      }
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= size) {
        const joined = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        callback(null, joined);
      } else callback();
    },
    flush(callback) {
      callback(null, pendingBytes > 0 ? Buffer.concat(pending, pendingBytes) : undefined);
    },
  });
}
