import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { startPostgresDump } from "../../src/sources/postgres/dump.ts";
import { parsePostgresUrl } from "../../src/sources/postgres/connection.ts";
import { Redactor } from "../../src/redact.ts";
import { dbUrl, dropDatabase, richDatabase, sql } from "../support/postgres.ts";

let name: string;

beforeAll(async () => {
  name = await richDatabase();
  // Rows whose text holds what COPY escapes: newlines, carriage returns, tabs, backslashes, \. lines.
  await sql(
    dbUrl(name),
    `create table tricky (id int, body text);
     insert into tricky select g, E'line\\nbreak\\r\\ttab \\\\ back' || repeat(E'\\n\\\\.\\n', g % 3) from generate_series(1, 500) g;
     insert into tricky values (501, null), (502, '');
     create table parted (id int, at int) partition by range (at);
     create table parted_low partition of parted for values from (0) to (100);
     create table parted_high partition of parted for values from (100) to (1000);
     insert into parted select g, g % 1000 from generate_series(1, 2345) g;
     create table parent_table (id int);
     create table child_table () inherits (parent_table);
     insert into parent_table values (1), (2);
     insert into child_table values (3);`,
  );
});
afterAll(() => dropDatabase(name));

async function realCounts(): Promise<Map<string, number>> {
  const { rows } = await sql(
    dbUrl(name),
    `select n.nspname as schema, c.relname as name,
       (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from only %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::int8 as rows
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'`,
  );
  return new Map(
    rows.map((r: { schema: string; name: string; rows: string }) => [`${r.schema}.${r.name}`, Number(r.rows)]),
  );
}

describe("exact row counts", () => {
  it("equal count(*) of every table in the dumped snapshot, not rows written while the dump ran", async () => {
    const before = await realCounts();
    const dump = await startPostgresDump({
      target: parsePostgresUrl(dbUrl(name)),
      format: "custom",
      uncompressed: true,
      rowCounts: "exact",
      redactor: new Redactor(),
    });
    try {
      // Written after the snapshot was exported: neither in the dump nor in its counts.
      await sql(dbUrl(name), "insert into tricky values (999, 'late'); delete from parted where id <= 10");
      await pipeline(dump.stream, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
      const contents = await dump.contents;
      const counted = new Map(contents.tables.map((t) => [`${t.schema}.${t.name}`, t.rows]));
      expect(counted).toEqual(before);
      expect(counted.get("public.tricky")).toBe(502);
      expect(counted.get("public.parted_low")! + counted.get("public.parted_high")!).toBe(2345);
      expect(counted.get("public.empty_table")).toBe(0);
      expect(counted.get("public.parent_table")).toBe(2);
      expect(contents.largeObjects).toBe(2);
    } finally {
      await dump.close();
    }
  });
});
