import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";

/** The machine's shared server (trust auth); tests make uniquely named databases on it. */
export const SERVER = process.env.STRONGROOM_TEST_PG ?? "postgres://postgres@127.0.0.1:5432";

export function dbUrl(name: string, password?: string): string {
  const url = new URL(`${SERVER}/${name}`);
  if (password) url.password = password;
  return url.toString();
}

export async function sql(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh database named `<prefix>_<run tag><random>`: the run's end checks none with its tag is left. */
export async function createDatabase(prefix = "sr_test"): Promise<string> {
  const name = `${prefix}_${process.env.STRONGROOM_TEST_RUN ?? ""}${randomBytes(5).toString("hex")}`;
  await sql(`${SERVER}/postgres`, `create database ${name}`);
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await sql(`${SERVER}/postgres`, `drop database if exists ${name} with (force)`);
}

export function loadFixture(url: string, file: string): void {
  execFileSync("psql", ["--no-psqlrc", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", file], { stdio: "pipe" });
}

export async function richDatabase(): Promise<string> {
  const name = await createDatabase("sr_rich");
  loadFixture(dbUrl(name), new URL("../fixtures/rich.sql", import.meta.url).pathname);
  return name;
}

/**
 * What makes two databases equal for a backup: each table's rows (an md5 over the sorted row
 * texts), sequences, large objects and the schema as pg_dump prints it.
 */
export async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    const tables = await client.query<{ s: string; t: string }>(`
      select n.nspname as s, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'm') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
      order by 1, 2`);
    for (const { s, t } of tables.rows) {
      const q = `"${s.replaceAll('"', '""')}"."${t.replaceAll('"', '""')}"`;
      const r = await client.query<{ n: string; h: string }>(
        `select count(*)::text as n, coalesce(md5(string_agg(x::text, E'\\n' order by x::text)), '') as h from only ${q} x`,
      );
      out[`table ${s}.${t}`] = `${r.rows[0]!.n}:${r.rows[0]!.h}`;
    }
    const seqs = await client.query<{ s: string; n: string; v: string | null }>(
      "select schemaname as s, sequencename as n, last_value::text as v from pg_sequences order by 1, 2",
    );
    for (const row of seqs.rows) out[`sequence ${row.s}.${row.n}`] = String(row.v);
    const lobs = await client.query<{ h: string }>(
      "select coalesce(md5(string_agg(md5(lo_get(oid)), ',' order by md5(lo_get(oid)))), '') as h from pg_largeobject_metadata",
    );
    out["large objects"] = lobs.rows[0]!.h;
    out.schema = schemaDump(url);
    return out;
  } finally {
    await client.end();
  }
}

export function schemaDump(url: string): string {
  const text = execFileSync("pg_dump", ["--schema-only", "--no-owner", "-d", url], { encoding: "utf8" });
  return text
    .split("\n")
    .filter(
      (line) =>
        !line.startsWith("--") && !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict") && line.trim(),
    )
    .join("\n");
}

export function read(path: string): string {
  return readFileSync(path, "utf8");
}
