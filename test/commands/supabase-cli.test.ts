import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type SupabaseStorageTestServer as StorageProject,
  startSupabaseStorageServer,
} from "../servers/supabase-storage-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, loadFixture, sql } from "../support/postgres.ts";

const fixture = (name: string) => new URL(`../fixtures/supabase/${name}`, import.meta.url).pathname;

async function project(withUserData: boolean): Promise<string> {
  const name = await createDatabase("sr_supa_cli");
  loadFixture(dbUrl(name), fixture("project.sql"));
  if (withUserData) loadFixture(dbUrl(name), fixture("user.sql"));
  return name;
}

describe("a Supabase project through the CLI: encrypted backup, verify, restore into a fresh project", () => {
  const databases: string[] = [];
  const servers: StorageProject[] = [];

  afterAll(async () => {
    for (const s of servers) await s.stop();
    for (const d of databases) await dropDatabase(d);
  });

  it("restores rows, policies and byte-identical files, with the service-role key never printed", async () => {
    const source = await project(true);
    const target = await project(false);
    databases.push(source, target);
    const from = await startSupabaseStorageServer();
    const to = await startSupabaseStorageServer();
    servers.push(from, to);
    from.createBucket("avatars", { public: true });
    from.createBucket("docs");
    from.createBucket("big");
    from.putObject("avatars", "ada/face.png", Buffer.from([1, 2, 3]), "image/png");
    from.putObject("docs", "reports/q1.pdf", Buffer.from("%PDF-1.7"), "application/pdf");
    from.putObject("big", "raw.bin", randomBytes(51 * 1024 * 1024), "application/octet-stream");

    const dest = tempDir();
    const identity = join(tempDir(), "key.txt");
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
        "--json",
      ],
      { env: { SUPABASE_SERVICE_ROLE_KEY: from.serviceRoleKey } },
    );
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout + backup.stderr).not.toContain(from.serviceRoleKey);
    const manifest = JSON.parse(backup.stdout);
    expect(manifest.format).toBe("supabase");
    expect(manifest.object).toMatch(/\.supabase\.tar\.zst\.age$/);

    const verify = await runCli(["verify", "--from", dest, "--identity", identity, "--level", "decode", "--json"]);
    expect(verify.code, verify.stderr).toBe(0);

    const restore = await runCli(
      ["restore", "--from", dest, "--to", dbUrl(target), "--supabase-url", to.url, "--identity", identity, "--json"],
      { env: { SUPABASE_SERVICE_ROLE_KEY: to.serviceRoleKey } },
    );
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout + restore.stderr).not.toContain(to.serviceRoleKey);
    expect(JSON.parse(restore.stdout).mismatches).toEqual([]);

    for (const table of ["public.profiles", "public.posts", "auth.users", "auth.identities", "storage.objects"]) {
      const q = `select count(*)::text as n, md5(string_agg(x::text, E'\\n' order by x::text)) as h from ${table} x`;
      expect((await sql(dbUrl(target), q)).rows, table).toEqual((await sql(dbUrl(source), q)).rows);
    }
    const policies =
      "select schemaname, tablename, policyname, roles::text, cmd, qual from pg_policies order by 1, 2, 3";
    expect((await sql(dbUrl(target), policies)).rows).toEqual((await sql(dbUrl(source), policies)).rows);
    const files = (p: StorageProject) => p.files();
    expect(files(to)).toEqual(files(from));
  });
});
