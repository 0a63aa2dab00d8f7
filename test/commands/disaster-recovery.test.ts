import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStep } from "../action/runner.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifact-server.ts";
import { ROOT, runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, fingerprint, richDatabase, sql } from "../support/postgres.ts";

const PTY = new URL("../fixtures/pty-answer.py", import.meta.url).pathname;

interface Listed {
  id: string;
  createdAt: string;
  object: string;
  source: string;
}

/** A laptop: no runner variables, only what the issue names (and the test's own PATH/HOME). */
function laptopEnv(server: ArtifactServer, token: string): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: "",
    ACTIONS_RESULTS_URL: "",
    GITHUB_TOKEN: "",
    GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
    GH_TOKEN: token,
    GITHUB_API_URL: server.env.GITHUB_API_URL!,
  };
}

describe("disaster recovery from a laptop: artifacts read through the REST API, get, delete, --at", () => {
  let server: ArtifactServer;
  let source: string;
  let keyFile: string;
  let recipient: string;
  let work: string;
  const databases: string[] = [];
  const backups: { id: string; fingerprint: Record<string, string> }[] = [];

  beforeAll(async () => {
    server = await startArtifactServer();
    source = await richDatabase();
    databases.push(source);
    work = tempDir();
    keyFile = join(work, "key.txt");
    recipient = (await runCli(["keygen", "--out", keyFile])).stdout.trim();
    // Three nightly runs of the action, the data changing between them.
    for (let night = 0; night < 3; night++) {
      await sql(dbUrl(source), `create table if not exists night (n int); insert into night values (${night})`);
      const run = server.newRun({ actions: "write" });
      const step = await runStep(
        "main",
        { command: "backup", source: dbUrl(source), destinations: "artifact:", recipients: recipient },
        run,
      );
      expect(step.code, step.stdout + step.stderr).toBe(0);
      backups.push({ id: step.outputs["backup-id"]!, fingerprint: await fingerprint(dbUrl(source)) });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  afterAll(async () => {
    await server?.close();
    for (const name of databases) await dropDatabase(name);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const listed = async (env: Record<string, string>): Promise<Listed[]> => {
    const run = await runCli(["list", "--from", "artifact:", "--json"], { env });
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as Listed[];
  };

  it("lists the action's backups from a process with no runner variables", async () => {
    const env = laptopEnv(server, server.newRun({ actions: "read" }).GITHUB_TOKEN!);
    const rows = await listed(env);
    expect(rows.map((r) => r.id)).toEqual(backups.map((b) => b.id).reverse());
  });

  it("verifies (decode level) and checks from there, saying a record needs a job", async () => {
    const env = laptopEnv(server, server.newRun({ actions: "read" }).GITHUB_TOKEN!);
    const verify = await runCli(["verify", "--from", "artifact:", "--identity", keyFile, "--json"], { env });
    expect(verify.code, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)[0]).toMatchObject({ id: backups[2]!.id, ok: true, level: "decode" });
    expect(verify.stderr).toMatch(/could not record.*inside a GitHub Actions job/);
    const check = await runCli(["check", "--from", "artifact:", "--max-age", "1h"], { env });
    expect(check.code, check.stderr).toBe(0);
  });

  it("restores the backup taken before a given time identically, streamed through the REST API", async () => {
    const token = server.newRun({ actions: "read" }).GITHUB_TOKEN!;
    const env = laptopEnv(server, token);
    const rows = await listed(env);
    const second = rows.find((r) => r.id === backups[1]!.id)!;
    const third = rows.find((r) => r.id === backups[2]!.id)!;
    const between = new Date((Date.parse(second.createdAt) + Date.parse(third.createdAt)) / 2).toISOString();
    const target = await createDatabase("sr_dr");
    databases.push(target);
    const run = await runCli(
      ["restore", "--from", "artifact:", "--at", between, "--to", dbUrl(target), "--identity", keyFile, "--json"],
      { env },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe(backups[1]!.id);
    expect(await fingerprint(dbUrl(target))).toEqual(backups[1]!.fingerprint);
    expect(`${run.stdout}${run.stderr}`).not.toContain(token);
  });

  it("an --at before the first backup, and a time without a zone, are refused clearly", async () => {
    const env = laptopEnv(server, server.newRun({ actions: "read" }).GITHUB_TOKEN!);
    const early = await runCli(["get", "--from", "artifact:", "--at", "2001-01-01", "--out", join(work, "x")], { env });
    expect(early.code).toBe(4);
    expect(early.stderr).toMatch(/at or before 2001-01-01T23:59:59.999Z: the first is/);
    const zoneless = await runCli(
      ["get", "--from", "artifact:", "--at", "2026-11-20T09:00", "--out", join(work, "x")],
      {
        env,
      },
    );
    expect(zoneless.code).toBe(2);
    expect(zoneless.stderr).toMatch(/add Z for UTC/);
    expect(existsSync(join(work, "x"))).toBe(false);
  });

  it("get writes the stored object byte for byte with its manifest, and --decrypt a dump pg_restore restores", async () => {
    const env = laptopEnv(server, server.newRun({ actions: "read" }).GITHUB_TOKEN!);
    const out = join(work, "copy");
    execFileSync("mkdir", ["-p", out]);
    const raw = await runCli(["get", "--from", "artifact:", "--backup", backups[0]!.id, "--out", out, "--json"], {
      env,
    });
    expect(raw.code, raw.stderr).toBe(0);
    const result = JSON.parse(raw.stdout) as { out: string; manifestFile: string };
    const manifest = JSON.parse(readFileSync(result.manifestFile, "utf8")) as { sha256: string; size: number };
    const stored = server.artifacts().find((a) => a.name === `${backups[0]!.id}.dump.zst.age`)!;
    expect(readFileSync(result.out).equals(stored.content!)).toBe(true);
    expect(statSync(result.out).mode & 0o777).toBe(0o600);
    expect(manifest.size).toBe(stored.size);
    // The folder it wrote is itself a destination: the copy restores with Strongroom too.
    expect((await runCli(["list", "--from", out, "--json"])).stdout).toContain(backups[0]!.id);

    const again = await runCli(["get", "--from", "artifact:", "--backup", backups[0]!.id, "--out", result.out], {
      env,
    });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);

    const dumpFile = join(work, "plain.dump");
    const plain = await runCli(
      ["get", "--from", "artifact:", "--out", dumpFile, "--decrypt", "--identity", keyFile, "--source", dbUrl(source)],
      { env },
    );
    expect(plain.code, plain.stderr).toBe(0);
    const target = await createDatabase("sr_dr");
    databases.push(target);
    execFileSync("pg_restore", ["--no-owner", "--single-transaction", "-d", dbUrl(target), dumpFile]);
    expect(await fingerprint(dbUrl(target))).toEqual(backups[2]!.fingerprint);
  });

  it("get --out - streams the plain dump to stdout", async () => {
    const env = laptopEnv(server, server.newRun({ actions: "read" }).GITHUB_TOKEN!);
    const piped = await runCli(["get", "--from", "artifact:", "--out", "-", "--decrypt", "-i", keyFile], { env });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout.startsWith("PGDMP")).toBe(true);
    expect(piped.stderr).toContain(backups[2]!.id);
  });

  it("a token without actions: read is told which scope it lacks; writing outside a job says it needs one", async () => {
    const env = laptopEnv(server, "not-a-token");
    const refused = await runCli(["list", "--from", "artifact:"], { env });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/token/i);
    const reader = laptopEnv(server, server.newRun({ actions: "read" }).GITHUB_TOKEN!);
    const write = await runCli(["delete", "--from", "artifact:", "--backup", backups[0]!.id, "--yes"], {
      env: reader,
    });
    expect(write.code).toBe(2);
    expect(write.stderr).toMatch(/only inside a GitHub Actions job/);
    expect((await listed(reader)).map((r) => r.id)).toContain(backups[0]!.id);
  });

  it("an expired artifact is reported as expired", async () => {
    const folder = tempDir();
    try {
      const env = laptopEnv(server, server.newRun({ actions: "read" }).GITHUB_TOKEN!);
      server.expire(`${backups[0]!.id}.dump.zst.age`);
      const run = await runCli(["get", "--from", "artifact:", "--backup", backups[0]!.id, "--out", folder], { env });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/expired/);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("delete refuses the newest without --force and removes an older backup completely", async () => {
    const job = { ...server.newRun({ actions: "write" }), GH_TOKEN: "" };
    const newest = await runCli(["delete", "--from", "artifact:", "--backup", backups[2]!.id, "--yes"], { env: job });
    expect(newest.code).toBe(2);
    expect(newest.stderr).toMatch(/newest complete backup/);
    const noYes = await runCli(["delete", "--from", "artifact:", "--backup", backups[1]!.id], { env: job });
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toMatch(/without --yes/);
    const dry = await runCli(["delete", "--from", "artifact:", "--backup", backups[1]!.id, "--dry-run"], { env: job });
    expect(dry.stdout).toMatch(
      new RegExp(`would delete ${backups[1]!.id}[^\n]*\n  ${backups[1]!.id}\.manifest\.json\n`),
    );
    expect(server.artifacts().some((a) => a.name.startsWith(backups[1]!.id))).toBe(true);
    const gone = await runCli(["delete", "--from", "artifact:", "--backup", backups[1]!.id, "--yes"], { env: job });
    expect(gone.code, gone.stderr).toBe(0);
    expect(server.artifacts().filter((a) => a.name.startsWith(backups[1]!.id))).toEqual([]);
    const rows = await listed(laptopEnv(server, server.newRun({ actions: "read" }).GITHUB_TOKEN!));
    expect(rows.map((r) => r.id)).not.toContain(backups[1]!.id);
  });
});

describe("delete and --at on a local folder with several sources", () => {
  it("asks on a terminal and deletes only on yes", async () => {
    const folder = tempDir();
    const db = await createDatabase("sr_dr");
    try {
      await sql(dbUrl(db), "create table t (n int); insert into t values (1)");
      for (let i = 0; i < 2; i++)
        expect((await runCli(["backup", "--source", dbUrl(db), "--to", folder, "--no-encryption"])).code).toBe(0);
      const [, older] = JSON.parse((await runCli(["list", "--from", folder, "--json"])).stdout) as Listed[];
      const ask = (answer: string) =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(
            "python3",
            [
              PTY,
              process.execPath,
              join(ROOT, "scripts/strongroom.mjs"),
              "delete",
              "--from",
              folder,
              "--backup",
              older!.id,
            ],
            { env: { ...process.env, PTY_ANSWER: answer, PTY_PROMPT: "[y/N]" }, stdio: ["ignore", "pipe", "pipe"] },
          );
          let out = "";
          child.stdout.on("data", (d) => (out += d));
          child.on("close", (code) => resolve({ code, out }));
        });
      const no = await ask("n");
      expect(no.out).toContain(`Delete backup ${older!.id}`);
      expect(no.code).toBe(2);
      expect(readdirSync(folder).some((n) => n.startsWith(older!.id))).toBe(true);
      const yes = await ask("y");
      expect(yes.code, yes.out).toBe(0);
      expect(readdirSync(folder).some((n) => n.startsWith(older!.id))).toBe(false);
    } finally {
      await dropDatabase(db);
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("a damaged object leaves no file behind", async () => {
    const folder = tempDir();
    const out = tempDir();
    const db = await createDatabase("sr_dr");
    try {
      await sql(dbUrl(db), "create table t (n int); insert into t select generate_series(1, 1000)");
      expect((await runCli(["backup", "--source", dbUrl(db), "--to", folder, "--no-encryption"])).code).toBe(0);
      const object = readdirSync(folder).find((n) => n.endsWith(".zst"))!;
      const bytes = readFileSync(join(folder, object));
      bytes[bytes.length >> 1]! ^= 0xff;
      writeFileSync(join(folder, object), bytes);
      for (const extra of [[], ["--decrypt"]]) {
        const run = await runCli(["get", "--from", folder, "--out", out, ...extra]);
        expect(run.code, run.stderr).toBe(5);
        expect(readdirSync(out)).toEqual([]);
      }
    } finally {
      await dropDatabase(db);
      rmSync(folder, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("asks for --source when latest is ambiguous, and filters list by it", async () => {
    const folder = tempDir();
    const made: string[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const db = await createDatabase("sr_dr");
        made.push(db);
        await sql(dbUrl(db), "create table t (n int); insert into t values (1)");
        const run = await runCli(["backup", "--source", dbUrl(db), "--to", folder, "--no-encryption"]);
        expect(run.code, run.stderr).toBe(0);
      }
      const out = join(folder, "..", `${made[0]}.out`);
      const ambiguous = await runCli(["get", "--from", folder, "--out", out]);
      expect(ambiguous.code).toBe(2);
      expect(ambiguous.stderr).toMatch(/2 sources/);
      expect(ambiguous.stderr).toMatch(/--source/);
      expect(existsSync(out)).toBe(false);
      const only = await runCli(["list", "--from", folder, "--source", dbUrl(made[0]!), "--json"]);
      expect((JSON.parse(only.stdout) as Listed[]).map((r) => r.source.includes(made[0]!))).toEqual([true]);
      const missing = await runCli(["delete", "--from", folder, "--backup", "20990101T000000000Z-nope", "--yes"]);
      expect(missing.code).toBe(4);
      expect(missing.stderr).toMatch(/not found/);
      writeFileSync(join(folder, "unrelated.txt"), "x");
    } finally {
      for (const db of made) await dropDatabase(db);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
