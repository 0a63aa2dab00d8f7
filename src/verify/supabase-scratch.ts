import { randomBytes } from "node:crypto";
import type pg from "pg";
import type { Logger } from "../logger.ts";
import { connect, type PostgresTarget, withDatabase } from "../sources/postgres/connection.ts";
import { createEmptyDatabase, dropDatabase } from "../sources/postgres/target.ts";
import { quoteIdent } from "../sources/supabase/managed.ts";

/** Roles a Supabase project's grants and policies name, as supabase/postgres images create them. */
const PLATFORM_ROLES = [
  "anon",
  "authenticated",
  "service_role",
  "authenticator",
  "dashboard_user",
  "pgbouncer",
  "supabase_admin",
  "supabase_auth_admin",
  "supabase_storage_admin",
  "supabase_functions_admin",
  "supabase_realtime_admin",
  "supabase_replication_admin",
  "supabase_read_only_user",
] as const;

/**
 * The platform's side of a project, as far as a restore of the user's side needs it: the managed
 * schemas, the tables user tables refer to (auth.users, storage.buckets/objects; the rows' other
 * columns are added as the backup names them), the helper functions policies call, and Realtime's
 * publication. On a supabase/postgres server the extensions are the platform's own too.
 */
const PROJECT_SHAPE = `
create schema if not exists extensions;
create schema if not exists auth;
create schema if not exists storage;
create schema if not exists realtime;
create schema if not exists graphql;
create schema if not exists graphql_public;
create schema if not exists vault;
create table auth.users (id uuid primary key);
create table storage.buckets (id text primary key);
create table storage.objects (id uuid primary key default gen_random_uuid(), bucket_id text references storage.buckets (id));
create function auth.uid() returns uuid language sql stable as
  $$ select nullif(coalesce(current_setting('request.jwt.claim.sub', true), current_setting('request.jwt.claims', true)::jsonb ->> 'sub'), '')::uuid $$;
create function auth.role() returns text language sql stable as
  $$ select nullif(coalesce(current_setting('request.jwt.claim.role', true), current_setting('request.jwt.claims', true)::jsonb ->> 'role'), '')::text $$;
create function auth.email() returns text language sql stable as
  $$ select nullif(coalesce(current_setting('request.jwt.claim.email', true), current_setting('request.jwt.claims', true)::jsonb ->> 'email'), '')::text $$;
create function auth.jwt() returns jsonb language sql stable as
  $$ select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;
create function storage.foldername(name text) returns text[] language sql immutable as
  $$ select (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1] $$;
create function storage.filename(name text) returns text language sql immutable as
  $$ select (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)] $$;
create function storage.extension(name text) returns text language sql immutable as
  $$ select reverse(split_part(reverse(storage.filename(name)), '.', 1)) $$;
create publication supabase_realtime;
`;

/** Advisory locks are per database: every verify takes this one in the admin database it is given. */
const ROLES_LOCK = "select pg_advisory_lock(hashtext('strongroom: supabase scratch roles'))";

export interface ScratchProject {
  readonly target: PostgresTarget;
  /** Creates the roles among these that the server lacks (NOLOGIN), to be dropped with the project. */
  ensureRoles(names: readonly string[]): Promise<void>;
  /** Drops the scratch database, then the roles this project created; never a role it found. */
  dispose(): Promise<void>;
}

/**
 * A scratch database shaped like a Supabase project on `server`. Roles are cluster-wide: the
 * ones missing are created here and recorded, and dropped after the scratch database; roles that
 * already exist are never altered (the backup's roles.sql is not applied to a scratch project).
 * Verifies on one server take an advisory lock in turn, so one never drops a role another created
 * and still uses.
 */
export async function createScratchProject(server: PostgresTarget, log: Logger): Promise<ScratchProject> {
  const admin = await connect(server, "verify server");
  const created: string[] = [];
  const target = withDatabase(server, `strongroom_verify_${randomBytes(6).toString("hex")}`);
  let databaseMade = false;
  const dispose = async () => {
    try {
      if (databaseMade) {
        await dropDatabase(server, target.database).catch((error: unknown) =>
          log.warn(`could not drop the scratch database ${target.database}: ${(error as Error).message}`),
        );
      }
      for (const role of created.reverse()) {
        await admin.query(`drop role if exists ${quoteIdent(role)}`).catch((error: unknown) => {
          log.warn(`could not drop the scratch role ${role}: ${(error as Error).message}`);
        });
      }
    } finally {
      await admin.end().catch(() => {});
    }
  };
  const ensureRoles = async (names: readonly string[]) => {
    const wanted = [...new Set(names)].filter((n) => n && !/^pg_/i.test(n) && n.toLowerCase() !== "public");
    const { rows } = await admin.query<{ rolname: string }>("select rolname from pg_roles where rolname = any($1)", [
      wanted,
    ]);
    const present = new Set(rows.map((r) => r.rolname));
    for (const name of wanted.filter((n) => !present.has(n))) {
      await admin.query(`create role ${quoteIdent(name)} nologin`);
      created.push(name);
    }
  };
  try {
    await admin.query(ROLES_LOCK);
    await ensureRoles(PLATFORM_ROLES);
    await createEmptyDatabase(server, target.database);
    databaseMade = true;
    await withClient(target, (client) => client.query(PROJECT_SHAPE));
    if (created.length) log.info(`scratch roles (dropped afterwards): ${created.join(", ")}`);
    return { target, ensureRoles, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function withClient<T>(target: PostgresTarget, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(target, "scratch database");
  try {
    return await body(client);
  } finally {
    await client.end().catch(() => {});
  }
}
