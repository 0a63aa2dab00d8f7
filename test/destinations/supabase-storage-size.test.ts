import { createHash, randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Destination } from "../../src/destinations/destination.ts";
import { withRetry } from "../../src/destinations/retry.ts";
import {
  openSupabaseStorage,
  SupabaseStorageDestination,
  supabaseStorageOptionsFromUrl,
} from "../../src/destinations/supabase-storage.ts";
import { DEFAULT_MAX_OBJECT_SIZE } from "../../src/destinations/supabase-storage/part-size.ts";
import { DestinationError, UsageError } from "../../src/errors.ts";
import { type SupabaseStorageTestServer, startSupabaseStorageServer } from "../servers/supabase-storage-server.ts";
import { chunked, digestOf } from "./conformance.ts";

/** What the size limits (the free plan's 50 MB, a bucket's file_size_limit) do to supabase:// puts. */

const MiB = 1024 * 1024;
const FREE_PLAN = 50_000_000;
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
let server: SupabaseStorageTestServer;
let buckets = 0;

beforeAll(async () => {
  server = await startSupabaseStorageServer();
});
afterEach(() => {
  server.maxFileSize = undefined;
});
afterAll(async () => {
  await server?.stop();
});

function newBucket(fileSizeLimit?: number): string {
  const bucket = `sized-${++buckets}`;
  server.createBucket(bucket, fileSizeLimit === undefined ? {} : { fileSizeLimit });
  return bucket;
}

interface Opened {
  readonly destination: Destination;
  readonly info: string[];
  readonly warnings: string[];
}

function open(spec: string): Opened {
  const info: string[] = [];
  const warnings: string[] = [];
  const destination = openSupabaseStorage(spec, {
    env: { SUPABASE_URL: server.url, SUPABASE_SERVICE_ROLE_KEY: server.serviceRoleKey },
    addSecret: () => {},
    onInfo: (m) => info.push(m),
    onWarning: (m) => warnings.push(m),
  });
  return { destination, info, warnings };
}

/** Object keys under a prefix, relative to it. */
function keysUnder(bucket: string, prefix: string): string[] {
  return server
    .keys(bucket)
    .filter((k) => k.startsWith(`${prefix}/`))
    .map((k) => k.slice(prefix.length + 1));
}

async function partSizes(bucket: string, prefix: string): Promise<number[]> {
  const bare = new SupabaseStorageDestination({
    url: server.url,
    serviceRoleKey: server.serviceRoleKey,
    bucket,
    prefix,
  });
  const sizes: number[] = [];
  for await (const info of bare.list()) if (/\.part-\d{4}$/.test(info.name)) sizes.push(info.size);
  return sizes;
}

async function listed(d: Destination): Promise<[string, number][]> {
  const all: [string, number][] = [];
  for await (const info of d.list()) all.push([info.name, info.size]);
  return all;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

const bucketRequests = (from: number) => server.requests.slice(from).filter((r) => r.route === "bucket");

describe("supabase:// size limits", () => {
  it("reads the bucket's file_size_limit once, on the first put, and stores larger objects in parts of at most that", async () => {
    const bucket = newBucket(7 * MiB);
    const { destination: d, info, warnings } = open(`supabase://${bucket}/db`);
    const mark = server.requests.length;
    // Listing and reading never ask for the bucket's settings.
    expect(await listed(d)).toEqual([]);
    expect(bucketRequests(mark)).toEqual([]);
    const data = randomBytes(16 * MiB);
    await d.put("big.age", chunked(data));
    await d.put("small.json", chunked(Buffer.from("{}")), { size: 2 });
    expect(bucketRequests(mark)).toHaveLength(1);
    expect(await partSizes(bucket, "db")).toEqual([7 * MiB, 7 * MiB, 2 * MiB]);
    expect(keysUnder(bucket, "db")).toEqual([
      "big.age.part-0001",
      "big.age.part-0002",
      "big.age.part-0003",
      "big.age.parts",
      "small.json",
    ]);
    expect(await listed(d)).toEqual([
      ["big.age", data.length],
      ["small.json", 2],
    ]);
    expect(await digestOf(await d.get("big.age"))).toEqual({ size: data.length, sha256: sha256(data) });
    expect(info).toEqual([
      `supabase://${bucket}/db: bucket '${bucket}' has a file size limit of 7 MiB (7340032 bytes): storing backups above it in parts`,
    ]);
    expect(warnings).toEqual([]);
  });

  it("lowers a max-object-size above the bucket's limit to it, with a warning saying what to change", async () => {
    const bucket = newBucket(5 * MiB);
    const { destination: d, info, warnings } = open(`supabase://${bucket}/db?max-object-size=100MB`);
    const data = randomBytes(11 * MiB);
    await d.put("big.age", chunked(data));
    expect(await partSizes(bucket, "db")).toEqual([5 * MiB, 5 * MiB, MiB]);
    expect(await digestOf(await d.get("big.age"))).toEqual({ size: data.length, sha256: sha256(data) });
    expect(info).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/max-object-size 95.4 MiB \(100000000 bytes\) is above the file size limit of bucket/);
    expect(warnings[0]).toMatch(/storing parts of at most 5 MiB \(5242880 bytes\)/);
    expect(warnings[0]).toMatch(/lower max-object-size, or raise the bucket's limit/);
  });

  it("keeps a max-object-size below the bucket's limit, silently", async () => {
    const bucket = newBucket(20 * MiB);
    const { destination: d, info, warnings } = open(`supabase://${bucket}/db?max-object-size=3MiB`);
    await d.put("big.age", chunked(randomBytes(7 * MiB)));
    expect(await partSizes(bucket, "db")).toEqual([3 * MiB, 3 * MiB, MiB]);
    expect([...info, ...warnings]).toEqual([]);
  });

  it("falls back to 50 MB when the bucket's settings cannot be read, and says so", async () => {
    server.maxFileSize = FREE_PLAN;
    const bucket = newBucket();
    // What a key without access to bucket settings gets: the service's 400 with the real code inside.
    server.fault({
      route: "bucket",
      status: 400,
      body: { statusCode: "403", error: "Unauthorized", message: "new row violates row-level security policy" },
    });
    const { destination: d, info } = open(`supabase://${bucket}/db`);
    const data = randomBytes(FREE_PLAN + MiB);
    await d.put("big.age", chunked(data));
    expect(await partSizes(bucket, "db")).toEqual([DEFAULT_MAX_OBJECT_SIZE, MiB]);
    expect(await digestOf(await d.get("big.age"))).toEqual({ size: data.length, sha256: sha256(data) });
    expect(info).toHaveLength(1);
    expect(info[0]).toMatch(
      new RegExp(
        `could not read the file size limit of bucket '${bucket}' \\(.*row-level security.*\\); storing backups above 50 MB`,
      ),
    );
    expect(info[0]).not.toContain(server.serviceRoleKey);
  });

  it("with an explicit max-object-size and an unreadable bucket, uses that value and says the bucket was not checked", async () => {
    const bucket = newBucket();
    server.fault({
      route: "bucket",
      status: 403,
      body: { statusCode: "403", error: "Unauthorized", message: "denied" },
    });
    const { destination: d, info } = open(`supabase://${bucket}/db?max-object-size=2MiB`);
    await d.put("big.age", chunked(randomBytes(3 * MiB)));
    expect(await partSizes(bucket, "db")).toEqual([2 * MiB, MiB]);
    expect(info[0]).toMatch(
      /could not read the file size limit .* storing backups above 2 MiB \(2097152 bytes\) in parts, as max-object-size says/,
    );
  });

  it("a transient failure reading the bucket is retried with the put (the body untouched), not taken for 'no limit'", async () => {
    const bucket = newBucket(3 * MiB);
    server.fault({ route: "bucket", status: 503, body: { statusCode: "503", error: "unavailable", message: "busy" } });
    const { destination } = open(`supabase://${bucket}/db`);
    const retries: string[] = [];
    const d = withRetry(destination, { sleep: async () => {}, onRetry: (r) => retries.push(r.operation) });
    const data = randomBytes(7 * MiB);
    await d.put("big.age", chunked(data));
    expect(retries).toEqual(["put"]);
    expect(await partSizes(bucket, "db")).toEqual([3 * MiB, 3 * MiB, MiB]);
    expect(await digestOf(await d.get("big.age"))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("?max-object-size=0 stores one object and asks nothing about the bucket; above the limit it fails with the hint and leaves nothing", async () => {
    server.maxFileSize = 7 * MiB;
    const bucket = newBucket();
    const mark = server.requests.length;
    const { destination: d } = open(`supabase://${bucket}/db?max-object-size=0`);
    expect(d).toBeInstanceOf(SupabaseStorageDestination);
    await d.put("fits.age", chunked(randomBytes(7 * MiB)));
    expect(server.keys(bucket)).toEqual(["db/fits.age"]);
    const error = await rejection(d.put("big.age", chunked(randomBytes(8 * MiB))));
    expect(error).toBeInstanceOf(DestinationError);
    expect((error as DestinationError).permanent).toBe(true);
    expect((error as DestinationError).hint).toMatch(/set \?max-object-size= .* for example \?max-object-size=50MB/);
    expect(bucketRequests(mark)).toEqual([]);
    expect(server.keys(bucket)).toEqual(["db/fits.age"]);
    expect(server.openUploads().filter((u) => u.bucket === bucket)).toEqual([]);
  });

  it("refuses a max-object-size between 0 and 1 MiB", () => {
    const env = { SUPABASE_URL: server.url, SUPABASE_SERVICE_ROLE_KEY: "k" };
    expect(() => supabaseStorageOptionsFromUrl("supabase://b/p?max-object-size=512KiB", env)).toThrow(UsageError);
    expect(() => supabaseStorageOptionsFromUrl("supabase://b/p?max-object-size=512KiB", env)).toThrow(
      /0 \(no splitting\) or at least 1MiB/,
    );
  });
});

describe("local Storage server limits (as supabase/storage enforces them)", () => {
  const bare = (bucket: string) =>
    new SupabaseStorageDestination({
      url: server.url,
      serviceRoleKey: server.serviceRoleKey,
      bucket,
      prefix: "raw",
      tusRetryDelays: [0],
    });

  it("applies the lower of the global limit and the bucket's, on standard uploads and on TUS (declared and deferred length)", async () => {
    server.maxFileSize = 9 * MiB;
    const small = newBucket(MiB);
    const large = newBucket(20 * MiB);
    const cases: [string, number, number | undefined][] = [
      [small, 2 * MiB, undefined], // standard upload above the bucket's limit
      [small, 7 * MiB, 7 * MiB], // TUS creation with a length above the bucket's limit
      [large, 10 * MiB, 10 * MiB], // TUS creation with a length above the global limit
      [large, 10 * MiB, undefined], // TUS with deferred length: the PATCH that would pass it
    ];
    for (const [bucket, size, declared] of cases) {
      const mark = server.requests.length;
      const error = await rejection(
        bare(bucket).put("x.age", chunked(randomBytes(size)), declared === undefined ? {} : { size: declared }),
      );
      expect((error as DestinationError).permanent, error.message).toBe(true);
      expect((error as DestinationError).hint).toMatch(/file size limit/);
      const answers = server.requests.slice(mark).map((r) => `${r.route} ${r.status}`);
      expect(
        answers.some((a) => /^(upload 400|tus-create 413|tus-patch 413)$/.test(a)),
        answers.join(", "),
      ).toBe(true);
      expect(server.keys(bucket)).toEqual([]);
      expect(server.openUploads().filter((u) => u.bucket === bucket)).toEqual([]);
    }
    // At the limit exactly, both pass.
    await bare(small).put("edge.age", chunked(randomBytes(MiB)));
    await bare(large).put("edge.age", chunked(randomBytes(9 * MiB)));
  });

  it("answers the bucket's settings with file_size_limit (null when unset)", async () => {
    const limited = newBucket(5 * MiB);
    const open = newBucket();
    const headers = { apikey: server.serviceRoleKey, authorization: `Bearer ${server.serviceRoleKey}` };
    const read = async (b: string) =>
      (await (await fetch(`${server.url}/storage/v1/bucket/${b}`, { headers })).json()) as {
        file_size_limit: unknown;
      };
    expect((await read(limited)).file_size_limit).toBe(5 * MiB);
    expect((await read(open)).file_size_limit).toBeNull();
  });
});
