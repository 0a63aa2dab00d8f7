import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunContext } from "../../src/run-context.ts";
import { runVerify } from "../../src/commands/verify.ts";
import { parseVerifyConfig } from "../../src/config/inspect.ts";
import { ConsoleLogger } from "../../src/logger.ts";
import { Redactor } from "../../src/redact.ts";
import { daysAgo, markVerified, writeBackupAt } from "../support/catalog-fixture.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { dbUrl, dropDatabase, richDatabase, SERVER, sql } from "../support/postgres.ts";

describe("graded verification", () => {
  let source: string;
  let dest: string;
  let identity: string;
  let first: { id: string; object: string };
  let second: { id: string; object: string };

  beforeAll(async () => {
    source = await richDatabase();
    dest = tempDir();
    identity = join(tempDir(), "key.txt");
    const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
    const one = await runCli(["backup", "--source", dbUrl(source), "--to", dest, "--recipient", recipient, "--json"]);
    expect(one.code, one.stderr).toBe(0);
    first = JSON.parse(one.stdout);
    await sql(dbUrl(source), "insert into audit_log (happened) values ('second backup')");
    const two = await runCli(["backup", "--source", dbUrl(source), "--to", dest, "--recipient", recipient, "--json"]);
    expect(two.code, two.stderr).toBe(0);
    second = JSON.parse(two.stdout);
  });

  afterAll(async () => {
    await dropDatabase(source);
  });

  const scratchDatabases = async () =>
    (await sql(`${SERVER}/postgres`, "select datname from pg_database where datname like 'strongroom_verify_%'")).rows
      .length;

  it("a good backup passes every level, and each result is recorded beside it", async () => {
    const before = await scratchDatabases();
    for (const level of ["stat", "digest", "decode", "restore"]) {
      const run = await runCli([
        "verify",
        "--from",
        dest,
        "--backup",
        second.id,
        "--level",
        level,
        "--identity",
        identity,
        "--restore-into",
        `${SERVER}/postgres`,
        "--json",
      ]);
      expect(run.code, run.stderr).toBe(0);
      const [outcome] = JSON.parse(run.stdout);
      expect(outcome).toMatchObject({ id: second.id, level, ok: true });
      if (level === "restore") expect(outcome.checks.join(" ")).toMatch(/match the exact counts recorded at dump time/);
    }
    expect(await scratchDatabases()).toBe(before);
    const records = readdirSync(dest).filter((n) => n.startsWith(`${second.id}.verify-`));
    expect(records).toHaveLength(4);
    const listed = JSON.parse((await runCli(["list", "--from", dest, "--json"])).stdout);
    expect(listed.find((b: { id: string }) => b.id === second.id)).toMatchObject({
      verified: "passed",
      verifiedLevel: "restore",
    });
    expect(listed.find((b: { id: string }) => b.id === first.id).verified).toBeNull();
  });

  it("an encrypted backup verified above digest without its key is refused (exit 2), and nothing is recorded", async () => {
    const recordsBefore = readdirSync(dest).filter((n) => n.includes(".verify-")).length;
    for (const level of ["decode", "restore"]) {
      const run = await runCli(["verify", "--from", dest, "--backup", first.id, "--level", level]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(`backup ${first.id} is encrypted: --level ${level} needs its key`);
    }
    expect(readdirSync(dest).filter((n) => n.includes(".verify-"))).toHaveLength(recordsBefore);
  });

  it("each kind of damage is caught at the level that should catch it, naming the backup and the cause", async () => {
    const object = join(dest, first.object);
    const pristine = readFileSync(object);
    const attempt = async (level: string) => {
      const run = await runCli([
        "verify",
        "--from",
        dest,
        "--backup",
        first.id,
        "--level",
        level,
        "--identity",
        identity,
        "--no-record",
      ]);
      return { code: run.code, text: run.stderr };
    };
    try {
      // A flipped byte keeps the size: stat passes, digest fails.
      const flipped = Buffer.from(pristine);
      flipped[100]! ^= 0xff;
      writeFileSync(object, flipped);
      expect((await attempt("stat")).code).toBe(0);
      const digest = await attempt("digest");
      expect(digest.code).toBe(5);
      expect(digest.text).toContain(`backup ${first.id}: the stored object does not match its manifest`);

      // Truncation changes the size: stat already fails.
      writeFileSync(object, pristine.subarray(0, pristine.length - 10));
      const stat = await attempt("stat");
      expect(stat.code).toBe(5);
      expect(stat.text).toContain(`backup ${first.id}: the stored object has ${pristine.length - 10} bytes`);

      // Another backup's object under this name: the digest names the mismatch.
      copyFileSync(join(dest, second.object), object);
      const swapped = await attempt("digest");
      expect(swapped.code).toBe(5);
      expect(swapped.text).toContain(`backup ${first.id}: the stored object`);
      expect(swapped.text).toMatch(/has \d+ bytes, the manifest says|does not match its manifest/);
    } finally {
      writeFileSync(object, pristine);
    }
    // A wrong key: digest passes (the bytes are fine), decode fails.
    const other = join(tempDir(), "other.txt");
    await runCli(["keygen", "--out", other]);
    const wrongKey = await runCli([
      "verify",
      "--from",
      dest,
      "--backup",
      first.id,
      "--level",
      "decode",
      "--identity",
      other,
      "--no-record",
    ]);
    expect(wrongKey.code).toBe(5);
    expect(wrongKey.stderr).toMatch(/no identity matches/);
    expect((await attempt("decode")).code).toBe(0);
  });

  it("a failed verification is recorded as failed and the backup is not deleted", async () => {
    const object = join(dest, first.object);
    const pristine = readFileSync(object);
    const flipped = Buffer.from(pristine);
    flipped[200]! ^= 0x01;
    writeFileSync(object, flipped);
    try {
      const run = await runCli(["verify", "--from", dest, "--backup", first.id, "--level", "digest"]);
      expect(run.code).toBe(5);
      expect(readdirSync(dest)).toContain(first.object);
      const listed = JSON.parse((await runCli(["list", "--from", dest, "--json"])).stdout);
      expect(listed.find((b: { id: string }) => b.id === first.id).verified).toBe("failed");
    } finally {
      writeFileSync(object, pristine);
    }
  });

  it("a restore-level check reports exactly which tables differ from the dump", async () => {
    const context: RunContext = {
      log: new ConsoleLogger(new Redactor(), process.stderr, true),
      env: {},
      signal: new AbortController().signal,
    };
    const config = parseVerifyConfig(
      {
        from: dest,
        backup: second.id,
        level: "restore",
        identity: [identity],
        "restore-into": `${SERVER}/postgres`,
        "no-record": true,
      },
      {},
    );
    const failure = await runVerify(config, context, {
      afterRestore: async (scratch) => {
        await sql(dbUrl(scratch.database), "delete from orders where id % 10 = 0; delete from audit_log");
      },
    }).catch((error: { result: unknown }) => error.result);
    const [outcome] = failure as { ok: boolean; differences: string[] }[];
    expect(outcome!.ok).toBe(false);
    const expected: string[] = [];
    const audit = (await sql(dbUrl(source), "select count(*)::int as n from audit_log")).rows[0].n;
    expected.push(`public.audit_log: 0 rows restored, ${audit} at dump time`);
    for (const part of ["orders_2025", "orders_2026"]) {
      const { n, kept } = (
        await sql(
          dbUrl(source),
          `select count(*)::int as n, count(*) filter (where id % 10 <> 0)::int as kept from ${part}`,
        )
      ).rows[0];
      expected.push(`public.${part}: ${kept} rows restored, ${n} at dump time`);
    }
    expect(outcome!.differences).toEqual(expected);
  });

  it("--sample verifies random older backups besides the latest", async () => {
    const run = await runCli(["verify", "--from", dest, "--level", "digest", "--sample", "1", "--no-record", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).map((o: { id: string }) => o.id)).toEqual([second.id, first.id]);
  });
});

describe("strongroom check", () => {
  it("fails on an empty destination, on a stale one and on unverified backups; passes on a fresh one", async () => {
    const empty = await runCli(["check", "--from", tempDir(), "--max-age", "26h"]);
    expect(empty.code).toBe(7);
    expect(empty.stderr).toContain("no complete backup");

    const stale = tempDir();
    writeBackupAt(stale, daysAgo(2));
    const old = await runCli(["check", "--from", stale, "--max-age", "26h"]);
    expect(old.code).toBe(7);
    expect(old.stderr).toMatch(/is 2d old, more than the 1d2h allowed/);

    const fresh = tempDir();
    const recent = writeBackupAt(fresh, new Date(Date.now() - 3_600_000));
    const ok = await runCli(["check", "--from", fresh, "--max-age", "26h", "--json"]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, count: 1, newest: { id: recent.id } });

    const unverified = await runCli(["check", "--from", fresh, "--max-unverified-age", "8d"]);
    expect(unverified.code).toBe(7);
    expect(unverified.stderr).toContain("no backup has passed verification");
    markVerified(fresh, recent, true, new Date());
    expect((await runCli(["check", "--from", fresh, "--max-unverified-age", "8d", "--min-count", "1"])).code).toBe(0);
    expect((await runCli(["check", "--from", fresh, "--min-count", "2"])).code).toBe(7);
    const tooBig = await runCli(["check", "--from", fresh, "--max-total-size", "10B"]);
    expect(tooBig.code).toBe(7);
    expect(tooBig.stderr).toMatch(/more than the 10 B allowed/);
  });
});
