import type pg from "pg";

export interface TableFact {
  readonly schema: string;
  readonly name: string;
  readonly rows: number;
}

export interface SequenceFact {
  readonly schema: string;
  readonly name: string;
  readonly lastValue: string | null;
}

/** What the dump contains, taken in the dump's own snapshot. Stored encrypted (it names tables). */
export interface DumpContents {
  readonly rowCounts: "exact" | "estimate";
  readonly tables: readonly TableFact[];
  readonly sequences: readonly SequenceFact[];
  readonly largeObjects: number;
}

export interface ServerFacts {
  readonly serverVersion: string;
  readonly serverMajor: number;
  readonly database: string;
}

export async function serverFacts(client: pg.Client): Promise<ServerFacts> {
  const { rows } = await client.query<{ num: string; version: string; db: string }>(
    "select current_setting('server_version_num') as num, current_setting('server_version') as version, current_database() as db",
  );
  const row = rows[0]!;
  return { serverVersion: row.version, serverMajor: Math.floor(Number(row.num) / 10000), database: row.db };
}

/** The size on disk of the user tables' data (heap and TOAST, no indexes): a dump is usually about as big. */
export async function tableBytes(client: pg.Client): Promise<number> {
  // Sizes take a lock: behind a table locked by someone else, go without an estimate rather than wait.
  await client.query("set lock_timeout = '1s'");
  const { rows } = await client
    .query<{ bytes: string }>(
      `select coalesce(sum(pg_table_size(c.oid)), 0)::int8 as bytes
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'm', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
       and n.nspname not like 'pg\\_toast%'`,
    )
    .finally(() => client.query("reset lock_timeout"));
  return Number(rows[0]!.bytes);
}

/** Ordinary tables that pg_dump dumps data for: user schemas, not extension members. */
const USER_TABLES = `
  select n.nspname as schema, c.relname as name, c.reltuples::float8 as estimate
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
    and n.nspname not like 'pg\\_temp%'
    and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
  order by 1, 2`;

const USER_SEQUENCES = `
  select schemaname as schema, sequencename as name, last_value::text as last_value
  from pg_sequences where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Row counts, sequences and large objects as the current transaction's snapshot sees them. */
export async function dumpContents(client: pg.Client, rowCounts: "exact" | "estimate"): Promise<DumpContents> {
  const tables = await client.query<{ schema: string; name: string; estimate: number }>(USER_TABLES);
  const facts: TableFact[] = [];
  for (const table of tables.rows) {
    if (rowCounts === "exact") {
      const { rows } = await client.query<{ n: string }>(
        `select count(*) as n from only ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`,
      );
      facts.push({ schema: table.schema, name: table.name, rows: Number(rows[0]!.n) });
    } else {
      facts.push({ schema: table.schema, name: table.name, rows: Math.max(0, Math.round(table.estimate)) });
    }
  }
  const sequences = await client.query<{ schema: string; name: string; last_value: string | null }>(USER_SEQUENCES);
  const lobs = await client.query<{ n: string }>("select count(*) as n from pg_largeobject_metadata");
  return {
    rowCounts,
    tables: facts,
    sequences: sequences.rows.map((s) => ({ schema: s.schema, name: s.name, lastValue: s.last_value })),
    largeObjects: Number(lobs.rows[0]!.n),
  };
}
