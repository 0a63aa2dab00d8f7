import type pg from "pg";
import { SourceError } from "../../errors.ts";
import { connect, connectionError, type PostgresTarget, withDatabase } from "./connection.ts";

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Connects to the restore target, creating the database first when it does not exist. */
export async function openTarget(target: PostgresTarget): Promise<{ client: pg.Client; created: boolean }> {
  try {
    return { client: await connect(target, "restore target"), created: false };
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== "3D000") throw error;
  }
  const admin = await connect(withDatabase(target, "postgres"), "restore target");
  try {
    await admin.query(`create database ${quoteIdent(target.database)}`);
  } catch (error) {
    throw new SourceError(`cannot create database '${target.database}': ${(error as Error).message}`, {
      hint: "create it yourself, or give a user with CREATEDB",
      cause: error,
    });
  } finally {
    await admin.end().catch(() => {});
  }
  try {
    return { client: await connect(target, "restore target"), created: true };
  } catch (error) {
    throw connectionError(error, target, "restore target");
  }
}

/** Relations in user schemas: a non-zero count means the target already holds something. */
export async function userRelationCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`
    select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r','p','v','m','S','f') and n.nspname not in ('pg_catalog','information_schema')
      and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`);
  return Number(rows[0]!.n);
}

export interface RestoredTable {
  readonly schema: string;
  readonly name: string;
  readonly rows: number;
}

export async function tableRowCounts(client: pg.Client): Promise<RestoredTable[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(`
    select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname not in ('pg_catalog','information_schema') and n.nspname not like 'pg\\_toast%'
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
    order by 1, 2`);
  const out: RestoredTable[] = [];
  for (const table of rows) {
    const count = await client.query<{ n: string }>(`select count(*) as n from only ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`);
    out.push({ ...table, rows: Number(count.rows[0]!.n) });
  }
  return out;
}
