import { isFailureRecordName } from "../../src/catalog/failure-record.ts";
import { createHash, randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.ts";
import { type SupabaseStorageTestServer, startSupabaseStorageServer } from "../servers/supabase-storage-server.ts";

/**
 * A 70 MB backup to Supabase Storage on the free plan, from the built CLI bundle: the local
 * Storage server enforces the free plan's 50 MB per file (and a bucket's own file_size_limit) the
 * way the service does, and `supabase://bucket/prefix` with no options must land in parts.
 */

const FREE_PLAN = 50_000_000;
const BUCKET_LIMIT = 20_000_000;
const BLOB = 1_000_000;
const BLOBS = 70;

let server: SupabaseStorageTestServer;
const dirs: string[] = [];
/** 70 MB: above the free plan's 50 MB. */
let source = "";
let sourceDigest = "";
/** 25 MB: below 50 MB, above a bucket limit of 20 MB. */
let medium = "";
let mediumDigest = "";
let identity = "";
let recipient = "";
let env: NodeJS.ProcessEnv = {};

function dir(): string {
  const d = tempDir("sr-supabase-free-");
  dirs.push(d);
  return d;
}

/** Every row of `blobs`, in order, hashed: equal digests mean the same contents. */
function contentDigest(path: string): string {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const hash = createHash("sha256");
    for (const row of db.prepare("select id, data from blobs order by id").iterate()) {
      const { id, data } = row as { id: number; data: Uint8Array };
      hash.update(`${id}:`).update(data);
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

function sqliteWithRandomBlobs(path: string, count: number, size: number): void {
  const db = new DatabaseSync(path);
  db.exec("create table blobs (id integer primary key, data blob not null)");
  const insert = db.prepare("insert into blobs (data) values (?)");
  db.exec("begin");
  for (let i = 0; i < count; i++) insert.run(randomBytes(size));
  db.exec("commit");
  db.close();
}

const parts = (bucket: string, prefix: string) =>
  server.objects(bucket).filter((o) => o.key.startsWith(`${prefix}/`) && /\.part-\d{4}$/.test(o.key));

/** `backup --compression none` of a SQLite file (random blobs: the stored object is as large as the file). */
async function backup(to: string, path = source) {
  const args = ["backup", "--source", `sqlite:${path}`, "--to", to, "--recipient", recipient];
  return runCli([...args, "--compression", "none", "--json"], { env });
}

async function listed(from: string): Promise<{ id: string; object: string; size: number; objectPresent: boolean }[]> {
  const list = await runCli(["list", "--from", from, "--json"], { env });
  expect(list.code, list.stderr).toBe(0);
  return JSON.parse(list.stdout);
}

beforeAll(async () => {
  server = await startSupabaseStorageServer();
  server.maxFileSize = FREE_PLAN;
  server.createBucket("free");
  server.createBucket("limited", { fileSizeLimit: BUCKET_LIMIT });
  server.createBucket("legacy");
  env = { SUPABASE_URL: server.url, SUPABASE_SERVICE_ROLE_KEY: server.serviceRoleKey };
  source = join(dir(), "app.db");
  sqliteWithRandomBlobs(source, BLOBS, BLOB);
  sourceDigest = contentDigest(source);
  medium = join(dir(), "medium.db");
  sqliteWithRandomBlobs(medium, 25, BLOB);
  mediumDigest = contentDigest(medium);
  identity = join(dir(), "key.txt");
  recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("supabase:// on the free plan (CLI bundle, server enforcing 50 MB per file)", () => {
  it("stores a 70 MB backup with no options in parts of at most 50 MB; list shows one backup; verify and restore give the same contents", async () => {
    const to = "supabase://free/nightly";
    const run = await backup(to);
    expect(run.code, run.stderr).toBe(0);
    const manifest = JSON.parse(run.stdout) as { object: string; size: number };
    expect(manifest.size).toBeGreaterThan(70_000_000);
    const stored = parts("free", "nightly");
    expect(stored.length).toBe(2);
    for (const part of stored) expect(part.size).toBeLessThanOrEqual(FREE_PLAN);
    expect(stored.reduce((sum, p) => sum + p.size, 0)).toBe(manifest.size);
    expect(server.keys("free")).toContain(`nightly/${manifest.object}.parts`);
    expect(server.keys("free")).not.toContain(`nightly/${manifest.object}`);
    expect(server.openUploads()).toEqual([]);

    const backups = await listed(to);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ object: manifest.object, size: manifest.size, objectPresent: true });

    const verify = await runCli(["verify", "--from", to, "--level", "digest", "--identity", identity, "--json"], {
      env,
    });
    expect(verify.code, verify.stderr).toBe(0);

    const target = join(dir(), "restored.db");
    const restore = await runCli(["restore", "--from", to, "--to", target, "--identity", identity, "--json"], { env });
    expect(restore.code, restore.stderr).toBe(0);
    expect(contentDigest(target)).toBe(sourceDigest);
  });

  it("keeps parts within a bucket's smaller file_size_limit and says so; a larger max-object-size is lowered to it with a warning", async () => {
    const to = "supabase://limited/nightly";
    const run = await backup(to, medium);
    expect(run.code, run.stderr).toBe(0);
    const stored = parts("limited", "nightly");
    expect(stored.map((p) => p.size)).toEqual([BUCKET_LIMIT, expect.any(Number)]);
    expect(stored[1]?.size).toBeLessThanOrEqual(BUCKET_LIMIT);
    expect(run.stderr).toContain("bucket 'limited' has a file size limit of 19.1 MiB (20000000 bytes)");
    expect(await listed(to)).toHaveLength(1);

    const clamped = "supabase://limited/clamped?max-object-size=100MB";
    const again = await backup(clamped, medium);
    expect(again.code, again.stderr).toBe(0);
    expect(parts("limited", "clamped").map((p) => p.size)).toEqual([BUCKET_LIMIT, stored[1]?.size]);
    expect(again.stderr).toMatch(
      /max-object-size 95\.4 MiB \(100000000 bytes\) is above the file size limit of bucket 'limited', 19\.1 MiB \(20000000 bytes\): storing parts of at most/,
    );
    const target = join(dir(), "restored-medium.db");
    const restore = await runCli(["restore", "--from", clamped, "--to", target, "--identity", identity, "--json"], {
      env,
    });
    expect(restore.code, restore.stderr).toBe(0);
    expect(contentDigest(target)).toBe(mediumDigest);
  });

  it("?max-object-size=0 fails against the 50 MB limit with the hint, and leaves nothing listed or open", async () => {
    const to = "supabase://free/whole?max-object-size=0";
    const run = await backup(to);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /The object exceeded the maximum allowed size|Maximum size exceeded|upload's size exceeded/,
    );
    expect(run.stderr).toMatch(/set \?max-object-size= .*for example \?max-object-size=50MB/);
    expect(run.stderr).not.toContain(server.serviceRoleKey);
    // Only the failure record the next successful run reads (notify-on: recovery) may be there.
    expect(server.keys("free").filter((k) => k.startsWith("whole/") && !isFailureRecordName(k.slice(6)))).toEqual([]);
    expect(server.openUploads()).toEqual([]);
    expect(await listed("supabase://free/whole")).toEqual([]);
  });

  it("backups stored as one object (as before, or with max-object-size=0) still list, restore and rotate", async () => {
    const small = join(dir(), "small.db");
    sqliteWithRandomBlobs(small, 3, 10_000);
    const digest = contentDigest(small);
    for (let i = 0; i < 2; i++) {
      const run = await runCli(
        [
          "backup",
          "--source",
          `sqlite:${small}`,
          "--to",
          "supabase://legacy/db?max-object-size=0",
          "--recipient",
          recipient,
          "--json",
        ],
        { env },
      );
      expect(run.code, run.stderr).toBe(0);
    }
    expect(server.keys("legacy").filter((k) => /\.parts$|\.part-\d+$/.test(k))).toEqual([]);
    const from = "supabase://legacy/db";
    const before = await listed(from);
    expect(before).toHaveLength(2);
    expect(before.every((b) => b.objectPresent)).toBe(true);

    const target = join(dir(), "restored-small.db");
    const restore = await runCli(["restore", "--from", from, "--to", target, "--identity", identity, "--json"], {
      env,
    });
    expect(restore.code, restore.stderr).toBe(0);
    expect(contentDigest(target)).toBe(digest);

    const rotate = await runCli(["rotate", "--from", from, "--keep-last", "1", "--json"], { env });
    expect(rotate.code, rotate.stderr).toBe(0);
    const after = await listed(from);
    expect(after.map((b) => b.id)).toEqual([before[0]?.id]);
    expect(server.keys("legacy").some((k) => k.includes(before[1]?.object ?? "?"))).toBe(false);
  });
});
