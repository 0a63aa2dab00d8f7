import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  DATA_SCHEMAS,
  MANAGED_SCHEMAS,
  MIGRATIONS_SCHEMA,
  PLATFORM_TABLES,
  connectionHint,
  customRolesSql,
  drainedOrClosed,
  dumpContents,
  findPgTool,
  isManagedSchema,
  isReservedRole,
  managedSchemaLikePatterns,
  managedTableAdditionsSql,
  outputOf,
  projectRef,
  psqlScriptArgs,
  quoteLiteral,
  serverFacts,
  spawnStage,
  supabaseOptionsFrom,
  supabaseSecrets,
  transactionPoolerProblem
} from "./chunk-EF2U5OZ6.js";
import {
  connect,
  libpqEnv,
  parsePostgresUrl,
  tableRowCounts
} from "./chunk-3MRYKAAL.js";
import {
  require_tar_stream
} from "./chunk-RSFMEIMW.js";
import {
  makeScratchFolder
} from "./chunk-FD4C7ZQH.js";
import {
  createClient,
  dist_exports,
  require_node
} from "./chunk-77AC5KOG.js";
import "./chunk-ME4EFUP6.js";
import "./chunk-PVV747LZ.js";
import {
  IntegrityError,
  SourceError,
  StrongroomError,
  UsageError
} from "./chunk-SI3IGW5R.js";
import {
  __toESM
} from "./chunk-EWK3MTLA.js";

// src/sources/supabase/dump.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { rm as rm3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { Readable as Readable2 } from "node:stream";

// src/sources/supabase/database-dump.ts
import { createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

// src/sources/supabase/payload.ts
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
var PAYLOAD_NAME = "strongroom-supabase";
var PAYLOAD_VERSION = 1;
var HEADER_MEMBER = "strongroom-supabase.json";
var SQL_MEMBERS = ["roles.sql", "schema.sql", "managed.sql", "data.sql", "migrations.sql"];
var BUCKETS_MEMBER = "storage/buckets.json";
var STORAGE_PREFIX = "storage/";
var PAX_SHA256 = "SCHILY.xattr.user.strongroom.sha256";
var PAX_CONTENT_TYPE = "SCHILY.xattr.user.strongroom.content_type";
var PAX_CACHE_CONTROL = "SCHILY.xattr.user.strongroom.cache_control";
var DUMP_TRAILER = "-- PostgreSQL database dump complete";
function storageMemberName(bucket, path) {
  return `${STORAGE_PREFIX}${bucket}/${path}`;
}
function parseStorageMember(name) {
  if (!name.startsWith(STORAGE_PREFIX) || name === BUCKETS_MEMBER) return void 0;
  const rest = name.slice(STORAGE_PREFIX.length);
  const slash = rest.indexOf("/");
  if (slash <= 0 || slash === rest.length - 1) return void 0;
  return { bucket: rest.slice(0, slash), path: rest.slice(slash + 1) };
}
async function addBuffer(pack, name, body, mtime) {
  await new Promise((resolve, reject) => {
    pack.entry({ name, size: body.length, mtime, mode: 420 }, body, (error) => error ? reject(error) : resolve());
  });
}
async function addFile(pack, header, file, signal) {
  let settle;
  const written = new Promise((resolve, reject) => {
    settle = (error) => error ? reject(error) : resolve();
  });
  written.catch(() => {
  });
  const entry = pack.entry({ mode: 420, ...header }, (error) => settle(error));
  const input = createReadStream(file, { highWaterMark: 1 << 20, signal });
  try {
    for await (const chunk of input) {
      if (!entry.write(chunk)) await drained(entry, signal);
    }
    entry.end();
  } catch (error) {
    entry.destroy(error);
    throw error;
  }
  await written;
}
function drained(stream, signal) {
  signal.throwIfAborted();
  if (stream.destroyed) return Promise.reject(new Error("the tar member was closed early"));
  return drainedOrClosed(stream);
}
function lineFilter(rewrite) {
  let rest = "";
  const decoder = new StringDecoder("utf8");
  return new Transform({
    transform(chunk, _encoding, callback) {
      const text = rest + decoder.write(chunk);
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      const out = [];
      for (const line of lines) {
        const next = rewrite(line);
        if (next !== null) out.push(`${next}
`);
      }
      callback(null, out.join(""));
    },
    flush(callback) {
      rest += decoder.end();
      const last = rest ? rewrite(rest) : null;
      callback(null, last ?? "");
    }
  });
}
function schemaLine(line) {
  if (/^ALTER .* OWNER TO "supabase_admin";$/.test(line)) return null;
  if (/^COMMENT ON EXTENSION /.test(line)) return null;
  const schema = /^CREATE SCHEMA ("(?:[^"]|"")+");$/.exec(line);
  if (schema) return `CREATE SCHEMA IF NOT EXISTS ${schema[1]};`;
  return line;
}

// src/sources/supabase/schema-filter.ts
var PLATFORM_PUBLICATION = /^"supabase_realtime(?:_[a-z_]+)?"$/;
function schemaFilter() {
  let statement;
  const droppedEventTriggers = /* @__PURE__ */ new Set();
  const eventTrigger = (lines) => {
    const text = lines.join("\n");
    const name = /^CREATE EVENT TRIGGER ("(?:[^"]|"")+")/.exec(text)?.[1] ?? "";
    const fn = /EXECUTE (?:FUNCTION|PROCEDURE) "((?:[^"]|"")+)"\./.exec(text)?.[1];
    if (fn !== void 0 && isManagedSchema(fn.replaceAll('""', '"'))) {
      droppedEventTriggers.add(name);
      return `-- strongroom: platform event trigger ${name} left out`;
    }
    return text;
  };
  return lineFilter((line) => {
    if (statement) {
      statement.push(line);
      if (!line.endsWith(";")) return null;
      const lines = statement;
      statement = void 0;
      return eventTrigger(lines);
    }
    if (line.startsWith("CREATE EVENT TRIGGER ")) {
      if (line.endsWith(";")) return eventTrigger([line]);
      statement = [line];
      return null;
    }
    const onEventTrigger = /^(?:ALTER|COMMENT ON) EVENT TRIGGER ("(?:[^"]|"")+")/.exec(line);
    if (onEventTrigger && droppedEventTriggers.has(onEventTrigger[1])) return null;
    const publication = /^CREATE PUBLICATION ("(?:[^"]|"")+")(.*);$/.exec(line);
    if (publication && PLATFORM_PUBLICATION.test(publication[1])) {
      return `DO $sr$ BEGIN CREATE PUBLICATION ${publication[1]}${publication[2]}; EXCEPTION WHEN duplicate_object THEN NULL; END $sr$;`;
    }
    const publicationOwner = /^ALTER PUBLICATION ("(?:[^"]|"")+") OWNER TO /.exec(line);
    if (publicationOwner && PLATFORM_PUBLICATION.test(publicationOwner[1])) return null;
    const defaults = /^ALTER DEFAULT PRIVILEGES FOR ROLE "((?:[^"]|"")+)"/.exec(line);
    if (defaults && defaults[1] !== "postgres" && isReservedRole(defaults[1].replaceAll('""', '"'))) return null;
    if (/^ALTER FOREIGN DATA WRAPPER .* OWNER TO /.test(line)) return null;
    return schemaLine(line);
  });
}

// src/sources/supabase/session.ts
async function connectSupabase(target, env, role = "Supabase database") {
  let client;
  try {
    client = await connect(target, role);
  } catch (error) {
    const hint = connectionHint(target, env);
    if (hint && error instanceof StrongroomError)
      throw new SourceError(error.message, { hint, cause: error.cause ?? error });
    throw error;
  }
  await client.query("set statement_timeout = 0; set idle_in_transaction_session_timeout = 0");
  return client;
}
function supabaseToolEnv(target, base) {
  const extra = "-c statement_timeout=0 -c idle_in_transaction_session_timeout=0";
  return libpqEnv(target, base, { PGOPTIONS: base.PGOPTIONS ? `${base.PGOPTIONS} ${extra}` : extra });
}

// src/sources/supabase/database-dump.ts
async function dumpDatabase(pack, client, { pgDump, target, snapshot, snapshotAt, work }, options, context) {
  const mtime = new Date(snapshotAt);
  const member = async (name, args, filter) => {
    const file = join(work, name);
    await spoolPgDump(pgDump, target, snapshot, args, file, context, filter);
    await addFile(pack, { name, size: (await stat(file)).size, mtime }, file, context.signal);
    await rm(file);
  };
  const header = { payload: PAYLOAD_NAME, version: PAYLOAD_VERSION, createdAt: snapshotAt };
  await addBuffer(pack, HEADER_MEMBER, Buffer.from(`${JSON.stringify(header)}
`), mtime);
  const roles = await customRolesSql(client);
  await addBuffer(pack, "roles.sql", Buffer.from(roles.sql), mtime);
  const excludeAll = MANAGED_SCHEMAS.map((s) => `--exclude-schema=${s}`);
  await member("schema.sql", ["--schema-only", ...excludeAll], schemaFilter());
  const additions = await managedTableAdditionsSql(client);
  await addBuffer(pack, "managed.sql", Buffer.from(additions.sql), mtime);
  const keep = new Set(DATA_SCHEMAS);
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
  const included = (schema, name) => (!isManagedSchema(schema) || keep.has(schema) || hasMigrations && schema === MIGRATIONS_SCHEMA) && !PLATFORM_TABLES.includes(`${schema}.${name}`);
  return {
    roles: roles.roles,
    schemas: schemaNames.user,
    policies: additions.policies,
    triggers: additions.triggers,
    migrations: hasMigrations,
    counted,
    included
  };
}
async function spoolPgDump(pgDump, target, snapshot, args, file, context, filter) {
  const signal = context.signal;
  const stage = spawnStage(
    pgDump,
    [
      `--dbname=${target.urlWithoutPassword}`,
      "--format=plain",
      `--snapshot=${snapshot}`,
      "--no-password",
      "--quote-all-identifiers",
      ...args
    ],
    {
      env: supabaseToolEnv(target, context.env),
      signal,
      makeError: (detail) => new SourceError(`pg_dump failed for ${target.display}: ${context.log.redactor.redact(detail)}`, {
        hint: "read pg_dump's message above; use the postgres user (or one that can read every table, auth and storage included)"
      })
    }
  );
  const out = createWriteStream(file);
  if (filter) await pipeline(outputOf(stage), filter, out, { signal });
  else await pipeline(outputOf(stage), out, { signal });
}
async function userSchemas(client) {
  const { rows } = await client.query(
    "select nspname as name from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema' order by 1"
  );
  const all = rows.map((r) => r.name);
  return { all, user: all.filter((s) => !isManagedSchema(s)) };
}

// src/sources/supabase/storage-backup.ts
import { rm as rm2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/sources/supabase/storage.ts
import { createHash } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream as createWriteStream2 } from "node:fs";
import { Readable, Transform as Transform2 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
var tus = __toESM(require_node(), 1);
var TUS_THRESHOLD = 6 * 1024 * 1024;
var TUS_CHUNK = 6 * 1024 * 1024;
var PAGE = 1e3;
function storageApi(projectUrl, key, redactor) {
  const client = createClient(projectUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
  });
  return { storage: client.storage, projectUrl: projectUrl.replace(/\/+$/, ""), key, redactor };
}
function storageFailure(api, what, error) {
  const err = error;
  const status = err.statusCode ?? err.status;
  const message = api.redactor.redact(`${what}: ${err.message ?? String(error)}${status ? ` (HTTP ${status})` : ""}`);
  const hint = String(status) === "401" || String(status) === "403" ? "check that the key is the project's service_role (secret) key and the URL is the project's API URL" : `check that ${api.projectUrl} is the project's API URL and reachable`;
  return new SourceError(message, { hint, cause: error });
}
async function listBuckets(api) {
  const { data, error } = await api.storage.listBuckets();
  if (error) throw storageFailure(api, "cannot list Storage buckets", error);
  return data.map((b) => ({
    id: b.id,
    name: b.name,
    public: b.public,
    fileSizeLimit: b.file_size_limit ?? null,
    allowedMimeTypes: b.allowed_mime_types ?? null
  })).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
async function* listObjects(api, bucket, prefix = "") {
  for (let offset = 0; ; offset += PAGE) {
    const { data, error } = await api.storage.from(bucket).list(prefix, { limit: PAGE, offset, sortBy: { column: "name", order: "asc" } });
    if (error) throw storageFailure(api, `cannot list bucket '${bucket}'${prefix ? ` under '${prefix}'` : ""}`, error);
    for (const item of data) {
      const path = prefix ? `${prefix}/${item.name}` : item.name;
      if (item.id === null) {
        yield* listObjects(api, bucket, path);
        continue;
      }
      const meta = item.metadata;
      yield {
        bucket,
        path,
        size: meta?.size,
        contentType: meta?.mimetype,
        cacheControl: meta?.cacheControl,
        updatedAt: item.updated_at ?? void 0
      };
    }
    if (data.length < PAGE) return;
  }
}
function hashingCounter() {
  const hash = createHash("sha256");
  let size = 0;
  const stage = new Transform2({
    highWaterMark: 1 << 20,
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    }
  });
  let digest;
  return Object.assign(stage, {
    result: () => {
      digest ??= hash.digest("hex");
      return { size, sha256: digest };
    }
  });
}
async function downloadTo(api, object, file, signal) {
  const { data, error } = await api.storage.from(object.bucket).download(object.path, {}, { signal }).asStream();
  if (error || !data) throw storageFailure(api, `cannot download '${object.bucket}/${object.path}'`, error);
  const counter = hashingCounter();
  await pipeline2(Readable.fromWeb(data), counter, createWriteStream2(file), { signal });
  return counter.result();
}
async function ensureBucket(api, bucket) {
  const existing = await api.storage.getBucket(bucket.id);
  if (!existing.error) return "exists";
  const created = await api.storage.createBucket(bucket.id, {
    public: bucket.public,
    fileSizeLimit: bucket.fileSizeLimit,
    allowedMimeTypes: bucket.allowedMimeTypes ? [...bucket.allowedMimeTypes] : null
  });
  if (created.error) {
    if (!(await api.storage.getBucket(bucket.id)).error) return "exists";
    throw storageFailure(api, `cannot create bucket '${bucket.id}'`, created.error);
  }
  return "created";
}
async function uploadBuffer(api, file, body) {
  const options = { upsert: true };
  if (file.contentType) options.contentType = file.contentType;
  if (file.cacheControl) options.cacheControl = cacheSeconds(file.cacheControl);
  const { error } = await api.storage.from(file.bucket).upload(file.path, body, options);
  if (error) throw storageFailure(api, `cannot upload '${file.bucket}/${file.path}'`, error);
}
function cacheSeconds(cacheControl) {
  return /max-age=(\d+)/.exec(cacheControl)?.[1] ?? cacheControl;
}
async function uploadResumable(api, file, localPath, size, signal) {
  const metadata = { bucketName: file.bucket, objectName: file.path };
  if (file.contentType) metadata.contentType = file.contentType;
  if (file.cacheControl) metadata.cacheControl = cacheSeconds(file.cacheControl);
  const stream = createReadStream2(localPath, { highWaterMark: TUS_CHUNK });
  try {
    await new Promise((resolve, reject) => {
      const upload = new tus.Upload(stream, {
        endpoint: `${api.projectUrl}/storage/v1/upload/resumable`,
        headers: { authorization: `Bearer ${api.key}`, apikey: api.key, "x-upsert": "true" },
        metadata,
        uploadSize: size,
        chunkSize: TUS_CHUNK,
        uploadDataDuringCreation: true,
        removeFingerprintOnSuccess: true,
        retryDelays: [0, 1e3, 3e3, 5e3],
        onError: (error) => reject(storageFailure(api, `cannot upload '${file.bucket}/${file.path}' (resumable)`, error)),
        onSuccess: () => resolve()
      });
      const abort = () => {
        void upload.abort(true).catch(() => {
        });
        reject(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
      };
      if (signal.aborted) return abort();
      signal.addEventListener("abort", abort, { once: true });
      upload.start();
    });
  } finally {
    stream.destroy();
  }
}

// src/sources/supabase/storage-backup.ts
async function chooseBuckets(api, wanted) {
  const all = await listBuckets(api);
  if (!wanted) return all;
  const missing = wanted.filter((name) => !all.some((b) => b.id === name));
  if (missing.length) {
    throw new UsageError(`bucket(s) not found in the project: ${missing.join(", ")}`, {
      hint: `the project has: ${all.map((b) => b.id).join(", ") || "no buckets"}`
    });
  }
  return all.filter((b) => wanted.includes(b.id));
}
async function backupStorage(api, buckets, pack, work, context) {
  const startedAt = /* @__PURE__ */ new Date();
  await addBuffer(pack, BUCKETS_MEMBER, Buffer.from(`${JSON.stringify(buckets, null, 2)}
`), startedAt);
  const files = [];
  const perBucket = [];
  const spool = join2(work, "object");
  for (const bucket of buckets) {
    let count = 0;
    let bytes = 0;
    for await (const object of listObjects(api, bucket.id)) {
      const saved = await downloadTo(api, object, spool, context.signal);
      const pax = { [PAX_SHA256]: saved.sha256 };
      if (object.contentType) pax[PAX_CONTENT_TYPE] = object.contentType;
      if (object.cacheControl) pax[PAX_CACHE_CONTROL] = object.cacheControl;
      const mtime = object.updatedAt ? new Date(object.updatedAt) : /* @__PURE__ */ new Date();
      await addFile(
        pack,
        {
          name: storageMemberName(bucket.id, object.path),
          size: saved.size,
          mtime: Number.isNaN(mtime.getTime()) ? /* @__PURE__ */ new Date() : mtime,
          pax
        },
        spool,
        context.signal
      );
      await rm2(spool, { force: true });
      files.push({
        bucket: bucket.id,
        path: object.path,
        size: saved.size,
        contentType: object.contentType ?? null,
        sha256: saved.sha256
      });
      count++;
      bytes += saved.size;
      context.log.progress(`storage: ${bucket.id}: ${count} file(s), ${bytes} bytes`);
    }
    perBucket.push({ id: bucket.id, public: bucket.public, files: count, bytes });
  }
  return { startedAt: startedAt.toISOString(), finishedAt: (/* @__PURE__ */ new Date()).toISOString(), buckets: perBucket, files };
}

// src/sources/supabase/dump.ts
var SUPABASE_FORMAT = "supabase";
async function startSupabaseDump(options, context) {
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
    await client.query("rollback").catch(() => {
    });
    await client.end().catch(() => {
    });
    await rm3(work, { recursive: true, force: true }).catch(() => {
    });
  };
  try {
    const server = await serverFacts(client);
    const pgDump = await findPgTool("pg_dump", server.serverMajor, { binDir: options.pgBin });
    const buckets = await chooseBuckets(api, options.buckets);
    const { snapshot, snapshotAt } = await exportSnapshot(client);
    const pack = import_tar_stream.default.pack({ highWaterMark: 1 << 20 });
    const dump = { pgDump: pgDump.path, target, snapshot, snapshotAt, work };
    const producer = producePayload(pack, client, dump, { api, buckets }, options, context);
    producer.catch((error) => pack.destroy(error instanceof Error ? error : new Error(String(error))));
    const ref = projectRef(options.projectUrl);
    const apiHost = new URL(options.projectUrl).host;
    const stream = Readable2.from(pack, { objectMode: false, highWaterMark: 1 << 20 });
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
        key: `supabase://${ref ?? apiHost}/${server.database}`
      },
      describe: `Supabase project ${ref ?? apiHost}: roles, schema and data with ${pgDump.path} (${pgDump.version}), files of ${buckets.length} bucket(s)`,
      facts: dumpFacts(server, pgDump, ref),
      contents: () => producer,
      close: () => close()
    };
  } catch (error) {
    await close();
    throw error;
  }
}
async function exportSnapshot(client) {
  await client.query("begin isolation level repeatable read read only");
  const { rows } = await client.query(
    "select pg_export_snapshot() as snapshot, now() as at"
  );
  return { snapshot: rows[0].snapshot, snapshotAt: rows[0].at.toISOString() };
}
async function producePayload(pack, client, dump, storage, options, context) {
  const db = await dumpDatabase(pack, client, dump, options, context);
  await client.query("rollback");
  const files = await backupStorage(storage.api, storage.buckets, pack, dump.work, context);
  const contents = contentsOf(db, files, dump.snapshotAt);
  pack.finalize();
  return contents;
}
function dumpFacts(server, pgDump, ref) {
  return {
    postgres: {
      serverVersion: server.serverVersion,
      serverMajor: server.serverMajor,
      pgDumpVersion: pgDump.version,
      pgDumpMajor: pgDump.major
    },
    supabase: { payload: `${PAYLOAD_NAME}/${PAYLOAD_VERSION}`, ...ref ? { projectRef: ref } : {} }
  };
}
function contentsOf(db, storage, snapshotAt) {
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
      migrations: db.migrations
    },
    storage
  };
}
function dumpTarget(options, context) {
  const target = parsePostgresUrl(options.databaseUrl, "Supabase database URL");
  const pooler = transactionPoolerProblem(target, options.databaseUrl);
  if (pooler) throw new UsageError(pooler);
  if (connectionHint(target, context.env) && context.env.GITHUB_ACTIONS === "true") {
    context.log.warn(
      `${target.host} is IPv6-only unless the project has the IPv4 add-on; GitHub-hosted runners have no IPv6`
    );
  }
  return target;
}

// src/sources/supabase/inspect.ts
var import_tar_stream2 = __toESM(require_tar_stream(), 1);
import { createHash as createHash2 } from "node:crypto";
import { Writable } from "node:stream";
var TRAILERS = {
  "roles.sql": "-- end of roles",
  "managed.sql": "-- end of managed-table additions"
};
function supabaseInspector(manifest, contents, _pgBin) {
  const id = manifest.id;
  const fail = (message) => new IntegrityError(`backup ${id}: ${message}`);
  const extract = import_tar_stream2.default.extract();
  const reading = readPayload(extract, fail);
  const sink = tarSink(extract, fail);
  reading.catch((error) => sink.destroy(error));
  return {
    sink,
    async result() {
      let seen;
      try {
        seen = await reading;
      } catch (error) {
        if (error instanceof IntegrityError) throw error;
        throw fail(`the payload is damaged: ${error.message}`);
      }
      checkAgainstManifest(seen, contents, fail);
      return {
        detail: `${seen.sql.length} SQL members (${seen.sql.join(", ")}), ${seen.files} Storage files (${seen.bytes} bytes), all sha256 match`
      };
    }
  };
}
async function readPayload(extract, fail) {
  const seen = { sql: [], files: 0, bytes: 0, digests: /* @__PURE__ */ new Map() };
  let first = true;
  for await (const raw of extract) {
    const entry = raw;
    const name = entry.header.name;
    if (first) {
      first = false;
      if (name !== HEADER_MEMBER) throw fail(`not a Strongroom Supabase payload (first member '${name}')`);
      const body = Buffer.concat(await collect(entry));
      if (JSON.parse(body.toString("utf8")).payload !== PAYLOAD_NAME)
        throw fail(`${HEADER_MEMBER} is not ours`);
      continue;
    }
    if (SQL_MEMBERS.includes(name)) {
      let tail = "";
      for await (const chunk of entry) tail = (tail + Buffer.from(chunk).toString("latin1")).slice(-4096);
      const trailer = TRAILERS[name] ?? DUMP_TRAILER;
      if (!tail.includes(trailer)) throw fail(`${name} is incomplete (its closing line is missing)`);
      seen.sql.push(name);
      continue;
    }
    const member = parseStorageMember(name);
    if (member) {
      const hash = createHash2("sha256");
      for await (const chunk of entry) {
        hash.update(chunk);
        seen.bytes += chunk.length;
      }
      const digest = hash.digest("hex");
      const expected = entry.header.pax?.[PAX_SHA256];
      if (expected !== digest) throw fail(`Storage file '${member.bucket}/${member.path}' does not match its sha256`);
      seen.digests.set(`${member.bucket}/${member.path}`, digest);
      seen.files++;
      continue;
    }
    for await (const _ of entry) ;
  }
  if (first) throw fail("the payload is empty");
  return seen;
}
function tarSink(extract, fail) {
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk, _encoding, callback) {
      if (extract.destroyed) return callback(fail("the payload is not a readable tar stream"));
      if (extract.write(chunk)) return callback();
      extract.once("drain", () => callback());
    },
    final(callback) {
      extract.end();
      callback();
    },
    destroy(error, callback) {
      if (error) extract.destroy(error);
      callback(error);
    }
  });
}
function checkAgainstManifest(seen, expected, fail) {
  for (const required of ["roles.sql", "schema.sql", "data.sql"]) {
    if (!seen.sql.includes(required)) throw fail(`${required} is missing`);
  }
  if (expected?.storage) {
    for (const file of expected.storage.files) {
      if (seen.digests.get(`${file.bucket}/${file.path}`) !== file.sha256)
        throw fail(`Storage file '${file.bucket}/${file.path}' is missing or differs from the manifest`);
    }
    if (expected.storage.files.length !== seen.files)
      throw fail(`${seen.files} Storage files in the payload, ${expected.storage.files.length} in the manifest`);
  }
}
async function collect(entry) {
  const chunks = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  return chunks;
}

// src/sources/supabase/restore.ts
var import_tar_stream3 = __toESM(require_tar_stream(), 1);
import { rm as rm5 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";

// src/sources/supabase/database-restore.ts
import { StringDecoder as StringDecoder2 } from "node:string_decoder";

// src/sources/supabase/restore-psql.ts
async function lazyPsql(target, options, context) {
  const { log } = context;
  const psql = await findPgTool("psql", 0, { binDir: options.pgBin });
  let stage;
  let stdin;
  const start = () => {
    stage = spawnStage(psql.path, psqlScriptArgs(target), {
      env: supabaseToolEnv(target, context.env),
      stdin: "pipe",
      stdout: "ignore",
      signal: context.signal,
      makeError: (detail) => new SourceError(`restore into ${target.display} failed: ${log.redactor.redact(detail)}`, {
        hint: "nothing was committed (roles, schema and data run in one transaction); fix the cause above and run it again"
      })
    });
    stdin = stage.child.stdin;
    stdin.on("error", () => {
    });
    log.info(`restoring roles, schema and data into ${target.display} with ${psql.path}`);
  };
  const psqlStopped = async () => {
    await stage.exited;
    throw new SourceError(`psql exited before reading all of the backup (restore into ${target.display})`, {
      hint: "nothing was committed; run it again"
    });
  };
  const write = async (chunk) => {
    if (!stage) {
      start();
      await write(`BEGIN;
SET client_min_messages = warning;
${options.clean ? cleanSql() : ""}`);
    }
    if (stdin.destroyed || stage.child.exitCode !== null) return psqlStopped();
    if (stdin.write(chunk)) return;
    await drainedOrClosed2(stdin);
    if (stdin.destroyed) return psqlStopped();
  };
  return { write, stage: () => stage };
}
function cleanSql() {
  const managed = managedSchemaLikePatterns().map(quoteLiteral).join(", ");
  const platform = PLATFORM_TABLES.map(quoteLiteral).join(", ");
  const data = DATA_SCHEMAS.map(quoteLiteral).join(", ");
  const own = (catalog, alias) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${alias}.oid AND d.deptype = 'e')`;
  return `DO $sr$ DECLARE s text; t text; BEGIN
  FOR s IN SELECT p.pubname FROM pg_publication p WHERE p.pubname NOT LIKE 'supabase_realtime%' LOOP
    EXECUTE format('DROP PUBLICATION %I', s);
  END LOOP;
  FOR s IN SELECT f.srvname FROM pg_foreign_server f WHERE ${own("pg_foreign_server", "f")} LOOP
    EXECUTE format('DROP SERVER %I CASCADE', s);
  END LOOP;
  FOR s IN SELECT w.fdwname FROM pg_foreign_data_wrapper w WHERE ${own("pg_foreign_data_wrapper", "w")} LOOP
    EXECUTE format('DROP FOREIGN DATA WRAPPER %I CASCADE', s);
  END LOOP;
  FOR s IN SELECT n.nspname FROM pg_namespace n WHERE NOT (n.nspname LIKE ANY (array[${managed}]))
      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
      AND ${own("pg_namespace", "n")} LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
  GRANT USAGE ON SCHEMA public TO PUBLIC;
  BEGIN ALTER SCHEMA public OWNER TO pg_database_owner; EXCEPTION WHEN insufficient_privilege THEN NULL; END;
  FOR t IN SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (array[${data}]) AND NOT (n.nspname || '.' || c.relname = ANY (array[${platform}])) LOOP
    EXECUTE 'TRUNCATE ' || t || ' CASCADE';
  END LOOP;
END $sr$;
`;
}
function drainedOrClosed2(stream) {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}

// src/sources/supabase/scratch-rewrite.ts
var IDENT = String.raw`"((?:[^"]|"")+)"`;
var COPY_LINE = new RegExp(String.raw`^COPY ${IDENT}\.${IDENT} \((.*)\) FROM stdin;$`);
var SETVAL_LINE = new RegExp(String.raw`^SELECT pg_catalog\.setval\('${IDENT}\.${IDENT}'`);
var EXTENSION_LINE = new RegExp(String.raw`^CREATE EXTENSION IF NOT EXISTS ${IDENT} WITH SCHEMA ${IDENT};$`);
var unquote = (name) => name.replaceAll('""', '"');
var quote = (name) => `"${name.replaceAll('"', '""')}"`;
function scratchLine(line, state) {
  if (state.inCopy) {
    if (line === "\\.") state.inCopy = false;
    return line;
  }
  if (line.startsWith("COPY ") && line.endsWith(" FROM stdin;")) {
    state.inCopy = true;
    const copy = COPY_LINE.exec(line);
    if (!copy || !isManagedSchema(unquote(copy[1]))) return line;
    const table = `"${copy[1]}"."${copy[2]}"`;
    const columns = [...copy[3].matchAll(new RegExp(IDENT, "g"))].map((m) => `"${m[1]}"`);
    const add = columns.map((c) => `ADD COLUMN IF NOT EXISTS ${c} text`).join(", ");
    return `CREATE TABLE IF NOT EXISTS ${table} ();${add ? `
ALTER TABLE ${table} ${add};` : ""}
${line}`;
  }
  const setval = SETVAL_LINE.exec(line);
  if (setval && isManagedSchema(unquote(setval[1]))) {
    return `CREATE SEQUENCE IF NOT EXISTS "${setval[1]}"."${setval[2]}";
${line}`;
  }
  const extension = EXTENSION_LINE.exec(line);
  if (extension) {
    const name = unquote(extension[1]).replaceAll("'", "''");
    const schema = quote(unquote(extension[2]));
    return `DO $sr$ BEGIN IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = '${name}') THEN CREATE SCHEMA IF NOT EXISTS ${schema}; ${line} ELSE RAISE WARNING 'extension ${name} is not available on this server'; END IF; END $sr$;`;
  }
  return line;
}
function rolesNamedIn(sql) {
  const names = /* @__PURE__ */ new Set();
  const list = String.raw`((?:"(?:[^"]|"")+"(?:,\s*)?)+)`;
  const add = (quoted) => {
    for (const m of (quoted ?? "").matchAll(/"((?:[^"]|"")+)"/g)) names.add(m[1].replaceAll('""', '"'));
  };
  for (const line of sql.split("\n")) {
    const head = line.slice(0, 40).toUpperCase();
    if (head.startsWith("ALTER ")) {
      add(new RegExp(String.raw`OWNER TO ${list}`, "i").exec(line)?.[1]);
      add(new RegExp(String.raw`FOR ROLE ${list}`, "i").exec(line)?.[1]);
    }
    if (head.startsWith("ALTER DEFAULT PRIVILEGES") || head.startsWith("GRANT ") || head.startsWith("REVOKE ")) {
      add(new RegExp(String.raw`\b(?:TO|FROM) ${list}\s*(?:;|WITH|GRANTED)`, "i").exec(line)?.[1]);
    }
    if (head.startsWith("CREATE POLICY ")) add(new RegExp(String.raw`\bTO ${list}`, "i").exec(line)?.[1]);
    if (head.startsWith("CREATE USER MAPPING FOR ")) add(/^CREATE USER MAPPING FOR ("(?:[^"]|"")+")/i.exec(line)?.[1]);
  }
  return [...names];
}

// src/sources/supabase/database-restore.ts
async function openDatabaseRestore(target, options, context) {
  const replica = await checkTarget(target, options, context);
  const psql = await lazyPsql(target, options, context);
  const { write } = psql;
  const { before, after } = memberFraming(replica);
  let finished;
  let pendingManaged;
  const send = async (entry, scratch) => {
    if (!scratch) {
      for await (const chunk of entry) await write(Buffer.from(chunk));
      return;
    }
    for await (const text of scratchLines(entry)) await write(text);
  };
  const applyManaged = async () => {
    if (!pendingManaged) return;
    const body = Buffer.concat(pendingManaged);
    pendingManaged = void 0;
    await write(`
-- strongroom: managed.sql
`);
    await write(body);
    await write("\n");
  };
  return {
    async apply(member, entry) {
      if (finished) throw new IntegrityError(`the backup's ${member} comes after its Storage files`);
      if (member === "roles.sql" && options.scratch !== void 0) {
        for await (const _ of entry) ;
        return;
      }
      if (member === "managed.sql") {
        pendingManaged = [];
        for await (const chunk of entry) pendingManaged.push(Buffer.from(chunk));
        return;
      }
      if (options.scratch && member === "schema.sql") entry = await withScratchRoles(entry, options.scratch);
      await write(`
-- strongroom: ${member}
${before[member] ?? ""}`);
      await send(entry, options.scratch !== void 0 && (member === "data.sql" || member === "schema.sql"));
      await write(`
${after[member] ?? ""}`);
      if (member === "data.sql") await applyManaged();
    },
    finish() {
      finished ??= (async () => {
        await applyManaged();
        const stage = psql.stage();
        if (!stage) return;
        await write("COMMIT;\n");
        stage.child.stdin.end();
        await stage.exited;
      })();
      return finished;
    },
    async abort() {
      const stage = psql.stage();
      if (!stage) return;
      stage.child.kill("SIGKILL");
      await stage.exited.catch(() => {
      });
    },
    async failure() {
      const stage = psql.stage();
      if (!stage) return void 0;
      const settled = await Promise.race([
        stage.exited.then(
          () => ({ error: void 0 }),
          (error) => ({ error })
        ),
        new Promise((resolve) => setTimeout(() => resolve(void 0), 2e3).unref())
      ]);
      return settled?.error;
    },
    counts: () => restoredCounts(target, context.env)
  };
}
async function checkTarget(target, options, context) {
  const client = await connectSupabase(target, context.env, "restore target");
  let replica = false;
  try {
    const { rows } = await client.query(
      `select count(*) as n, string_agg(distinct n.nspname, ', ') as names
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r','p','v','m','S','f') and not (n.nspname like any($1)) and n.nspname not like 'pg\\_temp%'
         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`,
      [managedSchemaLikePatterns()]
    );
    const existing = Number(rows[0].n);
    if (existing > 0 && !options.force && !options.clean) {
      throw new UsageError(
        `the target project's database already holds ${existing} relations in its own schemas (${rows[0].names}); nothing was restored`,
        {
          hint: "restore into a new Supabase project, pass --clean (replace the project's schemas and auth/storage rows) or --force (restore on top), or use --storage-only to restore only the files"
        }
      );
    }
    replica = await canUseReplicaMode(client);
  } finally {
    await client.end().catch(() => {
    });
  }
  if (!replica) {
    context.log.warn(
      "the restore user may not set session_replication_role: data is loaded with foreign keys checked and the restored tables' own triggers switched off during the load"
    );
  }
  return replica;
}
function memberFraming(replica) {
  return {
    before: {
      "data.sql": replica ? "SET session_replication_role = replica;\n" : DISABLE_OWN_TRIGGERS,
      // The backup's history replaces the target's (a new project's is empty or absent).
      "migrations.sql": `DROP SCHEMA IF EXISTS "${MIGRATIONS_SCHEMA}" CASCADE;
`
    },
    after: {
      "data.sql": replica ? "SET session_replication_role = DEFAULT;\n" : ENABLE_OWN_TRIGGERS
    }
  };
}
async function withScratchRoles(entry, scratch) {
  const chunks = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks);
  await scratch.ensureRoles(rolesNamedIn(text.toString("utf8")));
  return (async function* () {
    yield text;
  })();
}
async function restoredCounts(target, env) {
  const counter = await connectSupabase(target, env, "restore target");
  try {
    const all = await tableRowCounts(counter);
    const kept = /* @__PURE__ */ new Set([...DATA_SCHEMAS, MIGRATIONS_SCHEMA]);
    return all.filter((t) => !isManagedSchema(t.schema) || kept.has(t.schema)).map((t) => ({ ...t }));
  } finally {
    await counter.end().catch(() => {
    });
  }
}
async function canUseReplicaMode(client) {
  try {
    await client.query("begin");
    await client.query("set local session_replication_role = replica");
    return true;
  } catch {
    return false;
  } finally {
    await client.query("rollback").catch(() => {
    });
  }
}
var OWN_TRIGGERS = `select t.tgrelid::regclass as rel, t.tgname as name
  from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
  where not t.tgisinternal and t.tgenabled <> 'D' and pg_has_role(c.relowner, 'USAGE')
    and not (n.nspname like any (array[${managedSchemaLikePatterns().map(quoteLiteral).join(", ")}]))`;
var DISABLE_OWN_TRIGGERS = `CREATE TEMP TABLE strongroom_paused_triggers ON COMMIT DROP AS ${OWN_TRIGGERS};
DO $sr$ DECLARE r record; BEGIN FOR r IN SELECT * FROM strongroom_paused_triggers LOOP
  EXECUTE format('ALTER TABLE %s DISABLE TRIGGER %I', r.rel, r.name); END LOOP; END $sr$;
`;
var ENABLE_OWN_TRIGGERS = `DO $sr$ DECLARE r record; BEGIN FOR r IN SELECT * FROM strongroom_paused_triggers LOOP
  EXECUTE format('ALTER TABLE %s ENABLE TRIGGER %I', r.rel, r.name); END LOOP; END $sr$;
`;
async function* scratchLines(entry) {
  const decoder = new StringDecoder2("utf8");
  const state = { inCopy: false };
  let rest = "";
  for await (const chunk of entry) {
    const lines = (rest + decoder.write(Buffer.from(chunk))).split("\n");
    rest = lines.pop() ?? "";
    yield lines.map((line) => `${scratchLine(line, state)}
`).join("");
  }
  rest += decoder.end();
  if (rest) yield `${scratchLine(rest, state)}
`;
}

// src/sources/supabase/restore-storage.ts
import { createHash as createHash3 } from "node:crypto";
import { once } from "node:events";
import { createWriteStream as createWriteStream3 } from "node:fs";
import { rm as rm4 } from "node:fs/promises";
import { join as join3 } from "node:path";
var StorageRestore = class {
  constructor(api, work, context) {
    this.api = api;
    this.work = work;
    this.context = context;
  }
  api;
  work;
  context;
  buckets = /* @__PURE__ */ new Map();
  ensured = /* @__PURE__ */ new Set();
  checkedFiles = [];
  files = 0;
  /** The backup's bucket list: each is created or updated in the target. */
  async createBuckets(listed) {
    for (const b of listed) this.buckets.set(b.id, b);
    if (!this.api) return;
    for (const bucket of this.buckets.values()) {
      this.context.log.info(`bucket ${bucket.id}: ${await ensureBucket(this.api, bucket)}`);
      this.ensured.add(bucket.id);
    }
  }
  async restoreFile(member, entry) {
    if (!this.api) {
      this.checkedFiles.push({ ...member, ...await hashEntry(entry) });
      return;
    }
    if (!this.ensured.has(member.bucket)) {
      await ensureBucket(this.api, this.buckets.get(member.bucket) ?? privateBucket(member.bucket));
      this.ensured.add(member.bucket);
    }
    await uploadFile(this.api, member, entry, this.work, this.context);
    this.files++;
    this.context.log.progress(`storage: ${this.files} file(s) uploaded`);
  }
  outcome() {
    const { api } = this;
    return { files: api ? this.files : 0, buckets: api ? [...this.ensured] : [], checkedFiles: this.checkedFiles };
  }
};
function privateBucket(id) {
  return { id, name: id, public: false, fileSizeLimit: null, allowedMimeTypes: null };
}
async function uploadFile(api, member, entry, work, context) {
  const pax = entry.header.pax ?? {};
  const file = {
    bucket: member.bucket,
    path: member.path,
    contentType: pax[PAX_CONTENT_TYPE],
    cacheControl: pax[PAX_CACHE_CONTROL]
  };
  const expected = pax[PAX_SHA256];
  const hash = createHash3("sha256");
  let size = 0;
  const add = (chunk) => {
    const buffer = Buffer.from(chunk);
    hash.update(buffer);
    size += buffer.length;
    return buffer;
  };
  const check = () => {
    const got = { size, sha256: hash.digest("hex") };
    if (expected && got.sha256 !== expected) {
      throw new IntegrityError(
        `the backup's copy of '${member.bucket}/${member.path}' does not match its sha256 (${got.sha256} \u2260 ${expected})`
      );
    }
    return got;
  };
  if (entry.header.size <= TUS_THRESHOLD) {
    const chunks = [];
    for await (const chunk of entry) chunks.push(add(chunk));
    check();
    await uploadBuffer(api, file, Buffer.concat(chunks));
    return;
  }
  const spool = join3(work, "object");
  const out = createWriteStream3(spool);
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
    await rm4(spool, { force: true });
  }
}
async function hashEntry(entry) {
  const hash = createHash3("sha256");
  let size = 0;
  for await (const chunk of entry) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest("hex") };
}

// src/sources/supabase/restore.ts
async function restoreSupabase(payload, options, context) {
  const { log } = context;
  for (const secret of supabaseSecrets(options)) log.redactor.add(secret);
  const target = checkOptions(options);
  const api = options.skipStorage ? void 0 : storageApi(options.projectUrl, options.serviceRoleKey, log.redactor);
  if (api) await listBuckets(api);
  const database = options.storageOnly ? void 0 : await openDatabaseRestore(
    target,
    {
      force: options.force ?? false,
      clean: options.clean ?? false,
      scratch: options.scratch,
      pgBin: options.pgBin
    },
    context
  );
  const work = await makeScratchFolder("supabase-restore", context.env.RUNNER_TEMP || tmpdir2());
  const { extract, entries, feeder, release } = untar(payload);
  const storage = new StorageRestore(api, work, context);
  let first = true;
  try {
    for await (const raw of entries) {
      const entry = raw;
      const name = entry.header.name;
      if (first) {
        first = false;
        if (name !== HEADER_MEMBER)
          throw new IntegrityError(`the backup is not a Strongroom Supabase payload (first member '${name}')`);
        checkHeader(await readAll(entry));
        continue;
      }
      if (SQL_MEMBERS.includes(name)) {
        if (database) await database.apply(name, entry);
        else await drain(entry);
        continue;
      }
      if (name === BUCKETS_MEMBER) {
        const listed = JSON.parse((await readAll(entry)).toString("utf8"));
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
    const psqlError = await database?.failure();
    await database?.abort();
    throw psqlError ?? error;
  } finally {
    await rm5(work, { recursive: true, force: true }).catch(() => {
    });
    setImmediate(release);
  }
}
function untar(payload) {
  const extract = import_tar_stream3.default.extract();
  const entries = {
    [Symbol.asyncIterator]: /* @__PURE__ */ ((it) => () => it)(extract[Symbol.asyncIterator]())
  };
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  const feeder = (async () => {
    for await (const chunk of payload) {
      if (extract.destroyed) return void await released;
      if (!extract.write(chunk)) {
        if (extract.destroyed) return void await released;
        await drainedOrClosed(extract);
      }
    }
    extract.end();
  })();
  feeder.catch((error) => extract.destroy(error));
  return { extract, entries, feeder, release };
}
function checkOptions(options) {
  const problems = [];
  if (options.skipStorage && options.storageOnly) problems.push("--skip-storage and --storage-only exclude each other");
  if (!options.skipStorage) {
    if (!options.projectUrl)
      problems.push(
        "restoring Storage files needs the target project URL (--supabase-url or SUPABASE_URL), or pass --skip-storage"
      );
    if (!options.serviceRoleKey)
      problems.push(
        "restoring Storage files needs the target's service-role key (--service-role-key or SUPABASE_SERVICE_ROLE_KEY), or pass --skip-storage"
      );
  }
  let target;
  try {
    target = parsePostgresUrl(options.databaseUrl, "restore target");
    const pooler = options.storageOnly ? void 0 : transactionPoolerProblem(target, options.databaseUrl);
    if (pooler) problems.push(pooler.replace("cannot run pg_dump", "cannot run a restore in one session"));
  } catch (error) {
    problems.push(error.message);
  }
  if (problems.length) throw new UsageError(problems);
  return target;
}
function checkHeader(body) {
  let header;
  try {
    header = JSON.parse(body.toString("utf8"));
  } catch {
    throw new IntegrityError(`the backup's ${HEADER_MEMBER} is not JSON`);
  }
  if (header.payload !== PAYLOAD_NAME)
    throw new IntegrityError(`the backup's ${HEADER_MEMBER} does not describe a Strongroom Supabase payload`);
  if (typeof header.version !== "number" || header.version > PAYLOAD_VERSION) {
    throw new IntegrityError(
      `the backup's Supabase payload version ${String(header.version)} is newer than this Strongroom reads (${PAYLOAD_VERSION})`,
      {
        hint: "upgrade Strongroom"
      }
    );
  }
}
async function readAll(entry) {
  const chunks = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
async function drain(entry) {
  for await (const _ of entry) ;
}
export {
  restoreSupabase,
  startSupabaseDump,
  supabaseInspector,
  supabaseOptionsFrom,
  supabaseSecrets
};
