import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";

async function holdings(database: string): Promise<{ tables: number; los: number; hello: string | null }> {
  const { rows } = await sql(
    dbUrl(database),
    `select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = 'public' and c.relkind = 'r')::int as tables,
            (select count(*) from pg_largeobject_metadata)::int as los,
            (select convert_from(lo_get(oid), 'UTF8') from pg_largeobject_metadata limit 1) as hello`,
  );
  return rows[0] as { tables: number; los: number; hello: string | null };
}

describe("a restore target holding only large objects (issue 16, Medium 9)", () => {
  const made: string[] = [];
  let folder: string;
  beforeAll(async () => {
    const source = await createDatabase("sr_lotarget");
    made.push(source);
    await sql(dbUrl(source), "create table t as select g as id from generate_series(1, 10) g");
    folder = tempDir("sr-lotarget-");
    const backup = await runCli(["backup", "--source", dbUrl(source), "--to", folder, "--no-encryption"]);
    expect(backup.code, backup.stderr).toBe(0);
  });
  afterAll(async () => {
    for (const name of made) await dropDatabase(name);
    rmSync(folder, { recursive: true, force: true });
  });

  async function targetWithLargeObject(): Promise<string> {
    const target = await createDatabase("sr_lotarget_t");
    made.push(target);
    await sql(dbUrl(target), "select lo_from_bytea(0, convert_to('hello from the old data', 'UTF8'))");
    return target;
  }

  it("is not empty: the restore is refused and the large object stays", async () => {
    const target = await targetWithLargeObject();
    const run = await runCli(["restore", "--from", folder, "--to", dbUrl(target)]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("already holds 1 large object");
    expect(await holdings(target)).toEqual({ tables: 0, los: 1, hello: "hello from the old data" });
  });

  it("--clean replaces it: the backup's data, and no large object of the old database", async () => {
    const target = await targetWithLargeObject();
    const run = await runCli(["restore", "--from", folder, "--to", dbUrl(target), "--clean", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).replacedDatabase).toBe(true);
    expect(await holdings(target)).toEqual({ tables: 1, los: 0, hello: null });
  });
});
