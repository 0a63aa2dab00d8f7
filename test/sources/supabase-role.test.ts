import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "../../src/logger.ts";
import { Redactor } from "../../src/redact.ts";
import type { SourceRunContext } from "../../src/sources/source.ts";
import {
  restoreSupabase,
  type SupabaseContents,
  startSupabaseDump,
  supabaseOptionsFrom,
} from "../../src/sources/supabase/index.ts";
import {
  type SupabaseStorageTestServer as StorageProject,
  startSupabaseStorageServer,
} from "../servers/supabase-storage-server.ts";
import { createDatabase, dbUrl, dropDatabase, loadFixture, sql } from "../support/postgres.ts";

/**
 * Backup and restore as a role with exactly the attributes and memberships of hosted Supabase's
 * `postgres` role (read from a Supabase project's pg_dumpall): NOSUPERUSER INHERIT CREATEROLE
 * CREATEDB LOGIN REPLICATION BYPASSRLS, member of pg_read_all_data, pg_monitor, pg_signal_backend,
 * anon, authenticated, service_role, authenticator (with admin option) and supabase_realtime_admin.
 * What supautils grants it on Supabase (creating extensions, policies on storage tables) is done
 * here by a superuser or by ownership, and said so where it is done; session_replication_role,
 * which supautils also lets it set, is NOT granted: the restore must then work without replica mode.
 */
const PG_BIN = "/usr/lib/postgresql/15/bin";
const fixture = (name: string) => new URL(`../fixtures/supabase/${name}`, import.meta.url).pathname;
const role = `sr_supapg_${randomBytes(4).toString("hex")}`;
const databases: string[] = [];
const servers: StorageProject[] = [];
let work: string;

const asRole = (db: string) => {
  const url = new URL(dbUrl(db));
  url.username = role;
  return url.toString();
};

function capturingContext(): SourceRunContext & { lines: string[] } {
  const redactor = new Redactor();
  const lines: string[] = [];
  const log: Logger = {
    redactor,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(`warning: ${m}`),
    progress: () => {},
    group: async (_name, body) => body(),
  };
  return { log, signal: new AbortController().signal, env: { ...process.env }, lines };
}

/** A project database as the platform leaves it, with what hosted Supabase grants its postgres role. */
async function hostedProject(): Promise<string> {
  const db = await createDatabase("sr_supa_role");
  databases.push(db);
  loadFixture(dbUrl(db), fixture("project.sql"));
  await sql(
    dbUrl(db),
    `alter database ${db} owner to ${role};
     create extension if not exists postgres_fdw with schema extensions; -- supautils lets postgres do this on Supabase
     grant usage on foreign data wrapper postgres_fdw to ${role};
     grant usage on schema auth, storage, extensions, realtime to ${role};
     grant all on all tables in schema auth, storage to ${role};
     grant all on all sequences in schema auth, storage to ${role};
     -- storage tables belong to supabase_storage_admin; supautils' policy_grants lets postgres add policies to them
     grant usage on schema storage to supabase_storage_admin;
     alter table storage.objects owner to supabase_storage_admin;
     alter table storage.buckets owner to supabase_storage_admin;
     alter publication supabase_realtime owner to ${role};
     alter default privileges for role postgres in schema public revoke all on tables from anon, authenticated, service_role;
     alter default privileges for role ${role} in schema public grant all on tables to anon, authenticated, service_role;`,
  );
  return db;
}

async function digests(db: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of [
    "public.profiles",
    "public.posts",
    "app.settings",
    "app.events",
    "auth.users",
    "auth.identities",
    "storage.objects",
  ]) {
    const { rows } = await sql(
      dbUrl(db),
      `select count(*)::text as n, md5(string_agg(x::text, E'\\n' order by x::text)) as h from ${table} x`,
    );
    out[table] = `${rows[0].n}:${rows[0].h}`;
  }
  const rows = async (q: string) => (await sql(dbUrl(db), q)).rows;
  out.realtime = await rows(
    "select schemaname, tablename from pg_publication_tables where pubname = 'supabase_realtime' order by 1, 2",
  );
  out.policies = await rows(
    "select schemaname, tablename, policyname, roles::text, cmd, qual, with_check from pg_policies order by 1, 2, 3",
  );
  out.triggers = await rows(
    `select c.relnamespace::regnamespace::text as schema, c.relname, t.tgname, t.tgenabled from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where not t.tgisinternal order by 1, 2, 3`,
  );
  out.mappings = await rows("select srvname, usename from pg_user_mappings order by 1, 2");
  return out;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "sr-supabase-role-"));
  await sql(
    dbUrl("postgres"),
    `create role ${role} login nosuperuser inherit createrole createdb replication bypassrls`,
  );
  const first = await hostedProject(); // makes the platform roles on a fresh cluster
  void first;
  await sql(
    dbUrl("postgres"),
    `grant pg_read_all_data, pg_monitor, pg_signal_backend to ${role} with admin option;
     grant anon, authenticated, service_role, authenticator to ${role} with admin option;
     grant supabase_realtime_admin, supabase_storage_admin to ${role};`,
  );
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of databases) await dropDatabase(d).catch(() => {});
  await sql(dbUrl("postgres"), `drop role if exists ${role}`).catch(() => {});
  await rm(work, { recursive: true, force: true });
});

describe("Supabase backup and restore as a role with hosted Supabase's postgres privileges", () => {
  it("the test role has those privileges and no more: not a superuser, may not set session_replication_role", async () => {
    const { rows } = await sql(
      dbUrl("postgres"),
      `select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, rolinherit,
         has_parameter_privilege('${role}', 'session_replication_role', 'SET') as may_set_replica,
         pg_has_role('${role}', 'pg_read_all_data', 'member') as reads_all
       from pg_roles where rolname = '${role}'`,
    );
    expect(rows).toEqual([
      {
        rolsuper: false,
        rolcreaterole: true,
        rolcreatedb: true,
        rolreplication: true,
        rolbypassrls: true,
        rolinherit: true,
        may_set_replica: false,
        reads_all: true,
      },
    ]);
  });

  it("backs up and restores a project (rows, Realtime tables, policies, triggers) without replica mode", async () => {
    const source = databases[0]!;
    loadFixture(asRole(source), fixture("user.sql"));
    const storage = await startSupabaseStorageServer();
    servers.push(storage);
    const payload = join(work, "payload.tar");
    const session = await startSupabaseDump(
      supabaseOptionsFrom(
        {
          source: `supabase:${asRole(source)}`,
          "supabase-url": storage.url,
          "service-role-key": storage.serviceRoleKey,
        },
        { STRONGROOM_PG_BIN: PG_BIN },
      ),
      capturingContext(),
    );
    try {
      await pipeline(session.stream, createWriteStream(payload));
      const contents = (await session.contents()) as SupabaseContents;
      expect(contents.tables.find((t) => t.name === "users")?.rows).toBe(3);
    } finally {
      await session.close();
    }

    const target = await hostedProject();
    const context = capturingContext();
    const result = await restoreSupabase(
      createReadStream(payload),
      { databaseUrl: asRole(target), skipStorage: true, storageOnly: false, pgBin: PG_BIN },
      context,
    );
    expect(context.lines.join("\n")).toMatch(
      /may not set session_replication_role: data is loaded with foreign keys checked/,
    );
    expect(result.tables.find((t) => t.schema === "public" && t.name === "profiles")?.rows).toBe(3);
    // Same rows (no profile made twice by the auth.users trigger, no updated_at touched by posts_touch),
    // same Realtime tables, policies, and triggers enabled again after the load.
    expect(await digests(target)).toEqual(await digests(source));
  });
});
