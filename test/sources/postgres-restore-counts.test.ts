import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { libpqEnv } from "../../src/sources/postgres/connection.ts";
import { CopyTagReader } from "../../src/sources/postgres/copy-tags.ts";
import { startCountedRestore } from "../../src/sources/postgres/counted-restore.ts";
import { parsePostgresUrl } from "../../src/sources/postgres/postgres-target.ts";
import { pgRestoreScriptArgs, psqlEchoArgs } from "../../src/sources/postgres/restore-tools.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";

/** psql --echo-queries output around two tables' data, as pg_restore's script makes it. */
const PSQL_OUTPUT = [
  "BEGIN;",
  "BEGIN",
  "SET",
  "CREATE TABLE public.a (",
  "    g integer",
  ");",
  "CREATE TABLE",
  "COPY public.a (g) FROM stdin;",
  "COPY 1000",
  'COPY "Odd ""schema"" ',
  ' x"."two',
  'lines" (id, "x (y)") FROM stdin;',
  "COPY 0",
  "COPY public.empty  FROM stdin;",
  "COPY 7",
  "COMMIT;",
  "COMMIT",
  "",
].join("\n");

describe("CopyTagReader", () => {
  it("pairs each echoed COPY statement with its tag, whatever the chunking, and sees the COMMIT", () => {
    for (let split = 1; split < PSQL_OUTPUT.length; split += 7) {
      const reader = new CopyTagReader();
      reader.write(PSQL_OUTPUT.slice(0, split));
      reader.write(PSQL_OUTPUT.slice(split));
      expect(reader.end()).toEqual({
        tables: [
          { schema: "public", name: "a", rows: 1000 },
          { schema: 'Odd "schema" \n x', name: "two\nlines", rows: 0 },
          { schema: "public", name: "empty", rows: 7 },
        ],
        committed: true,
      });
    }
  });

  it("an output that ends before the COMMIT is not committed", () => {
    const reader = new CopyTagReader();
    reader.write(PSQL_OUTPUT.slice(0, PSQL_OUTPUT.indexOf("COMMIT;")));
    expect(reader.end().committed).toBe(false);
  });
});

describe("restore's row check from the server's COPY tags", () => {
  let source: string;
  let target: string;
  beforeAll(async () => {
    source = await createDatabase("sr_copytags");
    target = await createDatabase("sr_copytags_restored");
    await sql(
      dbUrl(source),
      `create schema "Odd ""schema""
 x";
       create table "Odd ""schema""
 x"."two
lines" (id int, "x (y)" text);
       insert into "Odd ""schema""
 x"."two
lines" select g, E'a\\nb\\\\.' from generate_series(1, 321) g;
       create table empty (id int);
       create table tricky (id int, body text);
       insert into tricky select g, E'line\\nbreak\\r\\ttab \\\\ back' || repeat(E'\\n\\\\.\\n', g % 3) from generate_series(1, 500) g;
       create table parted (id int, at int) partition by range (at);
       create table parted_low partition of parted for values from (0) to (100);
       create table parted_high partition of parted for values from (100) to (1000);
       insert into parted select g, g % 1000 from generate_series(1, 2345) g;
       create table parent_table (id int);
       create table child_table () inherits (parent_table);
       insert into parent_table values (1), (2);
       insert into child_table values (3);
       select lo_from_bytea(0, 'large object');`,
    );
  });
  afterAll(async () => {
    await dropDatabase(source);
    await dropDatabase(target);
  });

  it("reports every table's rows as restored, equal to a count of the restored database", async () => {
    const folder = tempDir("sr-copytags-");
    const backup = await runCli(["backup", "--source", dbUrl(source), "--to", folder, "--no-encryption"]);
    expect(backup.code, backup.stderr).toBe(0);
    const restore = await runCli(["restore", "--from", folder, "--to", dbUrl(target), "--json"]);
    expect(restore.code, restore.stderr).toBe(0);
    const result = JSON.parse(restore.stdout);
    expect(result.rowsChecked).toBe(true);
    expect(result.rowsFrom).toBe("insert-counters");
    expect(result.mismatches).toEqual([]);
    const { rows } = await sql(
      dbUrl(target),
      `select n.nspname as schema, c.relname as name,
         (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from only %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::int8 as rows
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'`,
    );
    const counted = (list: { schema: string; name: string; rows: number | string }[]) =>
      new Map(list.map((t) => [`${t.schema}.${t.name}`, Number(t.rows)]));
    expect(counted(result.tables)).toEqual(counted(rows));
    expect(counted(result.tables).get('Odd "schema"\n x.two\nlines')).toBe(321);
    expect(counted(result.tables).get("public.empty")).toBe(0);
  });

  it("counts the restored tables when the insert counters do not add up (track_counts off), and still checks every row", async () => {
    const folder = tempDir("sr-copytags-");
    const backup = await runCli(["backup", "--source", dbUrl(source), "--to", folder, "--no-encryption"]);
    expect(backup.code, backup.stderr).toBe(0);
    const uncounted = await createDatabase("sr_copytags_uncounted");
    try {
      await sql(dbUrl("postgres"), `alter database ${uncounted} set track_counts = off`);
      const restore = await runCli(["restore", "--from", folder, "--to", dbUrl(uncounted), "--json"]);
      expect(restore.code, restore.stderr).toBe(0);
      const result = JSON.parse(restore.stdout);
      expect(result.rowsFrom).toBe("count");
      expect(result.mismatches).toEqual([]);
      const rows = new Map<string, number>(
        result.tables.map((t: { schema: string; name: string; rows: number }) => [`${t.schema}.${t.name}`, t.rows]),
      );
      expect(rows.get("public.tricky")).toBe(500);
      expect(rows.get("public.parted_high")! + rows.get("public.parted_low")!).toBe(2345);
    } finally {
      await dropDatabase(uncounted);
    }
  });
});

describe("pg_restore --file=- into psql", () => {
  let source: string;
  let archive: Buffer;
  beforeAll(async () => {
    source = await createDatabase("sr_chain");
    await sql(
      dbUrl(source),
      "create table a as select g, md5(g::text) as t from generate_series(1, 20000) g; create table b (id int primary key); insert into b select generate_series(1, 5000)",
    );
    archive = execFileSync("pg_dump", ["-Fc", "-Z0", `--dbname=${dbUrl(source)}`], { maxBuffer: 1 << 28 });
  });
  afterAll(() => dropDatabase(source));

  async function restoreInto(input: Buffer) {
    const database = await createDatabase("sr_chain_target");
    const target = parsePostgresUrl(dbUrl(database), "target");
    const spec = { tool: "", env: libpqEnv(target), makeError: (detail: string) => new Error(detail) };
    const run = startCountedRestore(
      { ...spec, tool: "pg_restore", args: pgRestoreScriptArgs(false) },
      { ...spec, tool: "psql", args: psqlEchoArgs(target) },
      "pipe",
      undefined,
    );
    run.entry.child.stdin!.on("error", () => {});
    run.entry.child.stdin!.end(input);
    return { database, run };
  }

  it("commits the whole archive and reports each table's rows", async () => {
    const { database, run } = await restoreInto(archive);
    try {
      expect(await run.exited).toEqual([
        { schema: "public", name: "a", rows: 20000 },
        { schema: "public", name: "b", rows: 5000 },
      ]);
      expect((await sql(dbUrl(database), "select count(*)::int as n from b")).rows[0].n).toBe(5000);
    } finally {
      await dropDatabase(database);
    }
  });

  for (const share of [0.3, 0.7, 0.999]) {
    it(`an archive cut at ${share * 100} % fails and commits nothing`, async () => {
      const { database, run } = await restoreInto(archive.subarray(0, Math.floor(archive.length * share)));
      try {
        await expect(run.exited).rejects.toThrow();
        const { rows } = await sql(
          dbUrl(database),
          "select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'",
        );
        expect(rows[0].n).toBe(0);
      } finally {
        await dropDatabase(database);
      }
    });
  }
});
