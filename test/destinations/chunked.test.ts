import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isChunkBookkeeping, partName, withMaxObjectSize } from "../../src/destinations/chunked.ts";
import type { Destination, ObjectInfo } from "../../src/destinations/destination.ts";
import { LocalFolder } from "../../src/destinations/local-folder.ts";
import { DestinationError, isNotFound, UsageError } from "../../src/errors.ts";
import { chunked, describeConformance, digestOf, failingStream } from "./conformance.ts";

const MiB = 1024 * 1024;
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const roots: string[] = [];

async function folder(): Promise<{ root: string; inner: LocalFolder }> {
  const root = await mkdtemp(join(tmpdir(), "strongroom-chunked-"));
  roots.push(root);
  return { root, inner: new LocalFolder(root) };
}

afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

async function names(destination: Destination): Promise<string[]> {
  const all: ObjectInfo[] = [];
  for await (const info of destination.list()) all.push(info);
  return all.map((o) => o.name).sort();
}

/** Bookkeeping objects that belong to no visible object, and the folder's own partial files. */
async function chunkLeftovers(inner: Destination, outer: Destination, root?: string): Promise<string[]> {
  const visible = await names(outer);
  const raw = await names(inner);
  const orphans = raw.filter((n) => isChunkBookkeeping(n) && !visible.some((v) => n.startsWith(`${v}.`)));
  const hidden = root ? (await readdir(root)).filter((n) => n.startsWith(".")) : [];
  return [...orphans, ...hidden];
}

describeConformance("withMaxObjectSize(LocalFolder, 5 MiB)", async () => {
  const { root, inner } = await folder();
  const destination = withMaxObjectSize(inner, 5 * MiB);
  return { destination, cleanup: async () => {}, leftovers: () => chunkLeftovers(inner, destination, root) };
});

describeConformance(
  "withMaxObjectSize(LocalFolder, 256 KiB + 1): many parts, small first part",
  async () => {
    const { root, inner } = await folder();
    const destination = withMaxObjectSize(inner, 256 * 1024 + 1);
    return { destination, cleanup: async () => {}, leftovers: () => chunkLeftovers(inner, destination, root) };
  },
  { largeSize: 24 * MiB },
);

describe("withMaxObjectSize", () => {
  it("stores 13 MB as 3 parts of at most 5 MB plus an index; lists, stats and reads back one object", async () => {
    const { inner } = await folder();
    const d = withMaxObjectSize(inner, 5_000_000);
    const data = randomBytes(13_000_000);
    const info = await d.put("backup.dump.zst.age", chunked(data));
    expect(info).toMatchObject({ name: "backup.dump.zst.age", size: 13_000_000 });
    expect(await names(inner)).toEqual([
      "backup.dump.zst.age.part-0001",
      "backup.dump.zst.age.part-0002",
      "backup.dump.zst.age.part-0003",
      "backup.dump.zst.age.parts",
    ]);
    expect((await inner.stat("backup.dump.zst.age.part-0001")).size).toBe(5_000_000);
    expect((await inner.stat("backup.dump.zst.age.part-0003")).size).toBe(3_000_000);
    const listed: ObjectInfo[] = [];
    for await (const o of d.list()) listed.push(o);
    expect(listed.map((o) => [o.name, o.size])).toEqual([["backup.dump.zst.age", 13_000_000]]);
    expect((await d.stat("backup.dump.zst.age")).size).toBe(13_000_000);
    expect(await digestOf(await d.get("backup.dump.zst.age"))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("uses a known size: exactly the limit is one plain object, one byte more is two parts", async () => {
    const { inner } = await folder();
    const d = withMaxObjectSize(inner, 4 * MiB);
    await d.put("fits", chunked(randomBytes(4 * MiB)), { size: 4 * MiB });
    await d.put("over", chunked(randomBytes(4 * MiB + 1)), { size: 4 * MiB + 1 });
    await d.put("over-unknown", chunked(randomBytes(8 * MiB)));
    expect(await names(inner)).toEqual([
      "fits",
      "over-unknown.part-0001",
      "over-unknown.part-0002",
      "over-unknown.parts",
      "over.part-0001",
      "over.part-0002",
      "over.parts",
    ]);
  });

  it("fails clearly when a middle part is missing, before returning any byte", async () => {
    const { inner } = await folder();
    const d = withMaxObjectSize(inner, 5 * MiB);
    await d.put("b.age", chunked(randomBytes(13 * MiB)));
    await inner.remove(partName("b.age", 2));
    const error = await d.get("b.age").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DestinationError);
    expect(isNotFound(error)).toBe(false);
    expect((error as DestinationError).permanent).toBe(true);
    expect((error as Error).message).toMatch(/b\.age .* is incomplete: part 2 of 3 \(b\.age\.part-0002\) is missing/);
  });

  it("fails the stream when a part is shorter than its index says (never a short object)", async () => {
    const { root, inner } = await folder();
    const d = withMaxObjectSize(inner, 5 * MiB);
    await d.put("c.age", chunked(randomBytes(11 * MiB)));
    const stream = await d.get("c.age");
    // Truncate the last part after get checked the sizes: the stream must fail, not end short.
    await writeFile(join(root, partName("c.age", 3)), randomBytes(10));
    await expect(digestOf(stream)).rejects.toThrow(/c\.age\.part-0003 ended after 10 of 1048576 bytes/);
  });

  it("removes every part and the index", async () => {
    const { inner } = await folder();
    const d = withMaxObjectSize(inner, 2 * MiB);
    await d.put("gone", chunked(randomBytes(7 * MiB)));
    await d.put("stays", chunked(Buffer.from("x")));
    await d.remove("gone");
    expect(await names(inner)).toEqual(["stays"]);
    await expect(d.stat("gone")).rejects.toSatisfy(isNotFound);
  });

  it("a failed put removes the parts it wrote; an overwrite keeps the old parted object whole until it succeeds", async () => {
    const { inner } = await folder();
    const d = withMaxObjectSize(inner, 2 * MiB);
    const old = randomBytes(5 * MiB);
    await d.put("x", chunked(old));
    await expect(d.put("x", failingStream(7 * MiB))).rejects.toThrow(/failed midway/);
    expect(await names(inner)).toEqual(["x.part-0001", "x.part-0002", "x.part-0003", "x.parts"]);
    expect(await digestOf(await d.get("x"))).toEqual({ size: old.length, sha256: sha256(old) });

    const next = randomBytes(3 * MiB);
    await d.put("x", chunked(next));
    const after = await names(inner);
    expect(after).toHaveLength(3);
    expect(after.filter((n) => /^x\.[0-9a-f]{8}\.part-000[12]$/.test(n))).toHaveLength(2);
    expect(await digestOf(await d.get("x"))).toEqual({ size: next.length, sha256: sha256(next) });

    await d.put("x", chunked(Buffer.from("small now")));
    expect(await names(inner)).toEqual(["x"]);
    expect((await d.stat("x")).size).toBe(9);
  });

  it("reserves its bookkeeping names", async () => {
    const { inner } = await folder();
    const d = withMaxObjectSize(inner, MiB);
    for (const bad of ["a.parts", "a.part-0001"])
      await expect(d.put(bad, chunked(Buffer.from("x")))).rejects.toBeInstanceOf(UsageError);
    expect(() => withMaxObjectSize(inner, 0)).toThrow(UsageError);
  });
});
