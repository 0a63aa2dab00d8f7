import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  connect,
  connectionHint,
  dumpContents,
  findPgTool,
  libpqEnv,
  outputOf,
  parsePostgresUrl,
  projectRef,
  serverFacts,
  spawnStage,
  supabaseOptionsFrom,
  supabaseSecrets,
  tableRowCounts,
  transactionPoolerProblem
} from "./chunk-GQFK3LP3.js";
import {
  require_tar_stream
} from "./chunk-RSFMEIMW.js";
import {
  createClient,
  dist_exports,
  require_node
} from "./chunk-77AC5KOG.js";
import "./chunk-ME4EFUP6.js";
import {
  IntegrityError,
  SourceError,
  StrongroomError,
  UsageError
} from "./chunk-BJ7NA7V3.js";
import {
  __toESM
} from "./chunk-EWK3MTLA.js";

// src/sources/supabase/dump.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createWriteStream as createWriteStream2 } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable as Readable2 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/sources/supabase/managed.ts
var MANAGED_SCHEMAS = [
  "information_schema",
  "pg_*",
  "_analytics",
  "_realtime",
  "_supavisor",
  "auth",
  "etl",
  "extensions",
  "pgbouncer",
  "realtime",
  "storage",
  "supabase_functions",
  "supabase_migrations",
  "cron",
  "dbdev",
  "graphql",
  "graphql_public",
  "net",
  "pgmq",
  "pgsodium",
  "pgsodium_masks",
  "pgtle",
  "repack",
  "tiger",
  "tiger_data",
  "timescaledb_*",
  "_timescaledb_*",
  "topology",
  "vault"
];
var DATA_SCHEMAS = ["auth", "storage"];
var PLATFORM_TABLES = [
  "auth.schema_migrations",
  "storage.migrations",
  "supabase_functions.migrations"
];
var MIGRATIONS_SCHEMA = "supabase_migrations";
var RESERVED_ROLES = /* @__PURE__ */ new Set([
  "anon",
  "authenticated",
  "authenticator",
  "dashboard_user",
  "pgbouncer",
  "postgres",
  "service_role",
  "supabase_admin",
  "supabase_auth_admin",
  "supabase_functions_admin",
  "supabase_read_only_user",
  "supabase_realtime_admin",
  "supabase_replication_admin",
  "supabase_storage_admin",
  "supabase_etl_admin",
  "supabase_privileged_role",
  "supabase_superuser",
  "cli_login_postgres"
]);
function isReservedRole(name) {
  return RESERVED_ROLES.has(name) || /^(pg_|supabase_|pgsodium_|pgtle_|cli_login_)/.test(name);
}
function managedSchemaLikePatterns() {
  return MANAGED_SCHEMAS.map((s) => s.replaceAll("_", "\\_").replaceAll("*", "%"));
}
function isManagedSchema(name) {
  return MANAGED_SCHEMAS.some(
    (pattern) => pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern
  );
}
function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteLiteral(value) {
  return `'${value.replaceAll("'", "''")}'`;
}
async function customRolesSql(client) {
  const { rows } = await client.query(
    `select rolname, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolbypassrls, rolconnlimit, rolvaliduntil
     from pg_roles order by rolname`
  );
  const custom = rows.filter((r) => !isReservedRole(r.rolname));
  const names = new Set(custom.map((r) => r.rolname));
  const out = [
    "-- Custom roles (Strongroom): reserved Supabase roles are left to the target project; no passwords.",
    ""
  ];
  for (const r of custom) {
    const q = quoteIdent(r.rolname);
    out.push(`do $$ begin create role ${q}; exception when duplicate_object then null; end $$;`);
    const attrs = [
      r.rolinherit ? "inherit" : "noinherit",
      r.rolcreaterole ? "createrole" : "nocreaterole",
      r.rolcreatedb ? "createdb" : "nocreatedb",
      r.rolcanlogin ? "login" : "nologin",
      r.rolbypassrls ? "bypassrls" : "nobypassrls",
      `connection limit ${r.rolconnlimit}`
    ];
    if (r.rolvaliduntil) attrs.push(`valid until ${quoteLiteral(r.rolvaliduntil.toISOString())}`);
    out.push(`alter role ${q} with ${attrs.join(" ")};`);
  }
  const settings = await client.query(
    `select r.rolname, s.setdatabase <> 0 as here, s.setconfig
     from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
     where s.setdatabase = 0 or s.setdatabase = (select oid from pg_database where datname = current_database())
     order by 1, 2`
  );
  for (const s of settings.rows) {
    if (!names.has(s.rolname)) continue;
    for (const entry of s.setconfig) {
      const eq = entry.indexOf("=");
      const name = entry.slice(0, eq);
      const value = entry.slice(eq + 1);
      const rendered = name === "search_path" ? value.split(",").map((v) => quoteLiteral(v.trim().replace(/^"(.*)"$/, "$1"))).join(", ") : quoteLiteral(value);
      const statement = `alter role ${quoteIdent(s.rolname)}%s set ${name} to ${rendered}`;
      if (s.here) {
        out.push(
          `do $$ begin execute format(${quoteLiteral(statement.replace("%s", " in database %I"))}, current_database()); end $$;`
        );
      } else out.push(`${statement.replace("%s", "")};`);
    }
  }
  const members = await client.query(
    `select r.rolname as role, m.rolname as member, a.admin_option as admin
     from pg_auth_members a join pg_roles r on r.oid = a.roleid join pg_roles m on m.oid = a.member order by 1, 2`
  );
  for (const m of members.rows) {
    if (!names.has(m.role) && !names.has(m.member)) continue;
    if (m.role.startsWith("pg_") && !names.has(m.member)) continue;
    out.push(`grant ${quoteIdent(m.role)} to ${quoteIdent(m.member)}${m.admin ? " with admin option" : ""};`);
  }
  out.push("", "-- end of roles", "");
  return { sql: out.join("\n"), roles: [...names] };
}
async function managedTableAdditionsSql(client) {
  const out = ["-- Policies and triggers users added to Supabase-managed tables (auth, storage).", ""];
  await client.query("select set_config('search_path', '', true)");
  const policies = await client.query(
    `select n.nspname as schema, c.relname as table, p.polname as name,
       format('create policy %I on %I.%I as %s for %s to %s%s%s;', p.polname, n.nspname, c.relname,
         case when p.polpermissive then 'permissive' else 'restrictive' end,
         case p.polcmd when 'r' then 'select' when 'a' then 'insert' when 'w' then 'update' when 'd' then 'delete' else 'all' end,
         case when p.polroles = '{0}' then 'public'
              else (select string_agg(quote_ident(rolname), ', ' order by rolname) from pg_roles where oid = any(p.polroles)) end,
         case when p.polqual is null then '' else ' using (' || pg_get_expr(p.polqual, p.polrelid) || ')' end,
         case when p.polwithcheck is null then '' else ' with check (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')' end) as def
     from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any($1) order by 1, 2, 3`,
    [[...DATA_SCHEMAS]]
  );
  for (const p of policies.rows) {
    out.push(`drop policy if exists ${quoteIdent(p.name)} on ${quoteIdent(p.schema)}.${quoteIdent(p.table)};`, p.def);
  }
  const triggers = await client.query(
    `select n.nspname as schema, c.relname as table, t.tgname as name, pg_get_triggerdef(t.oid) as def, fn.nspname as fschema
     from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_proc f on f.oid = t.tgfoid join pg_namespace fn on fn.oid = f.pronamespace
     where not t.tgisinternal and n.nspname = any($1) order by 1, 2, 3`,
    [[...DATA_SCHEMAS]]
  );
  const userTriggers = triggers.rows.filter((t) => !isManagedSchema(t.fschema));
  for (const t of userTriggers) {
    out.push(
      `drop trigger if exists ${quoteIdent(t.name)} on ${quoteIdent(t.schema)}.${quoteIdent(t.table)};`,
      `${t.def};`
    );
  }
  out.push("", "-- end of managed-table additions", "");
  return { sql: out.join("\n"), policies: policies.rows.length, triggers: userTriggers.length };
}

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
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.once("drain", done);
    stream.once("close", done);
  });
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

// src/sources/supabase/storage.ts
import { createHash } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream } from "node:fs";
import { Readable, Transform as Transform2 } from "node:stream";
import { pipeline } from "node:stream/promises";
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
  await pipeline(Readable.fromWeb(data), counter, createWriteStream(file), { signal });
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

// src/sources/supabase/dump.ts
var SUPABASE_FORMAT = "supabase";
async function startSupabaseDump(options, context) {
  const redactor = context.log.redactor;
  for (const secret of supabaseSecrets(options)) redactor.add(secret);
  const target = parsePostgresUrl(options.databaseUrl, "Supabase database URL");
  const pooler = transactionPoolerProblem(target, options.databaseUrl);
  if (pooler) throw new UsageError(pooler);
  if (connectionHint(target, context.env) && context.env.GITHUB_ACTIONS === "true") {
    context.log.warn(
      `${target.host} is IPv6-only unless the project has the IPv4 add-on; GitHub-hosted runners have no IPv6`
    );
  }
  const api = storageApi(options.projectUrl, options.serviceRoleKey, redactor);
  const client = await connectSupabase(target, context.env);
  const work = await mkdtemp(join(context.env.RUNNER_TEMP || tmpdir(), "strongroom-supabase-"));
  let closed = false;
  let close = async () => {
    if (closed) return;
    closed = true;
    await client.query("rollback").catch(() => {
    });
    await client.end().catch(() => {
    });
    await rm(work, { recursive: true, force: true }).catch(() => {
    });
  };
  try {
    const server = await serverFacts(client);
    const pgDump = await findPgTool("pg_dump", server.serverMajor, { binDir: options.pgBin });
    const buckets = await chooseBuckets(api, options.buckets);
    await client.query("begin isolation level repeatable read read only");
    const { rows } = await client.query(
      "select pg_export_snapshot() as snapshot, now() as at"
    );
    const snapshot = rows[0].snapshot;
    const snapshotAt = rows[0].at.toISOString();
    const pack = import_tar_stream.default.pack({ highWaterMark: 1 << 20 });
    let contents;
    const producer = (async () => {
      const dump = (name, args, filter) => spoolPgDump(pgDump.path, target, snapshot, args, join(work, name), redactor, context, filter);
      const mtime = new Date(snapshotAt);
      const header = { payload: PAYLOAD_NAME, version: PAYLOAD_VERSION, createdAt: snapshotAt };
      await addBuffer(pack, HEADER_MEMBER, Buffer.from(`${JSON.stringify(header)}
`), mtime);
      const roles = await customRolesSql(client);
      await addBuffer(pack, "roles.sql", Buffer.from(roles.sql), mtime);
      const excludeAll = MANAGED_SCHEMAS.map((s) => `--exclude-schema=${s}`);
      await dump("schema.sql", ["--schema-only", "--extension=*", ...excludeAll], lineFilter(schemaLine));
      await addFile(
        pack,
        { name: "schema.sql", size: (await stat(join(work, "schema.sql"))).size, mtime },
        join(work, "schema.sql"),
        context.signal
      );
      await rm(join(work, "schema.sql"));
      const additions = await managedTableAdditionsSql(client);
      await addBuffer(pack, "managed.sql", Buffer.from(additions.sql), mtime);
      const keep = new Set(DATA_SCHEMAS);
      const excludeData = MANAGED_SCHEMAS.filter((s) => !keep.has(s)).map((s) => `--exclude-schema=${s}`);
      await dump("data.sql", ["--data-only", ...excludeData, ...PLATFORM_TABLES.map((t) => `--exclude-table=${t}`)]);
      await addFile(
        pack,
        { name: "data.sql", size: (await stat(join(work, "data.sql"))).size, mtime },
        join(work, "data.sql"),
        context.signal
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
          context.signal
        );
        await rm(join(work, "migrations.sql"));
      }
      const counted = await dumpContents(client, "exact");
      const included = (schema, name) => (!isManagedSchema(schema) || keep.has(schema) || hasMigrations && schema === MIGRATIONS_SCHEMA) && !PLATFORM_TABLES.includes(`${schema}.${name}`);
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
          migrations: hasMigrations
        },
        storage
      };
      pack.finalize();
    })();
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
      facts: {
        postgres: {
          serverVersion: server.serverVersion,
          serverMajor: server.serverMajor,
          pgDumpVersion: pgDump.version,
          pgDumpMajor: pgDump.major
        },
        supabase: { payload: `${PAYLOAD_NAME}/${PAYLOAD_VERSION}`, ...ref ? { projectRef: ref } : {} }
      },
      async contents() {
        await producer;
        if (!contents) throw new SourceError("the Supabase backup ended before its contents were known");
        return contents;
      },
      close: () => close()
    };
  } catch (error) {
    await close();
    throw error;
  }
}
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
  const env = libpqEnv(target, base);
  const extra = "-c statement_timeout=0 -c idle_in_transaction_session_timeout=0";
  env.PGOPTIONS = base.PGOPTIONS ? `${base.PGOPTIONS} ${extra}` : extra;
  return env;
}
async function spoolPgDump(pgDump, target, snapshot, args, file, redactor, context, filter) {
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
      makeError: (detail) => new SourceError(`pg_dump failed for ${target.display}: ${redactor.redact(detail)}`, {
        hint: "read pg_dump's message above; use the postgres user (or one that can read every table, auth and storage included)"
      })
    }
  );
  const out = createWriteStream2(file);
  if (filter) await pipeline2(outputOf(stage), filter, out, { signal });
  else await pipeline2(outputOf(stage), out, { signal });
}
async function userSchemas(client) {
  const { rows } = await client.query(
    "select nspname as name from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema' order by 1"
  );
  const all = rows.map((r) => r.name);
  return { all, user: all.filter((s) => !isManagedSchema(s)) };
}
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
  const spool = join(work, "object");
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
      await rm(spool, { force: true });
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
  const seen = { sql: [], files: 0, bytes: 0 };
  const files = /* @__PURE__ */ new Map();
  const reading = (async () => {
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
        files.set(`${member.bucket}/${member.path}`, digest);
        seen.files++;
        continue;
      }
      for await (const _ of entry) ;
    }
    if (first) throw fail("the payload is empty");
  })();
  const sink = new Writable({
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
  reading.catch((error) => sink.destroy(error));
  return {
    sink,
    async result() {
      try {
        await reading;
      } catch (error) {
        if (error instanceof IntegrityError) throw error;
        throw fail(`the payload is damaged: ${error.message}`);
      }
      for (const required of ["roles.sql", "schema.sql", "data.sql"]) {
        if (!seen.sql.includes(required)) throw fail(`${required} is missing`);
      }
      const expected = contents;
      if (expected?.storage) {
        for (const file of expected.storage.files) {
          if (files.get(`${file.bucket}/${file.path}`) !== file.sha256)
            throw fail(`Storage file '${file.bucket}/${file.path}' is missing or differs from the manifest`);
        }
        if (expected.storage.files.length !== seen.files)
          throw fail(`${seen.files} Storage files in the payload, ${expected.storage.files.length} in the manifest`);
      }
      return {
        detail: `${seen.sql.length} SQL members (${seen.sql.join(", ")}), ${seen.files} Storage files (${seen.bytes} bytes), all sha256 match`
      };
    }
  };
}
async function collect(entry) {
  const chunks = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  return chunks;
}

// src/sources/supabase/restore.ts
var import_tar_stream3 = __toESM(require_tar_stream(), 1);
import { createHash as createHash3 } from "node:crypto";
import { once } from "node:events";
import { createWriteStream as createWriteStream3 } from "node:fs";
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
async function restoreSupabase(payload, options, context) {
  const { log } = context;
  for (const secret of supabaseSecrets(options)) log.redactor.add(secret);
  const target = checkOptions(options);
  const api = options.skipStorage ? void 0 : storageApi(options.projectUrl, options.serviceRoleKey, log.redactor);
  const database = options.storageOnly ? void 0 : await prepareDatabase(target, options, context);
  const work = await mkdtemp2(join2(context.env.RUNNER_TEMP || tmpdir2(), "strongroom-supabase-restore-"));
  const extract = import_tar_stream3.default.extract();
  const entries = {
    [Symbol.asyncIterator]: /* @__PURE__ */ ((it) => () => it)(extract[Symbol.asyncIterator]())
  };
  const feeder = (async () => {
    for await (const chunk of payload) {
      if (!extract.write(chunk)) {
        if (extract.destroyed) return;
        await new Promise((resolve) => {
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
    extract.end();
  })();
  feeder.catch((error) => extract.destroy(error));
  const buckets = /* @__PURE__ */ new Map();
  const ensured = /* @__PURE__ */ new Set();
  let files = 0;
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
        for (const b of JSON.parse((await readAll(entry)).toString("utf8"))) buckets.set(b.id, b);
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
            allowedMimeTypes: null
          }
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
    await rm2(work, { recursive: true, force: true }).catch(() => {
    });
  }
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
async function prepareDatabase(target, options, context) {
  const { log } = context;
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
    if (existing > 0) {
      throw new UsageError(
        `the target project's database already holds ${existing} relations in its own schemas (${rows[0].names}); nothing was restored`,
        {
          hint: "restore into a new Supabase project (or reset this one: supabase db reset), or use --storage-only to restore only the files"
        }
      );
    }
    replica = await client.query(
      "select current_setting('is_superuser') = 'on' or has_parameter_privilege('session_replication_role', 'SET') as ok"
    ).then((r) => r.rows[0].ok).catch(() => false);
  } finally {
    await client.end().catch(() => {
    });
  }
  if (!replica)
    log.warn(
      "the restore user may not set session_replication_role: data is loaded with triggers and foreign keys checked"
    );
  const psql = await findPgTool("psql", 0, { binDir: options.pgBin });
  let stage;
  let stdin;
  let finished;
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
        "--file=-"
      ],
      {
        env: supabaseToolEnv(target, context.env),
        stdin: "pipe",
        stdout: "ignore",
        signal: context.signal,
        makeError: (detail) => new SourceError(`restore into ${target.display} failed: ${log.redactor.redact(detail)}`, {
          hint: "nothing was committed (roles, schema and data run in one transaction); fix the cause above and run it again"
        })
      }
    );
    stdin = stage.child.stdin;
    stdin.on("error", () => {
    });
    log.info(`restoring roles, schema and data into ${target.display} with ${psql.path}`);
  };
  const write = async (chunk) => {
    if (!stage) start();
    if (stdin.destroyed) return void await stage.exited;
    if (!stdin.write(chunk)) {
      await Promise.race([
        once(stdin, "drain"),
        stage.exited.then(() => {
          throw new SourceError("psql exited before reading all of the backup");
        })
      ]);
    }
  };
  const before = {
    "data.sql": replica ? "SET session_replication_role = replica;\n" : "",
    // The backup's history replaces the target's (a new project's is empty or absent).
    "migrations.sql": `DROP SCHEMA IF EXISTS "${MIGRATIONS_SCHEMA}" CASCADE;
`
  };
  return {
    async apply(member, entry) {
      if (finished) throw new IntegrityError(`the backup's ${member} comes after its Storage files`);
      await write(`
-- strongroom: ${member}
${before[member] ?? ""}`);
      for await (const chunk of entry) await write(Buffer.from(chunk));
      await write("\n");
    },
    finish() {
      finished ??= (async () => {
        if (!stage) return;
        stdin.end();
        await stage.exited;
      })();
      return finished;
    },
    abort() {
      stage?.child.kill();
    },
    async counts() {
      const client2 = await connectSupabase(target, context.env, "restore target");
      try {
        const all = await tableRowCounts(client2);
        const kept = /* @__PURE__ */ new Set([...DATA_SCHEMAS, MIGRATIONS_SCHEMA]);
        return all.filter((t) => !isManagedSchema(t.schema) || kept.has(t.schema)).map((t) => ({ ...t }));
      } finally {
        await client2.end().catch(() => {
        });
      }
    }
  };
}
async function restoreFile(api, member, entry, work, context) {
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
  const spool = join2(work, "object");
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
    await rm2(spool, { force: true });
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
