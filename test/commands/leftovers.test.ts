import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { isFailureRecordName } from "../../src/catalog/failure-record.ts";
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server } from "../servers/s3-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, SERVER, sql } from "../support/postgres.ts";

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** The id of a process that has just exited: nothing runs under it. */
function deadPid(): number {
  const child = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" });
  return Number(child.stdout.trim());
}

describe("what Strongroom writes is the owner's alone (umask 000 in the child)", () => {
  let source: string;
  let recipient: string;

  beforeAll(async () => {
    source = await createDatabase("sr_modes");
    await sql(dbUrl(source), "create table t as select g as id, md5(g::text) as v from generate_series(1, 20000) g");
    recipient = (await runCli(["keygen"])).stdout.match(/age1[0-9a-z]+/)![0];
  });

  afterAll(async () => {
    if (source) await dropDatabase(source);
  });

  it("keygen writes its key file 0600", async () => {
    const key = join(tempDir(), "key.txt");
    const run = await runCli(["keygen", "--out", key], { umask: "000" });
    expect(run.code, run.stderr).toBe(0);
    expect(modeOf(key)).toBe(0o600);
  });

  it("an unencrypted backup in a local folder: folder 0700, object and manifest 0600", async () => {
    const folder = join(tempDir(), "new", "backups");
    const run = await runCli(["backup", "--source", dbUrl(source), "--to", folder, "--no-encryption"], {
      umask: "000",
    });
    expect(run.code, run.stderr).toBe(0);
    expect(modeOf(folder)).toBe(0o700);
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const name of files) expect([name, modeOf(join(folder, name))]).toEqual([name, 0o600]);
  });

  it("the spool file of a backup to two destinations is 0600 in a 0700 folder, and is removed", async () => {
    const tmp = tempDir();
    const locker = new pg.Client({ connectionString: dbUrl(source) });
    await locker.connect();
    try {
      // Held behind a table lock, the run has its spool file open (and empty) for as long as we look.
      await locker.query("begin");
      await locker.query("lock table t in access exclusive mode");
      const running = runCli(
        ["backup", "--source", dbUrl(source), "--to", tempDir(), "--to", tempDir(), "--recipient", recipient],
        { umask: "000", env: { TMPDIR: tmp } },
      );
      let spoolDir: string | undefined;
      for (let i = 0; i < 300 && !spoolDir; i++) {
        spoolDir = readdirSync(tmp).find((name) => name.startsWith("strongroom-spool-"));
        if (!spoolDir || readdirSync(join(tmp, spoolDir)).length === 0) spoolDir = undefined;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(spoolDir, "the spool folder appeared").toBeDefined();
      expect(spoolDir).toMatch(new RegExp(`^strongroom-spool-\\d+-`));
      expect(modeOf(join(tmp, spoolDir!))).toBe(0o700);
      for (const name of readdirSync(join(tmp, spoolDir!))) expect(modeOf(join(tmp, spoolDir!, name))).toBe(0o600);
      await locker.query("commit");
      const run = await running;
      expect(run.code, run.stderr).toBe(0);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      await locker.end();
    }
  });
});

describe("after SIGKILL: the next run sweeps what the killed one left", () => {
  let source: string;
  const scratch: string[] = [];

  beforeAll(async () => {
    source = await createDatabase("sr_sweep");
    await sql(dbUrl(source), "create table t as select g as id from generate_series(1, 1000) g");
  });

  afterAll(async () => {
    for (const name of scratch) await dropDatabase(name);
    if (source) await dropDatabase(source);
  });

  it("temporary folders of processes that are gone are removed; a running process's are not", async () => {
    const tmp = tempDir();
    const dead = join(tmp, `strongroom-pgdump-${deadPid()}-Ab12Cd`);
    mkdirSync(join(dead, "dump"), { recursive: true });
    writeFileSync(join(dead, "dump", "3001.dat"), "plaintext rows of a killed --jobs dump\n");
    const live = join(tmp, `strongroom-pgdump-${process.pid}-Ef34Gh`);
    mkdirSync(live);
    const someoneElses = join(tmp, "strongroom-notes");
    mkdirSync(someoneElses);
    // Killed an hour ago; one killed a minute ago may be a live run seen from another pid namespace.
    const recent = join(tmp, `strongroom-spool-${deadPid()}-Ij56Kl`);
    mkdirSync(recent);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const path of [join(dead, "dump", "3001.dat"), join(dead, "dump"), dead, live])
      utimesSync(path, anHourAgo, anHourAgo);
    const run = await runCli(["backup", "--source", dbUrl(source), "--to", tempDir(), "--no-encryption"], {
      env: { TMPDIR: tmp },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain("removed 1 temporary folder(s) left by killed runs");
    expect(readdirSync(tmp).sort()).toEqual([live, someoneElses, recent].map((p) => p.slice(tmp.length + 1)).sort());
  });

  it("scratch databases of killed runs are dropped; fresh, busy or unmarked ones are not", async () => {
    const note = (createdAt: Date, pid: number, host = hostname()) =>
      `strongroom scratch database ${JSON.stringify({ createdAt: createdAt.toISOString(), host, pid })}`;
    const make = async (name: string, comment?: string) => {
      await sql(`${SERVER}/postgres`, `create database ${name}`);
      scratch.push(name);
      if (comment) await sql(`${SERVER}/postgres`, `comment on database ${name} is '${comment}'`);
      return name;
    };
    const hex = (n: number) => randomBytes(n).toString("hex");
    const killedHere = await make(`strongroom_verify_${hex(6)}`, note(new Date(), deadPid()));
    const killedElsewhere = await make(
      `${source}_sr_restore_${hex(4)}`,
      note(new Date(Date.now() - 7 * 3_600_000), 1, "another-runner"),
    );
    const running = await make(`strongroom_verify_${hex(6)}`, note(new Date(), process.pid));
    const recentElsewhere = await make(`${source}_sr_restore_${hex(4)}`, note(new Date(), 1, "another-runner"));
    const unmarked = await make(`strongroom_verify_${hex(6)}`);

    const folder = tempDir();
    const key = join(tempDir(), "key.txt");
    const recipient = (await runCli(["keygen", "--out", key])).stdout.trim();
    const backup = await runCli(["backup", "--source", dbUrl(source), "--to", folder, "--recipient", recipient]);
    expect(backup.code, backup.stderr).toBe(0);
    const verify = await runCli([
      "verify",
      "--from",
      folder,
      "--level",
      "restore",
      "--identity",
      key,
      "--restore-into",
      SERVER,
    ]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout + verify.stderr).toContain("dropped 2 scratch database(s) left by killed runs");
    const { rows } = await sql(
      `${SERVER}/postgres`,
      `select datname from pg_database where datname in ('${[killedHere, killedElsewhere, running, recentElsewhere, unmarked].join("','")}')`,
    );
    expect(rows.map((r) => r.datname).sort()).toEqual([running, recentElsewhere, unmarked].sort());
  });
});

describe("a full temporary folder (a small tmpfs as TMPDIR)", () => {
  let source: string;
  let tmpfs: string | undefined;
  let skip = "";

  beforeAll(async () => {
    const mountPoint = tempDir();
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", mountPoint], { stdio: "pipe" });
      tmpfs = mountPoint;
    } catch (error) {
      skip = `cannot mount a tmpfs here (${(error as Error).message.split("\n")[0]}): the full-disk cases need root`;
    }
    source = await createDatabase("sr_full");
    // About 3 MB that does not compress: three times the tmpfs.
    await sql(
      dbUrl(source),
      "create table noise as select g as id, decode(md5(random()::text) || md5(random()::text), 'hex') as bytes from generate_series(1, 100000) g",
    );
  });

  afterAll(async () => {
    if (tmpfs) execFileSync("umount", [tmpfs]);
    if (source) await dropDatabase(source);
  });

  const expectClearFull = (run: { code: number | null; stderr: string }) => {
    expect(run.code, run.stderr).toBe(4);
    expect(run.stderr).toContain(`error: the temporary folder ${tmpfs} is full`);
    expect(run.stderr).toMatch(/hint: free space there, or point TMPDIR/);
    expect(readdirSync(tmpfs!), "the partial file is removed").toEqual([]);
  };

  it("spooling for two destinations: exit 4, the folder and the room named, nothing stored", async (t) => {
    if (!tmpfs) return t.skip(skip);
    const [a, b] = [tempDir(), tempDir()];
    const run = await runCli(["backup", "--source", dbUrl(source), "--to", a, "--to", b, "--no-encryption"], {
      env: { TMPDIR: tmpfs },
    });
    expectClearFull(run);
    expect(run.stderr).toMatch(
      /it filled after [\d.]+ [KMG]?i?B; with several destinations the whole backup is spooled/,
    );
    // Only the failure record (read and cleared by the next successful run) may be there.
    expect([...readdirSync(a), ...readdirSync(b)].filter((n) => !isFailureRecordName(n))).toEqual([]);
  });

  it("pg_dump --jobs writing its table files: exit 4, the folder and the room named, nothing stored", async (t) => {
    if (!tmpfs) return t.skip(skip);
    const folder = tempDir();
    const run = await runCli(
      ["backup", "--source", dbUrl(source), "--to", folder, "--no-encryption", "--format", "directory", "--jobs", "2"],
      { env: { TMPDIR: tmpfs } },
    );
    expectClearFull(run);
    expect(run.stderr).toMatch(/pg_dump --jobs writes every table there before it is packed: about [\d.]+ [KMG]iB/);
    expect(readdirSync(folder).filter((n) => !isFailureRecordName(n))).toEqual([]);
  });

  it("a SQLite snapshot that cannot fit: exit 4 naming the folder and the database's size, nothing stored", async (t) => {
    if (!tmpfs) return t.skip(skip);
    const file = join(tempDir(), "app.db");
    const db = new DatabaseSync(file);
    db.exec("create table blobs (b blob)");
    const insert = db.prepare("insert into blobs values (?)");
    for (let i = 0; i < 300; i++) insert.run(randomBytes(8192));
    db.close();
    const folder = tempDir();
    const run = await runCli(["backup", "--source", `sqlite:${file}`, "--to", folder, "--no-encryption"], {
      env: { TMPDIR: tmpfs },
    });
    expectClearFull(run);
    expect(run.stderr).toMatch(/the snapshot of \S+app\.db needs [\d.]+ [KM]iB/);
    expect(readdirSync(folder).filter((n) => !isFailureRecordName(n))).toEqual([]);
  });

  it("a download that cannot fit (restore from S3): exit 4 before downloading, the target untouched", async (t) => {
    if (!tmpfs) return t.skip(skip);
    const s3 = await startS3Server();
    try {
      await s3.createBucket("backups");
      const env = {
        AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
        AWS_REGION: s3.region,
        AWS_ENDPOINT_URL: s3.endpoint,
        AWS_EC2_METADATA_DISABLED: "true",
      };
      const key = join(tempDir(), "key.txt");
      const recipient = (await runCli(["keygen", "--out", key])).stdout.trim();
      const backup = await runCli(
        ["backup", "--source", dbUrl(source), "--to", "s3://backups/full", "--recipient", recipient, "--json"],
        { env },
      );
      expect(backup.code, backup.stderr).toBe(0);
      const target = `${source}_restored`;
      const run = await runCli(["restore", "--from", "s3://backups/full", "--to", dbUrl(target), "--identity", key], {
        env: { ...env, TMPDIR: tmpfs },
      });
      expectClearFull(run);
      expect(run.stderr).toMatch(/the download of \S+ needs [\d.]+ [KM]iB/);
      const exists = await sql(`${SERVER}/postgres`, `select 1 from pg_database where datname = '${target}'`);
      expect(exists.rows).toEqual([]);
    } finally {
      await s3.stop();
    }
  });
});
