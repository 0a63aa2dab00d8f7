import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  childEnv,
  parsePostgresUrl
} from "./chunk-3MRYKAAL.js";
import {
  SourceError,
  UsageError
} from "./chunk-SI3IGW5R.js";

// src/sources/supabase/options.ts
var TRANSACTION_POOLER_PORT = 6543;
var SESSION_POOLER_HINT = "use the session pooler URL from the dashboard (Connect \u2192 Session pooler): postgresql://postgres.<ref>:<password>@aws-0-<region>.pooler.supabase.com:5432/postgres";
function directHostRef(host) {
  return /^db\.([a-z0-9]+)\.supabase\.(?:co|com)$/i.exec(host)?.[1]?.toLowerCase();
}
function isPoolerHost(host) {
  return /(^|\.)pooler\.supabase\.com$/i.test(host);
}
function transactionPoolerProblem(target, raw) {
  const supabaseHost = isPoolerHost(target.host) || directHostRef(target.host) !== void 0;
  const pgbouncerFlag = /[?&]pgbouncer=true\b/i.test(raw);
  if (target.port === TRANSACTION_POOLER_PORT || supabaseHost && pgbouncerFlag) {
    return `the database URL points at a transaction pooler (${target.host}:${target.port}; Supavisor's transaction mode listens on ${TRANSACTION_POOLER_PORT}), which cannot run pg_dump (no session state, no snapshots); ${supabaseHost ? SESSION_POOLER_HINT : "use the session pooler (Supavisor's port 5432) or the database's own port"}`;
  }
  return void 0;
}
function databaseRef(target) {
  return directHostRef(target.host) ?? (isPoolerHost(target.host) ? /^[^.]+\.([a-z0-9]+)$/i.exec(target.user)?.[1]?.toLowerCase() : void 0);
}
function projectRef(projectUrl) {
  try {
    return /^([a-z0-9]+)\.supabase\.(?:co|com)$/i.exec(new URL(projectUrl).hostname)?.[1]?.toLowerCase();
  } catch {
    return void 0;
  }
}
function connectionHint(target, env) {
  if (directHostRef(target.host) === void 0) return void 0;
  const onActions = env.GITHUB_ACTIONS === "true";
  return `${target.host} is Supabase's direct database host, which has only IPv6 addresses${onActions ? " and GitHub-hosted runners have no IPv6" : ""}; ${SESSION_POOLER_HINT}`;
}
function keyProblems(key) {
  if (/^sb_publishable_/.test(key)) {
    return ["the service-role key is a publishable key; give the secret key (sb_secret_\u2026) or the service_role JWT"];
  }
  const parts = key.split(".");
  if (parts.length === 3) {
    try {
      const payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
      if (typeof payload.role === "string" && payload.role !== "service_role") {
        return [
          `the service-role key is a '${payload.role}' key; Storage backups need the service_role key (dashboard: Project Settings \u2192 API keys)`
        ];
      }
    } catch {
    }
  }
  return [];
}
function projectUrlProblems(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return ["the Supabase project URL is not a valid URL (expected https://<ref>.supabase.co)"];
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return [`the Supabase project URL must be https://\u2026, got ${url.protocol}//\u2026`];
  if (url.username || url.password || url.search)
    return ["the Supabase project URL must not carry credentials or a query string"];
  return [];
}
function splitList(values) {
  if (values === void 0) return void 0;
  const names = values.flatMap((v) => v.split(/[,\s]+/)).filter(Boolean);
  return names.length ? [...new Set(names)] : void 0;
}
function supabaseOptionsFrom(raw, env) {
  const problems = [];
  const source = raw.source?.trim();
  let databaseUrl;
  if (source && source !== "supabase") {
    if (!source.startsWith("supabase:"))
      problems.push(`a Supabase source is 'supabase' or 'supabase:postgresql://\u2026', got '${source.split(":")[0]}:\u2026'`);
    else databaseUrl = source.slice("supabase:".length) || void 0;
  }
  databaseUrl ??= env.DATABASE_URL || void 0;
  const projectUrl = (raw["supabase-url"] ?? env.SUPABASE_URL)?.trim().replace(/\/+$/, "") || void 0;
  const serviceRoleKey = (raw["service-role-key"] ?? env.SUPABASE_SERVICE_ROLE_KEY)?.trim() || void 0;
  let target;
  if (!databaseUrl) {
    problems.push(
      "no database URL: give --source supabase:postgresql://\u2026 or set DATABASE_URL (the session pooler URL, port 5432)"
    );
  } else {
    try {
      target = parsePostgresUrl(databaseUrl, "Supabase database URL");
      const pooler = transactionPoolerProblem(target, databaseUrl);
      if (pooler) problems.push(pooler);
    } catch (error) {
      problems.push(error.message);
    }
  }
  if (!projectUrl)
    problems.push("no Supabase project URL: give --supabase-url https://<ref>.supabase.co or set SUPABASE_URL");
  else problems.push(...projectUrlProblems(projectUrl));
  if (!serviceRoleKey) problems.push("no service-role key: give --service-role-key or set SUPABASE_SERVICE_ROLE_KEY");
  else problems.push(...keyProblems(serviceRoleKey));
  if (target && projectUrl) {
    const dbRef = databaseRef(target);
    const apiRef = projectRef(projectUrl);
    if (dbRef && apiRef && dbRef !== apiRef) {
      problems.push(
        `the database URL belongs to project '${dbRef}' but the project URL to '${apiRef}'; both must name the same project`
      );
    }
  }
  const buckets = splitList(raw.buckets);
  for (const bucket of buckets ?? []) if (bucket.includes("/")) problems.push(`bucket names have no '/': '${bucket}'`);
  if (problems.length) {
    throw new UsageError(problems, {
      hint: "Supabase backups need the database URL, the project URL and the service-role key"
    });
  }
  const options = {
    databaseUrl,
    projectUrl,
    serviceRoleKey,
    includeMigrations: raw["include-migrations"] ?? false
  };
  if (buckets) options.buckets = Object.freeze(buckets);
  if (env.STRONGROOM_PG_BIN) options.pgBin = env.STRONGROOM_PG_BIN;
  return Object.freeze(options);
}
function supabaseSecrets(options) {
  const secrets = /* @__PURE__ */ new Set();
  if (options.serviceRoleKey) secrets.add(options.serviceRoleKey);
  try {
    const password = parsePostgresUrl(options.databaseUrl).password;
    if (password) secrets.add(password);
  } catch {
  }
  return [...secrets];
}

// src/stages/drained.ts
function drainedOrClosed(stream) {
  if (stream.destroyed) return Promise.resolve();
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

// src/sources/postgres/facts.ts
async function serverFacts(client) {
  const { rows } = await client.query(
    "select current_setting('server_version_num') as num, current_setting('server_version') as version, current_database() as db"
  );
  const row = rows[0];
  return { serverVersion: row.version, serverMajor: Math.floor(Number(row.num) / 1e4), database: row.db };
}
async function tableBytes(client) {
  await client.query("set lock_timeout = '1s'");
  const { rows } = await client.query(
    `select coalesce(sum(pg_table_size(c.oid)), 0)::int8 as bytes
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'm', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
       and n.nspname not like 'pg\\_toast%'`
  ).finally(() => client.query("reset lock_timeout"));
  return Number(rows[0].bytes);
}
var USER_TABLES = `
  select n.nspname as schema, c.relname as name, c.reltuples::float8 as estimate
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
    and n.nspname not like 'pg\\_temp%'
    and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
  order by 1, 2`;
var USER_SEQUENCES = `
  select schemaname as schema, sequencename as name, last_value::text as last_value
  from pg_sequences where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`;
function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}
async function dumpContents(client, rowCounts) {
  const tables = await client.query(USER_TABLES);
  const facts = [];
  for (const table of tables.rows) {
    if (rowCounts === "exact") {
      const { rows } = await client.query(
        `select count(*) as n from only ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`
      );
      facts.push({ schema: table.schema, name: table.name, rows: Number(rows[0].n) });
    } else {
      facts.push({ schema: table.schema, name: table.name, rows: Math.max(0, Math.round(table.estimate)) });
    }
  }
  const sequences = await client.query(USER_SEQUENCES);
  const lobs = await client.query("select count(*) as n from pg_largeobject_metadata");
  return {
    rowCounts,
    tables: facts,
    sequences: sequences.rows.map((s) => ({ schema: s.schema, name: s.name, lastValue: s.last_value })),
    largeObjects: Number(lobs.rows[0].n)
  };
}

// src/sources/postgres/pg-tools.ts
import { AsyncLocalStorage } from "node:async_hooks";
import { execFile } from "node:child_process";
import { access, constants, readdir, realpath, stat } from "node:fs/promises";
import { basename, delimiter, join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var VERSIONED_ROOTS = [
  ["/usr/lib/postgresql", (v) => join("/usr/lib/postgresql", v, "bin")],
  ["/usr/local/opt", (v) => join("/usr/local/opt", v, "bin")],
  ["/opt/homebrew/opt", (v) => join("/opt/homebrew/opt", v, "bin")],
  ["/usr", (v) => join("/usr", v, "bin")],
  [
    "/Applications/Postgres.app/Contents/Versions",
    (v) => join("/Applications/Postgres.app/Contents/Versions", v, "bin")
  ]
];
async function candidateDirs(env) {
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const [root, binOf] of VERSIONED_ROOTS) {
    const entries = await readdir(root).catch(() => []);
    for (const entry of entries) {
      if (root === "/usr" && !entry.startsWith("pgsql-")) continue;
      if (root.endsWith("/opt") && !entry.startsWith("postgresql") && !entry.startsWith("libpq")) continue;
      dirs.push(binOf(entry));
    }
  }
  dirs.push("/usr/local/pgsql/bin");
  return [...new Set(dirs)];
}
var versions = /* @__PURE__ */ new Map();
async function toolVersion(path) {
  const { size, mtimeMs } = await stat(path);
  const key = `${path}\0${size}\0${mtimeMs}`;
  let version = versions.get(key);
  if (!version) {
    version = askVersion(path);
    versions.set(key, version);
  }
  return version;
}
async function askVersion(path) {
  try {
    const { stdout } = await run(path, ["--version"], { timeout: 1e4, env: childEnv() });
    const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout) ?? /(\d+)\.(\d+)/.exec(stdout);
    if (!match) return void 0;
    return { path, version: stdout.trim(), major: Number(match[1]) };
  } catch {
    return void 0;
  }
}
var providers = new AsyncLocalStorage();
function withPgClientProvider(provider, body) {
  return provider ? providers.run(provider, body) : body();
}
async function toolsIn(tool, dirs) {
  const reals = await Promise.all(
    dirs.map(async (dir) => {
      const path = join(dir, tool);
      try {
        await access(path, constants.X_OK);
        return { path, real: await realpath(path) };
      } catch {
        return void 0;
      }
    })
  );
  const seen = /* @__PURE__ */ new Set();
  const unique = reals.filter((r) => {
    if (r === void 0 || basename(r.real) === "pg_wrapper" || seen.has(r.real)) return false;
    seen.add(r.real);
    return true;
  });
  const versions2 = await Promise.all(unique.map((r) => toolVersion(r.path).catch(() => void 0)));
  return versions2.filter((v) => v !== void 0);
}
function closest(found, minMajor) {
  return found.filter((t) => t.major >= minMajor).sort((a, b) => a.major - b.major)[0];
}
async function findPgTool(tool, minMajor, options = {}) {
  const env = options.env ?? process.env;
  const provider = options.binDir ? void 0 : providers.getStore();
  const dirs = options.binDir ? [options.binDir] : [...await candidateDirs(env), ...await provider?.dirs() ?? []];
  const found = await toolsIn(tool, dirs);
  const best = closest(found, minMajor);
  if (best) return best;
  if (provider && minMajor > 0) {
    const dir = await provider.provide(tool, minMajor);
    const provided = closest(await toolsIn(tool, [dir]), minMajor);
    if (provided) return provided;
    throw new SourceError(`${tool} ${minMajor} or newer is still missing from ${dir} after installing it`, {
      hint: missingToolHint(tool, minMajor)
    });
  }
  const seenList = found.length ? ` (found: ${found.map((t) => `${t.path} ${t.major}`).join(", ")})` : "";
  throw new SourceError(`${tool} ${minMajor} or newer is needed and none was found${seenList}`, {
    hint: missingToolHint(tool, minMajor)
  });
}
function warmPgTools(tools, options = {}) {
  for (const tool of tools) findPgTool(tool, 0, options).catch(() => {
  });
}
function missingToolHint(tool, major) {
  return `install the PostgreSQL ${major} client tools (Debian/Ubuntu: apt-get install postgresql-client-${major} from apt.postgresql.org; macOS: brew install postgresql@${major}), or point --pg-bin at the folder that holds ${tool}`;
}

// src/sources/postgres/restore-tools.ts
async function findRestoreTool(manifest, pgBin) {
  if (manifest.format !== "custom" && manifest.format !== "directory") return findPsql(pgBin);
  const [pgRestore] = await Promise.all([
    findPgTool("pg_restore", manifest.postgres?.pgDumpMajor ?? 0, { binDir: pgBin }),
    manifest.format === "custom" ? findPsql(pgBin) : void 0
  ]);
  return pgRestore.path;
}
async function findPsql(pgBin) {
  return (await findPgTool("psql", 0, { binDir: pgBin })).path;
}
function psqlArgs(target) {
  return [`--dbname=${target.urlWithoutPassword}`, "--no-password", "--no-psqlrc", "--set=ON_ERROR_STOP=1"];
}
function psqlScriptArgs(target) {
  return [...psqlArgs(target), "--quiet"];
}
function pgRestoreArgs(target, options) {
  const args = [`--dbname=${target.urlWithoutPassword}`, "--no-password", "--exit-on-error"];
  args.push(options.jobs === void 0 ? "--single-transaction" : `--jobs=${options.jobs}`);
  if (options.noOwner) args.push("--no-owner", "--no-privileges");
  return args;
}
function pgRestoreScriptArgs(noOwner) {
  const args = ["--file=-", "--single-transaction", "--exit-on-error"];
  if (noOwner) args.push("--no-owner", "--no-privileges");
  return args;
}
function psqlEchoArgs(target) {
  return [...psqlArgs(target), "--echo-queries", "--file=-"];
}
function psqlPlainScriptArgs(target) {
  return [...psqlScriptArgs(target), "--file=-"];
}

// src/stages/child-process.ts
import { spawn } from "node:child_process";
import { Readable, Writable } from "node:stream";
var STDERR_TAIL_BYTES = 4096;
function spawnStage(command, args, options) {
  const child = spawn(command, args, {
    env: options.env ?? childEnv(),
    stdio: [options.stdin ?? "ignore", options.stdout ?? "pipe", "pipe"],
    signal: options.signal
  });
  if (options.stdin instanceof Readable) options.stdin.destroy();
  let tail = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (text) => {
    tail = (tail + text).slice(-STDERR_TAIL_BYTES);
    if (options.onStderrLine) {
      for (const line of text.split("\n")) if (line.trim()) options.onStderrLine(line);
    }
  });
  const exited = new Promise((resolve, reject) => {
    let aborted;
    child.once("error", (error) => {
      if (error.name === "AbortError" && child.pid !== void 0) aborted = error;
      else if (error.name === "AbortError") reject(error);
      else reject(options.makeError(error.code === "ENOENT" ? `${command} was not found` : error.message));
    });
    child.once("close", (code, signal) => {
      if (aborted) reject(aborted);
      else if (code === 0) resolve();
      else {
        const status = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(options.makeError(`${tail.trim() ? `${tail.trim()}
` : ""}(${command.split("/").pop()} ${status})`));
      }
    });
  });
  exited.catch(() => {
  });
  return { child, exited, stderrTail: () => tail };
}
function outputOf(stage, alsoRequired = []) {
  const piped = stage.child.stdout;
  if (!piped) throw new Error("child stdout is not piped");
  const stdout = piped;
  async function* generate() {
    try {
      for await (const chunk of stdout) yield chunk;
    } catch (error) {
      await stage.exited;
      throw error;
    }
    await stage.exited;
    await Promise.all(alsoRequired);
  }
  return Readable.from(generate(), { objectMode: false, highWaterMark: 1 << 20 });
}
function stdinSink(stage, options = {}) {
  const stdin = stage.child.stdin;
  if (!stdin) throw new Error("child stdin is not piped");
  let open = true;
  const closed = () => {
    open = false;
  };
  stdin.on("error", closed);
  stdin.on("close", closed);
  let first = options.checkFirst;
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk, _encoding, callback) {
      const refused = first?.(chunk);
      first = void 0;
      if (refused) return callback(refused);
      if (!open) return callback();
      if (stdin.write(chunk)) return callback();
      void drainedOrClosed(stdin).then(() => callback());
    },
    final(callback) {
      if (!open) return callback();
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        callback();
      };
      stdin.once("close", finish);
      stdin.end(finish);
    },
    destroy(error, callback) {
      if (error) stage.child.kill("SIGKILL");
      if (open) stdin.destroy();
      callback(error);
    }
  });
}

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
function quoteIdent2(name) {
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteLiteral(value) {
  return `'${value.replaceAll("'", "''")}'`;
}
async function customRolesSql(client) {
  const { rows } = await client.query(
    `select rolname, rolsuper, rolname = current_user as itself, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin,
       rolbypassrls, rolconnlimit, rolvaliduntil
     from pg_roles order by rolname`
  );
  const custom = rows.filter((r) => !isReservedRole(r.rolname) && !r.rolsuper && !r.itself);
  const names = new Set(custom.map((r) => r.rolname));
  const out = [
    "-- Custom roles (Strongroom): reserved Supabase roles are left to the target project; no passwords.",
    ""
  ];
  for (const r of rows.filter((r2) => r2.itself && !isReservedRole(r2.rolname) && !r2.rolsuper)) {
    out.push(`do $$ begin create role ${quoteIdent2(r.rolname)}; exception when duplicate_object then null; end $$;`);
  }
  for (const r of custom) {
    const q = quoteIdent2(r.rolname);
    out.push(`do $$ begin create role ${q}; exception when duplicate_object then null; end $$;`);
    const attrs = [
      r.rolinherit ? "inherit" : "noinherit",
      r.rolcreaterole ? "createrole" : "nocreaterole",
      r.rolcreatedb ? "createdb" : "nocreatedb",
      r.rolcanlogin ? "login" : "nologin",
      `connection limit ${r.rolconnlimit}`
    ];
    if (r.rolbypassrls) attrs.push("bypassrls");
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
      const statement = `alter role ${quoteIdent2(s.rolname)}%s set ${name} to ${rendered}`;
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
    out.push(`grant ${quoteIdent2(m.role)} to ${quoteIdent2(m.member)}${m.admin ? " with admin option" : ""};`);
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
    out.push(`drop policy if exists ${quoteIdent2(p.name)} on ${quoteIdent2(p.schema)}.${quoteIdent2(p.table)};`, p.def);
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
      `drop trigger if exists ${quoteIdent2(t.name)} on ${quoteIdent2(t.schema)}.${quoteIdent2(t.table)};`,
      `${t.def};`
    );
  }
  out.push("", "-- end of managed-table additions", "");
  return { sql: out.join("\n"), policies: policies.rows.length, triggers: userTriggers.length };
}

export {
  drainedOrClosed,
  spawnStage,
  outputOf,
  stdinSink,
  serverFacts,
  tableBytes,
  dumpContents,
  toolVersion,
  withPgClientProvider,
  findPgTool,
  warmPgTools,
  transactionPoolerProblem,
  projectRef,
  connectionHint,
  supabaseOptionsFrom,
  supabaseSecrets,
  MANAGED_SCHEMAS,
  DATA_SCHEMAS,
  PLATFORM_TABLES,
  MIGRATIONS_SCHEMA,
  isReservedRole,
  managedSchemaLikePatterns,
  isManagedSchema,
  quoteIdent2 as quoteIdent,
  quoteLiteral,
  customRolesSql,
  managedTableAdditionsSql,
  findRestoreTool,
  findPsql,
  psqlScriptArgs,
  pgRestoreArgs,
  pgRestoreScriptArgs,
  psqlEchoArgs,
  psqlPlainScriptArgs
};
