import { execFileSync, spawnSync } from "node:child_process";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainScriptInOneTransaction } from "../../src/sources/postgres/plain-transaction.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";

async function wrap(input: string, chunkSize: number): Promise<string> {
  const bytes = Buffer.from(input);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  return text(Readable.from(chunks).pipe(plainScriptInOneTransaction()));
}

const SCRIPT = [
  "SET client_encoding = 'UTF8';",
  "CREATE TABLE public.t (a text);",
  "SELECT pg_catalog.lo_create('42');",
  "COPY public.t (a) FROM stdin;",
  "BEGIN;",
  "",
  "SELECT pg_catalog.lo_open('1', 131072);",
  "SELECT pg_catalog.lo_close(0);",
  "COMMIT;",
  "\\.",
  "COPY public.t (a) FROM stdin;",
  "\\.",
  "",
  "BEGIN;",
  "",
  "SELECT pg_catalog.lo_open('42', 131072);",
  "SELECT pg_catalog.lowrite(0, '\\x68656c6c6f');",
  "SELECT pg_catalog.lo_close(0);",
  "",
  "COMMIT;",
  "",
  "CREATE FUNCTION public.f() RETURNS void LANGUAGE sql AS $$",
  "BEGIN;",
  "$$;",
  "",
].join("\n");

describe("plainScriptInOneTransaction", () => {
  it("wraps the script in BEGIN/COMMIT, neutralizes only pg_dump's large-object transaction, whatever the chunking", async () => {
    const expected = [
      "BEGIN;",
      "SET client_encoding = 'UTF8';",
      "CREATE TABLE public.t (a text);",
      "SELECT pg_catalog.lo_create('42');",
      // COPY data that looks like the large-object section is data: untouched.
      "COPY public.t (a) FROM stdin;",
      "BEGIN;",
      "",
      "SELECT pg_catalog.lo_open('1', 131072);",
      "SELECT pg_catalog.lo_close(0);",
      "COMMIT;",
      "\\.",
      "COPY public.t (a) FROM stdin;",
      "\\.",
      "",
      "-- BEGIN; (large objects: part of Strongroom's one transaction)",
      "",
      "SELECT pg_catalog.lo_open('42', 131072);",
      "SELECT pg_catalog.lowrite(0, '\\x68656c6c6f');",
      "SELECT pg_catalog.lo_close(0);",
      "",
      "-- COMMIT; (large objects: committed with everything else at the end)",
      "",
      "CREATE FUNCTION public.f() RETURNS void LANGUAGE sql AS $$",
      "BEGIN;",
      "$$;",
      "",
      "COMMIT;",
      "",
    ].join("\n");
    for (const size of [1, 2, 3, 4, 5, 7, 16, 64, 1 << 20])
      expect(await wrap(SCRIPT, size), `chunks of ${size}`).toBe(expected);
  });

  it("an empty input is still one (empty) transaction", async () => {
    expect(await wrap("", 1)).toBe("BEGIN;\n\nCOMMIT;\n");
  });

  describe("with the real pg_dump and psql", () => {
    let source: string;
    const made: string[] = [];
    beforeAll(async () => {
      source = await createDatabase("sr_plaintx");
      made.push(source);
      await sql(
        dbUrl(source),
        "create table t as select g as id, md5(g::text) as h from generate_series(1, 2000) g; select lo_from_bytea(0, 'hello'); select lo_from_bytea(0, 'world'); create index on t (h)",
      );
    });
    afterAll(async () => {
      for (const name of made) await dropDatabase(name);
    });

    it("an input cut anywhere before its end commits nothing, even after the large-object section", async () => {
      const dump = execFileSync("pg_dump", ["--no-owner", "-d", dbUrl(source)]);
      const wrapped = Buffer.from(await wrap(dump.toString("utf8"), 4096));
      const afterLargeObjects = wrapped.indexOf("-- COMMIT; (large objects");
      expect(afterLargeObjects).toBeGreaterThan(0);
      const cuts = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => Math.floor(wrapped.length * f));
      cuts.push(afterLargeObjects + 80, wrapped.length - "COMMIT;\n".length);
      for (const cut of cuts) {
        const target = await createDatabase("sr_plaintx_t");
        made.push(target);
        spawnSync("psql", ["--no-psqlrc", "-q", "--set=ON_ERROR_STOP=1", "-d", dbUrl(target), "--file=-"], {
          input: wrapped.subarray(0, cut),
        });
        const { rows } = await sql(
          dbUrl(target),
          "select (select count(*) from pg_class where relname = 't')::int as tables, (select count(*) from pg_largeobject_metadata)::int as los",
        );
        expect(rows[0], `cut at ${cut} of ${wrapped.length}`).toEqual({ tables: 0, los: 0 });
      }
      const whole = await createDatabase("sr_plaintx_t");
      made.push(whole);
      const run = spawnSync("psql", ["--no-psqlrc", "-q", "--set=ON_ERROR_STOP=1", "-d", dbUrl(whole), "--file=-"], {
        input: wrapped,
      });
      expect(run.status, run.stderr.toString()).toBe(0);
      const { rows } = await sql(
        dbUrl(whole),
        "select (select count(*) from t)::int as rows, (select count(*) from pg_largeobject_metadata)::int as los",
      );
      expect(rows[0]).toEqual({ rows: 2000, los: 2 });
    });
  });
});
