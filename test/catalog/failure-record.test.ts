import { readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBackupId } from "../../src/catalog/backup-id.ts";
import { readCatalog } from "../../src/catalog/catalog.ts";
import {
  failureRecordName,
  isFailureRecordName,
  readFailureRecord,
  removeFailureRecord,
  shortReason,
} from "../../src/catalog/failure-record.ts";
import { MANIFEST_SUFFIX } from "../../src/catalog/manifest.ts";
import { parseVerificationName } from "../../src/catalog/verification.ts";
import { isChunkBookkeeping } from "../../src/destinations/chunked.ts";
import { LocalFolder } from "../../src/destinations/local-folder.ts";
import { isObjectName } from "../../src/destinations/object-name.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";

const sourceKeys = fc.oneof(
  fc
    .tuple(fc.domain(), fc.integer({ min: 1, max: 65535 }), fc.string({ minLength: 1, maxLength: 80 }))
    .map(([host, port, db]) => `postgres://${host}:${port}/${db}`),
  fc.string({ maxLength: 200 }).map((path) => `sqlite://runner/${path}`),
  fc.string({ maxLength: 200 }),
);

describe("the failure record's name", () => {
  it("is a flat object name that no catalog reader, rotation or chunking takes for one of its own", () => {
    fc.assert(
      fc.property(sourceKeys, (key) => {
        const name = failureRecordName(key);
        expect(isObjectName(name)).toBe(true);
        expect(isFailureRecordName(name)).toBe(true);
        expect(name.endsWith(MANIFEST_SUFFIX)).toBe(false);
        expect(parseVerificationName(name)).toBeUndefined();
        expect(isChunkBookkeeping(name)).toBe(false);
        // Rotation's orphan sweep only looks at names that start with a backup id.
        expect(isBackupId(name.split(".")[0]!)).toBe(false);
        expect(/^\d{8}T\d{9}Z-/.test(name)).toBe(false);
        expect(name.length).toBeLessThan(120);
      }),
      { numRuns: 300 },
    );
  });

  it("differs per source, even for databases of the same name", () => {
    const a = failureRecordName("postgres://db-a.example.com:5432/app");
    const b = failureRecordName("postgres://db-b.example.com:5432/app");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^strongroom-failure\.app-[0-9a-f]{16}\.json$/);
  });

  it("keeps the reason to one short line without URL credentials or registered secrets", () => {
    const reason = shortReason(
      new Error(
        `could not reach postgres://app:pa55word@db.example.com/app with token tok-123456\nstack line\n${"x".repeat(500)}`,
      ),
      (text) => text.replaceAll("tok-123456", "***"),
    );
    expect(reason).toBe("could not reach postgres://db.example.com/app with token ***");
    expect(shortReason(new Error("y".repeat(1000)), (t) => t).length).toBeLessThanOrEqual(300);
  });
});

describe("a destination holding a failure record, read by list, check, verify and rotate", () => {
  let working = "";
  let missing = "";
  const dirs: string[] = [];

  beforeAll(async () => {
    working = await createDatabase("sr_failrec");
    await sql(dbUrl(working), "create table t (id int primary key); insert into t select generate_series(1, 50)");
    missing = `sr_failrec_missing_${Math.random().toString(16).slice(2, 10)}`;
  });

  afterAll(async () => {
    if (working) await dropDatabase(working);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const backup = (source: string, dest: string) =>
    runCli(["backup", "--source", source, "--to", dest, "--no-encryption", "--compression", "gzip"]);

  it("leaves the record alone and lists, checks, verifies and rotates the backups beside it", async () => {
    const dest = tempDir();
    dirs.push(dest);
    // A failing source and a working one share the destination.
    const failed = await backup(dbUrl(missing), dest);
    expect(failed.code, failed.stderr).toBe(3);
    const [record] = readdirSync(dest).filter(isFailureRecordName);
    expect(record).toBeDefined();
    for (let i = 0; i < 2; i++) {
      const ok = await backup(dbUrl(working), dest);
      expect(ok.code, ok.stderr).toBe(0);
    }
    // Old enough for any grace period, and an aged orphan so the sweep really runs.
    const old = new Date(Date.now() - 40 * 86_400_000);
    utimesSync(join(dest, record!), old, old);
    const orphan = "20250101T000000000Z-gone-0123456789ab.sql.gz";
    writeFileSync(join(dest, orphan), "leftover of a crashed run");
    utimesSync(join(dest, orphan), old, old);

    const catalog = await readCatalog(new LocalFolder(dest));
    expect(catalog.backups).toHaveLength(2);
    expect(catalog.unreadable).toEqual([]);

    const list = await runCli(["list", "--from", dest, "--json"]);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(2);
    expect(list.stderr).not.toContain("strongroom-failure");

    const check = await runCli(["check", "--from", dest, "--max-age", "1h", "--min-count", "2"]);
    expect(check.code, check.stderr + check.stdout).toBe(0);

    const verify = await runCli(["verify", "--from", dest, "--backup", "all", "--level", "digest"]);
    expect(verify.code, verify.stderr + verify.stdout).toBe(0);

    const rotate = await runCli(["rotate", "--from", dest, "--keep-last", "1", "--json"]);
    expect(rotate.code, rotate.stderr).toBe(0);
    const result = JSON.parse(rotate.stdout);
    expect(result.removed).toHaveLength(1);
    expect(result.orphans).toEqual([orphan]);
    expect(readdirSync(dest)).toContain(record);
    expect(readdirSync(dest)).not.toContain(orphan);

    // The working source's success never clears the other source's record; that source's own success does.
    expect(await readFailureRecord(new LocalFolder(dest), `postgres://127.0.0.1:5432/${missing}`)).toMatchObject({
      stage: "connect",
    });
    await removeFailureRecord(new LocalFolder(dest), `postgres://127.0.0.1:5432/${missing}`);
    await removeFailureRecord(new LocalFolder(dest), `postgres://127.0.0.1:5432/${missing}`);
    expect(readdirSync(dest).filter(isFailureRecordName)).toEqual([]);
  });

  it("counts a damaged record as a failure and keeps only well-formed fields", async () => {
    const dest = tempDir();
    dirs.push(dest);
    const key = "postgres://127.0.0.1:5432/damaged";
    writeFileSync(join(dest, failureRecordName(key)), "{not json");
    expect(await readFailureRecord(new LocalFolder(dest), key)).toEqual({ sourceKey: key });
    expect(await readFailureRecord(new LocalFolder(dest), "postgres://127.0.0.1:5432/other")).toBeUndefined();
    // Fields of the wrong type or size are dropped, never passed on to the messages.
    writeFileSync(
      join(dest, failureRecordName(key)),
      JSON.stringify({
        strongroomFailure: 1,
        stage: { x: 1 },
        reason: "r".repeat(5000),
        failedAt: "2026-11-24T03:00:00Z",
      }),
    );
    expect(await readFailureRecord(new LocalFolder(dest), key)).toEqual({
      sourceKey: key,
      failedAt: "2026-11-24T03:00:00Z",
    });
  });
});
