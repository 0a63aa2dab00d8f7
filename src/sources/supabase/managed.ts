import type pg from "pg";

/**
 * Schemas Supabase manages, as the Supabase CLI's `db dump` leaves them out (its InternalSchemas),
 * in pg_dump pattern syntax. auth and storage are managed too, but the rows users own in them are
 * data we keep (see DATA_SCHEMAS).
 */
export const MANAGED_SCHEMAS = [
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
  "vault",
] as const;

/** Managed schemas whose rows belong to the user: accounts and file metadata. */
export const DATA_SCHEMAS = ["auth", "storage"] as const;

/** Tables in DATA_SCHEMAS that the platform fills itself. */
export const PLATFORM_TABLES = [
  "auth.schema_migrations",
  "storage.migrations",
  "supabase_functions.migrations",
] as const;

/** The schema `--include-migrations` adds (the CLI's migration history). */
export const MIGRATIONS_SCHEMA = "supabase_migrations";

/** Roles every Supabase project has: the target project brings its own. */
const RESERVED_ROLES = new Set([
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
  "cli_login_postgres",
]);

export function isReservedRole(name: string): boolean {
  return RESERVED_ROLES.has(name) || /^(pg_|supabase_|pgsodium_|pgtle_|cli_login_)/.test(name);
}

/** SQL-pattern form of MANAGED_SCHEMAS for `nspname like any(...)`. */
export function managedSchemaLikePatterns(): string[] {
  return MANAGED_SCHEMAS.map((s) => s.replaceAll("_", "\\_").replaceAll("*", "%"));
}

export function isManagedSchema(name: string): boolean {
  return MANAGED_SCHEMAS.some((pattern) =>
    pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
  );
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

interface RoleRow {
  rolname: string;
  rolsuper: boolean;
  itself: boolean;
  rolinherit: boolean;
  rolcreaterole: boolean;
  rolcreatedb: boolean;
  rolcanlogin: boolean;
  rolbypassrls: boolean;
  rolconnlimit: number;
  rolvaliduntil: Date | null;
}

/**
 * Custom roles as idempotent SQL (no passwords: roles that log in get theirs set on the target):
 * create if missing, set attributes, role-level settings, and memberships that involve them.
 * Read from pg_roles, which any user may read (pg_authid and pg_dumpall need more).
 */
export async function customRolesSql(client: pg.Client): Promise<{ sql: string; roles: string[] }> {
  const { rows } = await client.query<RoleRow>(
    `select rolname, rolsuper, rolname = current_user as itself, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin,
       rolbypassrls, rolconnlimit, rolvaliduntil
     from pg_roles order by rolname`,
  );
  // Superusers cannot be made by a project's own roles (nor exist on hosted Supabase). The role
  // taking the backup is only made when missing: the restore user may be that role, and may not
  // change its own attributes.
  const custom = rows.filter((r) => !isReservedRole(r.rolname) && !r.rolsuper && !r.itself);
  const names = new Set(custom.map((r) => r.rolname));
  const out: string[] = [
    "-- Custom roles (Strongroom): reserved Supabase roles are left to the target project; no passwords.",
    "",
  ];
  for (const r of rows.filter((r) => r.itself && !isReservedRole(r.rolname) && !r.rolsuper)) {
    out.push(`do $$ begin create role ${quoteIdent(r.rolname)}; exception when duplicate_object then null; end $$;`);
  }
  for (const r of custom) {
    const q = quoteIdent(r.rolname);
    out.push(`do $$ begin create role ${q}; exception when duplicate_object then null; end $$;`);
    const attrs = [
      r.rolinherit ? "inherit" : "noinherit",
      r.rolcreaterole ? "createrole" : "nocreaterole",
      r.rolcreatedb ? "createdb" : "nocreatedb",
      r.rolcanlogin ? "login" : "nologin",
      `connection limit ${r.rolconnlimit}`,
    ];
    // Naming BYPASSRLS at all (even NOBYPASSRLS) needs a superuser on PostgreSQL 15 (on Supabase,
    // supautils lets the postgres role): said only for roles that have it.
    if (r.rolbypassrls) attrs.push("bypassrls");
    if (r.rolvaliduntil) attrs.push(`valid until ${quoteLiteral(r.rolvaliduntil.toISOString())}`);
    out.push(`alter role ${q} with ${attrs.join(" ")};`);
  }
  const settings = await client.query<{ rolname: string; here: boolean; setconfig: string[] }>(
    `select r.rolname, s.setdatabase <> 0 as here, s.setconfig
     from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
     where s.setdatabase = 0 or s.setdatabase = (select oid from pg_database where datname = current_database())
     order by 1, 2`,
  );
  for (const s of settings.rows) {
    if (!names.has(s.rolname)) continue;
    for (const entry of s.setconfig) {
      const eq = entry.indexOf("=");
      const name = entry.slice(0, eq);
      const value = entry.slice(eq + 1);
      const rendered =
        name === "search_path"
          ? value
              .split(",")
              .map((v) => quoteLiteral(v.trim().replace(/^"(.*)"$/, "$1")))
              .join(", ")
          : quoteLiteral(value);
      const statement = `alter role ${quoteIdent(s.rolname)}%s set ${name} to ${rendered}`;
      if (s.here) {
        out.push(
          `do $$ begin execute format(${quoteLiteral(statement.replace("%s", " in database %I"))}, current_database()); end $$;`,
        );
      } else out.push(`${statement.replace("%s", "")};`);
    }
  }
  const members = await client.query<{ role: string; member: string; admin: boolean }>(
    `select r.rolname as role, m.rolname as member, a.admin_option as admin
     from pg_auth_members a join pg_roles r on r.oid = a.roleid join pg_roles m on m.oid = a.member order by 1, 2`,
  );
  for (const m of members.rows) {
    if (!names.has(m.role) && !names.has(m.member)) continue;
    if (m.role.startsWith("pg_") && !names.has(m.member)) continue;
    out.push(`grant ${quoteIdent(m.role)} to ${quoteIdent(m.member)}${m.admin ? " with admin option" : ""};`);
  }
  out.push("", "-- end of roles", "");
  return { sql: out.join("\n"), roles: [...names] };
}

/**
 * What users add to the managed auth and storage tables, which a schema dump of their own schemas
 * misses: RLS policies (storage.objects policies above all) and triggers calling their functions.
 */
export async function managedTableAdditionsSql(
  client: pg.Client,
): Promise<{ sql: string; policies: number; triggers: number }> {
  const out: string[] = ["-- Policies and triggers users added to Supabase-managed tables (auth, storage).", ""];
  // An empty search_path makes pg_get_expr and pg_get_triggerdef qualify every name.
  await client.query("select set_config('search_path', '', true)");
  const policies = await client.query<{ schema: string; table: string; name: string; def: string }>(
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
    [[...DATA_SCHEMAS]],
  );
  for (const p of policies.rows) {
    out.push(`drop policy if exists ${quoteIdent(p.name)} on ${quoteIdent(p.schema)}.${quoteIdent(p.table)};`, p.def);
  }
  const triggers = await client.query<{ schema: string; table: string; name: string; def: string; fschema: string }>(
    `select n.nspname as schema, c.relname as table, t.tgname as name, pg_get_triggerdef(t.oid) as def, fn.nspname as fschema
     from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_proc f on f.oid = t.tgfoid join pg_namespace fn on fn.oid = f.pronamespace
     where not t.tgisinternal and n.nspname = any($1) order by 1, 2, 3`,
    [[...DATA_SCHEMAS]],
  );
  const userTriggers = triggers.rows.filter((t) => !isManagedSchema(t.fschema));
  for (const t of userTriggers) {
    out.push(
      `drop trigger if exists ${quoteIdent(t.name)} on ${quoteIdent(t.schema)}.${quoteIdent(t.table)};`,
      `${t.def};`,
    );
  }
  out.push("", "-- end of managed-table additions", "");
  return { sql: out.join("\n"), policies: policies.rows.length, triggers: userTriggers.length };
}
