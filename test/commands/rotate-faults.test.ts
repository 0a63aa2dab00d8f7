import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Manifest, manifestName } from "../../src/catalog/manifest.ts";
import { daysAgo, writeBackupAt } from "../support/catalog-fixture.ts";
import { runCli, tempDir } from "../support/cli.ts";

const made: string[] = [];
function folder(): string {
  const dir = tempDir("sr-rotate-faults-");
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function rewrite(dir: string, manifest: Manifest, change: Record<string, unknown>): void {
  writeFileSync(join(dir, manifestName(manifest.id)), JSON.stringify({ ...manifest, ...change }));
}

async function listed(dir: string): Promise<string[]> {
  const run = await runCli(["list", "--from", dir, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { id: string }[]).map((b) => b.id);
}

describe("rotation faults (issue 16)", () => {
  it("an older manifest naming the newest backup's object never gets that object deleted", async () => {
    const dir = folder();
    const newest = writeBackupAt(dir, daysAgo(1));
    const copycat = writeBackupAt(dir, daysAgo(3), "appdb", { withObject: false });
    rewrite(dir, copycat, { object: newest.object, size: newest.size, sha256: newest.sha256 });

    const rotate = await runCli(["rotate", "--from", dir, "--keep-last", "1", "--json"]);
    expect(rotate.code, rotate.stderr).toBe(0);
    expect(existsSync(join(dir, newest.object))).toBe(true);
    expect(rotate.stderr).toContain(`damaged entry ${manifestName(copycat.id)}`);
    expect(rotate.stderr).toContain("does not own");
    expect(await listed(dir)).toEqual([newest.id]);
  });

  it("a backup dated in the future never counts as the newest: rotation keeps the real newest", async () => {
    const dir = folder();
    const older = writeBackupAt(dir, daysAgo(2));
    const newest = writeBackupAt(dir, daysAgo(1));
    const future = writeBackupAt(dir, daysAgo(3));
    rewrite(dir, future, { createdAt: "2099-01-01T00:00:00.000Z", completedAt: "2099-01-01T00:00:01.000Z" });

    const rotate = await runCli(["rotate", "--from", dir, "--keep-last", "1", "--json"]);
    expect(rotate.code, rotate.stderr).toBe(0);
    expect(JSON.parse(rotate.stdout).removed).toEqual([older.id]);
    expect(rotate.stderr).toContain("dated in the future");
    expect(existsSync(join(dir, newest.object))).toBe(true);
    // Left alone, not trusted: its files stay for a person to look at.
    expect(existsSync(join(dir, future.object))).toBe(true);
    expect(await listed(dir)).toEqual([newest.id]);

    const check = await runCli(["check", "--from", dir, "--max-age", "12h"]);
    expect(check.code, check.stdout + check.stderr).toBe(7);
    expect(check.stdout + check.stderr).toContain(newest.id);
  });

  it("a createdAt that is not a date is a damaged entry: list, check, verify and rotate carry on with the others", async () => {
    const dir = folder();
    const good = writeBackupAt(dir, daysAgo(1));
    const bad = writeBackupAt(dir, daysAgo(2));
    rewrite(dir, bad, { createdAt: "yesterday" });

    expect(await listed(dir)).toEqual([good.id]);
    const check = await runCli(["check", "--from", dir, "--max-age", "2d"]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).not.toContain("NaN");
    const verify = await runCli(["verify", "--from", dir, "--backup", "all", "--level", "digest"]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stderr).not.toMatch(/RangeError|TypeError/);
    const rotate = await runCli(["rotate", "--from", dir, "--keep-last", "1"]);
    expect(rotate.code, rotate.stderr).toBe(0);
    expect(rotate.stderr).toContain("createdAt is not a date");
    expect(existsSync(join(dir, good.object))).toBe(true);
    expect(existsSync(join(dir, bad.object))).toBe(true);
  });

  it("a manifest whose source has no display does not crash list", async () => {
    const dir = folder();
    const good = writeBackupAt(dir, daysAgo(1));
    const bad = writeBackupAt(dir, daysAgo(2));
    rewrite(dir, bad, { source: { kind: "postgres", key: "k", database: "appdb" } });
    for (const json of [true, false]) {
      const run = await runCli(["list", "--from", dir, ...(json ? ["--json"] : [])]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(good.id);
      expect(run.stderr).toContain(`damaged entry ${manifestName(bad.id)}`);
    }
  });

  it("a count written other than in decimal digits is refused, not read as another number", async () => {
    const dir = folder();
    const backups = [1, 2, 3].map((days) => writeBackupAt(dir, daysAgo(days)));
    for (const count of ["0x10", "1e1", "5.0", "0b1", "-1"]) {
      const run = await runCli(["rotate", "--from", dir, `--keep-last=${count}`]);
      expect(run.code, `${count}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toContain(`--keep-last must be a whole number from 0 to 1000000; got '${count}'`);
    }
    for (const b of backups) expect(existsSync(join(dir, b.object))).toBe(true);
  });

  it("a grace period under 1h is refused, naming the floor", async () => {
    const dir = folder();
    const orphan = writeBackupAt(dir, new Date(Date.now() - 5 * 60_000));
    rmSync(join(dir, manifestName(orphan.id)));
    for (const grace of ["0s", "59min", "30s"]) {
      const run = await runCli(["rotate", "--from", dir, "--keep-last", "1", "--grace-period", grace]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain("--grace-period must be at least 1h");
    }
    expect(existsSync(join(dir, orphan.object))).toBe(true);
    const ok = await runCli(["rotate", "--from", dir, "--keep-last", "1", "--grace-period", "1h"]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(existsSync(join(dir, orphan.object))).toBe(true);
  });
});
