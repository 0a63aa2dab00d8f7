import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { childEnv, libpqChildEnv } from "../../src/stages/child-env.ts";
import { ROOT, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";

const SECRETS = {
  AWS_ACCESS_KEY_ID: "AKIAEXAMPLEKEYID1234",
  AWS_SECRET_ACCESS_KEY: "aws-secret-9f8e7d6c5b4a",
  AWS_SESSION_TOKEN: "aws-session-token-0a1b2c3d",
  SUPABASE_SERVICE_ROLE_KEY: "supabase-service-role-5e6f7a8b",
  GITHUB_TOKEN: "ghp_exampletoken0123456789abcdef",
  ACTIONS_RUNTIME_TOKEN: "actions-runtime-token-77aa88bb",
  STRONGROOM_WEBHOOK_SECRET: "webhook-signing-secret-42x",
  SR_TEST_PASSPHRASE: "passphrase-of-the-backup-31337",
} as const;
const DB_PASSWORD = "db-password-only-for-pg-tools";

/** The children of `pid` (and theirs), by name, from /proc. */
/** The arguments a process was started with ('' once it is gone). */
function argsOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "";
  }
}

function descendants(pid: number): Array<{ pid: number; name: string }> {
  const parents = new Map<number, { ppid: number; name: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), { ppid, name });
    } catch {}
  }
  const out: Array<{ pid: number; name: string }> = [];
  const walk = (parent: number) => {
    for (const [child, info] of parents) {
      if (info.ppid !== parent) continue;
      out.push({ pid: child, name: info.name });
      walk(child);
    }
  };
  walk(pid);
  return out;
}

function environ(pid: number): Record<string, string> {
  const text = readFileSync(`/proc/${pid}/environ`, "utf8");
  return Object.fromEntries(
    text
      .split("\0")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

describe("child processes get an allow-listed environment", () => {
  it("childEnv keeps the basics and drops everything else; libpq tools get PG* and their password", () => {
    const from = { PATH: "/bin", HOME: "/h", LC_ALL: "C", TZ: "UTC", ...SECRETS, PGSSLMODE: "require" };
    expect(childEnv(from)).toEqual({ PATH: "/bin", HOME: "/h", LC_ALL: "C", TZ: "UTC" });
    expect(libpqChildEnv({ ...from, PGPASSWORD: "old" }, "new")).toEqual({
      PATH: "/bin",
      HOME: "/h",
      LC_ALL: "C",
      TZ: "UTC",
      PGSSLMODE: "require",
      PGPASSWORD: "new",
    });
  });

  describe("during a real backup", () => {
    let db: string;
    const made: string[] = [];
    beforeAll(async () => {
      db = await createDatabase("sr_childenv");
      await sql(
        dbUrl(db),
        "create table t as select g as id, md5(g::text) as v from generate_series(1, 5000) g; create view waits as select 1 as one",
      );
    });
    afterAll(async () => {
      await dropDatabase(db);
    });
    afterEach(() => {
      for (const path of made.splice(0)) rmSync(path, { recursive: true, force: true });
    });

    it("pg_dump and zstd, read from /proc while the dump waits on a lock, hold no secret", async () => {
      const [dest, tmp] = [tempDir(), tempDir()];
      made.push(dest, tmp);
      // pg_dump waits on this lock (Strongroom's own queries before it do not read views), so its
      // processes can be read while they run.
      const locker = new pg.Client({ connectionString: dbUrl(db) });
      await locker.connect();
      await locker.query("begin; lock table waits in access exclusive mode");
      const cli = spawn(
        process.execPath,
        [
          join(ROOT, "scripts/strongroom.mjs"),
          "backup",
          "--source",
          dbUrl(db, DB_PASSWORD),
          "--to",
          dest,
          "--passphrase-env",
          "SR_TEST_PASSPHRASE",
          "--compression",
          "zstd",
        ],
        { env: { ...process.env, DATABASE_URL: "", TMPDIR: tmp, ...SECRETS }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let stderr = "";
      cli.stderr.on("data", (d) => (stderr += d));
      cli.stdout.resume();
      const exited = new Promise<number | null>((resolve) => cli.on("close", resolve));
      try {
        let children: Array<{ pid: number; name: string }> = [];
        for (let i = 0; i < 200; i++) {
          // The dump itself, not the short-lived `--version` probes that come before it.
          children = descendants(cli.pid!).filter(
            (c) =>
              (c.name === "pg_dump" && argsOf(c.pid).includes("--snapshot")) ||
              (c.name === "zstd" && argsOf(c.pid).includes(" -T")),
          );
          if (children.some((c) => c.name === "pg_dump") && children.some((c) => c.name === "zstd")) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const pgDump = children.find((c) => c.name === "pg_dump");
        const zstd = children.find((c) => c.name === "zstd");
        expect(pgDump, `children: ${JSON.stringify(children)}; ${stderr}`).toBeDefined();
        expect(zstd, `children: ${JSON.stringify(children)}; ${stderr}`).toBeDefined();
        const dumpEnv = environ(pgDump!.pid);
        const zstdEnv = environ(zstd!.pid);
        for (const [name, env] of [
          ["pg_dump", dumpEnv],
          ["zstd", zstdEnv],
        ] as const) {
          const text = Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join("\n");
          for (const secret of Object.values(SECRETS)) expect(text, `${name} environ`).not.toContain(secret);
          expect(env.PATH, name).toBeTruthy();
        }
        expect(dumpEnv.PGPASSWORD).toBe(DB_PASSWORD);
        expect(zstdEnv.PGPASSWORD).toBeUndefined();
        expect(Object.keys(zstdEnv).filter((k) => k.startsWith("PG"))).toEqual([]);
      } finally {
        await locker.query("rollback").catch(() => {});
        await locker.end();
      }
      expect(await exited, stderr).toBe(0);
      expect(readdirSync(dest).some((f) => f.endsWith(".manifest.json"))).toBe(true);
    });
  });
});
