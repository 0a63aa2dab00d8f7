import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type SupabaseStorageTestServer as StorageProject,
  startSupabaseStorageServer,
} from "../servers/supabase-storage-server.ts";
import { ROOT, runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, loadFixture, sql } from "../support/postgres.ts";

/**
 * Supabase backups proven by a restore, through the CLI bundle: verify --level restore into a
 * scratch project-like database on the local server (as the example workflow does on a
 * supabase/postgres service container), and restores that keep what a project is made of.
 */
const fixture = (name: string) => new URL(`../fixtures/supabase/${name}`, import.meta.url).pathname;
const suffix = randomBytes(4).toString("hex");
const keptRole = `sr_kept_${suffix}`;
const goneRole = `sr_gone_${suffix}`;
const scratchPassword = `scratch/pw@${randomBytes(6).toString("hex")}`;

const databases: string[] = [];
const servers: StorageProject[] = [];
const folders: string[] = [];
let source: string;
let from: StorageProject;
let dest: string;
let identity: string;

async function project(withUserData: boolean): Promise<string> {
  const name = await createDatabase("sr_supa_rcli");
  databases.push(name);
  loadFixture(dbUrl(name), fixture("project.sql"));
  if (withUserData) loadFixture(dbUrl(name), fixture("user.sql"));
  return name;
}

async function storage(): Promise<StorageProject> {
  const s = await startSupabaseStorageServer();
  servers.push(s);
  return s;
}

function folder(): string {
  const dir = tempDir("sr-supa-rcli-");
  folders.push(dir);
  return dir;
}

const restore = (to: string, target: StorageProject, extra: string[] = [], key = target.serviceRoleKey) =>
  runCli(
    ["restore", "--from", dest, "--to", to, "--supabase-url", target.url, "--identity", identity, "--json", ...extra],
    {
      env: { SUPABASE_SERVICE_ROLE_KEY: key },
    },
  );

const userTables = async (db: string) =>
  Number(
    (await sql(dbUrl(db), "select count(*)::int as n from pg_tables where schemaname in ('public', 'app')")).rows[0].n,
  );

/** What a restored project must keep besides its rows: Realtime's tables, policies, triggers and grants. */
async function projectShape(db: string): Promise<Record<string, unknown[]>> {
  const rows = async (q: string) => (await sql(dbUrl(db), q)).rows;
  return {
    realtime: await rows(
      "select schemaname, tablename from pg_publication_tables where pubname = 'supabase_realtime' order by 1, 2",
    ),
    policies: await rows(
      "select schemaname, tablename, policyname, roles::text, cmd, qual, with_check from pg_policies order by 1, 2, 3",
    ),
    triggers: await rows(
      `select c.relnamespace::regnamespace::text as schema, c.relname, t.tgname, t.tgenabled from pg_trigger t join pg_class c on c.oid = t.tgrelid
       where not t.tgisinternal order by 1, 2, 3`,
    ),
    grants: await rows(
      `select table_schema, table_name, grantee, privilege_type from information_schema.role_table_grants
       where grantee in ('anon', 'authenticated', 'service_role', 'app_reader', '${keptRole}') and table_schema in ('public', 'app') order by 1, 2, 3, 4`,
    ),
    servers: await rows("select srvname, usename from pg_user_mappings order by 1, 2"),
  };
}

const filesOf = (p: StorageProject) => p.files();

beforeAll(async () => {
  source = await project(true);
  await sql(
    dbUrl(source),
    `create role ${keptRole} nologin connection limit 3; grant select on app.settings to ${keptRole};
     create role ${goneRole} nologin; grant select on public.posts to ${goneRole}`,
  );
  from = await storage();
  from.createBucket("avatars", { public: true });
  from.createBucket("docs");
  from.putObject("avatars", "ada/face.png", Buffer.from([1, 2, 3]), "image/png");
  from.putObject("docs", "reports/q1.pdf", Buffer.from("%PDF-1.7"), "application/pdf");
  from.putObject("docs", "big/seven.bin", randomBytes(7 * 1024 * 1024), "application/octet-stream");
  dest = folder();
  identity = join(folder(), "key.txt");
  const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
  const backup = await runCli(
    [
      "backup",
      "--source",
      `supabase:${dbUrl(source)}`,
      "--supabase-url",
      from.url,
      "--to",
      dest,
      "--recipient",
      recipient,
    ],
    { env: { SUPABASE_SERVICE_ROLE_KEY: from.serviceRoleKey } },
  );
  expect(backup.code, backup.stderr).toBe(0);
  // A role the verify server lacks: the scratch restore must make it, and drop it afterwards.
  await sql(dbUrl(source), `drop owned by ${goneRole}; drop role ${goneRole}`);
}, 300_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of databases) await dropDatabase(d).catch(() => {});
  await sql(dbUrl("postgres"), `drop role if exists ${goneRole}`).catch(() => {});
  await sql(dbUrl("postgres"), `drop role if exists ${keptRole}`).catch(() => {});
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe("verify --level restore of a Supabase backup (scratch project-like database)", () => {
  it("restores the database part, compares every table's exact count and every file's sha256, and leaves no database or role behind", async () => {
    const requestsBefore = from.requests.length;
    const before = (await sql(dbUrl("postgres"), `select rolconnlimit from pg_roles where rolname = '${keptRole}'`))
      .rows;
    const verify = await runCli([
      "verify",
      "--from",
      dest,
      "--identity",
      identity,
      "--level",
      "restore",
      "--restore-into",
      dbUrl("postgres", scratchPassword), // loopback is trusted; the password must still never show
      "--json",
    ]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout + verify.stderr).not.toContain(scratchPassword);
    expect(verify.stdout + verify.stderr).not.toContain(encodeURIComponent(scratchPassword));
    const [outcome] = JSON.parse(verify.stdout);
    expect(outcome).toMatchObject({ level: "restore", ok: true });
    expect(outcome.checks.join("\n")).toMatch(/tables and 300\d+ rows match the exact counts/);
    expect(outcome.checks.join("\n")).toMatch(
      /3 Storage files \(\d+ bytes\) match the manifest's sizes and sha256, none uploaded/,
    );
    expect(from.requests.length).toBe(requestsBefore);
    const scratch = /strongroom_verify_[0-9a-f]+/.exec(verify.stdout + verify.stderr)?.[0];
    expect(scratch, verify.stderr).toBeDefined();
    expect((await sql(dbUrl("postgres"), `select 1 from pg_database where datname = '${scratch}'`)).rows).toEqual([]);
    const gone = await sql(dbUrl("postgres"), `select 1 from pg_roles where rolname = '${goneRole}'`);
    expect(gone.rows, verify.stderr).toEqual([]);
    expect(
      (await sql(dbUrl("postgres"), `select rolconnlimit from pg_roles where rolname = '${keptRole}'`)).rows,
    ).toEqual(before);
  });

  it("fails (exit 5) naming the table and the file when the backup does not restore to what the manifest recorded", async () => {
    const plain = folder();
    const backup = await runCli(
      ["backup", "--source", `supabase:${dbUrl(source)}`, "--supabase-url", from.url, "--to", plain, "--no-encryption"],
      { env: { SUPABASE_SERVICE_ROLE_KEY: from.serviceRoleKey } },
    );
    expect(backup.code, backup.stderr).toBe(0);
    const name = readdirSync(plain).find((f) => f.endsWith(".manifest.json"))!;
    const manifest = JSON.parse(readFileSync(join(plain, name), "utf8"));
    manifest.contents.tables.find(
      (t: { schema: string; name: string }) => t.schema === "app" && t.name === "settings",
    ).rows = 3;
    manifest.contents.storage.files.find((f: { path: string }) => f.path === "reports/q1.pdf").sha256 = "0".repeat(64);
    writeFileSync(join(plain, name), JSON.stringify(manifest));
    const verify = await runCli([
      "verify",
      "--from",
      plain,
      "--identity", // asked for at this level even when, as here, the backup is not encrypted
      identity,
      "--level",
      "restore",
      "--restore-into",
      dbUrl("postgres"),
      "--json",
    ]);
    expect(verify.code, verify.stderr).toBe(5);
    expect(verify.stderr).toMatch(/app\.settings: 2 rows restored, 3 at dump time/);
    expect(verify.stderr).toMatch(
      /Storage file docs\/reports\/q1\.pdf: 8 bytes, sha256 [0-9a-f]{64}; the manifest says 8 bytes, 0{64}/,
    );
  });

  it("needs --restore-into (exit 2)", async () => {
    const verify = await runCli(["verify", "--from", dest, "--identity", identity, "--level", "restore"]);
    expect(verify.code).toBe(2);
    expect(verify.stderr).toMatch(/restore of a Supabase backup needs --restore-into/);
  });
});

describe("Supabase restores that keep everything and hide nothing", () => {
  it("a restored project keeps its Realtime tables, policies, triggers, grants, foreign servers and files", async () => {
    const target = await project(false);
    const to = await storage();
    const run = await restore(dbUrl(target), to);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).mismatches).toEqual([]);
    const shape = await projectShape(target);
    expect(shape).toEqual(await projectShape(source));
    expect(shape.realtime).toHaveLength(2);
    expect(shape.triggers).toContainEqual({
      schema: "auth",
      relname: "users",
      tgname: "on_auth_user_created",
      tgenabled: "O",
    });
    expect(filesOf(to)).toEqual(filesOf(from));
    // The trigger creating a profile per new user did not fire on the restored users.
    expect((await sql(dbUrl(target), "select count(*)::int as n from public.profiles")).rows[0].n).toBe(3);

    // Again with --clean: the project's schemas and auth/storage rows are replaced, not doubled.
    const refused = await restore(dbUrl(target), to);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--clean .*--force/);
    await sql(
      dbUrl(target),
      "create table public.leftover (x int); insert into auth.users (id, email) values (gen_random_uuid(), 'stale@example.com')",
    );
    const clean = await restore(dbUrl(target), to, ["--clean"]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout).mismatches).toEqual([]);
    expect(await projectShape(target)).toEqual(await projectShape(source));
    expect((await sql(dbUrl(target), "select to_regclass('public.leftover') as t")).rows[0].t).toBeNull();
    expect((await sql(dbUrl(target), "select count(*)::int as n from auth.users")).rows[0].n).toBe(3);
  });

  it("--force restores on top of what the target holds", async () => {
    const target = await project(false);
    await sql(dbUrl(target), "create table public.unrelated (x int); insert into public.unrelated values (1)");
    const run = await restore(dbUrl(target), await storage(), ["--force"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).mismatches).toEqual([]);
    expect((await sql(dbUrl(target), "select count(*)::int as n from public.unrelated")).rows[0].n).toBe(1);
  });

  it("a failing restore shows psql's error (exit 3) and commits nothing", async () => {
    const target = await project(false);
    await sql(
      dbUrl(target),
      "insert into auth.users (id, email) values ('11111111-1111-1111-1111-111111111111', 'someone@example.com')",
    );
    const to = await storage();
    const run = await restore(dbUrl(target), to);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(
      /restore into .* failed: .*duplicate key value violates unique constraint "users_pkey"/s,
    );
    expect(run.stderr).toMatch(/nothing was committed/);
    expect(run.stderr).not.toMatch(/EPIPE|operation was aborted|\n\s+at /);
    expect(await userTables(target)).toBe(0);
    expect(to.buckets().length).toBe(0);
  });

  it("a restore killed with SIGKILL in the middle of the data commits nothing", async () => {
    const target = await project(false);
    const to = await storage();
    const child = spawn(
      process.execPath,
      [
        join(ROOT, "scripts/strongroom.mjs"),
        "restore",
        "--from",
        dest,
        "--to",
        dbUrl(target),
        "--supabase-url",
        to.url,
        "--identity",
        identity,
      ],
      // A SIGKILLed process cannot remove its scratch folder: give it one this test removes.
      {
        env: { ...process.env, DATABASE_URL: "", SUPABASE_SERVICE_ROLE_KEY: to.serviceRoleKey, TMPDIR: tempDir() },
        stdio: "ignore",
      },
    );
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const copying = `select count(*)::int as n from pg_stat_activity where datname = '${target}' and query like 'COPY "app"."events"%'`;
    for (let i = 0; i < 3000 && (await sql(dbUrl("postgres"), copying)).rows[0].n === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await sql(dbUrl("postgres"), copying)).rows[0].n, "the restore never reached app.events").toBe(1);
    child.kill("SIGKILL");
    await exited;
    // psql, left with an end of input and no COMMIT, ends and its transaction is rolled back.
    const sessions = `select count(*)::int as n from pg_stat_activity where datname = '${target}'`;
    for (let i = 0; i < 500 && (await sql(dbUrl("postgres"), sessions)).rows[0].n > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await userTables(target)).toBe(0);
    expect((await sql(dbUrl(target), "select count(*)::int as n from auth.users")).rows[0].n).toBe(0);
  });

  it("a wrong target service-role key is found before anything is written; the retry then works", async () => {
    const target = await project(false);
    const to = await storage();
    const wrong = `wrong-key-${randomBytes(8).toString("hex")}`;
    const run = await restore(dbUrl(target), to, [], wrong);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/cannot list Storage buckets/);
    expect(run.stdout + run.stderr).not.toContain(wrong);
    expect(await userTables(target)).toBe(0);
    const retry = await restore(dbUrl(target), to);
    expect(retry.code, retry.stderr).toBe(0);
  });

  it("refuses a transaction pooler on any host (port 6543, self-hosted Supavisor too) with exit 2", async () => {
    const run = await restore("postgres://postgres@127.0.0.1:6543/postgres", await storage());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/transaction pooler .*6543/);
  });
});
