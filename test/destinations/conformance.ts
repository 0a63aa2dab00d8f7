/**
 * The one suite every destination runs (restic internal/backend/test/suite.go): byte-identical
 * round trips around part boundaries, a large streamed object, listing past a page of 1000,
 * "not found" classification, removal, overwrites, and atomic puts: a body that fails or a put
 * that is aborted leaves nothing visible, and no leftovers where the provider can show them.
 */
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Destination, ObjectInfo } from "../../src/destinations/destination.ts";
import { isNotFound, UsageError } from "../../src/errors.ts";

export interface ConformanceSubject {
  destination: Destination;
  cleanup(): Promise<void>;
  /** Provider-level debris (partial files, open multipart uploads): must be empty after a failed put. */
  leftovers?(): Promise<string[]>;
}

export interface ConformanceOptions {
  /** Size of the large streamed object. Default 80 MiB: well above what 4 parts of 8 MiB in flight plus GC lag may hold, so "not held whole" is measurable. */
  readonly largeSize?: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
export const BOUNDARY_SIZES = [
  0,
  1,
  4095,
  5 * MiB - 1,
  5 * MiB,
  5 * MiB + 1,
  8 * MiB - 1,
  8 * MiB,
  8 * MiB + 1,
  16 * MiB + 3,
] as const;

/** Yields `data` in uneven chunks, as a pipeline of stages would. */
export function chunked(data: Buffer, chunkSize = 64 * KiB + 7): Readable {
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < data.length; offset += chunkSize) yield data.subarray(offset, offset + chunkSize);
    })(),
    { objectMode: false },
  );
}

/** A random stream of `size` bytes that is never held whole; its digest is known once it ends. */
export function randomStream(size: number, chunkSize = 256 * KiB): { stream: Readable; digest: Promise<string> } {
  const hash = createHash("sha256");
  let resolveDigest: (value: string) => void = () => {};
  const digest = new Promise<string>((resolve) => {
    resolveDigest = resolve;
  });
  let produced = 0;
  const stream = new Readable({
    highWaterMark: chunkSize,
    read() {
      if (produced >= size) {
        resolveDigest(hash.digest("hex"));
        this.push(null);
        return;
      }
      const chunk = randomBytes(Math.min(chunkSize, size - produced));
      produced += chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return { stream, digest };
}

/**
 * Emits `before` bytes, then fails (or, with `hang`, waits forever for an abort; `onHang` is
 * called when the reader has taken every byte and asks for more).
 */
export function failingStream(
  before: number,
  options: { hang?: boolean; onHang?: () => void; onChunk?: (bytes: number) => void } = {},
): Readable {
  let produced = 0;
  return new Readable({
    highWaterMark: 64 * KiB,
    read() {
      if (produced >= before) {
        if (options.hang) return options.onHang?.();
        this.destroy(new Error("the source failed midway"));
        return;
      }
      const chunk = randomBytes(Math.min(64 * KiB, before - produced));
      produced += chunk.length;
      options.onChunk?.(chunk.length);
      this.push(chunk);
    },
  });
}

export async function digestOf(stream: Readable): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest("hex") };
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

async function listAll(destination: Destination): Promise<ObjectInfo[]> {
  const all: ObjectInfo[] = [];
  for await (const info of destination.list()) all.push(info);
  return all;
}

async function expectNotFound(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "expected a NotFoundError").toBeDefined();
  expect(isNotFound(error), `expected NotFoundError, got ${String(error)}`).toBe(true);
}

async function expectNothingVisible(subject: ConformanceSubject, name: string): Promise<void> {
  expect((await listAll(subject.destination)).map((o) => o.name)).not.toContain(name);
  await expectNotFound(subject.destination.stat(name));
  if (subject.leftovers) expect(await subject.leftovers()).toEqual([]);
}

export function describeConformance(
  name: string,
  setup: () => Promise<ConformanceSubject>,
  options: ConformanceOptions = {},
): void {
  const largeSize = options.largeSize ?? 80 * MiB;

  describe(`${name}: destination conformance`, () => {
    let subject: ConformanceSubject;
    let destination: Destination;
    beforeEach(async () => {
      subject = await setup();
      destination = subject.destination;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it("starts empty and has a display without secrets or query strings", async () => {
      expect(await listAll(destination)).toEqual([]);
      expect(destination.display).not.toMatch(/[?@]/);
    });

    it.each(BOUNDARY_SIZES)("stores and returns %i bytes byte-identical", async (size) => {
      const data = randomBytes(size);
      const objectName = `object-${size}.bin`;
      const info = await destination.put(objectName, chunked(data), { size });
      expect(info).toMatchObject({ name: objectName, size });
      expect((await destination.stat(objectName)).size).toBe(size);
      expect(await digestOf(await destination.get(objectName))).toEqual({ size, sha256: sha256(data) });
    });

    it("streams a large object without knowing its size, and without holding it whole", async () => {
      const { stream, digest } = randomStream(largeSize);
      const baseline = process.memoryUsage();
      let peak = 0;
      const sampler = setInterval(() => {
        const now = process.memoryUsage();
        peak = Math.max(peak, now.heapUsed + now.arrayBuffers - baseline.heapUsed - baseline.arrayBuffers);
      }, 10);
      try {
        const info = await destination.put("large.bin", stream);
        expect(info.size).toBe(largeSize);
      } finally {
        clearInterval(sampler);
      }
      console.info(
        `${name}: large put of ${(largeSize / MiB).toFixed(0)} MiB, peak memory growth ${(peak / MiB).toFixed(1)} MiB`,
      );
      expect(peak).toBeLessThan(largeSize);
      expect(await digestOf(await destination.get("large.bin"))).toEqual({ size: largeSize, sha256: await digest });
    });

    it("stats size and modification time", async () => {
      const before = Date.now();
      await destination.put("stat-me.bin", chunked(randomBytes(1234)));
      const info = await destination.stat("stat-me.bin");
      expect(info.name).toBe("stat-me.bin");
      expect(info.size).toBe(1234);
      expect(info.modified).toBeInstanceOf(Date);
      expect(Math.abs(info.modified.getTime() - before)).toBeLessThan(60_000);
    });

    it("lists exactly what was put, past a page of 1000, with dots, dashes and underscores", async () => {
      const odd = [
        "a",
        "A",
        "a.b",
        "a-b",
        "a_b",
        "backup.2024-01-31T23-59-59Z.dump.zst.age",
        "manifest-2024.json",
        "x.y.z-1_2",
      ];
      const many = Array.from({ length: 1100 }, (_, i) => `obj-${String(i).padStart(5, "0")}.bin`);
      const expected = new Map<string, number>();
      for (const [i, objectName] of [...odd, ...many].entries()) expected.set(objectName, i % 7);
      const queue = [...expected];
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            await destination.put(next[0], chunked(Buffer.alloc(next[1], 0x61)), { size: next[1] });
          }
        }),
      );
      const listed = await listAll(destination);
      expect(listed.length).toBe(expected.size);
      expect(new Map(listed.map((o) => [o.name, o.size]))).toEqual(expected);
    });

    it("reports a missing object as not found for get, stat and remove", async () => {
      await expectNotFound(destination.get("missing.bin"));
      await expectNotFound(destination.stat("missing.bin"));
      await expectNotFound(destination.remove("missing.bin"));
    });

    it("removes: gone from list, stat and get; others stay", async () => {
      for (const n of ["keep-1", "drop-me", "keep-2"]) await destination.put(n, chunked(Buffer.from(n)));
      await destination.remove("drop-me");
      expect((await listAll(destination)).map((o) => o.name).sort()).toEqual(["keep-1", "keep-2"]);
      await expectNotFound(destination.stat("drop-me"));
      await expectNotFound(destination.get("drop-me"));
      await expectNotFound(destination.remove("drop-me"));
    });

    it("overwrites: the second put replaces the first whole", async () => {
      const first = randomBytes(6 * MiB);
      const second = randomBytes(1000);
      await destination.put("same.bin", chunked(first));
      await destination.put("same.bin", chunked(second));
      expect(await digestOf(await destination.get("same.bin"))).toEqual({ size: 1000, sha256: sha256(second) });
      expect((await listAll(destination)).map((o) => o.name)).toEqual(["same.bin"]);
    });

    it.each([100, 6 * MiB, 17 * MiB])("leaves nothing when the body fails after %i bytes", async (before) => {
      await expect(destination.put("broken.bin", failingStream(before))).rejects.toThrow();
      await expectNothingVisible(subject, "broken.bin");
    });

    it("keeps the old object when an overwrite fails", async () => {
      const old = randomBytes(2000);
      await destination.put("kept.bin", chunked(old));
      await expect(destination.put("kept.bin", failingStream(9 * MiB))).rejects.toThrow();
      expect(await digestOf(await destination.get("kept.bin"))).toEqual({ size: 2000, sha256: sha256(old) });
      if (subject.leftovers) expect(await subject.leftovers()).toEqual([]);
    });

    it.each([10, 12 * MiB])("leaves nothing when the put is aborted after %i bytes", async (before) => {
      const controller = new AbortController();
      // Aborted once the put has taken all `before` bytes and waits for more that never come.
      const body = failingStream(before, { hang: true, onHang: () => setImmediate(() => controller.abort()) });
      const put = destination.put("aborted.bin", body, { signal: controller.signal });
      const settled = put.then(
        () => "resolved",
        (e: unknown) => e,
      );
      const outcome = await settled;
      expect(outcome).toBeInstanceOf(Error);
      expect((outcome as Error).name).toBe("AbortError");
      await expectNothingVisible(subject, "aborted.bin");
    });

    it("refuses to start with an aborted signal", async () => {
      const controller = new AbortController();
      controller.abort();
      await expect(
        destination.put("never.bin", chunked(Buffer.from("x")), { signal: controller.signal }),
      ).rejects.toMatchObject({ name: "AbortError" });
      await expectNothingVisible(subject, "never.bin");
    });

    it("rejects names that could escape the destination", async () => {
      for (const bad of ["../x", "a/b", ".hidden", "", "a..b"]) {
        await expect(destination.put(bad, chunked(Buffer.from("x")))).rejects.toBeInstanceOf(UsageError);
        await expect(destination.stat(bad)).rejects.toBeInstanceOf(UsageError);
      }
    });
  });
}
