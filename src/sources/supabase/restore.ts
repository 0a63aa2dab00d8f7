import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import tar from "tar-stream";
import { IntegrityError, SourceError, UsageError } from "../../errors.ts";
import { type ChildStage, spawnStage } from "../../stages/child-process.ts";
import { makeScratchFolder } from "../../stages/scratch.ts";
import { type PostgresTarget, parsePostgresUrl } from "../postgres/connection.ts";
import { findPgTool } from "../postgres/pg-tools.ts";
import { tableRowCounts } from "../postgres/target.ts";
import type { SourceRunContext } from "../source.ts";
import { connectSupabase, supabaseToolEnv } from "./dump.ts";
import { DATA_SCHEMAS, isManagedSchema, MIGRATIONS_SCHEMA, managedSchemaLikePatterns } from "./managed.ts";
import { type SupabaseRestoreOptions, supabaseSecrets, transactionPoolerProblem } from "./options.ts";
import {
  BUCKETS_MEMBER,
  HEADER_MEMBER,
  PAX_CACHE_CONTROL,
  PAX_CONTENT_TYPE,
  PAX_SHA256,
  PAYLOAD_NAME,
  PAYLOAD_VERSION,
  type PayloadHeader,
  parseStorageMember,
  SQL_MEMBERS,
  type SqlMember,
} from "./payload.ts";
import {
  type BucketInfo,
  ensureBucket,
  type StorageApi,
  storageApi,
  TUS_THRESHOLD,
  uploadBuffer,
  uploadResumable,
} from "./storage.ts";

export interface SupabaseRestoreResult {
  tables: { schema: string; name: string; rows: number }[];
  files: number;
  buckets: string[];
}

type Entry = AsyncIterable<Uint8Array> & { header: tar.Header };

/**
 * Restores a Supabase payload (payload.ts): roles, schema, managed-table policies and data go
 * through one psql session in one transaction (data with session_replication_role = replica when
 * the user may set it), then Storage files are uploaded (replacing) into the target project's
 * buckets, which are created with the backed-up settings when missing.
 */
export async function restoreSupabase(
  payload: Readable,
  options: SupabaseRestoreOptions,
  context: SourceRunContext,
): Promise<SupabaseRestoreResult> {
  const { log } = context;
  for (const secret of supabaseSecrets(options)) log.redactor.add(secret);
  const target = checkOptions(options);
  const api = options.skipStorage ? undefined : storageApi(options.projectUrl!, options.serviceRoleKey!, log.redactor);
  const database = options.storageOnly ? undefined : await prepareDatabase(target, options, context);

  const work = await makeScratchFolder("supabase-restore", context.env.RUNNER_TEMP || tmpdir());
  const extract = tar.extract();
  // tar-stream emits entries to whoever listens at that moment: start iterating before feeding.
  const entries: AsyncIterable<unknown> = {
    [Symbol.asyncIterator]: (
      (it) => () =>
        it
    )(extract[Symbol.asyncIterator]()),
  };
  const feeder = (async () => {
    for await (const chunk of payload) {
      if (!extract.write(chunk as Buffer)) {
        if (extract.destroyed) return;
        await new Promise<void>((resolve) => {
          const done = () => {
            extract.off("drain", done);
            extract.off("close", done);
            resolve();
          };
          extract.once("drain", done);
          extract.once("close", done);
        });
      }
    }
    (extract as unknown as { end(): void }).end();
  })();
  feeder.catch((error: unknown) => extract.destroy(error as Error));

  const buckets = new Map<string, BucketInfo>();
  const ensured = new Set<string>();
  let files = 0;
  let first = true;
  try {
    for await (const raw of entries) {
      const entry = raw as unknown as Entry;
      const name = entry.header.name;
      if (first) {
        first = false;
        if (name !== HEADER_MEMBER)
          throw new IntegrityError(`the backup is not a Strongroom Supabase payload (first member '${name}')`);
        checkHeader(await readAll(entry));
        continue;
      }
      if ((SQL_MEMBERS as readonly string[]).includes(name)) {
        if (database) await database.apply(name as SqlMember, entry);
        else await drain(entry);
        continue;
      }
      if (name === BUCKETS_MEMBER) {
        for (const b of JSON.parse((await readAll(entry)).toString("utf8")) as BucketInfo[]) buckets.set(b.id, b);
        if (database) await database.finish();
        if (api) {
          for (const bucket of buckets.values()) {
            log.info(`bucket ${bucket.id}: ${await ensureBucket(api, bucket)}`);
            ensured.add(bucket.id);
          }
        }
        continue;
      }
      const member = parseStorageMember(name);
      if (!member) {
        log.warn(`skipping unknown member '${name}' in the backup`);
        await drain(entry);
        continue;
      }
      if (database) await database.finish();
      if (!api) {
        await drain(entry);
        continue;
      }
      if (!ensured.has(member.bucket)) {
        await ensureBucket(
          api,
          buckets.get(member.bucket) ?? {
            id: member.bucket,
            name: member.bucket,
            public: false,
            fileSizeLimit: null,
            allowedMimeTypes: null,
          },
        );
        ensured.add(member.bucket);
      }
      await restoreFile(api, member, entry, work, context);
      files++;
      log.progress(`storage: ${files} file(s) uploaded`);
    }
    await feeder;
    if (first) throw new IntegrityError("the backup is empty: no Strongroom Supabase payload in it");
    if (database) await database.finish();
    const tables = database ? await database.counts() : [];
    return { tables, files: api ? files : 0, buckets: api ? [...ensured] : [] };
  } catch (error) {
    extract.destroy();
    database?.abort();
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => {});
  }
}

function checkOptions(options: SupabaseRestoreOptions): PostgresTarget {
  const problems: string[] = [];
  if (options.skipStorage && options.storageOnly) problems.push("--skip-storage and --storage-only exclude each other");
  if (!options.skipStorage) {
    if (!options.projectUrl)
      problems.push(
        "restoring Storage files needs the target project URL (--supabase-url or SUPABASE_URL), or pass --skip-storage",
      );
    if (!options.serviceRoleKey)
      problems.push(
        "restoring Storage files needs the target's service-role key (--service-role-key or SUPABASE_SERVICE_ROLE_KEY), or pass --skip-storage",
      );
  }
  let target: PostgresTarget | undefined;
  try {
    target = parsePostgresUrl(options.databaseUrl, "restore target");
    const pooler = options.storageOnly ? undefined : transactionPoolerProblem(target, options.databaseUrl);
    if (pooler) problems.push(pooler.replace("cannot run pg_dump", "cannot run a restore in one session"));
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length) throw new UsageError(problems);
  return target!;
}

function checkHeader(body: Buffer): void {
  let header: Partial<PayloadHeader>;
  try {
    header = JSON.parse(body.toString("utf8")) as Partial<PayloadHeader>;
  } catch {
    throw new IntegrityError(`the backup's ${HEADER_MEMBER} is not JSON`);
  }
  if (header.payload !== PAYLOAD_NAME)
    throw new IntegrityError(`the backup's ${HEADER_MEMBER} does not describe a Strongroom Supabase payload`);
  if (typeof header.version !== "number" || header.version > PAYLOAD_VERSION) {
    throw new IntegrityError(
      `the backup's Supabase payload version ${String(header.version)} is newer than this Strongroom reads (${PAYLOAD_VERSION})`,
      {
        hint: "upgrade Strongroom",
      },
    );
  }
}

interface DatabaseRestore {
  apply(member: SqlMember, entry: Entry): Promise<void>;
  /** Ends psql's input and waits for the commit; safe to call again. */
  finish(): Promise<void>;
  abort(): void;
  counts(): Promise<SupabaseRestoreResult["tables"]>;
}

async function prepareDatabase(
  target: PostgresTarget,
  options: SupabaseRestoreOptions,
  context: SourceRunContext,
): Promise<DatabaseRestore> {
  const { log } = context;
  const client = await connectSupabase(target, context.env, "restore target");
  let replica = false;
  try {
    const { rows } = await client.query<{ n: string; names: string | null }>(
      `select count(*) as n, string_agg(distinct n.nspname, ', ') as names
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r','p','v','m','S','f') and not (n.nspname like any($1)) and n.nspname not like 'pg\\_temp%'
         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`,
      [managedSchemaLikePatterns()],
    );
    const existing = Number(rows[0]!.n);
    if (existing > 0) {
      throw new UsageError(
        `the target project's database already holds ${existing} relations in its own schemas (${rows[0]!.names}); nothing was restored`,
        {
          hint: "restore into a new Supabase project (or reset this one: supabase db reset), or use --storage-only to restore only the files",
        },
      );
    }
    replica = await client
      .query<{ ok: boolean }>(
        "select current_setting('is_superuser') = 'on' or has_parameter_privilege('session_replication_role', 'SET') as ok",
      )
      .then((r) => r.rows[0]!.ok)
      .catch(() => false);
  } finally {
    await client.end().catch(() => {});
  }
  if (!replica)
    log.warn(
      "the restore user may not set session_replication_role: data is loaded with triggers and foreign keys checked",
    );
  const psql = await findPgTool("psql", 0, { binDir: options.pgBin });
  let stage: ChildStage | undefined;
  let stdin: Writable | undefined;
  let finished: Promise<void> | undefined;
  const start = () => {
    stage = spawnStage(
      psql.path,
      [
        `--dbname=${target.urlWithoutPassword}`,
        "--no-password",
        "--no-psqlrc",
        "--quiet",
        "--set=ON_ERROR_STOP=1",
        "--single-transaction",
        "--file=-",
      ],
      {
        env: supabaseToolEnv(target, context.env),
        stdin: "pipe",
        stdout: "ignore",
        signal: context.signal,
        makeError: (detail) =>
          new SourceError(`restore into ${target.display} failed: ${log.redactor.redact(detail)}`, {
            hint: "nothing was committed (roles, schema and data run in one transaction); fix the cause above and run it again",
          }),
      },
    );
    stdin = stage.child.stdin!;
    stdin.on("error", () => {});
    log.info(`restoring roles, schema and data into ${target.display} with ${psql.path}`);
  };
  const write = async (chunk: Buffer | string) => {
    if (!stage) start();
    if (stdin!.destroyed) return void (await stage!.exited);
    if (!stdin!.write(chunk)) {
      await Promise.race([
        once(stdin!, "drain"),
        stage!.exited.then(() => {
          throw new SourceError("psql exited before reading all of the backup");
        }),
      ]);
    }
  };
  const before: Partial<Record<SqlMember, string>> = {
    "data.sql": replica ? "SET session_replication_role = replica;\n" : "",
    // The backup's history replaces the target's (a new project's is empty or absent).
    "migrations.sql": `DROP SCHEMA IF EXISTS "${MIGRATIONS_SCHEMA}" CASCADE;\n`,
  };
  return {
    async apply(member, entry) {
      if (finished) throw new IntegrityError(`the backup's ${member} comes after its Storage files`);
      await write(`\n-- strongroom: ${member}\n${before[member] ?? ""}`);
      for await (const chunk of entry) await write(Buffer.from(chunk));
      await write("\n");
    },
    finish() {
      finished ??= (async () => {
        if (!stage) return;
        stdin!.end();
        await stage.exited;
      })();
      return finished;
    },
    abort() {
      stage?.child.kill();
    },
    async counts() {
      const client = await connectSupabase(target, context.env, "restore target");
      try {
        const all = await tableRowCounts(client);
        const kept = new Set<string>([...DATA_SCHEMAS, MIGRATIONS_SCHEMA]);
        return all.filter((t) => !isManagedSchema(t.schema) || kept.has(t.schema)).map((t) => ({ ...t }));
      } finally {
        await client.end().catch(() => {});
      }
    },
  };
}

async function restoreFile(
  api: StorageApi,
  member: { bucket: string; path: string },
  entry: Entry,
  work: string,
  context: SourceRunContext,
): Promise<void> {
  const pax = (entry.header.pax ?? {}) as Record<string, string>;
  const file = {
    bucket: member.bucket,
    path: member.path,
    contentType: pax[PAX_CONTENT_TYPE],
    cacheControl: pax[PAX_CACHE_CONTROL],
  };
  const expected = pax[PAX_SHA256];
  const hash = createHash("sha256");
  let size = 0;
  const add = (chunk: Uint8Array): Buffer => {
    const buffer = Buffer.from(chunk);
    hash.update(buffer);
    size += buffer.length;
    return buffer;
  };
  const check = () => {
    const got = { size, sha256: hash.digest("hex") };
    if (expected && got.sha256 !== expected) {
      throw new IntegrityError(
        `the backup's copy of '${member.bucket}/${member.path}' does not match its sha256 (${got.sha256} ≠ ${expected})`,
      );
    }
    return got;
  };
  if (entry.header.size <= TUS_THRESHOLD) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(add(chunk));
    check();
    await uploadBuffer(api, file, Buffer.concat(chunks));
    return;
  }
  const spool = join(work, "object");
  const out = createWriteStream(spool);
  try {
    for await (const chunk of entry) {
      if (!out.write(add(chunk))) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    const got = check();
    await uploadResumable(api, file, spool, got.size, context.signal);
  } finally {
    out.destroy();
    await rm(spool, { force: true });
  }
}

async function readAll(entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function drain(entry: Entry): Promise<void> {
  for await (const _ of entry);
}
