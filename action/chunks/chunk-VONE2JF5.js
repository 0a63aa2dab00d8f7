import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);

// src/destinations/body-reader.ts
import { Readable } from "node:stream";
var BodyReader = class {
  iterator;
  pending = [];
  buffered = 0;
  ended = false;
  constructor(body) {
    this.iterator = body[Symbol.asyncIterator]();
  }
  /** True once the body has ended and every byte was handed out. */
  get drained() {
    return this.ended && this.buffered === 0;
  }
  /** Reads until `bytes` are buffered or the body ends; returns the bytes buffered. */
  async peek(bytes) {
    while (!this.ended && this.buffered < bytes) {
      const next = await this.iterator.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      if (chunk.length === 0) continue;
      this.pending.push(chunk);
      this.buffered += chunk.length;
    }
    return this.buffered;
  }
  shift(limit) {
    const first = this.pending[0];
    if (first === void 0) return void 0;
    if (first.length <= limit) {
      this.pending.shift();
      this.buffered -= first.length;
      return first;
    }
    this.pending[0] = first.subarray(limit);
    this.buffered -= limit;
    return first.subarray(0, limit);
  }
  /** The next `bytes` bytes (fewer at the end) as one buffer. */
  async read(bytes) {
    await this.peek(bytes);
    const parts = [];
    let left = bytes;
    while (left > 0) {
      const chunk = this.shift(left);
      if (chunk === void 0) break;
      parts.push(chunk);
      left -= chunk.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }
  /** The next `limit` bytes (fewer at the end) as a stream. */
  take(limit) {
    let left = limit;
    const self = this;
    return Readable.from(
      (async function* () {
        while (left > 0) {
          if (self.buffered === 0) await self.peek(1);
          const chunk = self.shift(left);
          if (chunk === void 0) return;
          left -= chunk.length;
          yield chunk;
        }
      })(),
      { objectMode: false, highWaterMark: 64 * 1024 }
    );
  }
  /** Everything left, as a stream. */
  rest() {
    return this.take(Number.POSITIVE_INFINITY);
  }
};

export {
  BodyReader
};
