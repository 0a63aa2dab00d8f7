import { spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, SERVER, sql } from "../support/postgres.ts";

const ROWS = 1_000_000;

/** Rows the COPY into `database` has taken so far, or undefined while no COPY runs there. */
async function copyProgress(database: string): Promise<number | undefined> {
  const { rows } = await sql(
    `${SERVER}/postgres`,
    `select p.tuples_processed::int as n from pg_stat_progress_copy p join pg_database d on d.oid = p.datid where d.datname = '${database}'`,
  );
  return rows[0]?.n as number | undefined;
}

async function sessionsOn(database: string): Promise<number> {
  const { rows } = await sql(
    `${SERVER}/postgres`,
    `select count(*)::int as n from pg_stat_activity where datname = '${database}' and pid <> pg_backend_pid()`,
  );
  return rows[0]!.n as number;
}

describe("a hard-killed plain-format restore (issue 16, High 2)", () => {
  const made: string[] = [];
  const folders: string[] = [];
  let folder: string;
  beforeAll(async () => {
    const source = await createDatabase("sr_plainkill");
    made.push(source);
    await sql(
      dbUrl(source),
      `create table big as select g as id, md5(g::text) as hash, repeat('x', 40) as pad from generate_series(1, ${ROWS}) g`,
    );
    folder = tempDir("sr-plainkill-");
    folders.push(folder);
    const backup = await runCli([
      "backup",
      "--source",
      dbUrl(source),
      "--to",
      folder,
      "--format",
      "plain",
      "--no-encryption",
    ]);
    expect(backup.code, backup.stderr).toBe(0);
  });
  afterAll(async () => {
    for (const name of made) await dropDatabase(name);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it("commits nothing when strongroom is SIGKILLed in the middle of COPY, wherever that happens", async () => {
    for (const killAfter of [1, 150_000, 400_000, 750_000]) {
      const target = `sr_plainkill_t_${Math.random().toString(16).slice(2, 10)}`;
      made.push(target);
      const child = spawn(
        process.execPath,
        [join(ROOT, "scripts/strongroom.mjs"), "restore", "--from", folder, "--to", dbUrl(target)],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: "" }, stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      const exited = once(child, "exit");
      let seen: number | undefined;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && child.exitCode === null) {
        seen = await copyProgress(target).catch(() => undefined);
        if (seen !== undefined && seen >= killAfter) break;
        await sleep(5);
      }
      expect(child.exitCode, `the restore finished before row ${killAfter}: ${stderr}`).toBeNull();
      child.kill("SIGKILL");
      await exited;
      // psql reads the end of its input, exits, and its session ends.
      const gone = Date.now() + 30_000;
      while ((await sessionsOn(target)) > 0 && Date.now() < gone) await sleep(20);
      expect(await sessionsOn(target), "psql is still connected").toBe(0);
      const { rows } = await sql(
        dbUrl(target),
        "select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relname = 'big'",
      );
      const committed =
        rows[0]!.n === 0 ? 0 : ((await sql(dbUrl(target), "select count(*)::int as n from big")).rows[0]!.n as number);
      expect(committed, `killed at COPY row ${seen} (asked ${killAfter})`).toBe(0);
      await dropDatabase(target);
    }
  });

  it("the same backup restores whole when nothing kills it", async () => {
    const target = `sr_plainkill_ok_${Math.random().toString(16).slice(2, 10)}`;
    made.push(target);
    const run = await runCli(["restore", "--from", folder, "--to", dbUrl(target), "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const { rows } = await sql(dbUrl(target), "select count(*)::int as n from big");
    expect(rows[0]!.n).toBe(ROWS);
  });
});
