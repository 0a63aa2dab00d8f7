import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { putFile, type RetryInfo, withRetry } from "../../src/destinations/retry.ts";
import { S3Destination, type S3Options } from "../../src/destinations/s3.ts";
import { s3OptionsFromUrl } from "../../src/destinations/s3/url.ts";
import { DestinationError, isNotFound, isPermanent, UsageError } from "../../src/errors.ts";
import { is, type S3TestServer, s3Error, startS3Server } from "../servers/s3-server.ts";
import { chunked, describeConformance, digestOf } from "./conformance.ts";

// Only loopback: no instance-metadata lookups, no shared config, explicit everything below.
process.env.AWS_EC2_METADATA_DISABLED = "true";
for (const key of [
  "AWS_PROFILE",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_S3",
])
  delete process.env[key];

const MiB = 1024 * 1024;
let server: S3TestServer;
let buckets = 0;
const destinations: S3Destination[] = [];

beforeAll(async () => {
  server = await startS3Server();
});
afterAll(async () => {
  for (const d of destinations) d.destroy();
  await server?.stop();
});

async function newBucket(): Promise<string> {
  const bucket = `strongroom-${process.pid}-${++buckets}`;
  await server.createBucket(bucket);
  return bucket;
}

function destination(options: Partial<S3Options> & { bucket: string; viaProxy?: boolean }): S3Destination {
  const { viaProxy, ...rest } = options;
  const d = new S3Destination({
    prefix: "backups/prod",
    region: server.region,
    endpoint: viaProxy ? server.proxy.endpoint : server.endpoint,
    forcePathStyle: true,
    credentials: server.credentials,
    ...rest,
  });
  destinations.push(d);
  return d;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describeConformance("S3Destination (fauxqs)", async () => {
  const bucket = await newBucket();
  return {
    destination: destination({ bucket }),
    leftovers: async () => [
      ...(await server.openUploads(bucket)).map((u) => `open multipart upload of ${u.key} (${u.parts} parts)`),
      ...(await server.keys(bucket)).filter((key) => !key.startsWith("backups/prod/")),
    ],
    cleanup: async () => {},
  };
});

describe("S3Destination", () => {
  it("keeps to its prefix: keys above or below it are not listed", async () => {
    const bucket = await newBucket();
    const d = destination({ bucket });
    const raw = d.client;
    for (const Key of ["backups/other.bin", "backups/prod/nested/deep.bin", "backups/prodx.bin", "top.bin"]) {
      await raw.send(new PutObjectCommand({ Bucket: bucket, Key, Body: "x" }));
    }
    await d.put("mine.bin", chunked(Buffer.from("mine")));
    const names: string[] = [];
    for await (const info of d.list()) names.push(info.name);
    expect(names).toEqual(["mine.bin"]);
    expect(await server.keys(bucket)).toContain("backups/prod/mine.bin");
    expect(d.display).toBe(`s3://${bucket}/backups/prod`);
  });

  it("goes through HTTP_PROXY when the environment names one", async () => {
    const bucket = await newBucket();
    server.proxy.reset();
    const options = s3OptionsFromUrl(`s3://${bucket}/via-proxy`, {
      AWS_ENDPOINT_URL_S3: server.endpoint,
      AWS_ACCESS_KEY_ID: server.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: server.credentials.secretAccessKey,
      HTTP_PROXY: server.proxy.endpoint,
    });
    const d = new S3Destination(options);
    destinations.push(d);
    await d.put("proxied.bin", chunked(Buffer.from("through the proxy")));
    expect(server.proxy.requests.map((r) => r.target)).toContain(`${server.endpoint}/${bucket}/via-proxy/proxied.bin`);
    expect(await server.keys(bucket)).toEqual(["via-proxy/proxied.bin"]);
    server.proxy.reset();
  });

  it.each(["CRC32", "SHA256"] as const)("asks the server to check a %s of every request body", async (checksum) => {
    const bucket = await newBucket();
    server.proxy.reset();
    const d = destination({ bucket, viaProxy: true, ...(checksum === "SHA256" ? { checksum } : {}) });
    await d.put("small.bin", chunked(randomBytes(1000)));
    await d.put("parts.bin", chunked(randomBytes(9 * MiB)));
    const uploads = server.proxy.requests.filter((r) => is.putObject(r) || is.uploadPart()(r));
    expect(uploads.length).toBe(3);
    for (const r of uploads) {
      const header = `x-amz-checksum-${checksum.toLowerCase()}`;
      const sent = r.headers[header] !== undefined || r.headers["x-amz-trailer"] === header;
      expect(sent, `${r.method} ${r.target} carries ${header}`).toBe(true);
    }
    server.proxy.reset();
  });

  it("a missing bucket is permanent with a hint", async () => {
    const d = destination({ bucket: "no-such-bucket" });
    const error = await d.put("x.bin", chunked(Buffer.from("x"))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DestinationError);
    expect(isPermanent(error)).toBe(true);
    expect(isNotFound(error)).toBe(false);
    expect((error as DestinationError).hint).toMatch(/bucket name/);
  });
});

describe("S3Destination through faults", () => {
  let bucket: string;
  let retries: RetryInfo[];
  const retrying = (d: S3Destination) =>
    withRetry(d, { attempts: 5, baseDelayMs: 20, maxDelayMs: 200, onRetry: (info) => retries.push(info) });
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "strongroom-s3-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  afterEach(() => server.proxy.reset());

  async function spool(size: number): Promise<{ path: string; data: Buffer }> {
    const data = randomBytes(size);
    const path = join(dir, `spool-${size}-${Date.now()}.bin`);
    await writeFile(path, data);
    return { path, data };
  }

  async function expectStoredExactly(d: S3Destination, name: string, data: Buffer): Promise<void> {
    expect(await digestOf(await d.get(name))).toEqual({ size: data.length, sha256: sha256(data) });
    expect(await server.openUploads(bucket)).toEqual([]);
  }

  it.each([1, 2])(
    "a connection dropped mid-upload is retried by the SDK (%i drops): the object is byte-identical",
    async (drops) => {
      bucket = await newBucket();
      retries = [];
      const d = destination({ bucket, viaProxy: true });
      server.proxy.inject({ match: is.uploadPart(2), action: { kind: "drop", afterBytes: 3 * MiB }, times: drops });
      const data = randomBytes(20 * MiB);
      await d.put("dropped.bin", chunked(data));
      const part2 = server.proxy.requests.filter(is.uploadPart(2));
      expect(part2.length).toBe(drops + 1);
      expect(part2.filter((r) => r.fault?.startsWith("drop")).length).toBe(drops);
      await expectStoredExactly(d, "dropped.bin", data);
    },
  );

  it("drops beyond the SDK's own attempts: withRetry + putFile starts over and succeeds", async () => {
    bucket = await newBucket();
    retries = [];
    const d = destination({ bucket, viaProxy: true, maxAttempts: 1 });
    const { path, data } = await spool(18 * MiB);
    server.proxy.inject({ match: is.uploadPart(2), action: { kind: "drop", afterBytes: 1 * MiB }, times: 2 });
    const info = await putFile(retrying(d), "resumed.bin", path);
    expect(info.size).toBe(data.length);
    expect(retries.map((r) => r.operation)).toEqual(["put", "put"]);
    expect(isPermanent(retries[0]?.error)).toBe(false);
    await expectStoredExactly(d, "resumed.bin", data);
  });

  it("500s: withRetry + putFile succeeds and the failed multipart uploads were aborted", async () => {
    bucket = await newBucket();
    retries = [];
    const d = destination({ bucket, viaProxy: true, maxAttempts: 1 });
    const { path, data } = await spool(10 * MiB);
    server.proxy.inject({
      match: is.uploadPart(),
      action: s3Error(500, "InternalError", "We encountered an internal error. Please try again."),
      times: 3,
    });
    await putFile(retrying(d), "five-hundred.bin", path);
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(server.proxy.requests.filter((r) => r.method === "DELETE" && r.query.has("uploadId")).length).toBe(
      retries.length,
    );
    await expectStoredExactly(d, "five-hundred.bin", data);
  });

  it("429 with Retry-After: the wait asked for is the wait taken", async () => {
    bucket = await newBucket();
    retries = [];
    const d = destination({ bucket, viaProxy: true, maxAttempts: 1 });
    const { path, data } = await spool(1000);
    server.proxy.inject({
      match: is.putObject,
      action: s3Error(429, "SlowDown", "Please reduce your request rate.", { "retry-after": "2" }),
    });
    const started = Date.now();
    await putFile(retrying(d), "throttled.bin", path);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(retries.map((r) => r.delayMs)).toEqual([2000]);
    await expectStoredExactly(d, "throttled.bin", data);
  });

  it("outside an upload the SDK tries a request once: the decorator's attempts are the only ones", async () => {
    bucket = await newBucket();
    retries = [];
    const d = destination({ bucket, viaProxy: true });
    await d.put("flaky-stat.bin", chunked(Buffer.from("x")));
    server.proxy.reset();
    server.proxy.inject({
      match: is.head,
      action: s3Error(503, "SlowDown", "Please reduce your request rate."),
      times: 2,
    });
    expect((await retrying(d).stat("flaky-stat.bin")).size).toBe(1);
    expect(server.proxy.requests.filter(is.head).length).toBe(3);
    expect(retries.map((r) => r.operation)).toEqual(["stat", "stat"]);
  });

  it("a rejected part aborts the upload: nothing visible, nothing open, not retried", async () => {
    bucket = await newBucket();
    retries = [];
    const d = destination({ bucket, viaProxy: true });
    server.proxy.inject({
      match: is.uploadPart(2),
      action: s3Error(400, "InvalidArgument", "Part number 2 is not acceptable."),
    });
    const { path } = await spool(20 * MiB);
    const error = await putFile(retrying(d), "rejected.bin", path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DestinationError);
    expect(isPermanent(error)).toBe(true);
    expect(retries).toEqual([]);
    expect(server.proxy.requests.some((r) => r.method === "DELETE" && r.query.has("uploadId"))).toBe(true);
    expect(await server.openUploads(bucket)).toEqual([]);
    expect(await server.keys(bucket)).toEqual([]);
    await expect(d.stat("rejected.bin")).rejects.toSatisfy(isNotFound);
  });

  it("wrong credentials are permanent, hint at the variables, and never show the secret", async () => {
    bucket = await newBucket();
    retries = [];
    const secretAccessKey = "wrong-secret-do-not-print-0123456789";
    const d = retrying(
      destination({ bucket, viaProxy: true, credentials: { accessKeyId: "WRONGKEYID", secretAccessKey } }),
    );
    const failures = [
      await d.put("x.bin", chunked(Buffer.from("x"))).catch((e: unknown) => e),
      await d.stat("x.bin").catch((e: unknown) => e),
      await (async () => {
        for await (const _ of d.list());
      })().catch((e: unknown) => e),
    ];
    for (const error of failures) {
      expect(error).toBeInstanceOf(DestinationError);
      expect(isPermanent(error)).toBe(true);
      expect(isNotFound(error)).toBe(false);
      expect((error as DestinationError).hint).toMatch(/AWS_ACCESS_KEY_ID.*AWS_SECRET_ACCESS_KEY/);
      const everything = JSON.stringify({
        m: (error as Error).message,
        h: (error as DestinationError).hint,
        c: String((error as Error).cause),
        s: (error as Error).stack,
      });
      expect(everything).not.toContain(secretAccessKey);
    }
    expect(retries).toEqual([]);
  });
});

describe("s3OptionsFromUrl", () => {
  it("reads bucket, prefix and the query, with the query over the environment", () => {
    const options = s3OptionsFromUrl(
      "s3://my.bucket/db/prod/?region=eu-west-1&endpoint=https://s3.example.com&path-style=false&checksum=sha256",
      {
        AWS_REGION: "us-east-2",
        AWS_ENDPOINT_URL_S3: "https://other.example.com",
      },
    );
    expect(options).toEqual({
      bucket: "my.bucket",
      prefix: "db/prod",
      region: "eu-west-1",
      endpoint: "https://s3.example.com",
      forcePathStyle: false,
      checksum: "SHA256",
    });
    expect(new S3Destination(options).display).toBe("s3://my.bucket/db/prod");
  });

  it("falls back to the AWS variables", () => {
    expect(
      s3OptionsFromUrl("s3://b", {
        AWS_DEFAULT_REGION: "ap-south-1",
        AWS_ENDPOINT_URL: "http://127.0.0.1:9000",
        AWS_ACCESS_KEY_ID: "AKID",
        AWS_SECRET_ACCESS_KEY: "SECRET",
        AWS_SESSION_TOKEN: "TOKEN",
        HTTPS_PROXY: "http://proxy:3128",
      }),
    ).toEqual({
      bucket: "b",
      prefix: "",
      region: "ap-south-1",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
      credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN" },
      proxyEnv: { HTTPS_PROXY: "http://proxy:3128" },
    });
    expect(
      s3OptionsFromUrl("s3://b/p", {
        AWS_REGION: "eu-central-1",
        AWS_DEFAULT_REGION: "x",
        AWS_ENDPOINT_URL_S3: "https://a",
        AWS_ENDPOINT_URL: "https://b",
      }),
    ).toMatchObject({ region: "eu-central-1", endpoint: "https://a" });
    expect(s3OptionsFromUrl("s3://b/p", { AWS_PROFILE: "backup" })).toEqual({
      bucket: "b",
      prefix: "p",
      profile: "backup",
    });
  });

  it("lists every problem at once and never echoes credentials", () => {
    const error = (() => {
      try {
        s3OptionsFromUrl("s3://AKIDSECRET:hunter2secret@b/p?regoin=x&path-style=yes&checksum=md5&endpoint=ftp://x", {
          AWS_ACCESS_KEY_ID: "only-half",
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    const problems = (error as UsageError).problems;
    expect(problems).toHaveLength(6);
    expect(problems.join("\n")).toMatch(/must not carry credentials/);
    expect(problems.join("\n")).toMatch(
      /unknown S3 URL option 'regoin' \(allowed: region, endpoint, path-style, checksum\)/,
    );
    expect(problems.join("\n")).toMatch(/AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not/);
    expect((error as Error).message).not.toContain("hunter2secret");
    expect(() => s3OptionsFromUrl("https://b/p", {})).toThrow(UsageError);
    expect(() => s3OptionsFromUrl("not a url", {})).toThrow(UsageError);
  });
});
