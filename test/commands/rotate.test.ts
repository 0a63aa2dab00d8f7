import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../src/catalog/catalog.ts";
import type { RunContext } from "../../src/run-context.ts";
import { runRotate } from "../../src/commands/rotate.ts";
import { parseRotateConfig } from "../../src/config/rotate.ts";
import type { Destination } from "../../src/destinations/destination.ts";
import { LocalFolder } from "../../src/destinations/local-folder.ts";
import { DestinationError } from "../../src/errors.ts";
import { ConsoleLogger } from "../../src/logger.ts";
import { Redactor } from "../../src/redact.ts";
import { daysAgo, markVerified, writeBackupAt } from "../support/catalog-fixture.ts";
import { runCli, tempDir } from "../support/cli.ts";

const quiet: RunContext = {
  log: new ConsoleLogger(new Redactor(), process.stderr, true),
  env: {},
  signal: new AbortController().signal,
};

/** 30 daily backups at 03:00 UTC, newest yesterday. */
function dailyTimeline(dir: string, days = 30, database = "appdb") {
  const today = new Date();
  today.setUTCHours(3, 0, 0, 0);
  return Array.from({ length: days }, (_, i) =>
    writeBackupAt(dir, new Date(today.getTime() - (i + 1) * 86_400_000), database),
  );
}

describe("strongroom rotate", () => {
  it("--dry-run prints the plan and changes nothing; the real run removes exactly the plan; a second run removes nothing", async () => {
    const dir = tempDir();
    const backups = dailyTimeline(dir);
    const before = readdirSync(dir).sort();
    const dry = await runCli([
      "rotate",
      "--from",
      dir,
      "--keep-daily",
      "7",
      "--keep-weekly",
      "2",
      "--dry-run",
      "--json",
    ]);
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(plan.plan).toHaveLength(30);
    expect(plan.plan.every((p: { reasons: string[] }) => p.reasons.length > 0)).toBe(true);
    const kept = plan.plan.filter((p: { keep: boolean }) => p.keep).map((p: { id: string }) => p.id);
    expect(kept.slice(0, 7)).toEqual(backups.slice(0, 7).map((b) => b.id));

    const real = await runCli(["rotate", "--from", dir, "--keep-daily", "7", "--keep-weekly", "2"]);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/CREATED \(UTC\)\s+ID\s+ACTION\s+WHY/);
    const left = JSON.parse((await runCli(["list", "--from", dir, "--json"])).stdout).map((b: { id: string }) => b.id);
    expect(left.sort()).toEqual([...kept].sort());
    for (const b of backups) expect(existsSync(join(dir, b.object))).toBe(kept.includes(b.id));
    const again = await runCli(["rotate", "--from", dir, "--keep-daily", "7", "--keep-weekly", "2", "--json"]);
    expect(JSON.parse(again.stdout).removed).toEqual([]);
  });

  it("an empty policy is refused", async () => {
    const run = await runCli(["rotate", "--from", tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/keep-/);
  });

  it("keeps each database's backups apart and never counts incomplete ones", async () => {
    const dir = tempDir();
    const a = dailyTimeline(dir, 5, "alpha");
    const b = dailyTimeline(dir, 5, "beta");
    const newestButBroken = writeBackupAt(dir, new Date(), "alpha", { withObject: false });
    const result = await runRotate(parseRotateConfig({ from: dir, "keep-last": "1" }, {}), quiet);
    const keptIds = result.plan.filter((p) => p.keep).map((p) => p.id);
    expect(keptIds).toContain(a[0]!.id);
    expect(keptIds).toContain(b[0]!.id);
    expect(keptIds).toContain(newestButBroken.id);
    expect([...result.removed].sort()).toEqual([...a.slice(1), ...b.slice(1)].map((m) => m.id).sort());
  });

  it("never removes the newest verified backup, and --count-verified-only fills buckets with verified ones", async () => {
    const dir = tempDir();
    const backups = dailyTimeline(dir, 6);
    markVerified(dir, backups[3]!, true, new Date());
    markVerified(dir, backups[1]!, false, new Date());
    const plain = await runRotate(parseRotateConfig({ from: dir, "keep-last": "1", "dry-run": true }, {}), quiet);
    expect(plain.plan.filter((p) => p.keep).map((p) => p.id)).toEqual([backups[0]!.id, backups[3]!.id]);
    const verifiedOnly = await runRotate(
      parseRotateConfig({ from: dir, "keep-daily": "2", "count-verified-only": true, "dry-run": true }, {}),
      quiet,
    );
    expect(verifiedOnly.plan.filter((p) => p.keep).map((p) => p.id)).toEqual([backups[0]!.id, backups[3]!.id]);
  });

  it("removes orphaned data objects only after the grace period", async () => {
    const dir = tempDir();
    const [keep] = dailyTimeline(dir, 1);
    const old = writeBackupAt(dir, daysAgo(3), "appdb");
    const young = writeBackupAt(dir, new Date(Date.now() - 60_000), "appdb");
    for (const m of [old, young]) {
      // A crash before the manifest was written: only the data object exists.
      const { rmSync } = await import("node:fs");
      rmSync(join(dir, `${m.id}.manifest.json`));
    }
    writeFileSync(join(dir, "notes.txt"), "not ours");
    const result = await runRotate(parseRotateConfig({ from: dir, "keep-last": "5" }, {}), quiet);
    expect(result.orphans).toEqual([old.object]);
    expect(existsSync(join(dir, old.object))).toBe(false);
    expect(existsSync(join(dir, young.object))).toBe(true);
    expect(existsSync(join(dir, "notes.txt"))).toBe(true);
    expect(existsSync(join(dir, keep!.object))).toBe(true);
  });

  it("an interrupted rotation leaves a catalog that lists only whole backups", async () => {
    for (const failAfter of [1, 2, 3, 4, 5, 6, 7]) {
      const dir = tempDir();
      dailyTimeline(dir, 8);
      const folder = new LocalFolder(dir);
      let removals = 0;
      const dying: Destination = {
        display: folder.display,
        put: (n, b, o) => folder.put(n, b, o),
        get: (n, o) => folder.get(n, o),
        stat: (n) => folder.stat(n),
        list: () => folder.list(),
        remove: async (name) => {
          if (++removals > failAfter) throw new DestinationError("killed", { permanent: true });
          await folder.remove(name);
        },
      };
      await expect(runRotate(parseRotateConfig({ from: dir, "keep-last": "2" }, {}), quiet, dying)).rejects.toThrow(
        /rotation stopped/,
      );
      const catalog = await readCatalog(folder);
      for (const entry of catalog.backups)
        expect(entry.object?.size, `after ${failAfter} removals`).toBe(entry.manifest.size);
      // A later, uninterrupted rotation finishes the job once the leftovers are past the grace period.
      const finish = await runRotate(
        parseRotateConfig({ from: dir, "keep-last": "2", "grace-period": "1h" }, {}),
        quiet,
      );
      expect(finish.kept).toBe(2);
      const names = readdirSync(dir);
      expect(names.filter((n) => n.endsWith(".manifest.json"))).toHaveLength(2);
      expect(names.filter((n) => n.endsWith(".age"))).toHaveLength(2);
    }
  });
});
