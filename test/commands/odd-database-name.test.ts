import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.ts";
import { SERVER, sql } from "../support/postgres.ts";

/** node-pg's own URL parser keeps %2F encoded (decodeURI), so the test connects by fields. */
async function query(database: string, text: string): Promise<pg.QueryResult> {
  const { hostname, port, username } = new URL(SERVER);
  const client = new pg.Client({ host: hostname, port: Number(port || 5432), user: username, database });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A database named with `/` and a space (issue 16, Low): reached through the URL's %2F, never "not found". */
describe("a database whose name holds a slash", () => {
  const tag = `${process.env.STRONGROOM_TEST_RUN ?? ""}${randomBytes(4).toString("hex")}`;
  const source = `sr_slash_${tag}/app data`;
  const target = `sr_slash_${tag}/restored`;
  const url = (name: string) => `${SERVER}/${encodeURIComponent(name)}`;
  const admin = `${SERVER}/postgres`;
  let folder: string;

  beforeAll(async () => {
    await sql(admin, `create database "${source}"`);
    await query(source, "create table t as select g as id from generate_series(1, 42) g");
    folder = tempDir("sr-slash-");
  });
  afterAll(async () => {
    for (const name of [source, target]) await sql(admin, `drop database if exists "${name}" with (force)`);
  });

  it("is backed up, listed by its name and URL, restored into another such name and verified", async () => {
    const backup = await runCli(["backup", "--source", url(source), "--to", folder, "--no-encryption", "--json"]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout).source.database).toBe(source);

    for (const wanted of [url(source), `postgres://127.0.0.1:5432/${source}`]) {
      const list = await runCli(["list", "--from", folder, "--source", wanted, "--json"]);
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout)).toHaveLength(1);
    }

    const restore = await runCli(["restore", "--from", folder, "--to", url(target)]);
    expect(restore.code, restore.stderr).toBe(0);
    const { rows } = await query(target, "select count(*)::int as n from t");
    expect(rows[0].n).toBe(42);

    const verify = await runCli(["verify", "--from", folder, "--level", "restore", "--restore-into", admin]);
    expect(verify.code, verify.stderr).toBe(0);
  });
});
