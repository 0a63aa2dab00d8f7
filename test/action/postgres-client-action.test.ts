import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.ts";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../support/embedded-postgres.ts";
import { createDatabase, dbUrl, dropDatabase, loadFixture } from "../support/postgres.ts";
import { makeStandIns, type StandIns } from "./postgres-client-standins.ts";
import { runStep } from "./runner.ts";

/**
 * The action bundle, run as the runner runs it, against a PostgreSQL 17 server while this machine
 * has client 15 only. The runner's sudo, apt-get and PGDG setup script are stand-ins that record
 * what they are asked (nothing here changes the machine's packages); the "installed" pg_dump 17 is
 * a stand-in too, which records its call and fails, since no real pg_dump 17 exists here. So these
 * tests prove the decision, the commands, the log, and that the backup then runs the installed
 * binary and fails cleanly; they cannot prove that a real apt-get installs a working client.
 */
describe("the action installs the PostgreSQL client the server needs (postgres-client)", () => {
  let pg17: EmbeddedPostgres;
  let local: string;
  let recipient: string;
  let keys: string | undefined;
  const dirs: string[] = [];

  beforeAll(async () => {
    pg17 = await startEmbeddedPostgres(17);
    local = await createDatabase("sr_pgclient");
    loadFixture(dbUrl(local), new URL("../fixtures/rich.sql", import.meta.url).pathname);
    keys = tempDir();
    recipient = (await runCli(["keygen", "--out", join(keys, "key.txt")])).stdout.trim();
  });

  afterAll(async () => {
    await pg17?.stop();
    if (local) await dropDatabase(local);
    if (keys) rmSync(keys, { recursive: true, force: true });
  });

  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function runner(): { standIns: StandIns; dest: string } {
    const dir = tempDir("sr-pgclient-");
    dirs.push(dir);
    return { standIns: makeStandIns(join(dir, "runner")), dest: join(dir, "backups") };
  }

  function backup(source: string, dest: string, standIns: StandIns, env: Record<string, string>, inputs = {}) {
    return runStep(
      "main",
      { command: "backup", source, destinations: dest, recipients: recipient, ...inputs },
      {
        PATH: `${standIns.bin}:${process.env.PATH}`,
        STRONGROOM_PG_CLIENT_ROOT: standIns.clientRoot,
        STRONGROOM_PGDG_SETUP_SCRIPT: standIns.setupScript,
        ...env,
      },
    );
  }

  async function listed(dest: string): Promise<unknown[]> {
    const list = await runCli(["list", "--from", dest, "--json"]);
    return list.code === 0 ? JSON.parse(list.stdout) : [];
  }

  it("on a GitHub-hosted runner without client 17: installs it, logs it, and the backup runs the installed pg_dump", async () => {
    const { standIns, dest } = runner();
    const step = await backup(pg17.url(), dest, standIns, { RUNNER_ENVIRONMENT: "github-hosted" });
    expect(standIns.commands()).toEqual([
      `sudo -n ${standIns.setupScript} -y`,
      "setup-script -y (uid 0)",
      "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-client-17",
      "apt-get install -y --no-install-recommends postgresql-client-17 (DEBIAN_FRONTEND=noninteractive)",
    ]);
    expect(step.stdout).toContain(
      "postgres-client: pg_dump 17 is needed and not on this runner; installing postgresql-client-17 from apt.postgresql.org",
    );
    expect(step.stdout).toMatch(
      /postgres-client: installed postgresql-client-17 in [\d.]+\s?m?s \(pg_dump \(PostgreSQL\) 17\.2 \(stand-in\) in \S+\/17\/bin\)/,
    );
    // The dump was started with the installed binary, on the server's snapshot.
    const calls = standIns.toolCalls();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(
      new RegExp(`^pg_dump 17 --dbname=\\S*127\\.0\\.0\\.1\\S*${pg17.port}\\S* --format=custom --snapshot=\\S+`),
    );
    // The stand-in cannot dump: the step fails with its message and nothing is listed as a backup.
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(/::error::.*pg_dump failed for .*stand-in pg_dump 17/);
    expect(step.state.phase).toBe("failed");
    expect(await listed(dest)).toEqual([]);
  });

  it("on a GitHub-hosted runner that has client 17: installs nothing and uses it", async () => {
    const { standIns, dest } = runner();
    standIns.installClient(17);
    const step = await backup(pg17.url(), dest, standIns, { RUNNER_ENVIRONMENT: "github-hosted" });
    expect(standIns.commands()).toEqual([]);
    expect(step.stdout).not.toContain("postgres-client:");
    expect(standIns.toolCalls()).toHaveLength(1);
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(/::error::.*pg_dump failed for .*stand-in pg_dump 17/);
    expect(await listed(dest)).toEqual([]);
  });

  it("on a GitHub-hosted runner whose client 15 serves a 15 server: installs nothing and the backup succeeds", async () => {
    const { standIns, dest } = runner();
    const step = await backup(dbUrl(local), dest, standIns, { RUNNER_ENVIRONMENT: "github-hosted" });
    expect(step.code, step.stdout + step.stderr).toBe(0);
    expect(standIns.commands()).toEqual([]);
    expect(step.stdout).not.toContain("postgres-client:");
    expect(await listed(dest)).toHaveLength(1);
  });

  for (const [what, env, inputs] of [
    ["postgres-client: never", { RUNNER_ENVIRONMENT: "github-hosted" }, { "postgres-client": "never" }],
    ["a self-hosted runner", { RUNNER_ENVIRONMENT: "self-hosted" }, {}],
  ] as const) {
    it(`with ${what}: installs nothing and keeps the hint`, async () => {
      const { standIns, dest } = runner();
      const step = await backup(pg17.url(), dest, standIns, env, inputs);
      expect(step.code).toBe(1);
      expect(standIns.commands()).toEqual([]);
      expect(standIns.toolCalls()).toEqual([]);
      expect(step.stdout).toContain("pg_dump 17 or newer is needed and none was found");
      expect(step.stdout).toContain(
        "hint: install the PostgreSQL 17 client tools (Debian/Ubuntu: apt-get install postgresql-client-17",
      );
      expect(await listed(dest)).toEqual([]);
    });
  }

  it("refuses a postgres-client value that is neither auto nor never, naming both", async () => {
    const { standIns, dest } = runner();
    const step = await backup(
      pg17.url(),
      dest,
      standIns,
      { RUNNER_ENVIRONMENT: "github-hosted" },
      {
        "postgres-client": "always",
      },
    );
    expect(step.code).toBe(1);
    expect(step.stdout).toContain("input 'postgres-client' must be one of auto, never; got 'always'");
    expect(standIns.commands()).toEqual([]);
  });
});
