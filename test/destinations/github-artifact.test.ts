import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { inspect } from "node:util";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DestinationError, IntegrityError, isPermanent, NotFoundError, UsageError } from "../../src/errors.ts";
import { startArtifactServer } from "../servers/artifact-server.ts";

// @actions/github reads GITHUB_API_URL once, when it is first imported: start the server first.
const server = await startArtifactServer();
process.env.GITHUB_API_URL = server.env.GITHUB_API_URL;
const { GitHubArtifactDestination } = await import("../../src/destinations/github-artifact.ts");
type Options = ConstructorParameters<typeof GitHubArtifactDestination>[0];

// Nothing the client needs is in process.env: each destination must hand its own env to the client.
for (const key of ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL", "GITHUB_TOKEN"]) delete process.env[key];

// Temporary files go to a folder of our own, so the test can see that none are left behind.
const spool = mkdtempSync(join(tmpdir(), "artifact-test-"));
process.env.TMPDIR = spool;

const runs: Record<string, string>[] = [server.env];
let prefix = "";
let counter = 0;

function destination(env: Record<string, string> = server.env, extra: Partial<Options> = {}) {
  runs.push(env);
  return new GitHubArtifactDestination({ prefix, token: env.GITHUB_TOKEN ?? "", env, ...extra });
}

/** Awaits a rejection and checks that no token or signed-URL signature is anywhere in the error. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e as Error,
  );
  const text = `${inspect(error, { depth: 20 })}\n${(error as { hint?: string }).hint ?? ""}`;
  for (const env of runs) {
    expect(text).not.toContain(env.ACTIONS_RUNTIME_TOKEN);
    expect(text).not.toContain(env.GITHUB_TOKEN);
  }
  expect(text).not.toMatch(/sig=/);
  return error;
}

async function names(dest: { list(): AsyncIterable<{ name: string }> }): Promise<string[]> {
  const out: string[] = [];
  for await (const info of dest.list()) out.push(info.name);
  return out.sort();
}

async function read(dest: InstanceType<typeof GitHubArtifactDestination>, name: string): Promise<Buffer> {
  return buffer(await dest.get(name));
}

beforeEach(() => {
  prefix = `t${++counter}-`;
});

afterAll(async () => {
  await server.close();
  rmSync(spool, { recursive: true, force: true });
});

describe("GitHubArtifactDestination with the real @actions/artifact client", () => {
  it.each([
    ["empty", 0],
    ["one byte", 1],
    ["9 MB of random bytes", 9 * 1024 * 1024 + 123],
  ])("puts and gets %s byte-identically, as one artifact holding the file", async (_, size) => {
    const dest = destination();
    const data = randomBytes(size);
    const info = await dest.put("backup-1.dump.zst.age", Readable.from([data]));
    expect(info).toMatchObject({ name: "backup-1.dump.zst.age", size });

    const stored = server.artifacts().filter((a) => a.name === `${prefix}backup-1.dump.zst.age`);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.finalized).toBe(true);
    expect(stored[0]?.content?.equals(data)).toBe(true);

    expect((await read(dest, "backup-1.dump.zst.age")).equals(data)).toBe(true);
    expect(await dest.stat("backup-1.dump.zst.age")).toMatchObject({ name: "backup-1.dump.zst.age", size });
    expect(readdirSync(spool)).toEqual([]);
    // Signed blob URLs were never sent a token (the server would have refused them).
    expect(server.requests.filter((r) => r.service === "blob" && r.authorization)).toEqual([]);
    expect(server.requests.filter((r) => r.service === "blob" && r.status >= 400)).toEqual([]);
  });

  it("lists, reads and removes from another workflow run what an earlier run stored", async () => {
    const first = destination();
    await first.put("a.manifest.json", Readable.from([Buffer.from('{"a":1}')]));
    await first.put("b.data", Readable.from([Buffer.from("bee")]));

    const second = destination(server.newRun());
    expect(await names(second)).toEqual(["a.manifest.json", "b.data"]);
    expect((await read(second, "b.data")).toString()).toBe("bee");
    expect(server.requests.some((r) => r.service === "rest" && /\/artifacts\/\d+\/zip$/.test(r.path))).toBe(true);

    // The same name in a later run shadows the older artifact; remove deletes both.
    await second.put("b.data", Readable.from([Buffer.from("newer")]));
    expect((await read(first, "b.data")).toString()).toBe("newer");
    await second.remove("b.data");
    expect(await names(first)).toEqual(["a.manifest.json"]);
    await second.remove("a.manifest.json");
    expect(await names(first)).toEqual([]);
    expect(await rejection(second.remove("a.manifest.json"))).toBeInstanceOf(NotFoundError);
    expect(await rejection(second.get("a.manifest.json"))).toBeInstanceOf(NotFoundError);
  });

  it("replaces an object put twice in the same run", async () => {
    const dest = destination();
    await dest.put("same", Readable.from([Buffer.from("one")]));
    await dest.put("same", Readable.from([Buffer.from("two")]));
    expect((await read(dest, "same")).toString()).toBe("two");
    expect(server.artifacts().filter((a) => a.name === `${prefix}same`)).toHaveLength(1);
  });

  it("pages through more than 100 artifacts and ignores other prefixes", async () => {
    const dest = destination();
    const expected: string[] = [];
    for (let i = 0; i < 130; i++) {
      const name = `obj-${String(i).padStart(3, "0")}`;
      expected.push(name);
      await dest.put(name, Readable.from([Buffer.from(name)]));
    }
    await destination(server.env, { prefix: `other-${prefix}` }).put("obj-000", Readable.from(["x"]));

    const before = server.requests.length;
    expect(await names(dest)).toEqual(expected);
    const listCalls = server.requests.slice(before).filter((r) => r.service === "rest" && /\/artifacts\?/.test(r.path));
    expect(listCalls.length).toBeGreaterThanOrEqual(2);

    server.setMaxPerPage(7);
    try {
      const start = server.requests.length;
      expect(await names(dest)).toEqual(expected);
      const pages = server.requests.slice(start).filter((r) => r.service === "rest" && /\/artifacts\?/.test(r.path));
      expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(131 / 7));
    } finally {
      server.setMaxPerPage(100);
    }
  });

  it("skips expired artifacts; stat, get and remove of one are NotFoundError", async () => {
    const dest = destination();
    await dest.put("old", Readable.from(["old"]));
    await dest.put("live", Readable.from(["live"]));
    server.expire(`${prefix}old`);
    expect(await names(dest)).toEqual(["live"]);
    for (const attempt of [dest.stat("old"), dest.get("old"), dest.remove("old")]) {
      const error = await rejection(attempt);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(isPermanent(error)).toBe(true);
    }
  });

  it("retries 500s from the service and the blob store, then succeeds", async () => {
    const dest = destination();
    server.fail("twirp", 500, { match: "CreateArtifact" });
    server.fail("blob", 500, { match: "comp=block&" });
    server.fail("twirp", 503, { match: "FinalizeArtifact" });
    const data = randomBytes(1000);
    await dest.put("flaky", Readable.from([data]));
    expect(server.pendingFaults()).toBe(0);
    expect((await read(dest, "flaky")).equals(data)).toBe(true);
    const creates = server.requests.filter((r) => r.path.endsWith("/CreateArtifact")).slice(-2);
    expect(creates.map((r) => r.status)).toEqual([500, 200]);
  });

  it("does not retry 4xx: the error is permanent and names no secret", async () => {
    const dest = destination();
    const before = server.requests.filter((r) => r.path.endsWith("/CreateArtifact")).length;
    server.fail("twirp", 403, { match: "CreateArtifact" });
    const denied = await rejection(dest.put("denied", Readable.from(["x"])));
    expect(denied).toBeInstanceOf(DestinationError);
    expect(isPermanent(denied)).toBe(true);
    expect(server.requests.filter((r) => r.path.endsWith("/CreateArtifact")).length).toBe(before + 1);

    server.fail("blob", 400, { match: "comp=block&" });
    const badBlock = await rejection(dest.put("bad-block", Readable.from(["x"])));
    expect(isPermanent(badBlock)).toBe(true);
    expect(await names(dest)).toEqual([]);

    server.fail("rest", 401, { match: "/artifacts?" });
    const listing = await rejection(names(dest));
    expect(listing).toBeInstanceOf(DestinationError);
    expect(isPermanent(listing)).toBe(true);

    server.fail("rest", 502, { match: "/artifacts?" });
    const transient = await rejection(names(dest));
    expect(transient).toBeInstanceOf(DestinationError);
    expect(isPermanent(transient)).toBe(false);
  });

  it("says which permission is missing when the token may read but not delete", async () => {
    await destination().put("keep", Readable.from(["x"]));
    const reader = destination(server.newRun({ actions: "read" }));
    expect((await read(reader, "keep")).toString()).toBe("x");
    const error = (await rejection(reader.remove("keep"))) as DestinationError;
    expect(error.permanent).toBe(true);
    expect(error.hint).toMatch(/actions: write/);
    expect(await names(reader)).toEqual(["keep"]);
  });

  it("reports a download that does not match the recorded digest", async () => {
    const dest = destination();
    await dest.put("damaged", Readable.from([randomBytes(4096)]));
    server.corrupt(`${prefix}damaged`);
    const error = await rejection(dest.get("damaged"));
    expect(error).toBeInstanceOf(DestinationError);
    expect(error.cause).toBeInstanceOf(IntegrityError);
    expect(error.message).toMatch(/digest/);
    expect(readdirSync(spool)).toEqual([]);
  });

  it("refuses bad settings, listing every problem with a hint", () => {
    const { ACTIONS_RUNTIME_TOKEN: _, GITHUB_TOKEN: _t, ...env } = server.env;
    let error: unknown;
    try {
      new GitHubArtifactDestination({ prefix: "x", token: "", repository: "not-a-repo", retentionDays: 0, env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const usage = error as UsageError;
    expect(usage.problems.join("\n")).toMatch(/token/);
    expect(usage.problems.join("\n")).toMatch(/not owner\/name/);
    expect(usage.problems.join("\n")).toMatch(/retention days/);
    expect(usage.hint).toMatch(/GH_TOKEN/);
    expect(() => new GitHubArtifactDestination({ prefix: "a/b", token: "t", env: server.env })).toThrow(UsageError);
    expect(
      () =>
        new GitHubArtifactDestination({
          prefix: "",
          token: "t",
          env: { ...server.env, GITHUB_SERVER_URL: "https://ghes.example" },
        }),
    ).toThrow(/Enterprise Server/);
  });

  it("leaves nothing visible when aborted during the upload", async () => {
    const dest = destination();
    const controller = new AbortController();
    const stop = server.onRequest((service, method, path) => {
      if (service === "blob" && method === "PUT" && path.includes(`${prefix}big`)) controller.abort();
    });
    try {
      const error = await rejection(
        dest.put("big", Readable.from([randomBytes(9 * 1024 * 1024)]), { signal: controller.signal }),
      );
      expect(error.name).toBe("AbortError");
    } finally {
      stop();
    }
    const leftovers = server.artifacts().filter((a) => a.name === `${prefix}big` && a.finalized);
    expect(leftovers.map((a) => a.id)).toEqual([]);
    expect(await names(dest)).toEqual([]);
    expect(readdirSync(spool)).toEqual([]);
  });

  it("stops spooling when aborted before the body ends, without calling the service", async () => {
    const dest = destination();
    const controller = new AbortController();
    // Aborted when the put asks for more than the first KiB: the body has begun, and never ends.
    let asked = 0;
    const endless = new Readable({
      read() {
        if (++asked === 1) this.push(Buffer.alloc(1024));
        else controller.abort();
      },
    });
    const before = server.requests.length;
    const error = await rejection(dest.put("never", endless, { signal: controller.signal }));
    expect(error.name).toBe("AbortError");
    expect(server.requests.slice(before).filter((r) => r.service === "twirp")).toEqual([]);
    expect(readdirSync(spool)).toEqual([]);
  });
});
