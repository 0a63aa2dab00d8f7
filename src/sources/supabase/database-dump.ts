import { createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import type tar from "tar-stream";
import { SourceError } from "../../errors.ts";
import { outputOf, spawnStage } from "../../stages/child-process.ts";
import type { PostgresTarget } from "../postgres/connection.ts";
import { type DumpContents, dumpContents } from "../postgres/facts.ts";
import type { SourceRunContext } from "../source.ts";
import {
  customRolesSql,
  DATA_SCHEMAS,
  isManagedSchema,
  MANAGED_SCHEMAS,
  MIGRATIONS_SCHEMA,
  managedTableAdditionsSql,
  PLATFORM_TABLES,
} from "./managed.ts";
import type { SupabaseSourceOptions } from "./options.ts";
import {
  addBuffer,
  addFile,
  HEADER_MEMBER,
  lineFilter,
  PAYLOAD_NAME,
  PAYLOAD_VERSION,
  type PayloadHeader,
  schemaLine,
} from "./payload.ts";
import { schemaFilter } from "./schema-filter.ts";
import { supabaseToolEnv } from "./session.ts";

/** Where the database members are dumped from: one exported snapshot, spooled under `work`. */
export interface SnapshotDump {
  readonly pgDump: string;
  readonly target: PostgresTarget;
  readonly snapshot: string;
  readonly snapshotAt: string;
  readonly work: string;
}

export interface DatabaseMembers {
  readonly roles: readonly string[];
  /** User schemas (the managed ones left out). */
  readonly schemas: readonly string[];
  readonly policies: number;
  readonly triggers: number;
  readonly migrations: boolean;
  readonly counted: DumpContents;
  /** Whether a table or sequence's data is in the backup. */
  readonly included: (schema: string, name: string) => boolean;
}

/**
 * The payload header and the SQL members (roles, schema, managed-table additions, data, and the
 * migration history when asked for), every one from the same snapshot, into the tar.
 */
export async function dumpDatabase(
  pack: tar.Pack,
  client: pg.Client,
  { pgDump, target, snapshot, snapshotAt, work }: SnapshotDump,
  options: Pick<SupabaseSourceOptions, "includeMigrations">,
  context: SourceRunContext,
): Promise<DatabaseMembers> {
  const mtime = new Date(snapshotAt);
  /** pg_dump into a spool file (tar needs the size first), then into the tar. */
  const member = async (name: string, args: string[], filter?: Transform) => {
    const file = join(work, name);
    await spoolPgDump(pgDump, target, snapshot, args, file, context, filter);
    await addFile(pack, { name, size: (await stat(file)).size, mtime }, file, context.signal);
    await rm(file);
  };
  const header: PayloadHeader = { payload: PAYLOAD_NAME, version: PAYLOAD_VERSION, createdAt: snapshotAt };
  await addBuffer(pack, HEADER_MEMBER, Buffer.from(`${JSON.stringify(header)}\n`), mtime);
  const roles = await customRolesSql(client);
  await addBuffer(pack, "roles.sql", Buffer.from(roles.sql), mtime);

  const excludeAll = MANAGED_SCHEMAS.map((s) => `--exclude-schema=${s}`);
  // No --schema/--extension include pattern: any would switch pg_dump's "everything" mode off and
  // drop publications' tables, foreign servers and user mappings with it.
  await member("schema.sql", ["--schema-only", ...excludeAll], schemaFilter());

  const additions = await managedTableAdditionsSql(client);
  await addBuffer(pack, "managed.sql", Buffer.from(additions.sql), mtime);

  const keep = new Set<string>(DATA_SCHEMAS);
  const excludeData = MANAGED_SCHEMAS.filter((s) => !keep.has(s)).map((s) => `--exclude-schema=${s}`);
  await member("data.sql", ["--data-only", ...excludeData, ...PLATFORM_TABLES.map((t) => `--exclude-table=${t}`)]);

  const schemaNames = await userSchemas(client);
  const hasMigrations = options.includeMigrations && schemaNames.all.includes(MIGRATIONS_SCHEMA);
  if (options.includeMigrations && !hasMigrations)
    context.log.warn(`no ${MIGRATIONS_SCHEMA} schema in the database: no migration history to back up`);
  if (hasMigrations) {
    await member("migrations.sql", [`--schema=${MIGRATIONS_SCHEMA}`], lineFilter(schemaLine));
  }
  const counted = await dumpContents(client, "exact");
  const included = (schema: string, name: string) =>
    (!isManagedSchema(schema) || keep.has(schema) || (hasMigrations && schema === MIGRATIONS_SCHEMA)) &&
    !(PLATFORM_TABLES as readonly string[]).includes(`${schema}.${name}`);
  return {
    roles: roles.roles,
    schemas: schemaNames.user,
    policies: additions.policies,
    triggers: additions.triggers,
    migrations: hasMigrations,
    counted,
    included,
  };
}

async function spoolPgDump(
  pgDump: string,
  target: PostgresTarget,
  snapshot: string,
  args: string[],
  file: string,
  context: SourceRunContext,
  filter?: Transform,
): Promise<void> {
  const signal = context.signal;
  const stage = spawnStage(
    pgDump,
    [
      `--dbname=${target.urlWithoutPassword}`,
      "--format=plain",
      `--snapshot=${snapshot}`,
      "--no-password",
      "--quote-all-identifiers",
      ...args,
    ],
    {
      env: supabaseToolEnv(target, context.env),
      signal,
      makeError: (detail) =>
        new SourceError(`pg_dump failed for ${target.display}: ${context.log.redactor.redact(detail)}`, {
          hint: "read pg_dump's message above; use the postgres user (or one that can read every table, auth and storage included)",
        }),
    },
  );
  const out = createWriteStream(file);
  if (filter) await pipeline(outputOf(stage), filter, out, { signal });
  else await pipeline(outputOf(stage), out, { signal });
}

async function userSchemas(client: pg.Client): Promise<{ all: string[]; user: string[] }> {
  const { rows } = await client.query<{ name: string }>(
    "select nspname as name from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema' order by 1",
  );
  const all = rows.map((r) => r.name);
  return { all, user: all.filter((s) => !isManagedSchema(s)) };
}
