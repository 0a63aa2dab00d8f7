import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { type EmbeddedPostgres, type EmbeddedMajor, startEmbeddedPostgres } from "../support/embedded-postgres.ts";
import { createDatabase, dbUrl, dropDatabase, fingerprint, loadFixture, sql } from "../support/postgres.ts";

const RICH_SQL = new URL("../fixtures/rich.sql", import.meta.url).pathname;

/**
 * Servers of other majors than the machine's client 15: older ones are dumped with client 15 and
 * restored into the local 15 server (the upgrade path users take); a newer one is refused.
 */
describe("PostgreSQL servers of other majors, through the CLI bundle", () => {
  const servers = new Map<EmbeddedMajor, EmbeddedPostgres>();
  const madeLocally: string[] = [];
  const dirs: string[] = [];
  let identity: string;
  let recipient: string;

  beforeAll(async () => {
    const started = await Promise.allSettled(([13, 14, 17] as const).map((m) => startEmbeddedPostgres(m)));
    for (const result of started)
      if (result.status === "fulfilled") servers.set(result.value.major as EmbeddedMajor, result.value);
    const failed = started.find((r) => r.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const keys = tempDir();
    dirs.push(keys);
    identity = join(keys, "key.txt");
    recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
  });

  afterAll(async () => {
    await Promise.all([...servers.values()].map((s) => s.stop()));
    for (const name of madeLocally) await dropDatabase(name);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function server(major: EmbeddedMajor): EmbeddedPostgres {
    const found = servers.get(major);
    if (!found) throw new Error(`the PostgreSQL ${major} server did not start`);
    return found;
  }

  for (const major of [13, 14] as const) {
    it(`dumps a ${major} server with client 15 and restores it into the local 15 server unchanged`, async () => {
      const old = server(major);
      await sql(old.url(), "create database app");
      loadFixture(old.url("app"), RICH_SQL);
      const version = await sql(old.url("app"), "show server_version_num");
      expect(Math.floor(Number(version.rows[0].server_version_num) / 10000)).toBe(major);
      const original = await fingerprint(old.url("app"));
      expect(Object.keys(original).filter((k) => k.startsWith("table ")).length).toBeGreaterThan(2);

      const dest = tempDir();
      dirs.push(dest);
      const backup = await runCli([
        "backup",
        "--source",
        old.url("app"),
        "--to",
        dest,
        "--recipient",
        recipient,
        "--json",
      ]);
      expect(backup.code, backup.stderr).toBe(0);
      const manifest = JSON.parse(backup.stdout);
      expect(manifest.postgres.serverMajor).toBe(major);
      expect(manifest.postgres.pgDumpMajor).toBe(15);

      const target = await createDatabase(`sr_from${major}`);
      madeLocally.push(target);
      await dropDatabase(target);
      const restore = await runCli(["restore", "--from", dest, "--to", dbUrl(target), "--identity", identity]);
      expect(restore.code, restore.stderr).toBe(0);
      const restoredVersion = await sql(dbUrl(target), "show server_version_num");
      expect(Math.floor(Number(restoredVersion.rows[0].server_version_num) / 10000)).toBe(15);
      expect(await fingerprint(dbUrl(target))).toEqual(original);

      // Back into the old server: before 15 its insert counters are not exact, so the rows come from psql's COPY tags.
      const back = await runCli([
        "restore",
        "--from",
        dest,
        "--to",
        old.url("app_back"),
        "--identity",
        identity,
        "--json",
      ]);
      expect(back.code, back.stderr).toBe(0);
      const result = JSON.parse(back.stdout);
      expect(result.rowsFrom).toBe("copy-tags");
      expect(result.mismatches).toEqual([]);
      expect(result.tables.length).toBeGreaterThan(2);
      expect(await fingerprint(old.url("app_back"))).toEqual(original);
    });
  }

  it("refuses a 17 server with client 15, naming major 17 and the package to install (exit 3), and stores nothing", async () => {
    const newer = server(17);
    const dest = tempDir();
    dirs.push(dest);
    const backup = await runCli(["backup", "--source", newer.url(), "--to", dest, "--recipient", recipient]);
    expect(backup.code).toBe(ExitCode.source);
    expect(backup.stderr).toContain("pg_dump 17 or newer is needed and none was found");
    expect(backup.stderr).toMatch(/found: [^)]*\/usr\/lib\/postgresql\/15\/bin\/pg_dump 15/);
    expect(backup.stderr).toContain("apt-get install postgresql-client-17");
    expect(backup.stderr).toContain("brew install postgresql@17");
    const list = await runCli(["list", "--from", dest, "--json"]);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });
});
