import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, SERVER, sql } from "../support/postgres.ts";

async function count(query: string): Promise<number> {
  const { rows } = await sql(`${SERVER}/postgres`, `select count(*)::int as n from pg_stat_activity where ${query}`);
  return rows[0]!.n as number;
}

async function until(what: () => Promise<boolean>, ms = 30_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await what()) return true;
    await sleep(20);
  }
  return false;
}

describe("SIGTERM while the dump waits on a table lock (issue 16, Medium 8)", () => {
  let database: string;
  const holders: pg.Client[] = [];
  const folders: string[] = [];
  beforeAll(async () => {
    database = await createDatabase("sr_lockwait");
    await sql(
      dbUrl(database),
      "create table locked as select g as id, md5(g::text) as h from generate_series(1, 300000) g",
    );
  });
  afterEach(async () => {
    for (const holder of holders.splice(0)) await holder.end().catch(() => {});
  });
  afterAll(async () => {
    if (database) await dropDatabase(database);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  async function holder(): Promise<{ client: pg.Client; pid: number }> {
    const client = new pg.Client({ connectionString: dbUrl(database) });
    client.on("error", () => {});
    await client.connect();
    holders.push(client);
    const pid = (await client.query("select pg_backend_pid() as pid")).rows[0].pid as number;
    await client.query("begin");
    return { client, pid };
  }

  /** Starts a backup, waits for `ready`, SIGTERMs it and checks what the issue asks for. */
  async function cancelWhen(ready: () => Promise<boolean>, holderPid: number): Promise<void> {
    const folder = tempDir("sr-lockwait-");
    folders.push(folder);
    const child = spawn(
      process.execPath,
      [join(ROOT, "scripts/strongroom.mjs"), "backup", "--source", dbUrl(database), "--to", folder, "--no-encryption"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = once(child, "exit").then(([code]) => code as number | null);
    expect(await until(ready), output).toBe(true);
    await sleep(300);
    const sent = Date.now();
    child.kill("SIGTERM");
    const outcome = await Promise.race([exited, sleep(15_000, "hung" as const)]);
    if (outcome === "hung") {
      child.kill("SIGKILL");
      await exited;
    }
    expect(outcome, output).toBe(130);
    expect(Date.now() - sent).toBeLessThan(10_000);
    expect(output).not.toContain("TypeError");
    expect(readdirSync(folder)).toEqual([]);
    const pgDumps = () =>
      execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
        .split("\n")
        .filter((line) => line.includes("pg_dump") && line.includes(database));
    expect(pgDumps()).toEqual([]);
    // pg_dump's and our own snapshot session are gone while the lock is still held.
    const others = `datname = '${database}' and pid <> ${holderPid}`;
    expect(await until(async () => (await count(others)) === 0, 10_000)).toBe(true);
  }

  it("exits 130 promptly, leaves no object, manifest, session or pg_dump behind", async () => {
    const { client, pid } = await holder();
    await client.query("lock table locked in access exclusive mode");
    const started = Date.now();
    const dumpWaits = `datname = '${database}' and application_name like 'strongroom-dump-%' and wait_event_type = 'Lock'`;
    let dumpWasWaiting = false;
    await cancelWhen(async () => {
      dumpWasWaiting ||= (await count(dumpWaits)) > 0;
      // pg_dump waits on the lock; a build that never gets that far is cancelled wherever it waits.
      return (
        dumpWasWaiting ||
        (Date.now() - started > 8_000 && (await count(`datname = '${database}' and wait_event_type = 'Lock'`)) > 0)
      );
    }, pid);
    expect(dumpWasWaiting, "pg_dump itself was waiting on the lock").toBe(true);
  });
});
