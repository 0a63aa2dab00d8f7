import type pg from "pg";
import { SourceError } from "../../errors.ts";
import { connect, connectionError, type PostgresTarget, withDatabase } from "./connection.ts";

export function quoteIdent(name: string): string {
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

/** What a restore target already holds; anything at all means it is not empty. */
export interface TargetContents {
  /** Tables, views, sequences… in user schemas (not extension members). */
  readonly relations: number;
  /** Large objects live outside any schema: a database holding only those is not empty either. */
  readonly largeObjects: number;
}

export async function targetContents(client: pg.Client): Promise<TargetContents> {
  const relations = await userRelationCount(client);
  const { rows } = await client.query<{ n: string }>("select count(*) as n from pg_largeobject_metadata");
  return { relations, largeObjects: Number(rows[0]!.n) };
}

/** In words, for messages: "3 relations and 2 large objects". */
export function describeContents(contents: TargetContents): string {
  const parts: string[] = [];
  if (contents.relations) parts.push(`${contents.relations} relation${contents.relations === 1 ? "" : "s"}`);
  if (contents.largeObjects)
    parts.push(`${contents.largeObjects} large object${contents.largeObjects === 1 ? "" : "s"}`);
  return parts.join(" and ") || "nothing";
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

/** Every user table (extension members aside) with `columns` of pg_class `c` after schema and name. */
export function restoredTablesQuery(columns = ""): string {
  return `
    select n.nspname as schema, c.relname as name${columns} from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname not in ('pg_catalog','information_schema') and n.nspname not like 'pg\\_toast%'
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
    order by 1, 2`;
}

const RESTORED_TABLES = restoredTablesQuery();

async function countTable(client: pg.Client, table: { schema: string; name: string }): Promise<number> {
  const count = await client.query<{ n: string }>(
    `select count(*) as n from only ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`,
  );
  return Number(count.rows[0]!.n);
}

export async function tableRowCounts(client: pg.Client): Promise<RestoredTable[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(RESTORED_TABLES);
  const out: RestoredTable[] = [];
  for (const table of rows) out.push({ ...table, rows: await countTable(client, table) });
  return out;
}

/**
 * Exact row counts with up to `connections` connections at once: the first scan after a bulk
 * load also sets every row's hint bits, so it costs more than a later one.
 */
export async function tableRowCountsConcurrently(
  target: PostgresTarget,
  connections: number,
): Promise<RestoredTable[]> {
  const first = await connect(target, "restore target");
  const clients = [first];
  try {
    const { rows } = await first.query<{ schema: string; name: string }>(RESTORED_TABLES);
    const counts = new Array<number>(rows.length);
    let next = 0;
    const work = async (client: pg.Client) => {
      for (let index = next++; index < rows.length; index = next++)
        counts[index] = await countTable(client, rows[index]!);
    };
    const extra = Math.max(0, Math.min(connections, rows.length) - 1);
    for (let i = 0; i < extra; i++) clients.push(await connect(target, "restore target"));
    await Promise.all(clients.map(work));
    return rows.map((table, index) => ({ ...table, rows: counts[index]! }));
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => {})));
  }
}

/** Runs `body` on a connection to the server's `postgres` database (creating and dropping databases). */
export async function withAdmin<T>(
  target: PostgresTarget,
  body: (admin: pg.Client) => Promise<T>,
  what = "restore target",
): Promise<T> {
  const admin = await connect(withDatabase(target, "postgres"), what);
  try {
    return await body(admin);
  } finally {
    await admin.end().catch(() => {});
  }
}

export async function dropDatabase(target: PostgresTarget, name: string): Promise<void> {
  await withAdmin(target, (admin) => admin.query(`drop database if exists ${quoteIdent(name)} with (force)`));
}

export async function createEmptyDatabase(target: PostgresTarget, name: string): Promise<void> {
  await withAdmin(target, async (admin) => {
    try {
      await admin.query(`create database ${quoteIdent(name)}`);
    } catch (error) {
      throw new SourceError(`cannot create database '${name}': ${(error as Error).message}`, {
        hint: "the restore user needs CREATEDB for --clean (it restores into a new database, then swaps it in)",
        cause: error,
      });
    }
  });
}

/**
 * Puts the fully restored `staging` database in place of `target.database`: the old one is
 * renamed away and dropped only after the new one holds the name. Open sessions on the old
 * database are ended, since a database in use cannot be renamed.
 */
export async function swapInDatabase(target: PostgresTarget, staging: string, retired: string): Promise<void> {
  await withAdmin(target, async (admin) => {
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [target.database],
    );
    await admin.query(`alter database ${quoteIdent(target.database)} rename to ${quoteIdent(retired)}`);
    try {
      await admin.query(`alter database ${quoteIdent(staging)} rename to ${quoteIdent(target.database)}`);
    } catch (error) {
      await admin.query(`alter database ${quoteIdent(retired)} rename to ${quoteIdent(target.database)}`);
      throw error;
    }
    await admin.query(`drop database ${quoteIdent(retired)} with (force)`);
  });
}
