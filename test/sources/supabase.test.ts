import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../src/catalog/manifest.ts";
import { UsageError } from "../../src/errors.ts";
import type { Logger } from "../../src/logger.ts";
import { Redactor } from "../../src/redact.ts";
import type { SourceRunContext } from "../../src/sources/source.ts";
import {
  restoreSupabase,
  type SupabaseContents,
  type SupabaseSourceOptions,
  startSupabaseDump,
  supabaseInspector,
  supabaseOptionsFrom,
  supabaseSecrets,
} from "../../src/sources/supabase/index.ts";
import { connectionHint } from "../../src/sources/supabase/options.ts";
import {
  type SupabaseStorageTestServer as StorageProject,
  startSupabaseStorageServer,
} from "../servers/supabase-storage-server.ts";
import { createDatabase, dbUrl, dropDatabase, loadFixture, sql } from "../support/postgres.ts";

const PG_BIN = "/usr/lib/postgresql/15/bin";
const fixture = (name: string) => new URL(`../fixtures/supabase/${name}`, import.meta.url).pathname;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

function capturingContext(): SourceRunContext & { lines: string[] } {
  const redactor = new Redactor();
  const lines: string[] = [];
  const log: Logger = {
    redactor,
    info: (m) => void lines.push(redactor.redact(m)),
    warn: (m) => void lines.push(`warning: ${redactor.redact(m)}`),
    progress: (m) => void lines.push(redactor.redact(m)),
    group: async (name, body) => {
      lines.push(name);
      return body();
    },
  };
  return { log, signal: new AbortController().signal, env: { ...process.env }, lines };
}

async function projectDatabase(withUserData: boolean): Promise<string> {
  const name = await createDatabase("sr_supa");
  loadFixture(dbUrl(name), fixture("project.sql"));
  if (withUserData) loadFixture(dbUrl(name), fixture("user.sql"));
  return name;
}

/** Row fingerprints of the tables a Supabase backup carries. */
async function tableDigests(url: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of [
    "public.profiles",
    "public.posts",
    "app.settings",
    "app.events",
    "auth.users",
    "auth.identities",
    "storage.buckets",
    "storage.objects",
  ]) {
    const { rows } = await sql(
      url,
      `select count(*)::text as n, md5(string_agg(x::text, E'\\n' order by x::text)) as h from ${table} x`,
    );
    out[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return out;
}

async function policies(url: string): Promise<unknown[]> {
  return (
    await sql(
      url,
      "select schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check from pg_policies order by 1, 2, 3",
    )
  ).rows;
}

async function readerGrants(url: string): Promise<unknown[]> {
  return (
    await sql(
      url,
      `select table_schema, table_name, privilege_type from information_schema.role_table_grants where grantee = 'app_reader'
       union all select 'schema', nspname, 'USAGE' from pg_namespace where has_schema_privilege('app_reader', oid, 'USAGE') and nspname in ('app', 'public')
       order by 1, 2, 3`,
    )
  ).rows;
}

/** Which tables Realtime streams, foreign servers, user mappings and foreign tables (Supabase Wrappers). */
async function realtimeAndForeign(url: string): Promise<Record<string, unknown[]>> {
  const rows = async (q: string) => (await sql(url, q)).rows;
  const out = {
    realtime: await rows(
      "select schemaname, tablename from pg_publication_tables where pubname = 'supabase_realtime' order by 1, 2",
    ),
    servers: await rows(
      "select srvname, array(select unnest(srvoptions) order by 1)::text as options from pg_foreign_server order by 1",
    ),
    mappings: await rows("select srvname, usename, umoptions::text from pg_user_mappings order by 1, 2"),
    foreignTables: await rows(
      "select foreign_table_schema, foreign_table_name, foreign_server_name from information_schema.foreign_tables order by 1, 2",
    ),
  };
  expect(out.realtime).toHaveLength(2);
  expect(out.mappings).toHaveLength(1);
  return out;
}

const filesOf = (project: StorageProject): Record<string, string> => project.files();

async function writePayload(options: SupabaseSourceOptions, context: SourceRunContext, file: string) {
  const session = await startSupabaseDump(options, context);
  try {
    await pipeline(session.stream, createWriteStream(file));
    return { session, contents: (await session.contents()) as SupabaseContents };
  } finally {
    await session.close();
  }
}

const work = await mkdtemp(join(tmpdir(), "sr-supabase-test-"));
const databases: string[] = [];
const servers: StorageProject[] = [];
let source: string;
let sourceStorage: StorageProject;
let payloadFile: string;
let backup: { contents: SupabaseContents; describe: string; facts: unknown; lines: string[] };
const bigFile = randomBytes(52 * 1024 * 1024 + 12345);

async function newStorage(): Promise<StorageProject> {
  const s = await startSupabaseStorageServer();
  servers.push(s);
  return s;
}

beforeAll(async () => {
  source = await projectDatabase(true);
  databases.push(source);
  sourceStorage = await newStorage();
  sourceStorage.createBucket("avatars", { public: true });
  sourceStorage.createBucket("docs");
  sourceStorage.createBucket("big");
  sourceStorage.putObject("avatars", "ada/face.png", Buffer.from([1, 2, 3]), "image/png");
  sourceStorage.putObject("avatars", "grace/ünïcode face (1).jpg", randomBytes(2048), "image/jpeg");
  sourceStorage.putObject("avatars", ".emptyFolderPlaceholder", Buffer.alloc(0));
  sourceStorage.putObject("docs", "reports/2024/q1.pdf", Buffer.from("%PDF-"), "application/pdf");
  for (let i = 0; i < 25; i++)
    sourceStorage.putObject(
      "docs",
      `notes/n${String(i).padStart(2, "0")}.txt`,
      Buffer.from(`note ${i}\n`),
      "text/plain",
    );
  sourceStorage.putObject("docs", `deep/${"d".repeat(120)}/${"f".repeat(90)}.bin`, randomBytes(100));
  sourceStorage.putObject("big", "video/raw.bin", bigFile);
  sourceStorage.putObject("big", "seven.bin", randomBytes(7 * 1024 * 1024));

  const context = capturingContext();
  payloadFile = join(work, "payload.tar");
  const options = supabaseOptionsFrom(
    {
      source: `supabase:${dbUrl(source)}`,
      "supabase-url": sourceStorage.url,
      "service-role-key": sourceStorage.serviceRoleKey,
      "include-migrations": true,
    },
    { PATH: process.env.PATH, STRONGROOM_PG_BIN: PG_BIN },
  );
  const { session, contents } = await writePayload(options, context, payloadFile);
  backup = { contents, describe: session.describe, facts: session.facts, lines: context.lines };
}, 300_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of databases) await dropDatabase(d).catch(() => {});
  await rm(work, { recursive: true, force: true });
});

describe("Supabase backup", () => {
  it("records tables, both capture times and every file with its sha256", () => {
    const { contents } = backup;
    const rows = Object.fromEntries(contents.tables.map((t) => [`${t.schema}.${t.name}`, t.rows]));
    expect(rows).toMatchObject({
      "public.posts": 60,
      "public.profiles": 3,
      "app.events": 300000,
      "auth.users": 3,
      "auth.identities": 3,
      "storage.objects": 2,
      "storage.buckets": 3,
      "supabase_migrations.schema_migrations": 1,
    });
    expect(rows["auth.schema_migrations"]).toBeUndefined();
    expect(rows["storage.migrations"]).toBeUndefined();
    expect(rows["realtime.subscription"]).toBeUndefined();
    expect(contents.database.schemas).toEqual(["app", "public"]);
    expect(contents.database.roles).toContain("app_reader");
    expect(contents.database.roles).not.toContain("anon");
    expect(contents.database.managedTablePolicies).toBe(1);
    expect(contents.database.managedTableTriggers).toBe(1);
    expect(Date.parse(contents.database.snapshotAt)).toBeLessThanOrEqual(Date.parse(contents.storage.startedAt));
    expect(Date.parse(contents.storage.startedAt)).toBeLessThanOrEqual(Date.parse(contents.storage.finishedAt));
    expect(contents.storage.files).toHaveLength(Object.keys(filesOf(sourceStorage)).length);
    const big = contents.storage.files.find((f) => f.path === "video/raw.bin")!;
    expect(big).toEqual({
      bucket: "big",
      path: "video/raw.bin",
      size: bigFile.length,
      contentType: "application/octet-stream",
      sha256: sha(bigFile),
    });
    expect(contents.storage.buckets.map((b) => [b.id, b.public])).toEqual([
      ["avatars", true],
      ["big", false],
      ["docs", false],
    ]);
  });

  it("keeps roles without passwords and leaves reserved roles and managed schemas out", async () => {
    const { execFileSync } = await import("node:child_process");
    const listing = execFileSync("tar", ["-tf", payloadFile], { encoding: "utf8" }).split("\n");
    expect(listing.slice(0, 6)).toEqual([
      "strongroom-supabase.json",
      "roles.sql",
      "schema.sql",
      "managed.sql",
      "data.sql",
      "migrations.sql",
    ]);
    expect(listing).toContain("storage/big/video/raw.bin");
    const roles = execFileSync("tar", ["-xOf", payloadFile, "roles.sql"], { encoding: "utf8" });
    expect(roles).toMatch(/create role "app_reader"/);
    expect(roles).toMatch(/grant "authenticated" to "app_reader"/);
    expect(roles).not.toMatch(/create role "(anon|authenticated|service_role|postgres|supabase_admin)"/);
    expect(roles).not.toMatch(/password\s+'|SCRAM-SHA|md5[0-9a-f]{32}/i);
    const schema = execFileSync("tar", ["-xOf", payloadFile, "schema.sql"], { encoding: "utf8" });
    expect(schema).toMatch(/CREATE TABLE "public"."posts"/);
    expect(schema).not.toMatch(/CREATE TABLE "(auth|storage|realtime)"\./);
    const data = execFileSync("tar", ["-xOf", payloadFile, "data.sql"], { encoding: "utf8", maxBuffer: 1 << 27 });
    expect(data).toMatch(/COPY "auth"."users"/);
    expect(data).not.toMatch(/"schema_migrations"|"storage"."migrations"|"realtime"/);
  });

  it("never lets the service-role key out: not in logs, facts, contents or the payload", async () => {
    const key = sourceStorage.serviceRoleKey;
    const everything = [
      backup.lines.join("\n"),
      backup.describe,
      JSON.stringify(backup.facts),
      JSON.stringify(backup.contents),
    ].join("\n");
    expect(everything).not.toContain(key);
    expect((await readFile(payloadFile)).includes(Buffer.from(key))).toBe(false);
    expect(
      supabaseSecrets({
        databaseUrl: "postgres://u:pw-123@h/db",
        projectUrl: "http://x",
        serviceRoleKey: key,
        includeMigrations: false,
      }),
    ).toEqual([key, "pw-123"]);
  });

  it("a wrong key fails with a message that does not contain it", async () => {
    const context = capturingContext();
    const wrong = `not-the-key-${randomBytes(8).toString("hex")}`;
    const options = supabaseOptionsFrom(
      { source: `supabase:${dbUrl(source)}`, "supabase-url": sourceStorage.url, "service-role-key": wrong },
      { STRONGROOM_PG_BIN: PG_BIN },
    );
    const error = await startSupabaseDump(options, context).then(
      () => undefined,
      (e: unknown) => e as Error & { hint?: string },
    );
    expect(error?.message).toMatch(/cannot list Storage buckets/);
    expect(`${error?.message} ${error?.hint} ${context.lines.join(" ")}`).not.toContain(wrong);
  });

  it("decode inspection passes the payload and catches a changed file byte", async () => {
    const manifest = { id: "b1" } as Manifest;
    const inspect = async (file: string) => {
      const inspector = supabaseInspector(manifest, backup.contents);
      await pipeline(createReadStream(file), inspector.sink);
      return inspector.result();
    };
    expect((await inspect(payloadFile)).detail).toMatch(/SQL members.*Storage files.*sha256 match/);
    const damaged = join(work, "damaged.tar");
    const bytes = await readFile(payloadFile);
    const at = bytes.indexOf(Buffer.from("note 7\n"));
    bytes[at] = "N".charCodeAt(0);
    await writeFile(damaged, bytes);
    await expect(inspect(damaged)).rejects.toThrow(/notes\/n07.txt' does not match its sha256/);
  });
});

describe("Supabase restore", () => {
  it("restores roles, schema, data, policies, grants and byte-identical files into a fresh project", async () => {
    const target = await projectDatabase(false);
    databases.push(target);
    const storage = await newStorage();
    const context = capturingContext();
    const result = await restoreSupabase(
      createReadStream(payloadFile),
      {
        databaseUrl: dbUrl(target),
        projectUrl: storage.url,
        serviceRoleKey: storage.serviceRoleKey,
        skipStorage: false,
        storageOnly: false,
        pgBin: PG_BIN,
      },
      context,
    );
    expect(result.files).toBe(backup.contents.storage.files.length);
    expect(result.buckets.sort()).toEqual(["avatars", "big", "docs"]);
    expect(result.tables.find((t) => t.schema === "app" && t.name === "events")?.rows).toBe(300000);
    expect(await tableDigests(dbUrl(target))).toEqual(await tableDigests(dbUrl(source)));
    expect(await policies(dbUrl(target))).toEqual(await policies(dbUrl(source)));
    expect(await readerGrants(dbUrl(target))).toEqual(await readerGrants(dbUrl(source)));
    expect((await readerGrants(dbUrl(target))).length).toBeGreaterThan(3);
    const trigger = await sql(
      dbUrl(target),
      "select tgname from pg_trigger where tgrelid = 'auth.users'::regclass and not tgisinternal",
    );
    expect(trigger.rows.map((r) => r.tgname)).toEqual(["on_auth_user_created"]);
    expect(await realtimeAndForeign(dbUrl(target))).toEqual(await realtimeAndForeign(dbUrl(source)));
    const platformTriggers = await sql(dbUrl(target), "select evtname from pg_event_trigger");
    expect(platformTriggers.rows).toEqual([{ evtname: "issue_pg_graphql_access" }]);
    const history = await sql(dbUrl(target), "select version from supabase_migrations.schema_migrations");
    expect(history.rows).toEqual([{ version: "20240101000000" }]);
    expect(filesOf(storage)).toEqual(filesOf(sourceStorage));
    expect(storage.buckets().find((b) => b.id === "avatars")?.public).toBe(true);
    expect(context.lines.join("\n")).not.toContain(storage.serviceRoleKey);
    // The target's platform rows are its own.
    const migrations = await sql(dbUrl(target), "select count(*)::int as n from auth.schema_migrations");
    expect(migrations.rows[0].n).toBe(3);
  });

  it("refuses a target that already holds user tables, touching nothing", async () => {
    const storage = await newStorage();
    await expect(
      restoreSupabase(
        createReadStream(payloadFile),
        {
          databaseUrl: dbUrl(source),
          projectUrl: storage.url,
          serviceRoleKey: storage.serviceRoleKey,
          skipStorage: false,
          storageOnly: false,
          pgBin: PG_BIN,
        },
        capturingContext(),
      ),
    ).rejects.toThrow(/already holds \d+ relations/);
    expect(storage.buckets().length).toBe(0);
  });

  it("recreates a custom role that the target cluster does not have", async () => {
    const role = `sr_extra_${randomBytes(4).toString("hex")}`;
    const db = await projectDatabase(true);
    databases.push(db);
    await sql(
      dbUrl(db),
      `create role ${role} nologin connection limit 7; grant select on app.settings to ${role}; grant app_reader to ${role}; alter role ${role} set work_mem = '8MB'`,
    );
    const storage = await newStorage();
    const file = join(work, "extra.tar");
    await writePayload(
      supabaseOptionsFrom(
        { source: `supabase:${dbUrl(db)}`, "supabase-url": storage.url, "service-role-key": storage.serviceRoleKey },
        { STRONGROOM_PG_BIN: PG_BIN },
      ),
      capturingContext(),
      file,
    );
    await dropDatabase(db);
    await sql(dbUrl("postgres"), `drop role ${role}`);
    const target = await projectDatabase(false);
    databases.push(target);
    await restoreSupabase(
      createReadStream(file),
      { databaseUrl: dbUrl(target), skipStorage: true, storageOnly: false, pgBin: PG_BIN },
      capturingContext(),
    );
    const { rows } = await sql(
      dbUrl(target),
      `select rolconnlimit, rolcanlogin, (select setconfig from pg_db_role_setting where setrole = r.oid and setdatabase = 0)::text as settings,
         pg_has_role('${role}', 'app_reader', 'member') as member, has_table_privilege('${role}', 'app.settings', 'select') as can_read
       from pg_roles r where rolname = '${role}'`,
    );
    await sql(dbUrl(target), `drop owned by ${role}; drop role ${role}`);
    expect(rows).toEqual([
      { rolconnlimit: 7, rolcanlogin: false, settings: "{work_mem=8MB}", member: true, can_read: true },
    ]);
  });

  it("--skip-storage restores the database only; --storage-only the files only", async () => {
    const target = await projectDatabase(false);
    databases.push(target);
    const untouched = await newStorage();
    const skip = await restoreSupabase(
      createReadStream(payloadFile),
      { databaseUrl: dbUrl(target), skipStorage: true, storageOnly: false, pgBin: PG_BIN },
      capturingContext(),
    );
    expect(skip).toMatchObject({ files: 0, buckets: [] });
    expect(await tableDigests(dbUrl(target))).toEqual(await tableDigests(dbUrl(source)));
    expect(untouched.requests).toEqual([]);

    const empty = await projectDatabase(false);
    databases.push(empty);
    const storage = await newStorage();
    const only = await restoreSupabase(
      createReadStream(payloadFile),
      {
        databaseUrl: dbUrl(empty),
        projectUrl: storage.url,
        serviceRoleKey: storage.serviceRoleKey,
        skipStorage: false,
        storageOnly: true,
        pgBin: PG_BIN,
      },
      capturingContext(),
    );
    expect(only.tables).toEqual([]);
    expect(filesOf(storage)).toEqual(filesOf(sourceStorage));
    const user = await sql(
      dbUrl(empty),
      "select count(*)::int as n from pg_tables where schemaname in ('public', 'app')",
    );
    expect(user.rows[0].n).toBe(0);
    const accounts = await sql(dbUrl(empty), "select count(*)::int as n from auth.users");
    expect(accounts.rows[0].n).toBe(0);
  });
});

describe("Supabase connection facts", () => {
  it("refuses the transaction pooler with the session pooler as the way out, listing every problem", () => {
    const attempt = () =>
      supabaseOptionsFrom(
        { source: "supabase" },
        {
          DATABASE_URL:
            "postgresql://postgres.abcdefghijklmnop:secret-pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
        },
      );
    expect(attempt).toThrow(UsageError);
    const error = (() => {
      try {
        attempt();
      } catch (e) {
        return e as UsageError;
      }
    })()!;
    expect(error.problems).toHaveLength(3);
    expect(error.problems[0]).toMatch(/transaction pooler .*6543.*cannot run pg_dump.*session pooler.*:5432/);
    expect(error.problems.join(" ")).toMatch(/SUPABASE_URL/);
    expect(error.problems.join(" ")).toMatch(/SUPABASE_SERVICE_ROLE_KEY/);
    expect(error.message).not.toContain("secret-pw");
  });

  it("accepts the session pooler, rejects an anon key and a project mismatch", () => {
    const anon = `x.${Buffer.from(JSON.stringify({ role: "anon" })).toString("base64url")}.y`;
    const db = "postgresql://postgres.abcdefghijklmnop:pw@aws-0-eu-central-1.pooler.supabase.com:5432/postgres";
    const ok = supabaseOptionsFrom(
      { source: `supabase:${db}`, buckets: ["a,b", "c"] },
      { SUPABASE_URL: "https://abcdefghijklmnop.supabase.co/", SUPABASE_SERVICE_ROLE_KEY: "sb_secret_x" },
    );
    expect(ok).toMatchObject({
      databaseUrl: db,
      projectUrl: "https://abcdefghijklmnop.supabase.co",
      buckets: ["a", "b", "c"],
      includeMigrations: false,
    });
    expect(() =>
      supabaseOptionsFrom(
        { source: `supabase:${db}`, "service-role-key": anon, "supabase-url": "https://zzzzzzzzzzzzzzzz.supabase.co" },
        {},
      ),
    ).toThrow(/'anon' key[\s\S]*project 'abcdefghijklmnop' but the project URL to 'zzzzzzzzzzzzzzzz'/);
  });

  it("explains the IPv6-only direct host", () => {
    const hint = connectionHint({ host: "db.abcdefghijklmnop.supabase.co" } as never, { GITHUB_ACTIONS: "true" });
    expect(hint).toMatch(/only IPv6.*GitHub-hosted runners have no IPv6.*pooler\.supabase\.com:5432/);
    expect(connectionHint({ host: "aws-0-eu-central-1.pooler.supabase.com" } as never, {})).toBeUndefined();
  });

  it("a role-level statement_timeout does not kill the backup", async () => {
    const role = `sr_dumper_${randomBytes(4).toString("hex")}`;
    await sql(
      dbUrl("postgres"),
      `create role ${role} login superuser; alter role ${role} set statement_timeout = '5ms'`,
    );
    try {
      const url = new URL(dbUrl(source));
      url.username = role;
      // The timeout is real for this role: counting the events table takes longer than 5 ms.
      await expect(
        sql(url.toString(), "select count(*) from app.events e1, (select 1 from generate_series(1, 3)) e2"),
      ).rejects.toThrow(/statement timeout/);
      const storage = await newStorage();
      storage.createBucket("docs");
      storage.putObject("docs", "a.txt", Buffer.from("a"));
      const { contents } = await writePayload(
        supabaseOptionsFrom(
          { source: `supabase:${url}`, "supabase-url": storage.url, "service-role-key": storage.serviceRoleKey },
          { STRONGROOM_PG_BIN: PG_BIN },
        ),
        capturingContext(),
        join(work, "timeout.tar"),
      );
      expect(contents.tables.find((t) => t.name === "events")?.rows).toBe(300000);
    } finally {
      await sql(dbUrl("postgres"), `drop role ${role}`);
    }
  });
});
