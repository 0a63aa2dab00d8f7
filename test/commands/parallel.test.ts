import { execSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, fingerprint, richDatabase, SERVER } from "../support/postgres.ts";

describe("--jobs: tables dumped in parallel on one snapshot, still one encrypted object", () => {
  let source: string;
  let original: Record<string, string>;
  const made: string[] = [];

  beforeAll(async () => {
    source = await richDatabase();
    made.push(source);
    original = await fingerprint(dbUrl(source));
  });

  afterAll(async () => {
    for (const name of made) await dropDatabase(name);
  });

  it("backs up with --jobs 2, verifies at every level, restores in parallel and by hand with tar and pg_restore -j", async () => {
    const dest = tempDir();
    const tmp = tempDir();
    const identity = join(tempDir(), "key.txt");
    const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
    const backup = await runCli(
      ["backup", "--source", dbUrl(source), "--to", dest, "--recipient", recipient, "--jobs", "2", "--json"],
      {
        env: { TMPDIR: tmp },
      },
    );
    expect(backup.code, backup.stderr).toBe(0);
    const manifest = JSON.parse(backup.stdout);
    expect(manifest.format).toBe("directory");
    expect(manifest.object).toMatch(/\.dir\.tar\.zst\.age$/);
    expect(readdirSync(tmp).filter((n) => n.startsWith("strongroom"))).toEqual([]);

    for (const level of ["decode", "restore"]) {
      const verify = await runCli([
        "verify",
        "--from",
        dest,
        "--level",
        level,
        "--identity",
        identity,
        "--restore-into",
        `${SERVER}/postgres`,
        "--json",
      ]);
      expect(verify.code, verify.stderr).toBe(0);
      expect(JSON.parse(verify.stdout)[0].ok).toBe(true);
    }

    const target = `${source}_parallel`;
    made.push(target);
    const restore = await runCli([
      "restore",
      "--from",
      dest,
      "--to",
      dbUrl(target),
      "--identity",
      identity,
      "--jobs",
      "2",
      "--json",
    ]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout).mismatches).toEqual([]);
    expect(await fingerprint(dbUrl(target))).toEqual(original);

    const manual = await createDatabase("sr_manual_dir");
    made.push(manual);
    const folder = tempDir();
    execSync(
      `age -d -i '${identity}' '${join(dest, manifest.object)}' | zstd -d | tar -C '${folder}' -xf - && pg_restore -j 2 --exit-on-error -d '${dbUrl(manual)}' '${folder}'`,
      { shell: "/bin/bash", stdio: "pipe" },
    );
    expect(await fingerprint(dbUrl(manual))).toEqual(original);
  });

  it("--jobs with a format that cannot be split is a usage error", async () => {
    const run = await runCli([
      "backup",
      "--source",
      dbUrl(source),
      "--to",
      tempDir(),
      "--no-encryption",
      "--jobs",
      "2",
      "--format",
      "custom",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--jobs 2 needs --format directory");
  });
});
