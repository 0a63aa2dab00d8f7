import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Destination, ObjectInfo } from "../../src/destinations/destination.ts";
import {
  GoogleDriveDestination,
  type GoogleDriveOptions,
  googleDriveOptionsFromUrl,
  openGoogleDrive,
} from "../../src/destinations/google-drive.ts";
import { withRetry } from "../../src/destinations/retry.ts";
import { DestinationError, isNotFound, UsageError } from "../../src/errors.ts";
import { type DriveTestServer, startDriveServer } from "../servers/drive-server.ts";
import { chunked, describeConformance, digestOf, failingStream } from "./conformance.ts";

const CHUNK = 1024 * 1024;
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
let server: DriveTestServer;
let folders = 0;
let keyDir: string;
let keyFile: string;
const serviceAccount = "strongroom@test-project.iam.gserviceaccount.com";

beforeAll(async () => {
  server = await startDriveServer();
  keyDir = await mkdtemp(join(tmpdir(), "drive-key-"));
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  keyFile = join(keyDir, "key.json");
  await writeFile(
    keyFile,
    JSON.stringify({
      type: "service_account",
      client_email: serviceAccount,
      private_key: privateKey.export({ type: "pkcs8", format: "pem" }),
      private_key_id: "key-1",
      // Ignored by google-auth-library's JWT flow (PLATFORM.md): the test uses a self-signed JWT.
      token_uri: `${server.tokenUrl}`,
    }),
  );
  server.trustServiceAccount(serviceAccount, publicKey.export({ type: "spki", format: "pem" }) as string);
});
afterAll(async () => {
  await server?.stop();
  if (keyDir) await rm(keyDir, { recursive: true, force: true });
});

function newFolder(): string {
  const id = `1Folder${++folders}${randomBytes(6).toString("hex")}`;
  server.createFolder(id);
  return id;
}

function oauth(folderId: string, options: Partial<GoogleDriveOptions> = {}): GoogleDriveDestination {
  return new GoogleDriveDestination({
    folderId,
    rootUrl: server.rootUrl,
    credentials: { kind: "oauth", ...server.client, tokenUrl: server.tokenUrl },
    chunkSize: CHUNK,
    baseDelayMs: 20,
    ...options,
  });
}

async function names(d: Destination): Promise<ObjectInfo[]> {
  const all: ObjectInfo[] = [];
  for await (const info of d.list()) all.push(info);
  return all;
}

async function failure(promise: Promise<unknown>): Promise<DestinationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DestinationError);
  return error as DestinationError;
}

/** Every request must stay on the local server. */
function assertLoopbackOnly(): void {
  for (const r of server.requests) expect(r.url.startsWith("/")).toBe(true);
}

describeConformance("GoogleDriveDestination (OAuth refresh token, local Drive API)", async () => {
  const folder = newFolder();
  return { destination: oauth(folder), cleanup: async () => {}, leftovers: async () => [] };
});

describe("GoogleDriveDestination", () => {
  it("uploads through a resumable session in 256 KiB-multiple chunks with Content-Range, the total on the last", async () => {
    const folder = newFolder();
    const d = oauth(folder);
    const data = randomBytes(2 * CHUNK + 1000);
    const mark = server.requests.length;
    await d.put("a.bin", chunked(data));
    const mine = server.requests.slice(mark);
    expect(mine.filter((r) => r.route === "session")).toHaveLength(1);
    expect(mine.find((r) => r.route === "session")?.url).toMatch(/uploadType=resumable/);
    expect(mine.filter((r) => r.route === "chunk").map((r) => [r.contentRange, r.status])).toEqual([
      [`bytes 0-${CHUNK - 1}/*`, 308],
      [`bytes ${CHUNK}-${2 * CHUNK - 1}/*`, 308],
      [`bytes ${2 * CHUNK}-${2 * CHUNK + 999}/${2 * CHUNK + 1000}`, 200],
    ]);
    expect(await digestOf(await d.get("a.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
    assertLoopbackOnly();
  });

  it("after a drop mid-chunk, asks with bytes */* and sends only the rest of that chunk", async () => {
    const folder = newFolder();
    const d = oauth(folder);
    const data = randomBytes(3 * CHUNK + 5);
    const kept = 300_000;
    const mark = server.requests.length;
    server.fault({ route: "session", status: 503, headers: { "retry-after": "0" } });
    // A fault applies to the next matching request: the first chunk PUT is cut after `kept` bytes.
    server.fault({ route: "chunk", dropAfterBytes: kept });
    await d.put("resumed.bin", chunked(data));
    const chunks = server.requests.slice(mark).filter((r) => r.route === "chunk");
    const queries = chunks.filter((r) => r.contentRange === "bytes */*");
    expect(queries.length).toBeGreaterThanOrEqual(1);
    expect(queries.at(-1)?.status).toBe(308);
    expect(chunks.filter((r) => r.contentRange !== "bytes */*").map((r) => [r.contentRange, r.bytes])).toEqual([
      [`bytes 0-${CHUNK - 1}/*`, kept],
      // Only what the server lacks, in 256 KiB multiples from the odd offset on.
      [`bytes ${kept}-${kept + CHUNK - 1}/*`, CHUNK],
      [`bytes ${kept + CHUNK}-${kept + 2 * CHUNK - 1}/*`, CHUNK],
      [`bytes ${kept + 2 * CHUNK}-${3 * CHUNK + 4}/${3 * CHUNK + 5}`, CHUNK + 5 - kept],
    ]);
    console.info(`drive resume: status queries ${queries.map((q) => q.status).join(", ")}`);
    // Bytes sent in all: the object once, nothing re-sent from zero.
    expect(chunks.reduce((sum, r) => sum + r.bytes, 0)).toBe(data.length);
    expect(await digestOf(await d.get("resumed.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("retries a rejected chunk (500) and a throttled one (429 with Retry-After) by asking for the offset first", async () => {
    const folder = newFolder();
    const d = oauth(folder);
    const data = randomBytes(3 * CHUNK);
    const mark = server.requests.length;
    server.fault({ route: "chunk", status: 500 });
    server.fault({ route: "chunk", status: 429, headers: { "retry-after": "1" } });
    const started = Date.now();
    await d.put("retried.bin", chunked(data), { size: data.length });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const chunks = server.requests.slice(mark).filter((r) => r.route === "chunk");
    expect(chunks.map((r) => [r.contentRange, r.status])).toEqual([
      [`bytes 0-${CHUNK - 1}/${3 * CHUNK}`, 500],
      [`bytes */${3 * CHUNK}`, 429],
      [`bytes */${3 * CHUNK}`, 308],
      [`bytes 0-${CHUNK - 1}/${3 * CHUNK}`, 308],
      [`bytes ${CHUNK}-${2 * CHUNK - 1}/${3 * CHUNK}`, 308],
      [`bytes ${2 * CHUNK}-${3 * CHUNK - 1}/${3 * CHUNK}`, 200],
    ]);
    expect(await digestOf(await d.get("retried.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
  });

  it("gives up after its tries with a transient error, and nothing is visible", async () => {
    const folder = newFolder();
    const d = oauth(folder, { attempts: 2 });
    server.fault({ route: "chunk", status: 503 });
    server.fault({ route: "chunk", status: 503 });
    const error = await failure(d.put("doomed.bin", chunked(randomBytes(CHUNK + 1))));
    expect(error.permanent).toBe(false);
    expect(server.files(folder)).toEqual([]);
  });

  it("turns 429 with Retry-After on list into a RetryAfterError that withRetry honours", async () => {
    const folder = newFolder();
    const d = oauth(folder);
    await d.put("a", chunked(Buffer.from("a")));
    server.fault({ route: "list", status: 429, headers: { "retry-after": "3" } });
    const error = await failure(names(d));
    expect((error as DestinationError & { retryAfterMs?: number }).retryAfterMs).toBe(3000);
    server.fault({ route: "list", status: 500 });
    const waits: number[] = [];
    expect((await names(withRetry(d, { sleep: async (ms) => void waits.push(ms) }))).map((o) => o.name)).toEqual(["a"]);
    expect(waits).toHaveLength(1);
  });

  it("pages through more than 100 (and more than 1000) files with nextPageToken", async () => {
    const folder = newFolder();
    const d = oauth(folder);
    const all = Array.from({ length: 1150 }, (_, i) => `f-${String(i).padStart(4, "0")}`);
    const queue = [...all];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let n = queue.shift(); n; n = queue.shift()) await d.put(n, chunked(Buffer.from(n)));
      }),
    );
    const mark = server.requests.length;
    expect((await names(d)).map((o) => o.name)).toEqual(all);
    const lists = server.requests.slice(mark).filter((r) => r.route === "list");
    expect(lists).toHaveLength(2);
    expect(decodeURIComponent(lists[0]?.url ?? "")).toContain(`q='${folder}' in parents and trashed = false`);
    expect(lists[1]?.url).toContain("pageToken=1000");
  });

  it("replaces a file of the same name: upload the new one, then delete the older ones", async () => {
    const folder = newFolder();
    const d = oauth(folder);
    await d.put("same", chunked(Buffer.from("first")));
    const firstId = server.files(folder)[0]?.id;
    await d.put("same", chunked(Buffer.from("second!")));
    const files = server.files(folder);
    expect(files.map((f) => [f.name, f.size])).toEqual([["same", 7]]);
    expect(files[0]?.id).not.toBe(firstId);
  });

  it("a wrong refresh token or client secret is permanent, names the variables, and never shows them", async () => {
    const folder = newFolder();
    const wrongToken = "1//wrong-refresh-token-do-not-print";
    const wrongSecret = "wrong-client-secret-do-not-print";
    const cases = [
      { ...server.client, refreshToken: wrongToken },
      { ...server.client, clientSecret: wrongSecret },
    ];
    for (const credentials of cases) {
      const d = new GoogleDriveDestination({
        folderId: folder,
        rootUrl: server.rootUrl,
        credentials: { kind: "oauth", ...credentials, tokenUrl: server.tokenUrl },
      });
      for (const attempt of [() => d.put("x", chunked(Buffer.from("x"))), () => names(d), () => d.stat("x")]) {
        const error = await failure(attempt());
        expect(error.permanent).toBe(true);
        expect(isNotFound(error)).toBe(false);
        expect(error.hint).toMatch(/GOOGLE_REFRESH_TOKEN/);
        expect(error.hint).toMatch(/GOOGLE_CLIENT_SECRET/);
        const everything = `${error.message} ${error.hint} ${(error.cause as Error | undefined)?.message} ${error.stack}`;
        for (const secret of [wrongToken, wrongSecret, server.client.clientSecret, server.client.refreshToken])
          expect(everything).not.toContain(secret);
      }
    }
  });

  it("a missing folder is not a missing object", async () => {
    const error = await failure(names(oauth("1NoSuchFolder000")));
    expect(error.message).toMatch(/could not list in gdrive:\/\/1NoSuchFolder000/);
  });

  it("aborting mid-upload leaves no file", async () => {
    const folder = newFolder();
    const d = oauth(folder);
    const controller = new AbortController();
    // Checked once the put has taken all 3 * CHUNK + 10 bytes and asks for more that never come.
    let hung: () => void = () => {};
    const waiting = new Promise<void>((resolve) => (hung = resolve));
    const body = failingStream(3 * CHUNK + 10, { hang: true, onHang: () => hung() });
    const put = d.put("aborted.bin", body, { signal: controller.signal }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await waiting;
    expect(server.openSessions().length).toBeGreaterThan(0);
    controller.abort();
    expect(((await put) as Error).name).toBe("AbortError");
    expect(server.files(folder)).toEqual([]);
    await expect(d.stat("aborted.bin")).rejects.toSatisfy(isNotFound);
  });

  it("works with a service account key file (self-signed JWT bearer, no token endpoint)", async () => {
    const folder = newFolder();
    const d = new GoogleDriveDestination({
      folderId: folder,
      rootUrl: server.rootUrl,
      credentials: { kind: "service-account", keyFile, selfSignedJwt: true },
      chunkSize: CHUNK,
    });
    const data = randomBytes(2 * CHUNK + 3);
    const mark = server.requests.length;
    await d.put("sa.bin", chunked(data));
    expect(await digestOf(await d.get("sa.bin"))).toEqual({ size: data.length, sha256: sha256(data) });
    expect((await names(d)).map((o) => o.name)).toEqual(["sa.bin"]);
    const mine = server.requests.slice(mark);
    expect(mine.filter((r) => r.route === "token")).toEqual([]);
    expect(mine.every((r) => /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/.test(r.authorization ?? ""))).toBe(true);
  });

  it("a service account key that Drive does not accept is permanent with a hint naming GOOGLE_APPLICATION_CREDENTIALS", async () => {
    const folder = newFolder();
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }) as string;
    const other = join(keyDir, "other.json");
    await writeFile(
      other,
      JSON.stringify({ type: "service_account", client_email: "intruder@x.iam.gserviceaccount.com", private_key: pem }),
    );
    const d = new GoogleDriveDestination({
      folderId: folder,
      rootUrl: server.rootUrl,
      credentials: { kind: "service-account", keyFile: other, selfSignedJwt: true },
    });
    const error = await failure(d.put("x", chunked(Buffer.from("x"))));
    expect(error.permanent).toBe(true);
    expect(error.hint).toMatch(/GOOGLE_APPLICATION_CREDENTIALS/);
    expect(`${error.message} ${error.hint}`).not.toContain(pem.split("\n")[1] ?? "-");
    expect(
      () =>
        new GoogleDriveDestination({
          folderId: folder,
          credentials: { kind: "service-account", keyFile: join(keyDir, "missing.json") },
        }),
    ).toThrow(/GOOGLE_APPLICATION_CREDENTIALS/);
  });
});

describe("googleDriveOptionsFromUrl", () => {
  it("prefers the OAuth variables, keeps the folder id's case, and registers every secret", () => {
    const env = {
      GOOGLE_CLIENT_ID: "id",
      GOOGLE_CLIENT_SECRET: "client-secret",
      GOOGLE_REFRESH_TOKEN: "refresh-token",
      GOOGLE_APPLICATION_CREDENTIALS: keyFile,
      GOOGLE_DRIVE_ROOT_URL: server.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: server.tokenUrl,
    };
    expect(googleDriveOptionsFromUrl("gdrive://1AbC-dEf_123", env)).toEqual({
      folderId: "1AbC-dEf_123",
      rootUrl: server.rootUrl,
      credentials: {
        kind: "oauth",
        clientId: "id",
        clientSecret: "client-secret",
        refreshToken: "refresh-token",
        tokenUrl: server.tokenUrl,
      },
    });
    const secrets: string[] = [];
    const { GOOGLE_CLIENT_ID: _a, GOOGLE_CLIENT_SECRET: _b, GOOGLE_REFRESH_TOKEN: _c, ...saEnv } = env;
    const d = openGoogleDrive("gdrive://1AbC-dEf_123", {
      env: saEnv,
      addSecret: (s) => {
        if (s) secrets.push(s);
      },
    });
    expect(d.display).toBe("gdrive://1AbC-dEf_123");
    expect(secrets.some((s) => s.includes("BEGIN PRIVATE KEY"))).toBe(true);
  });

  it("lists every problem at once", () => {
    let error: unknown;
    try {
      googleDriveOptionsFromUrl("gdrive://a/b?x=1", { GOOGLE_CLIENT_ID: "id" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const text = (error as UsageError).problems.join("\n");
    for (const expected of [
      "is not a Drive folder id",
      "no path",
      "takes no options",
      "GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN are not",
    ])
      expect(text).toContain(expected);
    expect(() => googleDriveOptionsFromUrl("gdrive://1AbCdEf", {})).toThrow(/GOOGLE_APPLICATION_CREDENTIALS/);
  });
});
