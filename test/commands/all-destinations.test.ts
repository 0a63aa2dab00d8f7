import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DriveTestServer, startDriveServer } from "../servers/drive-server.ts";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { type SupabaseStorageTestServer, startSupabaseStorageServer } from "../servers/supabase-storage-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { dbUrl, dropDatabase, fingerprint, richDatabase, SERVER, sql } from "../support/postgres.ts";

describe("one backup to S3, Supabase Storage, Google Drive and a folder; every command works on each", () => {
  let s3: S3TestServer;
  let supabase: SupabaseStorageTestServer;
  let drive: DriveTestServer;
  let source: string;
  const made: string[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    [s3, supabase, drive] = await Promise.all([startS3Server(), startSupabaseStorageServer(), startDriveServer()]);
    await s3.createBucket("backups");
    supabase.createBucket("backups");
    drive.createFolder("folder123");
    source = await richDatabase();
    made.push(source);
    // About 3 MB that does not compress, so the Supabase copy below must be split into parts.
    await sql(
      dbUrl(source),
      "create table noise as select g as id, decode(md5(random()::text) || md5(random()::text), 'hex') as bytes from generate_series(1, 100000) g",
    );
    env = {
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: s3.region,
      AWS_ENDPOINT_URL: s3.endpoint,
      AWS_EC2_METADATA_DISABLED: "true",
      SUPABASE_URL: supabase.url,
      SUPABASE_SERVICE_ROLE_KEY: supabase.serviceRoleKey,
      GOOGLE_CLIENT_ID: drive.client.clientId,
      GOOGLE_CLIENT_SECRET: drive.client.clientSecret,
      GOOGLE_REFRESH_TOKEN: drive.client.refreshToken,
      GOOGLE_DRIVE_ROOT_URL: drive.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: drive.tokenUrl,
    };
  });

  afterAll(async () => {
    await Promise.all([s3?.stop(), supabase?.stop(), drive?.stop()]);
    for (const name of made) await dropDatabase(name);
  });

  it("backs up once, then lists, verifies at restore level and restores from each with identical rows", async () => {
    const folder = tempDir();
    const identity = join(tempDir(), "key.txt");
    const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
    const destinations = [
      "s3://backups/nightly",
      "supabase://backups/nightly?max-object-size=1MiB",
      "gdrive://folder123",
      folder,
    ];
    const backup = await runCli(
      [
        "backup",
        "--source",
        dbUrl(source),
        ...destinations.flatMap((d) => ["--to", d]),
        "--recipient",
        recipient,
        "--json",
      ],
      { env },
    );
    expect(backup.code, backup.stderr).toBe(0);
    const manifest = JSON.parse(backup.stdout);
    expect(manifest.destinations.map((d: { ok: boolean }) => d.ok)).toEqual([true, true, true, true]);
    for (const secret of [
      env.AWS_SECRET_ACCESS_KEY!,
      env.SUPABASE_SERVICE_ROLE_KEY!,
      env.GOOGLE_CLIENT_SECRET!,
      env.GOOGLE_REFRESH_TOKEN!,
    ]) {
      expect(backup.stdout + backup.stderr).not.toContain(secret);
    }
    // The object is larger than the Supabase limit given here, so it is stored as parts.
    expect(supabase.keys("backups").filter((k) => k.includes(".part-")).length).toBeGreaterThan(1);
    const original = await fingerprint(dbUrl(source));

    for (const [i, from] of destinations.entries()) {
      const list = await runCli(["list", "--from", from, "--json"], { env });
      expect(list.code, `${from}: ${list.stderr}`).toBe(0);
      const listed = JSON.parse(list.stdout);
      expect(listed.map((b: { id: string; sha256: string }) => [b.id, b.sha256])).toEqual([
        [manifest.id, manifest.sha256],
      ]);
      expect(listed[0].objectPresent).toBe(true);

      const verify = await runCli(
        [
          "verify",
          "--from",
          from,
          "--level",
          "restore",
          "--identity",
          identity,
          "--restore-into",
          `${SERVER}/postgres`,
          "--json",
        ],
        { env },
      );
      expect(verify.code, `${from}: ${verify.stderr}`).toBe(0);

      const target = `${source}_from_${i}`;
      made.push(target);
      const restore = await runCli(["restore", "--from", from, "--to", dbUrl(target), "--identity", identity], { env });
      expect(restore.code, `${from}: ${restore.stderr}`).toBe(0);
      expect(await fingerprint(dbUrl(target))).toEqual(original);

      const check = await runCli(["check", "--from", from, "--max-age", "1h", "--max-unverified-age", "1h"], { env });
      expect(check.code, `${from}: ${check.stderr}`).toBe(0);
      const rotate = await runCli(["rotate", "--from", from, "--keep-last", "1", "--json"], { env });
      expect(rotate.code, `${from}: ${rotate.stderr}`).toBe(0);
      expect(JSON.parse(rotate.stdout).removed).toEqual([]);
    }
  }, 600_000);

  it("a store failing mid-stream stops the dump and compression, and nothing is listed", async () => {
    const run = await runCli(
      ["backup", "--source", dbUrl(source), "--to", "s3://no-such-bucket/x", "--no-encryption"],
      { env },
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("NoSuchBucket");
    expect(run.stderr).toMatch(/hint: check the bucket name/);
  });

  it("one destination failing makes a partial success: the others keep a listed copy (exit 6)", async () => {
    const folder = tempDir();
    const identity = join(tempDir(), "key.txt");
    const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
    const run = await runCli(
      [
        "backup",
        "--source",
        dbUrl(source),
        "--to",
        folder,
        "--to",
        "s3://no-such-bucket/x",
        "--recipient",
        recipient,
        "--json",
      ],
      { env },
    );
    expect(run.code, run.stderr).toBe(6);
    expect(run.stderr).toMatch(/no-such-bucket/);
    const listed = JSON.parse((await runCli(["list", "--from", folder, "--json"])).stdout);
    expect(listed).toHaveLength(1);
  });
});
