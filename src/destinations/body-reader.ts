import { Readable } from "node:stream";

/**
 * Pulls a body chunk by chunk and hands out bounded pieces of it. At most one source chunk (plus
 * what `peek` asked for) is held at a time. Shared by providers that cut a stream into requests.
 */
export class BodyReader {
  private readonly iterator: AsyncIterator<unknown>;
  private pending: Buffer[] = [];
  buffered = 0;
  ended = false;

  constructor(body: Readable) {
    this.iterator = body[Symbol.asyncIterator]();
  }

  /** True once the body has ended and every byte was handed out. */
  get drained(): boolean {
    return this.ended && this.buffered === 0;
  }

  /** Reads until `bytes` are buffered or the body ends; returns the bytes buffered. */
  async peek(bytes: number): Promise<number> {
    while (!this.ended && this.buffered < bytes) {
      const next = await this.iterator.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as Uint8Array);
      if (chunk.length === 0) continue;
      this.pending.push(chunk);
      this.buffered += chunk.length;
    }
    return this.buffered;
  }

  private shift(limit: number): Buffer | undefined {
    const first = this.pending[0];
    if (first === undefined) return undefined;
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
  async read(bytes: number): Promise<Buffer> {
    await this.peek(bytes);
    const parts: Buffer[] = [];
    let left = bytes;
    while (left > 0) {
      const chunk = this.shift(left);
      if (chunk === undefined) break;
      parts.push(chunk);
      left -= chunk.length;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }

  /** The next `limit` bytes (fewer at the end) as a stream. */
  take(limit: number): Readable {
    let left = limit;
    const self = this;
    return Readable.from(
      (async function* () {
        while (left > 0) {
          if (self.buffered === 0) await self.peek(1);
          const chunk = self.shift(left);
          if (chunk === undefined) return;
          left -= chunk.length;
          yield chunk;
        }
      })(),
      { objectMode: false, highWaterMark: 64 * 1024 },
    );
  }

  /** Everything left, as a stream. */
  rest(): Readable {
    return this.take(Number.POSITIVE_INFINITY);
  }
}
