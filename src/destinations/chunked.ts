import { randomBytes } from "node:crypto";
import { abortError } from "./abort.ts";
import { Readable } from "node:stream";
import { DestinationError, NotFoundError, UsageError } from "../errors.ts";
import type { Destination, GetOptions, ObjectInfo, PutOptions } from "./destination.ts";
import { assertObjectName } from "./object-name.ts";
import { BodyReader } from "./body-reader.ts";

/**
 * Objects larger than a provider accepts in one piece (Supabase's free plan caps a file at 50 MB),
 * stored as numbered parts that read back, list and remove as one object.
 *
 * Layout in the inner destination, for an object `<name>`:
 *
 *     <name>.part-0001, <name>.part-0002, …   the bytes, each at most `maxBytes`
 *     <name>.parts                             the index, written last: {"format":"strongroom-parts",
 *                                              "version":1,"size":…,"parts":[{"name":…,"size":…},…]}
 *
 * Atomicity: the object exists exactly when its index exists. Parts are written first, the index
 * last (one atomic inner put), so a failed or aborted put never shows anything; the parts it wrote
 * are removed before the error is rethrown. Removing deletes the index first, then the parts.
 * Overwriting a parted object writes the new parts under a fresh generation
 * (`<name>.<gen>.part-0001`, …) so the old object stays whole until the new index replaces the
 * old one; the old parts are deleted afterwards.
 *
 * Objects that fit in one piece (a known `size` within the limit, or a stream that ends within the
 * first MiB) are stored plain under `<name>`, so manifests and small files cost no index. When
 * both a plain object and an index exist for a name (an interrupted overwrite), the index wins.
 *
 * Streaming: a part is a bounded sub-stream of the body; nothing is held beyond the one chunk the
 * source yielded and what the inner put itself buffers. `get` checks that every part is present
 * before it returns, and fails a stream whose part is shorter or longer than the index says: a
 * missing part is an error, never a silently short object.
 */
export function withMaxObjectSize(destination: Destination, maxBytes: ObjectSizeLimit): Destination {
  if (typeof maxBytes === "number") assertLimit(maxBytes);
  return new ChunkedDestination(destination, maxBytes);
}

/**
 * The largest piece, in bytes, or a function that finds it (asked once, by the first put, so a
 * destination that only lists or reads never asks; a failed lookup is asked again next time).
 */
export type ObjectSizeLimit = number | (() => Promise<number>);

function assertLimit(maxBytes: number): void {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new UsageError(`max-object-size must be a positive number of bytes (got ${maxBytes})`);
}

const INDEX_SUFFIX = ".parts";
const PART = /\.part-\d{4,}$/;
/** A stream that ends within this many bytes is stored plain. */
const PLAIN_PEEK = 1024 * 1024;

interface PartsIndex {
  readonly format: "strongroom-parts";
  readonly version: 1;
  readonly size: number;
  readonly parts: readonly { readonly name: string; readonly size: number }[];
}

export function partName(name: string, index: number, generation?: string): string {
  return `${name}${generation ? `.${generation}` : ""}.part-${String(index).padStart(4, "0")}`;
}

/** Names the decorator keeps for itself: its index and part objects. */
export function isChunkBookkeeping(name: string): boolean {
  return name.endsWith(INDEX_SUFFIX) || PART.test(name);
}

class ChunkedDestination implements Destination {
  readonly display: string;
  private maxBytes: number | undefined;

  constructor(
    private readonly inner: Destination,
    private readonly limit: ObjectSizeLimit,
  ) {
    this.display = inner.display;
    if (typeof limit === "number") this.maxBytes = limit;
  }

  private async partSize(): Promise<number> {
    if (this.maxBytes !== undefined) return this.maxBytes;
    const value = typeof this.limit === "number" ? this.limit : await this.limit();
    assertLimit(value);
    this.maxBytes = value;
    return value;
  }

  async put(name: string, body: Readable, options: PutOptions = {}): Promise<ObjectInfo> {
    assertName(name);
    const { signal } = options;
    signal?.throwIfAborted();
    // Before the body is touched, so a transient failure here leaves the put retryable.
    const maxBytes = await this.partSize();
    const old = await this.readIndex(name).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (options.size !== undefined && options.size <= maxBytes) {
      const info = await this.inner.put(name, body, options);
      await this.dropIndexed(name, old);
      return info;
    }

    // Destroying the body on abort wakes a read that waits on a stalled source.
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

  private async putParts(
    name: string,
    source: BodyReader,
    maxBytes: number,
    old: { index: PartsIndex } | undefined,
    signal: AbortSignal | undefined,
  ): Promise<ObjectInfo> {
    // A fresh generation keeps an existing parted object intact until the new index replaces it.
    const generation = old ? randomBytes(4).toString("hex") : undefined;
    const written: { name: string; size: number }[] = [];
    let indexWritten = false;
    try {
      for (let number = 1; !source.ended || source.buffered > 0; number++) {
        signal?.throwIfAborted();
        const part = partName(name, number, generation);
        const info = await this.inner.put(part, source.take(maxBytes), signal ? { signal } : {});
        written.push({ name: part, size: info.size });
        if (info.size === 0) break;
        await source.peek(1);
      }
      const index: PartsIndex = {
        format: "strongroom-parts",
        version: 1,
        size: written.reduce((sum, p) => sum + p.size, 0),
        parts: written,
      };
      const text = Buffer.from(`${JSON.stringify(index)}\n`);
      signal?.throwIfAborted();
      const info = await this.inner.put(`${name}${INDEX_SUFFIX}`, Readable.from([text]), {
        size: text.length,
        ...(signal ? { signal } : {}),
      });
      indexWritten = true;
      // The new object is visible now: clear what it replaced.
      await this.removeQuietly(
        old?.index.parts.map((p) => p.name).filter((p) => !written.some((w) => w.name === p)) ?? [],
      );
      await this.removeQuietly([name]);
      return { name, size: index.size, modified: info.modified };
    } finally {
      if (!indexWritten) await this.removeQuietly(written.map((p) => p.name));
    }
  }

  async get(name: string, options: GetOptions = {}): Promise<Readable> {
    assertName(name);
    const found = await this.readIndex(name).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (!found) return this.inner.get(name, options);
    const { index } = found;
    // Every part must be there before a byte is returned.
    for (const [i, part] of index.parts.entries()) {
      const info = await this.inner.stat(part.name).catch((error: unknown) => {
        throw error instanceof NotFoundError
          ? this.damaged(name, `part ${i + 1} of ${index.parts.length} (${part.name}) is missing`, error)
          : error;
      });
      if (info.size !== part.size)
        throw this.damaged(
          name,
          `part ${i + 1} of ${index.parts.length} (${part.name}) has ${info.size} bytes, the index says ${part.size}`,
        );
    }
    const inner = this.inner;
    const damaged = (why: string, cause?: unknown) => this.damaged(name, why, cause);
    return Readable.from(
      (async function* () {
        for (const [i, part] of index.parts.entries()) {
          let size = 0;
          let stream: Readable;
          try {
            stream = await inner.get(part.name, options);
          } catch (error) {
            throw error instanceof NotFoundError
              ? damaged(`part ${i + 1} of ${index.parts.length} (${part.name}) is missing`, error)
              : error;
          }
          for await (const chunk of stream) {
            size += (chunk as Buffer).length;
            if (size > part.size)
              throw damaged(`part ${part.name} is longer than the ${part.size} bytes the index says`);
            yield chunk as Buffer;
          }
          if (size !== part.size) throw damaged(`part ${part.name} ended after ${size} of ${part.size} bytes`);
        }
      })(),
      { objectMode: false, highWaterMark: 1 << 20 },
    );
  }

  async stat(name: string): Promise<ObjectInfo> {
    assertName(name);
    try {
      const { index, modified } = await this.readIndex(name);
      return { name, size: index.size, modified };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    return this.inner.stat(name);
  }

  async *list(): AsyncIterable<ObjectInfo> {
    const plain = new Map<string, ObjectInfo>();
    const indexed: string[] = [];
    for await (const info of this.inner.list()) {
      if (info.name.endsWith(INDEX_SUFFIX)) indexed.push(info.name.slice(0, -INDEX_SUFFIX.length));
      else if (!PART.test(info.name)) plain.set(info.name, info);
    }
    for (const name of indexed) {
      plain.delete(name);
      try {
        yield await this.stat(name);
      } catch (error) {
        // Removed since the listing: not there any more.
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    yield* plain.values();
  }

  async remove(name: string): Promise<void> {
    assertName(name);
    const found = await this.readIndex(name).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (!found) return this.inner.remove(name);
    await this.inner.remove(`${name}${INDEX_SUFFIX}`);
    await this.removeQuietly([...found.index.parts.map((p) => p.name), name]);
  }

  private async readIndex(name: string): Promise<{ index: PartsIndex; modified: Date }> {
    const indexName = `${name}${INDEX_SUFFIX}`;
    const info = await this.inner.stat(indexName);
    const stream = await this.inner.get(indexName);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    let index: PartsIndex;
    try {
      index = JSON.parse(Buffer.concat(chunks).toString("utf8")) as PartsIndex;
    } catch (error) {
      throw this.damaged(name, `its index ${indexName} is not JSON`, error);
    }
    const valid =
      index?.format === "strongroom-parts" &&
      index.version === 1 &&
      Array.isArray(index.parts) &&
      index.parts.every(
        (p) =>
          typeof p?.name === "string" && Number.isSafeInteger(p.size) && p.size >= 0 && p.name.startsWith(`${name}.`),
      ) &&
      index.size === index.parts.reduce((sum, p) => sum + p.size, 0);
    if (!valid) throw this.damaged(name, `its index ${indexName} is not a strongroom-parts index (version 1)`);
    return { index, modified: info.modified };
  }

  /** After a plain put: the parted object it replaced goes, index first. */
  private async dropIndexed(name: string, old: { index: PartsIndex } | undefined): Promise<void> {
    if (!old) return;
    await this.removeQuietly([`${name}${INDEX_SUFFIX}`, ...old.index.parts.map((p) => p.name)]);
  }

  /** Best effort, in order; "not found" counts as done. Debris left by a failure here stays hidden. */
  private async removeQuietly(names: readonly string[]): Promise<void> {
    for (const name of names) {
      try {
        await this.inner.remove(name);
      } catch {
        // Hidden from list; a later overwrite or remove of the object cleans it.
      }
    }
  }

  private damaged(name: string, why: string, cause?: unknown): DestinationError {
    return new DestinationError(`${name} in ${this.display} is incomplete: ${why}`, {
      permanent: true,
      hint: "the stored parts do not form the whole backup: restore another backup, and check what deleted or changed files in the destination",
      ...(cause !== undefined ? { cause } : {}),
    });
  }
}

function assertName(name: string): void {
  assertObjectName(name);
  if (isChunkBookkeeping(name)) {
    throw new UsageError(
      `invalid object name '${name}': names ending in '${INDEX_SUFFIX}' or '.part-NNNN' are reserved for objects stored in parts`,
    );
  }
}
