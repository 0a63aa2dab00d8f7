/**
 * The age payload: a 16-byte nonce, then STREAM (ChaCha20-Poly1305 over 64 KiB chunks, nonce =
 * 11-byte big-endian chunk counter || last-chunk flag). Plus the byte queue the streams buffer in.
 */
import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { IntegrityError } from "../errors.ts";

export const CHUNK_SIZE = 64 * 1024;
export const TAG_SIZE = 16;
export const SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
export const PAYLOAD_NONCE_SIZE = 16;
/** Chunks sealed or opened into one output Buffer (4 MiB): large writes, bounded memory. */
export const BATCH_CHUNKS = 64;

const CORRUPT_HINT = "the backup is damaged, truncated or was modified; try another copy";

export function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", fileKey, nonce, "payload", 32));
}

class ChunkNonces {
  readonly #nonce = Buffer.alloc(12);
  #counter = 0;

  get counter(): number {
    return this.#counter;
  }

  /** The nonce for the next chunk; the counter then advances. */
  next(last: boolean): Buffer {
    if (this.#counter >= Number.MAX_SAFE_INTEGER) throw new IntegrityError("age: too many payload chunks");
    this.#nonce.writeUInt32BE(Math.floor(this.#counter / 2 ** 32), 3);
    this.#nonce.writeUInt32BE(this.#counter >>> 0, 7);
    this.#nonce[11] = last ? 1 : 0;
    this.#counter++;
    return this.#nonce;
  }
}

export class PayloadSealer {
  /** A KeyObject made once: passing raw key bytes re-imports the key for every 64 KiB chunk. */
  readonly #key: KeyObject;
  readonly #nonces = new ChunkNonces();

  constructor(key: Buffer) {
    this.#key = createSecretKey(key);
  }

  /** Seals one chunk (at most CHUNK_SIZE bytes) into `out` at `offset`; returns the bytes written. */
  seal(plaintext: Buffer, last: boolean, out: Buffer, offset: number): number {
    const cipher = createCipheriv("chacha20-poly1305", this.#key, this.#nonces.next(last), { authTagLength: TAG_SIZE });
    cipher.update(plaintext).copy(out, offset);
    cipher.final();
    cipher.getAuthTag().copy(out, offset + plaintext.length);
    return plaintext.length + TAG_SIZE;
  }
}

export class PayloadOpener {
  readonly #key: KeyObject;
  readonly #nonces = new ChunkNonces();

  constructor(key: Buffer) {
    this.#key = createSecretKey(key);
  }

  get chunks(): number {
    return this.#nonces.counter;
  }

  /**
   * Opens one sealed chunk into `out` at `offset` and returns the plaintext length. Nothing is
   * written to `out` unless the chunk authenticates.
   */
  open(sealed: Buffer, last: boolean, out: Buffer, offset: number): number {
    const index = this.#nonces.counter;
    if (sealed.length < TAG_SIZE) {
      throw new IntegrityError(
        `age: payload chunk ${index} is shorter than its authentication tag: the file is truncated`,
        { hint: CORRUPT_HINT },
      );
    }
    const length = sealed.length - TAG_SIZE;
    if (last && length === 0 && index > 0) {
      throw new IntegrityError("age: the final payload chunk is empty, which age never writes: the file was modified", {
        hint: CORRUPT_HINT,
      });
    }
    const decipher = createDecipheriv("chacha20-poly1305", this.#key, this.#nonces.next(last), {
      authTagLength: TAG_SIZE,
    });
    decipher.setAuthTag(sealed.subarray(length));
    const plaintext = decipher.update(sealed.subarray(0, length));
    try {
      decipher.final();
    } catch {
      const which = last
        ? `the final payload chunk (${index}) failed authentication: the file is truncated (perhaps at a chunk boundary) or was modified`
        : `payload chunk ${index} failed authentication: the file was modified or is corrupt`;
      throw new IntegrityError(`age: ${which}`, { hint: CORRUPT_HINT });
    }
    plaintext.copy(out, offset);
    return length;
  }
}

const EMPTY = Buffer.alloc(0);

/** A FIFO of Buffers; reads are zero-copy views when they fall inside one buffered chunk. */
export class ByteQueue {
  #chunks: Buffer[] = [];
  #head = 0;
  #offset = 0;
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.#chunks.push(bytes);
    this.#length += bytes.length;
  }

  /** Removes and returns the next `size` bytes (`size` must not exceed `length`). */
  read(size: number): Buffer {
    if (size > this.#length) throw new RangeError("ByteQueue.read past the end");
    const first = this.#chunks[this.#head];
    if (first !== undefined && first.length - this.#offset >= size) {
      const view = first.subarray(this.#offset, this.#offset + size);
      this.#advance(size);
      return view;
    }
    const out = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const chunk = this.#chunks[this.#head] as Buffer;
      const take = Math.min(size - filled, chunk.length - this.#offset);
      chunk.copy(out, filled, this.#offset, this.#offset + take);
      filled += take;
      this.#advance(take);
    }
    return out;
  }

  #advance(size: number): void {
    this.#length -= size;
    this.#offset += size;
    const first = this.#chunks[this.#head];
    if (first !== undefined && this.#offset === first.length) {
      // Drop the reference now: a consumed chunk kept in the array stays alive until compaction.
      this.#chunks[this.#head] = EMPTY;
      this.#head++;
      this.#offset = 0;
    }
    if (this.#head === this.#chunks.length) {
      this.#chunks = [];
      this.#head = 0;
    } else if (this.#head > 64 && this.#head * 2 > this.#chunks.length) {
      this.#chunks = this.#chunks.slice(this.#head);
      this.#head = 0;
    }
  }
}
