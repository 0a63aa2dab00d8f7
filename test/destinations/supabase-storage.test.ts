import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partName } from "../../src/destinations/chunked.ts";
import type { Destination, ObjectInfo } from "../../src/destinations/destination.ts";
import { withRetry } from "../../src/destinations/retry.ts";
import {
  openSupabaseStorage,
  RESUMABLE_THRESHOLD,
  SupabaseStorageDestination,
  type SupabaseStorageOptions,
  supabaseStorageOptionsFromUrl,
  TUS_CHUNK_SIZE,
} from "../../src/destinations/supabase-storage.ts";
import { DestinationError, isNotFound, UsageError } from "../../src/errors.ts";
import {
  type RequestRecord,
  type SupabaseStorageTestServer,
  startSupabaseStorageServer,
} from "../servers/supabase-storage-server.ts";
import { chunked, describeConformance, digestOf, failingStream } from "./conformance.ts";

const MiB = 1024 * 1024;
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
let server: SupabaseStorageTestServer;
let buckets = 0;

beforeAll(async () => {
  server = await startSupabaseStorageServer();
});
afterAll(async () => {
  await server?.stop();
});

function newBucket(): string {
  const bucket = `backups-${++buckets}`;
  server.createBucket(bucket);
  return bucket;
}

function destination(bucket: string, options: Partial<SupabaseStorageOptions> = {}): SupabaseStorageDestination {
  return new SupabaseStorageDestination({
    url: server.url,
    serviceRoleKey: server.serviceRoleKey,
    bucket,
    prefix: "strongroom/prod",
    tusRetryDelays: [0, 50, 100, 200],
    ...options,
  });
}

async function names(d: Destination): Promise<ObjectInfo[]> {
  const all: ObjectInfo[] = [];
  for await (const info of d.list()) all.push(info);
  return all;
}

/** Requests since `from` for one object key (REST paths or TUS uploads of it). */
function requestsFor(from: number, bucket: string): RequestRecord[] {
  return server.requests.slice(from).filter((r) => r.path.includes(bucket) || r.route.startsWith("tus"));
}

async function failure(promise: Promise<unknown>): Promise<DestinationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DestinationError);
  return error as DestinationError;
}

describeConformance("SupabaseStorageDestination (local Storage API + TUS)", async () => {
  const bucket = newBucket();
  return {
    destination: destination(bucket),
    cleanup: async () => {},
    leftovers: async () => [
      ...server
        .openUploads()
        .filter((u) => u.bucket === bucket)
        .map((u) => `open TUS upload of ${u.key} at ${u.offset}`),
      ...server.keys(bucket).filter((key) => !key.startsWith("strongroom/prod/")),
    ],
  };
});

describeConformance("supabase:// with max-object-size=5MiB (parts over TUS and standard uploads)", async () => {
  const bucket = newBucket();
  const env = { SUPABASE_URL: server.url, SUPABASE_SERVICE_ROLE_KEY: server.serviceRoleKey };
  return {
    destination: openSupabaseStorage(`supabase://${bucket}/nightly?max-object-size=5MiB`, { env, addSecret: () => {} }),
    cleanup: async () => {},
    leftovers: async () => server.openUploads().map((u) => `open TUS upload of ${u.key}`),
  };
});

describe("SupabaseStorageDestination", () => {
  it("uploads up to 6 MB in one standard request and larger bodies through TUS in 6 MiB chunks", async () => {
    const bucket = newBucket();
    const d = destination(bucket);
    const from = server.requests.length;
    const small = randomBytes(RESUMABLE_THRESHOLD);
    await d.put("small.bin", chunked(small));
    const smallRequests = requestsFor(from, bucket);
    expect(smallRequests.filter((r) => r.route === "upload").map((r) => r.bytes)).toEqual([RESUMABLE_THRESHOLD]);
    expect(smallRequests.filter((r) => r.route.startsWith("tus"))).toEqual([]);

    const mark = server.requests.length;
    const large = randomBytes(13 * MiB + 5);
    await d.put("large.bin", chunked(large));
    const tus = server.requests.slice(mark).filter((r) => r.route.startsWith("tus"));
    expect(server.requests.slice(mark).filter((r) => r.route === "upload")).toEqual([]);
    const create = tus.find((r) => r.route === "tus-create");
    expect(create?.headers.authorization).toBe(`Bearer ${server.serviceRoleKey}`);
    expect(create?.headers["x-upsert"]).toBe("true");
    expect(create?.headers["upload-defer-length"]).toBe("1");
    const metadata = Object.fromEntries(
      String(create?.headers["upload-metadata"])
        .split(",")
        .map((pair) => pair.split(" "))
        .map(([k, v]) => [k, Buffer.from(v ?? "", "base64").toString()]),
    );
    expect(metadata).toEqual({
      bucketName: bucket,
      objectName: "strongroom/prod/large.bin",
      contentType: "application/octet-stream",
      cacheControl: "3600",
    });
    expect(tus.filter((r) => r.route === "tus-patch").map((r) => [r.offset, r.bytes])).toEqual([
      [0, TUS_CHUNK_SIZE],
      [TUS_CHUNK_SIZE, TUS_CHUNK_SIZE],
      [2 * TUS_CHUNK_SIZE, MiB + 5],
    ]);
    expect(await digestOf(await d.get("large.bin"))).toEqual({ size: large.length, sha256: sha256(large) });
    expect(server.keys(bucket)).toEqual(["strongroom/prod/large.bin", "strongroom/prod/small.bin"]);
  });

  it("declares the length up front when the size is known, and finishes a body of exactly 2 chunks", async () => {
    const bucket = newBucket();
    const d = destination(bucket);
    const mark = server.requests.length;
    const data = randomBytes(2 * TUS_CHUNK_SIZE);
    await d.put("known.bin", chunked(data), { size: data.length });
    const create = server.requests.slice(mark).find((r) => r.route === "tus-create");
    expect(create?.headers["upload-length"]).toBe(String(data.length));
    await d.put("deferred.bin", chunked(data));
    for (const n of ["known.bin", "deferred.bin"])
      expect(await digestOf(await d.get(n))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("resumes a TUS upload after a dropped connection from the server's offset, without re-sending from zero", async () => {
    const bucket = newBucket();
    const d = destination(bucket);
    const data = randomBytes(15 * MiB);
    const dropAt = MiB + 12345;
    server.fault({ route: "tus-patch", dropAfterBytes: TUS_CHUNK_SIZE + dropAt });
    // The fault hits the first PATCH that sends more than the drop point: the second chunk.
    const mark = server.requests.length;
    await d.put("resumed.bin", chunked(data));
    const tus = server.requests.slice(mark).filter((r) => r.route.startsWith("tus"));
    const patches = tus.filter((r) => r.route === "tus-patch");
    expect(patches.map((r) => [r.offset, r.bytes])).toEqual([
      [0, TUS_CHUNK_SIZE],
      [TUS_CHUNK_SIZE, TUS_CHUNK_SIZE],
      [2 * TUS_CHUNK_SIZE, 15 * MiB - 2 * TUS_CHUNK_SIZE],
    ]);
    expect(tus.filter((r) => r.route === "tus-head")).toHaveLength(0);
    expect(await digestOf(await d.get("resumed.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("asks the server for its offset after a drop inside a chunk and sends only the rest of that chunk", async () => {
    const bucket = newBucket();
    const d = destination(bucket);
    const data = randomBytes(14 * MiB);
    const kept = 2 * MiB + 777;
    server.fault({ route: "tus-patch", dropAfterBytes: kept });
    const mark = server.requests.length;
    await d.put("resumed.bin", chunked(data));
    const tus = server.requests.slice(mark).filter((r) => r.route.startsWith("tus"));
    expect(tus.map((r) => r.route)).toEqual(["tus-create", "tus-patch", "tus-head", "tus-patch", "tus-patch"]);
    const patches = tus.filter((r) => r.route === "tus-patch").map((r) => [r.offset, r.bytes]);
    expect(patches[0]).toEqual([0, kept]);
    // Resumed at the server's offset: the kept bytes are not sent again.
    expect(patches[1]).toEqual([kept, TUS_CHUNK_SIZE]);
    const sent = patches.reduce((sum, [, bytes]) => sum + (bytes ?? 0), 0);
    expect(sent).toBe(data.length);
    expect(await digestOf(await d.get("resumed.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("retries a rejected chunk (500) and a throttled one (429 with Retry-After), byte-identical in the end", async () => {
    const bucket = newBucket();
    const d = destination(bucket);
    const data = randomBytes(20 * MiB);
    server.fault({ route: "tus-patch", status: 500, body: { message: "chunk rejected" } });
    server.fault({ route: "tus-patch", status: 429, headers: { "retry-after": "1" } });
    server.fault({ route: "tus-create", status: 503 });
    await d.put("retried.bin", chunked(data));
    expect(await digestOf(await d.get("retried.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
    expect(server.openUploads().filter((u) => u.bucket === bucket)).toEqual([]);
  });

  it("gives up after its retries, terminates the TUS upload and leaves nothing", async () => {
    const bucket = newBucket();
    const d = destination(bucket, { tusRetryDelays: [0] });
    server.fault({ route: "tus-patch", status: 500 });
    server.fault({ route: "tus-patch", status: 500 });
    const error = await failure(d.put("doomed.bin", chunked(randomBytes(7 * MiB))));
    expect(error.permanent).toBe(false);
    expect(server.openUploads().filter((u) => u.bucket === bucket)).toEqual([]);
    expect(server.keys(bucket)).toEqual([]);
  });

  it("turns 429 with Retry-After on a REST call into a RetryAfterError that withRetry honours", async () => {
    const bucket = newBucket();
    const d = destination(bucket);
    await d.put("a.bin", chunked(Buffer.from("a")));
    server.fault({ route: "list", status: 429, headers: { "retry-after": "2" } });
    const error = await failure(names(d));
    expect(error.permanent).toBe(false);
    expect((error as DestinationError & { retryAfterMs?: number }).retryAfterMs).toBe(2000);
    server.fault({ route: "list", status: 429, headers: { "retry-after": "0" } });
    const waits: number[] = [];
    const retrying = withRetry(d, { sleep: async (ms) => void waits.push(ms) });
    expect((await names(retrying)).map((o) => o.name)).toEqual(["a.bin"]);
    expect(waits).toEqual([0]);
  });

  it("pages through more than one page of listing", async () => {
    const bucket = newBucket();
    const d = destination(bucket, { prefix: "" });
    const all = Array.from({ length: 1203 }, (_, i) => `b-${String(i).padStart(4, "0")}`);
    const queue = [...all];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let n = queue.shift(); n; n = queue.shift()) await d.put(n, chunked(Buffer.from(n)));
      }),
    );
    const mark = server.requests.length;
    expect((await names(d)).map((o) => o.name)).toEqual(all);
    expect(server.requests.slice(mark).filter((r) => r.route === "list")).toHaveLength(2);
  });

  it("a wrong key is a permanent error naming SUPABASE_SERVICE_ROLE_KEY, and the key never appears", async () => {
    const bucket = newBucket();
    const wrongKey = "sb_secret_wrong-key-do-not-print-0123456789";
    const d = destination(bucket, { serviceRoleKey: wrongKey });
    const attempts = [
      () => d.put("small.bin", chunked(Buffer.from("x"))),
      () => d.put("large.bin", chunked(randomBytes(7 * MiB))),
      () => names(d),
      () => d.stat("x"),
      () => d.get("x"),
      () => d.remove("x"),
    ];
    for (const attempt of attempts) {
      const error = await failure(attempt());
      expect(error.permanent).toBe(true);
      expect(isNotFound(error)).toBe(false);
      expect(error.hint).toMatch(/SUPABASE_SERVICE_ROLE_KEY/);
      const everything = `${error.message} ${error.hint} ${String((error.cause as Error | undefined)?.message)} ${error.stack}`;
      expect(everything).not.toContain(wrongKey);
      expect(everything).not.toContain(server.serviceRoleKey);
    }
  });

  it("a missing bucket is permanent with a hint to create it", async () => {
    const error = await failure(destination("no-such-bucket").put("x", chunked(Buffer.from("x"))));
    expect(error.permanent).toBe(true);
    expect(error.hint).toMatch(/create the bucket/);
  });

  it("a file above the plan's limit is permanent, with a hint to set max-object-size", async () => {
    const bucket = newBucket();
    server.maxFileSize = 7 * MiB;
    try {
      const d = destination(bucket);
      for (const size of [undefined, 8 * MiB]) {
        const error = await failure(
          d.put("big.bin", chunked(randomBytes(8 * MiB)), size === undefined ? {} : { size }),
        );
        expect(error.permanent).toBe(true);
        expect(error.hint).toMatch(/max-object-size=50MB/);
      }
      expect(server.openUploads().filter((u) => u.bucket === bucket)).toEqual([]);
      // The same body in parts passes.
      const env = { SUPABASE_URL: server.url, SUPABASE_SERVICE_ROLE_KEY: server.serviceRoleKey };
      const parted = openSupabaseStorage(`supabase://${bucket}/p?max-object-size=7MiB`, { env, addSecret: () => {} });
      const data = randomBytes(8 * MiB);
      await parted.put("big.bin", chunked(data));
      expect(await digestOf(await parted.get("big.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
    } finally {
      server.maxFileSize = undefined;
    }
  });

  it("aborting mid-TUS-upload terminates it and leaves nothing visible", async () => {
    const bucket = newBucket();
    const d = destination(bucket);
    const controller = new AbortController();
    // Checked once the put has taken all 13 * MiB bytes and asks for more that never come.
    let hung: () => void = () => {};
    const waiting = new Promise<void>((resolve) => (hung = resolve));
    const body = failingStream(13 * MiB, { hang: true, onHang: () => hung() });
    const put = d.put("aborted.bin", body, { signal: controller.signal }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await waiting;
    expect(server.openUploads().filter((u) => u.bucket === bucket)).toHaveLength(1);
    controller.abort();
    expect(((await put) as Error).name).toBe("AbortError");
    expect(server.openUploads().filter((u) => u.bucket === bucket)).toEqual([]);
    expect(server.keys(bucket)).toEqual([]);
  });
});

describe("supabase:// with max-object-size", () => {
  const env = () => ({ SUPABASE_URL: server.url, SUPABASE_SERVICE_ROLE_KEY: server.serviceRoleKey });

  it("stores 13 MB with a 5 MB maximum as 3 parts plus an index; lists one object; reads back byte-identical", async () => {
    const bucket = newBucket();
    const d = openSupabaseStorage(`supabase://${bucket}/db?max-object-size=5MB`, { env: env(), addSecret: () => {} });
    expect(d.display).toBe(`supabase://${bucket}/db`);
    const data = randomBytes(13_000_000);
    await d.put("nightly.dump.zst.age", chunked(data));
    expect(server.keys(bucket)).toEqual([
      "db/nightly.dump.zst.age.part-0001",
      "db/nightly.dump.zst.age.part-0002",
      "db/nightly.dump.zst.age.part-0003",
      "db/nightly.dump.zst.age.parts",
    ]);
    expect((await names(d)).map((o) => [o.name, o.size])).toEqual([["nightly.dump.zst.age", 13_000_000]]);
    expect(await digestOf(await d.get("nightly.dump.zst.age"))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("a missing middle part makes get fail clearly", async () => {
    const bucket = newBucket();
    const d = openSupabaseStorage(`supabase://${bucket}/db?max-object-size=5MB`, { env: env(), addSecret: () => {} });
    await d.put("n.age", chunked(randomBytes(13_000_000)));
    await destination(bucket, { prefix: "db" }).remove(partName("n.age", 2));
    const error = await failure(d.get("n.age"));
    expect(error.permanent).toBe(true);
    expect(error.message).toMatch(
      /n\.age in supabase:\/\/.* is incomplete: part 2 of 3 \(n\.age\.part-0002\) is missing/,
    );
  });
});

describe("supabaseStorageOptionsFromUrl", () => {
  it("reads the bucket, prefix, size limit and the variables", () => {
    const secrets: string[] = [];
    const env = { SUPABASE_URL: "https://abc.supabase.co/", SUPABASE_SERVICE_ROLE_KEY: "service-key" };
    expect(supabaseStorageOptionsFromUrl("supabase://backups/db/prod/?max-object-size=50MB", env)).toEqual({
      url: "https://abc.supabase.co",
      serviceRoleKey: "service-key",
      bucket: "backups",
      prefix: "db/prod",
      maxObjectSize: 50_000_000,
    });
    const d = openSupabaseStorage("supabase://backups", {
      env,
      addSecret: (s) => {
        if (s) secrets.push(s);
      },
    });
    // By default objects above the size limit go in parts; 0 turns that off.
    expect(d).not.toBeInstanceOf(SupabaseStorageDestination);
    expect(secrets).toEqual(["service-key"]);
    expect(supabaseStorageOptionsFromUrl("supabase://backups?max-object-size=0", env).maxObjectSize).toBe(0);
    expect(openSupabaseStorage("supabase://backups?max-object-size=0", { env, addSecret: () => {} })).toBeInstanceOf(
      SupabaseStorageDestination,
    );
    expect(supabaseStorageOptionsFromUrl("supabase://b?project-url=http://127.0.0.1:9", env).url).toBe(
      "http://127.0.0.1:9",
    );
  });

  it("lists every problem at once", () => {
    let error: unknown;
    try {
      supabaseStorageOptionsFromUrl("supabase://user:pw@bad%20bucket/x?max-object-size=12Q&colour=red", {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const text = (error as UsageError).problems.join("\n");
    for (const expected of [
      "must not carry credentials",
      "not a bucket name",
      "unknown supabase:// option 'colour'",
      "max-object-size",
      "SUPABASE_URL is not set",
      "SUPABASE_SERVICE_ROLE_KEY is not set",
    ]) {
      expect(text).toContain(expected);
    }
  });
});
