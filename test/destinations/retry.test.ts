import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Destination, GetOptions, ObjectInfo, PutOptions } from "../../src/destinations/destination.ts";
import { LocalFolder } from "../../src/destinations/local-folder.ts";
import { backoffDelay } from "../../src/backoff.ts";
import { putFile, RetryAfterError, type RetryInfo, withRetry } from "../../src/destinations/retry.ts";
import { DestinationError, NotFoundError } from "../../src/errors.ts";
import { chunked, describeConformance, digestOf } from "./conformance.ts";

type Operation = "put" | "get" | "stat" | "list" | "remove";

/**
 * A real LocalFolder behind a provider that fails on cue: `failures.put = [error, ...]` makes the
 * next puts throw those errors (after reading `readBeforeFailing` bytes of the body, as a
 * connection dropped mid-upload would), then behave.
 */
class FlakyFolder implements Destination {
  readonly display: string;
  readonly failures: Partial<Record<Operation, Error[]>> = {};
  readonly calls: Record<Operation, number> = { put: 0, get: 0, stat: 0, list: 0, remove: 0 };
  readBeforeFailing = 0;
  readonly inner: LocalFolder;
  constructor(inner: LocalFolder) {
    this.inner = inner;
    this.display = inner.display;
  }
  private fail(operation: Operation): void {
    this.calls[operation] += 1;
    const error = this.failures[operation]?.shift();
    if (error) throw error;
  }
  async put(name: string, body: Readable, options?: PutOptions): Promise<ObjectInfo> {
    const error = this.failures.put?.[0];
    if (error && this.readBeforeFailing > 0) {
      let read = 0;
      for await (const chunk of body) {
        read += (chunk as Buffer).length;
        if (read >= this.readBeforeFailing) break;
      }
    }
    this.fail("put");
    return this.inner.put(name, body, options);
  }
  async get(name: string, options?: GetOptions): Promise<Readable> {
    this.fail("get");
    return this.inner.get(name, options);
  }
  async stat(name: string): Promise<ObjectInfo> {
    this.fail("stat");
    return this.inner.stat(name);
  }
  async *list(): AsyncIterable<ObjectInfo> {
    this.calls.list += 1;
    let yielded = 0;
    for await (const info of this.inner.list()) {
      yield info;
      yielded += 1;
      if (yielded === 2) {
        const error = this.failures.list?.shift();
        if (error) throw error;
      }
    }
  }
  async remove(name: string): Promise<void> {
    this.fail("remove");
    return this.inner.remove(name);
  }
}

const transient = () => new DestinationError("connection reset", { permanent: false });
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describeConformance("withRetry(LocalFolder)", async () => {
  const root = await mkdtemp(join(tmpdir(), "strongroom-retry-"));
  return {
    destination: withRetry(new LocalFolder(join(root, "b")), { baseDelayMs: 1 }),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
});

describe("withRetry", () => {
  let root: string;
  let flaky: FlakyFolder;
  let slept: number[];
  let retries: RetryInfo[];
  const options = () => ({
    attempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    random: () => 0.5,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      slept.push(ms);
    },
    onRetry: (info: RetryInfo) => retries.push(info),
  });
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "strongroom-retry-"));
    flaky = new FlakyFolder(new LocalFolder(join(root, "folder")));
    slept = [];
    retries = [];
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("backs off exponentially with full jitter under a ceiling", () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, 100, 1000, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(backoffDelay(3, 100, 1000, () => 0)).toBe(0);
  });

  it("retries transient failures until one succeeds", async () => {
    await flaky.inner.put("a.bin", chunked(Buffer.from("hello")));
    flaky.failures.stat = [transient(), transient()];
    const info = await withRetry(flaky, options()).stat("a.bin");
    expect(info.size).toBe(5);
    expect(flaky.calls.stat).toBe(3);
    expect(slept).toEqual([50, 100]);
    expect(retries.map((r) => [r.operation, r.name, r.attempt])).toEqual([
      ["stat", "a.bin", 1],
      ["stat", "a.bin", 2],
    ]);
  });

  it("gives up after the last attempt with the last error", async () => {
    const last = transient();
    flaky.failures.stat = [transient(), transient(), transient(), last, transient()];
    await expect(withRetry(flaky, options()).stat("a.bin")).rejects.toBe(last);
    expect(flaky.calls.stat).toBe(4);
  });

  it("never retries permanent errors, not-found or plain errors", async () => {
    for (const error of [
      new DestinationError("denied", { permanent: true }),
      new NotFoundError("gone"),
      new TypeError("bug"),
    ]) {
      flaky.failures.get = [error];
      await expect(withRetry(flaky, options()).get("a.bin")).rejects.toBe(error);
    }
    expect(flaky.calls.get).toBe(3);
    expect(retries).toEqual([]);
  });

  it("honours Retry-After over its own backoff", async () => {
    await flaky.inner.put("a.bin", chunked(Buffer.from("x")));
    flaky.failures.stat = [new RetryAfterError("slow down", 2500)];
    await withRetry(flaky, options()).stat("a.bin");
    expect(slept).toEqual([2500]);
  });

  it("does not retry once aborted, and stops waiting when aborted", async () => {
    const controller = new AbortController();
    flaky.failures.get = [transient()];
    // Aborted as the 60 s wait before the second attempt begins.
    const realSleep = withRetry(flaky, {
      baseDelayMs: 60_000,
      maxDelayMs: 60_000,
      random: () => 0.99,
      onRetry: () => setImmediate(() => controller.abort()),
    });
    const started = Date.now();
    const pending = realSleep.get("a.bin", { signal: controller.signal });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(flaky.calls.get).toBe(1);
  });

  it("retries a plain put only when the failed attempt did not read the body", async () => {
    flaky.failures.put = [transient()];
    await withRetry(flaky, options()).put("untouched.bin", chunked(Buffer.from("abc")));
    expect(flaky.calls.put).toBe(2);

    flaky.failures.put = [transient()];
    flaky.readBeforeFailing = 1;
    await expect(withRetry(flaky, options()).put("read.bin", chunked(randomBytes(300_000)))).rejects.toThrow(
      "connection reset",
    );
    expect(flaky.calls.put).toBe(3);
  });

  it("putFile re-opens the file for every attempt: the stored object is whole", async () => {
    const data = randomBytes(3_000_000);
    const path = join(root, "spooled.bin");
    await writeFile(path, data);
    flaky.failures.put = [transient(), transient()];
    flaky.readBeforeFailing = 1_000_000;
    const info = await putFile(withRetry(flaky, options()), "spooled.bin", path);
    expect(info.size).toBe(data.length);
    expect(flaky.calls.put).toBe(3);
    expect(await digestOf(await flaky.inner.get("spooled.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("putFile on a destination without retries puts once", async () => {
    const path = join(root, "once.bin");
    await writeFile(path, "once");
    flaky.failures.put = [transient()];
    await expect(putFile(flaky, "once.bin", path)).rejects.toThrow("connection reset");
    expect(flaky.calls.put).toBe(1);
  });

  it("restarts a failed listing without repeating names", async () => {
    for (const n of ["a", "b", "c", "d"]) await flaky.inner.put(n, chunked(Buffer.from(n)));
    flaky.failures.list = [transient()];
    const names: string[] = [];
    for await (const info of withRetry(flaky, options()).list()) names.push(info.name);
    expect(names).toEqual(["a", "b", "c", "d"]);
    expect(flaky.calls.list).toBe(2);
  });

  it("treats not-found on a retried remove as done", async () => {
    await flaky.inner.put("gone.bin", chunked(Buffer.from("x")));
    // The first attempt removes the object, then its answer is lost.
    const lossy: Destination = Object.assign(Object.create(flaky) as FlakyFolder, {
      remove: async (name: string) => {
        if (flaky.calls.remove++ === 0) {
          await flaky.inner.remove(name);
          throw transient();
        }
        return flaky.inner.remove(name);
      },
    });
    await withRetry(lossy, options()).remove("gone.bin");
    expect(flaky.calls.remove).toBe(2);
    await expect(withRetry(flaky, options()).remove("gone.bin")).rejects.toBeInstanceOf(NotFoundError);
  });
});
