import { rm } from "node:fs/promises";
import type pg from "pg";
import { tmpdir } from "node:os";
import { Readable } from "node:stream";
import tar from "tar-stream";
import type { Manifest } from "../../catalog/manifest.ts";
import { UsageError } from "../../errors.ts";
import { makeScratchFolder } from "../../stages/scratch.ts";
import { type PostgresTarget, parsePostgresUrl } from "../postgres/connection.ts";
import { type ServerFacts, serverFacts, type TableFact } from "../postgres/facts.ts";
import { findPgTool, type FoundTool } from "../postgres/pg-tools.ts";
import type { DumpSession, SourceRunContext } from "../source.ts";
import { type DatabaseMembers, dumpDatabase, type SnapshotDump } from "./database-dump.ts";
import {
  connectionHint,
  projectRef,
  type SupabaseSourceOptions,
  supabaseSecrets,
  transactionPoolerProblem,
} from "./options.ts";
import { PAYLOAD_NAME, PAYLOAD_VERSION } from "./payload.ts";
import { connectSupabase } from "./session.ts";
import { backupStorage, chooseBuckets, type StorageFacts } from "./storage-backup.ts";
import { type BucketInfo, type StorageApi, storageApi } from "./storage.ts";

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
  readonly storage: StorageFacts;
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
  const target = dumpTarget(options, context);
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
    const { snapshot, snapshotAt } = await exportSnapshot(client);
    const pack = tar.pack({ highWaterMark: 1 << 20 });
    const dump = { pgDump: pgDump.path, target, snapshot, snapshotAt, work };
    const producer = producePayload(pack, client, dump, { api, buckets }, options, context);
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
      facts: dumpFacts(server, pgDump, ref),
      contents: () => producer,
      close: () => close(),
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens the snapshot transaction every SQL member is dumped in: its name and when it began (server clock). */
async function exportSnapshot(client: pg.Client): Promise<{ snapshot: string; snapshotAt: string }> {
  await client.query("begin isolation level repeatable read read only");
  const { rows } = await client.query<{ snapshot: string; at: Date }>(
    "select pg_export_snapshot() as snapshot, now() as at",
  );
  return { snapshot: rows[0]!.snapshot, snapshotAt: rows[0]!.at.toISOString() };
}

/** Database members, then the chosen buckets' Storage files, into the tar; resolves to the contents once both are in. */
async function producePayload(
  pack: tar.Pack,
  client: pg.Client,
  dump: SnapshotDump,
  storage: { api: StorageApi; buckets: readonly BucketInfo[] },
  options: SupabaseSourceOptions,
  context: SourceRunContext,
): Promise<SupabaseContents> {
  const db = await dumpDatabase(pack, client, dump, options, context);
  await client.query("rollback");
  const files = await backupStorage(storage.api, storage.buckets, pack, dump.work, context);
  const contents = contentsOf(db, files, dump.snapshotAt);
  pack.finalize();
  return contents;
}

function dumpFacts(server: ServerFacts, pgDump: FoundTool, ref: string | undefined): DumpSession["facts"] {
  return {
    postgres: {
      serverVersion: server.serverVersion,
      serverMajor: server.serverMajor,
      pgDumpVersion: pgDump.version,
      pgDumpMajor: pgDump.major,
    },
    supabase: { payload: `${PAYLOAD_NAME}/${PAYLOAD_VERSION}`, ...(ref ? { projectRef: ref } : {}) },
  };
}

function contentsOf(db: DatabaseMembers, storage: StorageFacts, snapshotAt: string): SupabaseContents {
  return {
    payload: `${PAYLOAD_NAME}/${PAYLOAD_VERSION}`,
    rowCounts: "exact",
    tables: db.counted.tables.filter((t) => db.included(t.schema, t.name)),
    sequences: db.counted.sequences.filter((s) => db.included(s.schema, s.name)),
    largeObjects: db.counted.largeObjects,
    database: {
      snapshotAt,
      roles: db.roles,
      schemas: db.schemas,
      managedTablePolicies: db.policies,
      managedTableTriggers: db.triggers,
      migrations: db.migrations,
    },
    storage,
  };
}

/** The database to dump, refused when it is the transaction pooler (it cannot run pg_dump). */
function dumpTarget(options: SupabaseSourceOptions, context: SourceRunContext): PostgresTarget {
  const target = parsePostgresUrl(options.databaseUrl, "Supabase database URL");
  const pooler = transactionPoolerProblem(target, options.databaseUrl);
  if (pooler) throw new UsageError(pooler);
  if (connectionHint(target, context.env) && context.env.GITHUB_ACTIONS === "true") {
    context.log.warn(
      `${target.host} is IPv6-only unless the project has the IPv4 add-on; GitHub-hosted runners have no IPv6`,
    );
  }
  return target;
}
