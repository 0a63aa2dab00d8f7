import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArtifactServer, startArtifactServer } from "../servers/artifact-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { dbUrl, dropDatabase, fingerprint, richDatabase } from "../support/postgres.ts";
import { runStep } from "./runner.ts";

const DB_PASSWORD = "Db-pässword!with@signs";

describe("the action bundle, run as the runner runs it, against a local artifact service", () => {
  let server: ArtifactServer;
  let source: string;
  let recipient: string;
  let identityText: string;
  const made: string[] = [];

  beforeAll(async () => {
    server = await startArtifactServer();
    source = await richDatabase();
    made.push(source);
    const keyFile = join(tempDir(), "key.txt");
    recipient = (await runCli(["keygen", "--out", keyFile])).stdout.trim();
    identityText = readFileSync(keyFile, "utf8");
  });

  afterAll(async () => {
    await server?.close();
    for (const name of made) await dropDatabase(name);
  });

  const secretsIn = (text: string, token: string) =>
    [DB_PASSWORD, encodeURIComponent(DB_PASSWORD), token, identityText.match(/AGE-SECRET-KEY-1\S+/)![0]].filter((s) =>
      text.includes(s),
    );

  it("backs up, then a separate verify run and a restore run find the backup across runs", async () => {
    const env = server.env;
    const backup = await runStep(
      "main",
      {
        command: "backup",
        source: dbUrl(source, DB_PASSWORD),
        destinations: "artifact:",
        recipients: recipient,
        "github-token": env.GITHUB_TOKEN!,
      },
      env,
    );
    expect(backup.code, backup.stdout + backup.stderr).toBe(0);
    expect(backup.outputs["backup-id"]).toMatch(/^\d{8}T\d{9}Z-sr_rich_[0-9a-f]+-[0-9a-f]{12}$/);
    expect(backup.outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(backup.outputs.size)).toBeGreaterThan(1000);
    expect(backup.outputs.object).toBe(`${backup.outputs["backup-id"]}.dump.zst.age`);
    expect(backup.outputs.locations).toContain(backup.outputs.object);
    for (const fact of [backup.outputs["backup-id"], backup.outputs.sha256, "Size", "ratio", "Duration"])
      expect(backup.summary).toContain(fact);
    expect(backup.stdout).toContain(`::add-mask::${DB_PASSWORD}`);
    expect(backup.stdout).toContain(`::add-mask::${env.GITHUB_TOKEN}`);
    expect(backup.stdout).toMatch(/::group::/);
    expect(
      secretsIn(backup.stdout.replace(/^::add-mask::.*$/gm, "") + backup.stderr + backup.summary, env.GITHUB_TOKEN!),
    ).toEqual([]);
    expect(backup.state.phase).toBe("finished");

    const post = await runStep("post", {}, env, backup.state);
    expect(post.code).toBe(0);

    const run2 = server.newRun({ actions: "write" });
    const verify = await runStep(
      "main",
      {
        command: "verify",
        destinations: "artifact:",
        identity: identityText,
        backup: "latest",
        "github-token": run2.GITHUB_TOKEN!,
      },
      run2,
    );
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.outputs["backup-id"]).toBe(backup.outputs["backup-id"]);
    expect(verify.summary).toMatch(/passed/);
    expect(verify.stdout).toContain("::add-mask::AGE-SECRET-KEY-1");
    expect(
      secretsIn(verify.stdout.replace(/^::add-mask::.*$/gm, "") + verify.stderr + verify.summary, run2.GITHUB_TOKEN!),
    ).toEqual([]);

    const target = `${source}_from_action`;
    made.push(target);
    const run3 = server.newRun();
    const restore = await runStep(
      "main",
      {
        command: "restore",
        destinations: "artifact:",
        identity: identityText,
        target: dbUrl(target, DB_PASSWORD),
        "github-token": run3.GITHUB_TOKEN!,
      },
      run3,
    );
    expect(restore.code, restore.stdout + restore.stderr).toBe(0);
    expect(await fingerprint(dbUrl(target))).toEqual(await fingerprint(dbUrl(source)));
  });

  it.each([
    [
      "missing destinations",
      { command: "backup", source: "postgres://x@127.0.0.1/db", recipients: "age1x" },
      /input 'destinations' is required/,
    ],
    [
      "an unknown command",
      { command: "explode", destinations: "artifact:" },
      /input 'command' must be one of backup, verify, rotate, restore, check, report; got 'explode'/,
    ],
    [
      "a malformed destinations line",
      {
        command: "backup",
        source: "postgres://x@127.0.0.1/db",
        destinations: "ftp://nowhere",
        "allow-unencrypted": "true",
      },
      /unknown destination 'ftp:/,
    ],
    [
      "no encryption without allow-unencrypted",
      { command: "backup", source: "postgres://x@127.0.0.1/db", destinations: "artifact:" },
      /no encryption configured/,
    ],
  ])("%s fails with a clear message", async (_name, inputs, message) => {
    const run = await runStep("main", inputs as Record<string, string>, server.env);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::/);
    expect(run.stdout).toMatch(message);
    expect(run.state.phase).toBe("failed");
  });

  it("refuses an unencrypted upload to artifacts of a public repository, even with allow-unencrypted", async () => {
    const run = await runStep(
      "main",
      { command: "backup", source: dbUrl(source), destinations: "artifact:", "allow-unencrypted": "true" },
      { ...server.env, TEST_REPO_PUBLIC: "true" },
    );
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain("public repository");
    expect(server.artifacts().filter((a) => a.name.includes("sr_rich") && a.name.endsWith(".dump.zst"))).toEqual([]);
  });

  it("without ACTIONS_RUNTIME_TOKEN the artifact destination says where it works", async () => {
    const { ACTIONS_RUNTIME_TOKEN: _, ...env } = server.env;
    const run = await runStep(
      "main",
      { command: "backup", source: dbUrl(source), destinations: "artifact:", recipients: recipient },
      env,
    );
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain("ACTIONS_RUNTIME_TOKEN");
  });

  it("rotates artifacts across runs, including backups whose artifacts already expired", async () => {
    const ids: string[] = [];
    const objects: string[] = [];
    for (let i = 0; i < 3; i++) {
      const run = server.newRun({ actions: "write" });
      const backup = await runStep(
        "main",
        {
          command: "backup",
          source: dbUrl(source),
          destinations: "artifact:rot-",
          recipients: recipient,
          "github-token": run.GITHUB_TOKEN!,
        },
        run,
      );
      expect(backup.code, backup.stdout).toBe(0);
      ids.push(backup.outputs["backup-id"]!);
      objects.push(backup.outputs.object!);
    }
    server.expire(`rot-${objects[0]}`);
    server.expire(`rot-${ids[0]}.manifest.json`);
    server.expire(`rot-${objects[1]}`);
    const run = server.newRun({ actions: "write" });
    const rotate = await runStep(
      "main",
      {
        command: "rotate",
        destinations: "artifact:rot-",
        "keep-last": "1",
        "grace-period": "1h",
        "github-token": run.GITHUB_TOKEN!,
      },
      run,
    );
    expect(rotate.code, rotate.stdout).toBe(0);
    expect(rotate.summary).toMatch(/Retention/);
    const alive = server
      .artifacts()
      .filter((a) => a.name.startsWith("rot-") && !a.expired)
      .map((a) => a.name);
    // The manifest whose data expired is swept only once it is older than the grace period (1h at least).
    expect(alive.sort()).toEqual(
      [`rot-${ids[1]}.manifest.json`, `rot-${ids[2]}.manifest.json`, `rot-${objects[2]}`].sort(),
    );
  });

  it("the post step reports a main step that never finished", async () => {
    const post = await runStep("post", {}, server.env, {
      phase: "started",
      command: "backup",
      "started-at": new Date().toISOString(),
    });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain("did not finish");
    expect(post.summary).toContain("did not finish");
  });
});
