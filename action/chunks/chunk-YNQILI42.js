import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  abortError
} from "./chunk-VKVOJWDY.js";
import {
  assertObjectName
} from "./chunk-5FHIDL6W.js";
import {
  DestinationError,
  NotFoundError,
  UsageError
} from "./chunk-SI3IGW5R.js";

// src/destinations/chunked.ts
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
function withMaxObjectSize(destination, maxBytes) {
  if (typeof maxBytes === "number") assertLimit(maxBytes);
  return new ChunkedDestination(destination, maxBytes);
}
function assertLimit(maxBytes) {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new UsageError(`max-object-size must be a positive number of bytes (got ${maxBytes})`);
}
var INDEX_SUFFIX = ".parts";
var PART = /\.part-\d{4,}$/;
var PLAIN_PEEK = 1024 * 1024;
function partName(name, index, generation) {
  return `${name}${generation ? `.${generation}` : ""}.part-${String(index).padStart(4, "0")}`;
}
function isChunkBookkeeping(name) {
  return name.endsWith(INDEX_SUFFIX) || PART.test(name);
}
var ChunkedDestination = class {
  constructor(inner, limit) {
    this.inner = inner;
    this.limit = limit;
    this.display = inner.display;
    if (typeof limit === "number") this.maxBytes = limit;
  }
  inner;
  limit;
  display;
  maxBytes;
  async partSize() {
    if (this.maxBytes !== void 0) return this.maxBytes;
    const value = typeof this.limit === "number" ? this.limit : await this.limit();
    assertLimit(value);
    this.maxBytes = value;
    return value;
  }
  async put(name, body, options = {}) {
    assertName(name);
    const { signal } = options;
    signal?.throwIfAborted();
    const maxBytes = await this.partSize();
    const old = await this.readIndex(name).catch((error) => {
      if (error instanceof NotFoundError) return void 0;
      throw error;
    });
    if (options.size !== void 0 && options.size <= maxBytes) {
      const info = await this.inner.put(name, body, options);
      await this.dropIndexed(name, old);
      return info;
    }
    const onAbort = () => body.destroy(abortError(signal));
    signal?.addEventListener("abort", onAbort, { once: true });
    const source = new BodyReader(body);
    try {
      const head = await source.peek(Math.min(PLAIN_PEEK, maxBytes + 1));
      if (source.ended && head <= maxBytes) {
        const info = await this.inner.put(name, source.rest(), { ...options, size: head });
        await this.dropIndexed(name, old);
        return info;
      }
      return await this.putParts(name, source, maxBytes, old, signal);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      throw error;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  }
  async putParts(name, source, maxBytes, old, signal) {
    const generation = old ? randomBytes(4).toString("hex") : void 0;
    const written = [];
    let indexWritten = false;
    try {
      for (let number = 1; !source.ended || source.buffered > 0; number++) {
        signal?.throwIfAborted();
        const part = partName(name, number, generation);
        const info2 = await this.inner.put(part, source.take(maxBytes), signal ? { signal } : {});
        written.push({ name: part, size: info2.size });
        if (info2.size === 0) break;
        await source.peek(1);
      }
      const index = {
        format: "strongroom-parts",
        version: 1,
        size: written.reduce((sum, p) => sum + p.size, 0),
        parts: written
      };
      const text = Buffer.from(`${JSON.stringify(index)}
`);
      signal?.throwIfAborted();
      const info = await this.inner.put(`${name}${INDEX_SUFFIX}`, Readable.from([text]), {
        size: text.length,
        ...signal ? { signal } : {}
      });
      indexWritten = true;
      await this.removeQuietly(
        old?.index.parts.map((p) => p.name).filter((p) => !written.some((w) => w.name === p)) ?? []
      );
      await this.removeQuietly([name]);
      return { name, size: index.size, modified: info.modified };
    } finally {
      if (!indexWritten) await this.removeQuietly(written.map((p) => p.name));
    }
  }
  async get(name, options = {}) {
    assertName(name);
    const found = await this.readIndex(name).catch((error) => {
      if (error instanceof NotFoundError) return void 0;
      throw error;
    });
    if (!found) return this.inner.get(name, options);
    const { index } = found;
    for (const [i, part] of index.parts.entries()) {
      const info = await this.inner.stat(part.name).catch((error) => {
        throw error instanceof NotFoundError ? this.damaged(name, `part ${i + 1} of ${index.parts.length} (${part.name}) is missing`, error) : error;
      });
      if (info.size !== part.size)
        throw this.damaged(
          name,
          `part ${i + 1} of ${index.parts.length} (${part.name}) has ${info.size} bytes, the index says ${part.size}`
        );
    }
    const inner = this.inner;
    const damaged = (why, cause) => this.damaged(name, why, cause);
    return Readable.from(
      (async function* () {
        for (const [i, part] of index.parts.entries()) {
          let size = 0;
          let stream;
          try {
            stream = await inner.get(part.name, options);
          } catch (error) {
            throw error instanceof NotFoundError ? damaged(`part ${i + 1} of ${index.parts.length} (${part.name}) is missing`, error) : error;
          }
          for await (const chunk of stream) {
            size += chunk.length;
            if (size > part.size)
              throw damaged(`part ${part.name} is longer than the ${part.size} bytes the index says`);
            yield chunk;
          }
          if (size !== part.size) throw damaged(`part ${part.name} ended after ${size} of ${part.size} bytes`);
        }
      })(),
      { objectMode: false, highWaterMark: 1 << 20 }
    );
  }
  async stat(name) {
    assertName(name);
    try {
      const { index, modified } = await this.readIndex(name);
      return { name, size: index.size, modified };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    return this.inner.stat(name);
  }
  async *list() {
    const plain = /* @__PURE__ */ new Map();
    const indexed = [];
    for await (const info of this.inner.list()) {
      if (info.name.endsWith(INDEX_SUFFIX)) indexed.push(info.name.slice(0, -INDEX_SUFFIX.length));
      else if (!PART.test(info.name)) plain.set(info.name, info);
    }
    for (const name of indexed) {
      plain.delete(name);
      try {
        yield await this.stat(name);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    yield* plain.values();
  }
  async remove(name) {
    assertName(name);
    const found = await this.readIndex(name).catch((error) => {
      if (error instanceof NotFoundError) return void 0;
      throw error;
    });
    if (!found) return this.inner.remove(name);
    await this.inner.remove(`${name}${INDEX_SUFFIX}`);
    await this.removeQuietly([...found.index.parts.map((p) => p.name), name]);
  }
  async readIndex(name) {
    const indexName = `${name}${INDEX_SUFFIX}`;
    const info = await this.inner.stat(indexName);
    const stream = await this.inner.get(indexName);
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    let index;
    try {
      index = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch (error) {
      throw this.damaged(name, `its index ${indexName} is not JSON`, error);
    }
    const valid = index?.format === "strongroom-parts" && index.version === 1 && Array.isArray(index.parts) && index.parts.every(
      (p) => typeof p?.name === "string" && Number.isSafeInteger(p.size) && p.size >= 0 && p.name.startsWith(`${name}.`)
    ) && index.size === index.parts.reduce((sum, p) => sum + p.size, 0);
    if (!valid) throw this.damaged(name, `its index ${indexName} is not a strongroom-parts index (version 1)`);
    return { index, modified: info.modified };
  }
  /** After a plain put: the parted object it replaced goes, index first. */
  async dropIndexed(name, old) {
    if (!old) return;
    await this.removeQuietly([`${name}${INDEX_SUFFIX}`, ...old.index.parts.map((p) => p.name)]);
  }
  /** Best effort, in order; "not found" counts as done. Debris left by a failure here stays hidden. */
  async removeQuietly(names) {
    for (const name of names) {
      try {
        await this.inner.remove(name);
      } catch {
      }
    }
  }
  damaged(name, why, cause) {
    return new DestinationError(`${name} in ${this.display} is incomplete: ${why}`, {
      permanent: true,
      hint: "the stored parts do not form the whole backup: restore another backup, and check what deleted or changed files in the destination",
      ...cause !== void 0 ? { cause } : {}
    });
  }
};
function assertName(name) {
  assertObjectName(name);
  if (isChunkBookkeeping(name)) {
    throw new UsageError(
      `invalid object name '${name}': names ending in '${INDEX_SUFFIX}' or '.part-NNNN' are reserved for objects stored in parts`
    );
  }
}
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
  withMaxObjectSize,
  BodyReader
};
