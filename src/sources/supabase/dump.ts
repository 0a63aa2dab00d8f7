import { createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, type Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import tar from "tar-stream";
import type { Manifest } from "../../catalog/manifest.ts";
import { SourceError, StrongroomError, UsageError } from "../../errors.ts";
import type { Redactor } from "../../redact.ts";
import type { ChildEnv } from "../../stages/child-env.ts";
import { outputOf, spawnStage } from "../../stages/child-process.ts";
import { makeScratchFolder } from "../../stages/scratch.ts";
import { connect, libpqEnv, type PostgresTarget, parsePostgresUrl } from "../postgres/connection.ts";
import { dumpContents, serverFacts, type TableFact } from "../postgres/facts.ts";
import { findPgTool } from "../postgres/pg-tools.ts";
import type { DumpSession, SourceRunContext } from "../source.ts";
import {
  customRolesSql,
  DATA_SCHEMAS,
  isManagedSchema,
  MANAGED_SCHEMAS,
  MIGRATIONS_SCHEMA,
  managedTableAdditionsSql,
  PLATFORM_TABLES,
} from "./managed.ts";
import {
  connectionHint,
  projectRef,
  type SupabaseSourceOptions,
  supabaseSecrets,
  transactionPoolerProblem,
} from "./options.ts";
import {
  addBuffer,
  addFile,
  BUCKETS_MEMBER,
  HEADER_MEMBER,
  lineFilter,
  PAX_CACHE_CONTROL,
  PAX_CONTENT_TYPE,
  PAX_SHA256,
  PAYLOAD_NAME,
  PAYLOAD_VERSION,
  type PayloadHeader,
  schemaLine,
  storageMemberName,
} from "./payload.ts";
import { schemaFilter } from "./schema-filter.ts";
import { type BucketInfo, downloadTo, listBuckets, listObjects, type StorageApi, storageApi } from "./storage.ts";

export interface StoredFileFact {
  readonly bucket: string;
  readonly path: string;
  readonly size: number;
  readonly contentType: string | null;
  readonly sha256: string;
}

/** What a Supabase backup holds: sealed in the manifest. `tables`/`rowCounts` keep the Postgres shape. */
export interface SupabaseContents {
  readonly payload: `${typeof PAYLOAD_NAME}/${number}`;
  readonly rowCounts: "exact";
  readonly tables: readonly TableFact[];
  readonly sequences: readonly { schema: string; name: string; lastValue: string | null }[];
  readonly largeObjects: number;
  readonly database: {
    /** When the snapshot every SQL member was taken in began (server clock). */
    readonly snapshotAt: string;
    readonly roles: readonly string[];
    readonly schemas: readonly string[];
    readonly managedTablePolicies: number;
    readonly managedTableTriggers: number;
    readonly migrations: boolean;
  };
  readonly storage: {
    readonly startedAt: string;
    readonly finishedAt: string;
    readonly buckets: readonly { id: string; public: boolean; files: number; bytes: number }[];
    readonly files: readonly StoredFileFact[];
  };
}

const SUPABASE_FORMAT = "supabase" as string as Manifest["format"];

/**
 * Starts a Supabase backup: database members from one exported snapshot (spooled to temporary
 * files, since tar needs each member's size first), then every Storage object of the chosen
 * buckets right after, streamed out as one tar (see payload.ts).
 */
export async function startSupabaseDump(
  options: SupabaseSourceOptions,
  context: SourceRunContext,
): Promise<DumpSession> {
  const redactor = context.log.redactor;
  for (const secret of supabaseSecrets(options)) redactor.add(secret);
  const target = parsePostgresUrl(options.databaseUrl, "Supabase database URL");
  const pooler = transactionPoolerProblem(target, options.databaseUrl);
  if (pooler) throw new UsageError(pooler);
  if (connectionHint(target, context.env) && context.env.GITHUB_ACTIONS === "true") {
    context.log.warn(
      `${target.host} is IPv6-only unless the project has the IPv4 add-on; GitHub-hosted runners have no IPv6`,
    );
  }
  const api = storageApi(options.projectUrl, options.serviceRoleKey, redactor);
  const client = await connectSupabase(target, context.env);
  const work = await makeScratchFolder("supabase", context.env.RUNNER_TEMP || tmpdir());
  let closed = false;
  let close = async () => {
    if (closed) return;
    closed = true;
    await client.query("rollback").catch(() => {});
    await client.end().catch(() => {});
    await rm(work, { recursive: true, force: true }).catch(() => {});
  };
  try {
    const server = await serverFacts(client);
    const pgDump = await findPgTool("pg_dump", server.serverMajor, { binDir: options.pgBin });
    const buckets = await chooseBuckets(api, options.buckets);
    await client.query("begin isolation level repeatable read read only");
    const { rows } = await client.query<{ snapshot: string; at: Date }>(
      "select pg_export_snapshot() as snapshot, now() as at",
    );
    const snapshot = rows[0]!.snapshot;
    const snapshotAt = rows[0]!.at.toISOString();
    const pack = tar.pack({ highWaterMark: 1 << 20 });
    let contents: SupabaseContents | undefined;
    const producer = (async () => {
      const dump = (name: string, args: string[], filter?: Transform) =>
        spoolPgDump(pgDump.path, target, snapshot, args, join(work, name), redactor, context, filter);
      const mtime = new Date(snapshotAt);
      const header: PayloadHeader = { payload: PAYLOAD_NAME, version: PAYLOAD_VERSION, createdAt: snapshotAt };
      await addBuffer(pack, HEADER_MEMBER, Buffer.from(`${JSON.stringify(header)}\n`), mtime);
      const roles = await customRolesSql(client);
      await addBuffer(pack, "roles.sql", Buffer.from(roles.sql), mtime);

      const excludeAll = MANAGED_SCHEMAS.map((s) => `--exclude-schema=${s}`);
      // No --schema/--extension include pattern: any would switch pg_dump's "everything" mode off and
      // drop publications' tables, foreign servers and user mappings with it.
      await dump("schema.sql", ["--schema-only", ...excludeAll], schemaFilter());
      await addFile(
        pack,
        { name: "schema.sql", size: (await stat(join(work, "schema.sql"))).size, mtime },
        join(work, "schema.sql"),
        context.signal,
      );
      await rm(join(work, "schema.sql"));

      const additions = await managedTableAdditionsSql(client);
      await addBuffer(pack, "managed.sql", Buffer.from(additions.sql), mtime);

      const keep = new Set<string>(DATA_SCHEMAS);
      const excludeData = MANAGED_SCHEMAS.filter((s) => !keep.has(s)).map((s) => `--exclude-schema=${s}`);
      await dump("data.sql", ["--data-only", ...excludeData, ...PLATFORM_TABLES.map((t) => `--exclude-table=${t}`)]);
      await addFile(
        pack,
        { name: "data.sql", size: (await stat(join(work, "data.sql"))).size, mtime },
        join(work, "data.sql"),
        context.signal,
      );
      await rm(join(work, "data.sql"));

      const schemaNames = await userSchemas(client);
      const hasMigrations = options.includeMigrations && schemaNames.all.includes(MIGRATIONS_SCHEMA);
      if (options.includeMigrations && !hasMigrations)
        context.log.warn(`no ${MIGRATIONS_SCHEMA} schema in the database: no migration history to back up`);
      if (hasMigrations) {
        await dump("migrations.sql", [`--schema=${MIGRATIONS_SCHEMA}`], lineFilter(schemaLine));
        await addFile(
          pack,
          { name: "migrations.sql", size: (await stat(join(work, "migrations.sql"))).size, mtime },
          join(work, "migrations.sql"),
          context.signal,
        );
        await rm(join(work, "migrations.sql"));
      }
      const counted = await dumpContents(client, "exact");
      const included = (schema: string, name: string) =>
        (!isManagedSchema(schema) || keep.has(schema) || (hasMigrations && schema === MIGRATIONS_SCHEMA)) &&
        !(PLATFORM_TABLES as readonly string[]).includes(`${schema}.${name}`);
      await client.query("rollback");

      const storage = await backupStorage(api, buckets, pack, work, context);
      contents = {
        payload: `${PAYLOAD_NAME}/${PAYLOAD_VERSION}`,
        rowCounts: "exact",
        tables: counted.tables.filter((t) => included(t.schema, t.name)),
        sequences: counted.sequences.filter((s) => included(s.schema, s.name)),
        largeObjects: counted.largeObjects,
        database: {
          snapshotAt,
          roles: roles.roles,
          schemas: schemaNames.user,
          managedTablePolicies: additions.policies,
          managedTableTriggers: additions.triggers,
          migrations: hasMigrations,
        },
        storage,
      };
      pack.finalize();
    })();
    producer.catch((error: unknown) => pack.destroy(error instanceof Error ? error : new Error(String(error))));
    const ref = projectRef(options.projectUrl);
    const apiHost = new URL(options.projectUrl).host;
    const stream = Readable.from(pack, { objectMode: false, highWaterMark: 1 << 20 });
    const baseClose = close;
    close = async () => {
      if (!pack.destroyed) pack.destroy();
      await baseClose();
    };
    return {
      stream,
      format: SUPABASE_FORMAT,
      name: server.database,
      source: {
        kind: "supabase",
        display: `${target.display} + ${new URL(options.projectUrl).origin}`,
        database: server.database,
        key: `supabase://${ref ?? apiHost}/${server.database}`,
      },
      describe: `Supabase project ${ref ?? apiHost}: roles, schema and data with ${pgDump.path} (${pgDump.version}), files of ${buckets.length} bucket(s)`,
      facts: {
        postgres: {
          serverVersion: server.serverVersion,
          serverMajor: server.serverMajor,
          pgDumpVersion: pgDump.version,
          pgDumpMajor: pgDump.major,
        },
        supabase: { payload: `${PAYLOAD_NAME}/${PAYLOAD_VERSION}`, ...(ref ? { projectRef: ref } : {}) },
      },
      async contents() {
        await producer;
        if (!contents) throw new SourceError("the Supabase backup ended before its contents were known");
        return contents;
      },
      close: () => close(),
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Connects with a message for the failures Supabase users meet, and lifts the role's statement_timeout. */
export async function connectSupabase(
  target: PostgresTarget,
  env: NodeJS.ProcessEnv,
  role = "Supabase database",
): Promise<pg.Client> {
  let client: pg.Client;
  try {
    client = await connect(target, role);
  } catch (error) {
    const hint = connectionHint(target, env);
    if (hint && error instanceof StrongroomError)
      throw new SourceError(error.message, { hint, cause: error.cause ?? error });
    throw error;
  }
  // Supabase sets statement_timeout per role (e.g. 2 min for postgres): it would cancel long counts.
  await client.query("set statement_timeout = 0; set idle_in_transaction_session_timeout = 0");
  return client;
}

/** Tool environment: the password plus PGOPTIONS lifting role-level timeouts for the tool's session. */
export function supabaseToolEnv(target: PostgresTarget, base: NodeJS.ProcessEnv): ChildEnv {
  const extra = "-c statement_timeout=0 -c idle_in_transaction_session_timeout=0";
  return libpqEnv(target, base, { PGOPTIONS: base.PGOPTIONS ? `${base.PGOPTIONS} ${extra}` : extra });
}

async function spoolPgDump(
  pgDump: string,
  target: PostgresTarget,
  snapshot: string,
  args: string[],
  file: string,
  redactor: Redactor,
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
        new SourceError(`pg_dump failed for ${target.display}: ${redactor.redact(detail)}`, {
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

async function chooseBuckets(api: StorageApi, wanted: readonly string[] | undefined): Promise<BucketInfo[]> {
  const all = await listBuckets(api);
  if (!wanted) return all;
  const missing = wanted.filter((name) => !all.some((b) => b.id === name));
  if (missing.length) {
    throw new UsageError(`bucket(s) not found in the project: ${missing.join(", ")}`, {
      hint: `the project has: ${all.map((b) => b.id).join(", ") || "no buckets"}`,
    });
  }
  return all.filter((b) => wanted.includes(b.id));
}

async function backupStorage(
  api: StorageApi,
  buckets: readonly BucketInfo[],
  pack: tar.Pack,
  work: string,
  context: SourceRunContext,
): Promise<SupabaseContents["storage"]> {
  const startedAt = new Date();
  await addBuffer(pack, BUCKETS_MEMBER, Buffer.from(`${JSON.stringify(buckets, null, 2)}\n`), startedAt);
  const files: StoredFileFact[] = [];
  const perBucket: { id: string; public: boolean; files: number; bytes: number }[] = [];
  const spool = join(work, "object");
  for (const bucket of buckets) {
    let count = 0;
    let bytes = 0;
    for await (const object of listObjects(api, bucket.id)) {
      const saved = await downloadTo(api, object, spool, context.signal);
      const pax: Record<string, string> = { [PAX_SHA256]: saved.sha256 };
      if (object.contentType) pax[PAX_CONTENT_TYPE] = object.contentType;
      if (object.cacheControl) pax[PAX_CACHE_CONTROL] = object.cacheControl;
      const mtime = object.updatedAt ? new Date(object.updatedAt) : new Date();
      await addFile(
        pack,
        {
          name: storageMemberName(bucket.id, object.path),
          size: saved.size,
          mtime: Number.isNaN(mtime.getTime()) ? new Date() : mtime,
          pax,
        },
        spool,
        context.signal,
      );
      await rm(spool, { force: true });
      files.push({
        bucket: bucket.id,
        path: object.path,
        size: saved.size,
        contentType: object.contentType ?? null,
        sha256: saved.sha256,
      });
      count++;
      bytes += saved.size;
      context.log.progress(`storage: ${bucket.id}: ${count} file(s), ${bytes} bytes`);
    }
    perBucket.push({ id: bucket.id, public: bucket.public, files: count, bytes });
  }
  return { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), buckets: perBucket, files };
}
