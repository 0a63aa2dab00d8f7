import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import type { Readable } from "node:stream";
import tar from "tar-stream";
import { IntegrityError, UsageError } from "../../errors.ts";
import { makeScratchFolder } from "../../stages/scratch.ts";
import { type PostgresTarget, parsePostgresUrl } from "../postgres/connection.ts";
import type { SourceRunContext } from "../source.ts";
import { openDatabaseRestore } from "./database-restore.ts";
import { type SupabaseRestoreOptions, supabaseSecrets, transactionPoolerProblem } from "./options.ts";
import {
  BUCKETS_MEMBER,
  HEADER_MEMBER,
  PAYLOAD_NAME,
  PAYLOAD_VERSION,
  type PayloadHeader,
  parseStorageMember,
  SQL_MEMBERS,
  type SqlMember,
} from "./payload.ts";
import { drainedOrClosed } from "../../stages/drained.ts";
import { type CheckedFile, type Entry, StorageRestore } from "./restore-storage.ts";
import { type BucketInfo, listBuckets, storageApi } from "./storage.ts";

export interface SupabaseRestoreResult {
  tables: { schema: string; name: string; rows: number }[];
  files: number;
  buckets: string[];
  /** Storage files read but not uploaded (--skip-storage, verify): their size and sha256 as read. */
  checkedFiles: CheckedFile[];
}

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
  // Every credential is tried before anything is written: a wrong Storage key found after the
  // database was committed would leave a half-restored project that a retry refuses as non-empty.
  if (api) await listBuckets(api);
  const database = options.storageOnly
    ? undefined
    : await openDatabaseRestore(
        target,
        {
          force: options.force ?? false,
          clean: options.clean ?? false,
          scratch: options.scratch,
          pgBin: options.pgBin,
        },
        context,
      );

  const work = await makeScratchFolder("supabase-restore", context.env.RUNNER_TEMP || tmpdir());
  const { extract, entries, feeder, release } = untar(payload);

  const storage = new StorageRestore(api, work, context);
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
        const listed = JSON.parse((await readAll(entry)).toString("utf8")) as BucketInfo[];
        if (database) await database.finish();
        await storage.createBuckets(listed);
        continue;
      }
      const member = parseStorageMember(name);
      if (!member) {
        log.warn(`skipping unknown member '${name}' in the backup`);
        await drain(entry);
        continue;
      }
      if (database) await database.finish();
      await storage.restoreFile(member, entry);
    }
    await feeder;
    if (first) throw new IntegrityError("the backup is empty: no Strongroom Supabase payload in it");
    if (database) await database.finish();
    const tables = database ? await database.counts() : [];
    return { tables, ...storage.outcome() };
  } catch (error) {
    extract.destroy();
    // psql's own message (a duplicate key, a missing role…) says more than the broken pipe it causes.
    const psqlError = await database?.failure();
    await database?.abort();
    throw psqlError ?? error;
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => {});
    setImmediate(release);
  }
}

/**
 * The payload's tar members, read as the payload is fed in. On a failure the payload is let go
 * only once `release` is called (when the restore has settled): letting go of it ends the decoding
 * pipeline, whose "aborted" must not overtake the real error (psql's).
 */
function untar(payload: Readable): {
  extract: tar.Extract;
  entries: AsyncIterable<unknown>;
  feeder: Promise<void>;
  release: () => void;
} {
  const extract = tar.extract();
  // tar-stream emits entries to whoever listens at that moment: start iterating before feeding.
  const entries: AsyncIterable<unknown> = {
    [Symbol.asyncIterator]: (
      (it) => () =>
        it
    )(extract[Symbol.asyncIterator]()),
  };
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const feeder = (async () => {
    for await (const chunk of payload) {
      if (extract.destroyed) return void (await released);
      if (!extract.write(chunk as Buffer)) {
        if (extract.destroyed) return void (await released);
        await drainedOrClosed(extract);
      }
    }
    (extract as unknown as { end(): void }).end();
  })();
  feeder.catch((error: unknown) => extract.destroy(error as Error));

  return { extract, entries, feeder, release };
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

async function readAll(entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function drain(entry: Entry): Promise<void> {
  for await (const _ of entry);
}
