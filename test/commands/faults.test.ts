import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isFailureRecordName } from "../../src/catalog/failure-record.ts";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/throwaway-postgres.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";

const PASSWORD = "Tr0ub4dor&3-secret";

/** Every failure: non-zero exit, a hint, no backup listed, no temporary files, no password. */
function expectCleanFailure(
  run: { code: number | null; stdout: string; stderr: string },
  code: number,
  dest: string,
  tmp: string,
) {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr).toMatch(/^error: .+/m);
  expect(run.stderr).toMatch(/^hint: .+/m);
  expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  expect(run.stdout + run.stderr).not.toContain(encodeURIComponent(PASSWORD));
  // Nothing but the failure record the next run reads (notify-on: recovery), and no secret in it.
  const left = readdirSync(dest).filter((f) => !f.startsWith("keep"));
  expect(left.filter((f) => !isFailureRecordName(f))).toEqual([]);
  for (const record of left) {
    const text = readFileSync(join(dest, record), "utf8");
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(encodeURIComponent(PASSWORD));
  }
  expect(ours(tmp)).toEqual([]);
}

/** Our temporary files (tsx keeps its own compile cache in TMPDIR too). */
function ours(tmp: string): string[] {
  return readdirSync(tmp).filter((name) => !name.startsWith("tsx-"));
}

describe("bad input and faults", () => {
  let db: string;
  let recipient: string;
  let identity: string;
  let secured: ThrowawayPostgres;

  beforeAll(async () => {
    db = await createDatabase("sr_faults");
    await sql(
      dbUrl(db),
      "create table big as select g as id, md5(g::text) || repeat('x', 200) as filler from generate_series(1, 100000) g",
    );
    const keys = tempDir();
    identity = join(keys, "key.txt");
    recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
    secured = await startThrowawayPostgres({ password: PASSWORD });
  });

  afterAll(async () => {
    await dropDatabase(db);
    await secured.stop();
  });

  const backup = (source: string, dest: string, tmp: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    runCli(["backup", "--source", source, "--to", dest, "--recipient", recipient, ...extra], {
      env: { TMPDIR: tmp, ...env },
    });

  it("unreachable host", async () => {
    const [dest, tmp] = [tempDir(), tempDir()];
    const run = await backup(`postgres://postgres:${PASSWORD}@127.0.0.1:1/${db}`, dest, tmp);
    expectCleanFailure(run, 3, dest, tmp);
    expect(run.stderr).toContain("cannot connect to 127.0.0.1:1: connection refused");
  });

  it("wrong password on a server that checks it", async () => {
    const [dest, tmp] = [tempDir(), tempDir()];
    const url = secured.url().replace(encodeURIComponent(PASSWORD), "wrong-password");
    const run = await backup(url, dest, tmp);
    expectCleanFailure(run, 3, dest, tmp);
    expect(run.stderr).toContain("password authentication failed for user 'postgres'");
    expect(run.stderr).not.toContain("wrong-password");
  });

  it("the right password is sent through the environment and works", async () => {
    const [dest, tmp] = [tempDir(), tempDir()];
    const run = await backup(secured.url(), dest, tmp, ["--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    const manifestFile = readdirSync(dest).find((f) => f.endsWith(".manifest.json"))!;
    expect(readFileSync(join(dest, manifestFile), "utf8")).not.toContain(PASSWORD);
  });

  it("missing database", async () => {
    const [dest, tmp] = [tempDir(), tempDir()];
    const run = await backup(`postgres://postgres:${PASSWORD}@127.0.0.1:5432/no_such_db_here`, dest, tmp);
    expectCleanFailure(run, 3, dest, tmp);
    expect(run.stderr).toContain("database 'no_such_db_here' does not exist");
  });

  it("no pg_dump of the server's major version", async () => {
    const [dest, tmp, bin] = [tempDir(), tempDir(), tempDir()];
    writeFileSync(join(bin, "pg_dump"), "#!/bin/sh\necho 'pg_dump (PostgreSQL) 14.11'\n");
    chmodSync(join(bin, "pg_dump"), 0o755);
    const run = await backup(dbUrl(db, PASSWORD), dest, tmp, ["--pg-bin", bin]);
    expectCleanFailure(run, 3, dest, tmp);
    expect(run.stderr).toMatch(/pg_dump 15 or newer is needed/);
    expect(run.stderr).toMatch(/hint: install the PostgreSQL 15 client tools/);
  });

  it("an invalid recipient is a usage error naming it", async () => {
    const [dest, tmp] = [tempDir(), tempDir()];
    const run = await runCli(["backup", "--source", dbUrl(db), "--to", dest, "--recipient", "age1notakey"], {
      env: { TMPDIR: tmp },
    });
    expectCleanFailure(run, 2, dest, tmp);
    expect(run.stderr).toContain("age1notakey");
  });

  it("every config problem is listed in one error", async () => {
    const run = await runCli(["backup", "--compression", "lz4", "--format", "tar", "--recipient", "nope"]);
    expect(run.code).toBe(2);
    for (const problem of [
      "no source",
      "--to is required",
      "--compression must be one of zstd, gzip, none",
      "--format must be one of custom, plain",
      "nope",
    ]) {
      expect(run.stderr).toContain(problem);
    }
  });

  it("a destination folder that cannot be written", async () => {
    const [parent, tmp] = [tempDir(), tempDir()];
    writeFileSync(join(parent, "keep-a-file"), "not a folder");
    const dest = join(parent, "keep-a-file", "backups");
    const run = await backup(dbUrl(db), parent, tmp, ["--to", dest]);
    // The first --to (parent) works; with two destinations the run is a partial success.
    expect(run.code, run.stderr).toBe(6);
    expect(run.stderr).toContain("keep-a-file");
    expect(ours(tmp)).toEqual([]);
    const only = await runCli(["backup", "--source", dbUrl(db), "--to", dest, "--recipient", recipient], {
      env: { TMPDIR: tmp },
    });
    expect(only.code).toBe(4);
    expect(only.stderr).toMatch(/hint: /);
    expect(ours(tmp)).toEqual([]);
  });

  it.each([
    ["the zstd tool", "tool"],
    ["Node's zstd", "node"],
  ])("pg_dump dying mid-stream leaves nothing that looks like a backup (compressing with %s)", async (_name, zstd) => {
    const [dest, tmp, bin] = [tempDir(), tempDir(), tempDir()];
    // A pg_dump that dies after writing part of a real dump.
    writeFileSync(
      join(bin, "pg_dump"),
      `#!/bin/bash\nif [ "$1" = --version ]; then exec /usr/lib/postgresql/15/bin/pg_dump --version; fi\n/usr/lib/postgresql/15/bin/pg_dump "$@" | head -c 300000\necho "pg_dump: error: connection lost" >&2\nexit 1\n`,
    );
    chmodSync(join(bin, "pg_dump"), 0o755);
    const run = await backup(dbUrl(db, PASSWORD), dest, tmp, ["--pg-bin", bin], { STRONGROOM_ZSTD: zstd });
    expectCleanFailure(run, 3, dest, tmp);
    expect(run.stderr).toContain("pg_dump: error: connection lost");
    const list = await runCli(["list", "--from", dest, "--json"]);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  describe("damaged backups and wrong keys", () => {
    let dest: string;
    let object: string;
    let pristine: Buffer;

    beforeAll(async () => {
      dest = tempDir();
      const run = await backup(dbUrl(db), dest, tempDir(), ["--json"]);
      expect(run.code, run.stderr).toBe(0);
      object = join(dest, JSON.parse(run.stdout).object);
      pristine = readFileSync(object);
    });

    const restoreInto = async () => {
      const target = `${db}_r_${Math.random().toString(16).slice(2, 8)}`;
      const run = await runCli(["restore", "--from", dest, "--to", dbUrl(target), "--identity", identity]);
      const exists = await sql(dbUrl("postgres"), `select 1 from pg_database where datname = '${target}'`);
      if (exists.rowCount) {
        const tables = await sql(dbUrl(target), "select count(*)::int as n from pg_tables where schemaname = 'public'");
        await dropDatabase(target);
        return { run, tables: tables.rows[0].n as number };
      }
      return { run, tables: 0 };
    };

    it("a flipped byte fails verify and restore with the digest named, and nothing is restored", async () => {
      const damaged = Buffer.from(pristine);
      damaged[Math.floor(damaged.length / 2)]! ^= 0x01;
      writeFileSync(object, damaged);
      try {
        const verify = await runCli(["verify", "--from", dest, "--identity", identity]);
        expect(verify.code).toBe(5);
        expect(verify.stderr).toMatch(/does not match its manifest/);
        const { run, tables } = await restoreInto();
        expect(run.code).toBe(5);
        expect(run.stderr).toMatch(/does not match its manifest/);
        expect(tables).toBe(0);
      } finally {
        writeFileSync(object, pristine);
      }
    });

    it("a byte damaged behind a manifest rewritten to match stops the restore mid-stream, and nothing is committed", async () => {
      const damaged = Buffer.from(pristine);
      damaged[damaged.length - 5000]! ^= 0x01;
      writeFileSync(object, damaged);
      const manifestPath = object.replace(/\.dump\.zst\.age$/, ".manifest.json");
      const manifest = readFileSync(manifestPath, "utf8");
      const forged = JSON.parse(manifest);
      forged.sha256 = createHash("sha256").update(damaged).digest("hex");
      writeFileSync(manifestPath, JSON.stringify(forged));
      try {
        const { run, tables } = await restoreInto();
        expect(run.code, run.stderr).toBe(5);
        expect(run.stderr).toMatch(/^error: .+/m);
        expect(tables).toBe(0);
      } finally {
        writeFileSync(object, pristine);
        writeFileSync(manifestPath, manifest);
      }
    });

    it("a truncated object fails verify", async () => {
      writeFileSync(object, pristine.subarray(0, pristine.length - 1000));
      try {
        const verify = await runCli(["verify", "--from", dest, "--identity", identity, "--level", "stat"]);
        expect(verify.code).toBe(5);
        expect(verify.stderr).toMatch(/has \d+ bytes, the manifest says \d+/);
      } finally {
        writeFileSync(object, pristine);
      }
    });

    it("a wrong identity fails with a message naming the recipients", async () => {
      const other = join(tempDir(), "other.txt");
      await runCli(["keygen", "--out", other]);
      const verify = await runCli(["verify", "--from", dest, "--identity", other]);
      expect(verify.code).toBe(5);
      expect(verify.stderr).toMatch(/identity/i);
      const target = `${db}_wrongkey`;
      const restore = await runCli(["restore", "--from", dest, "--to", dbUrl(target), "--identity", other]);
      expect(restore.code).toBe(5);
      const exists = await sql(dbUrl("postgres"), `select 1 from pg_database where datname = '${target}'`);
      expect(exists.rowCount).toBe(0);
    });

    it("the intact backup still verifies", async () => {
      const verify = await runCli(["verify", "--from", dest, "--identity", identity]);
      expect(verify.code, verify.stderr).toBe(0);
    });
  });

  it("no backup to restore is a clear not-found", async () => {
    const empty = tempDir();
    mkdirSync(join(empty, "x"));
    const run = await runCli(["restore", "--from", empty, "--to", dbUrl("whatever"), "--identity", identity]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("no backups found");
  });
});
