/**
 * Golden timelines: each test/retention/golden/<name>.json describes a catalog and a policy; the
 * plan, one line per backup, must match <name>.expected.txt. The expected files were checked by
 * hand (see the description in each fixture). After an intended change, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run --config scripts/vitest.config.ts test/retention/golden` and
 * review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/config/duration.ts";
import { type CatalogEntry, planRetention, type RetentionPolicy } from "../../src/retention/policy.ts";

interface Fixture {
  description: string;
  policy: Omit<RetentionPolicy, "keepWithin"> & { keepWithin?: string };
  series?: { from: string; to: string; every: string; skip?: string[]; group?: string }[];
  backups?: { at: string; group?: string; complete?: boolean; verified?: "passed" | "failed" }[];
  overrides?: Record<string, { complete?: boolean; verified?: "passed" | "failed" }>;
}

const DIR = join(import.meta.dirname, "golden");
const DEFAULT_GROUP = "db";

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

function catalogOf(fixture: Fixture): CatalogEntry[] {
  const raw: { at: string; group: string; complete: boolean; verified?: "passed" | "failed" }[] = [];
  for (const series of fixture.series ?? []) {
    const step = parseDuration(series.every);
    const skip = new Set((series.skip ?? []).map((at) => Date.parse(at)));
    for (let t = Date.parse(series.from); t <= Date.parse(series.to); t += step) {
      if (!skip.has(t)) raw.push({ at: iso(t), group: series.group ?? DEFAULT_GROUP, complete: true });
    }
  }
  for (const backup of fixture.backups ?? []) {
    raw.push({
      ...backup,
      at: iso(Date.parse(backup.at)),
      group: backup.group ?? DEFAULT_GROUP,
      complete: backup.complete ?? true,
    });
  }
  for (const [at, override] of Object.entries(fixture.overrides ?? {})) {
    const entry = raw.find((e) => e.at === iso(Date.parse(at)));
    if (entry === undefined) throw new Error(`override for ${at} matches no backup`);
    Object.assign(entry, override);
  }
  return raw.map((e) => ({
    id: e.group === DEFAULT_GROUP ? e.at : `${e.group} ${e.at}`,
    createdAt: new Date(e.at),
    group: e.group,
    complete: e.complete,
    verified: e.verified,
  }));
}

function render(fixture: Fixture): string {
  const { keepWithin, ...rest } = fixture.policy;
  const policy: RetentionPolicy = keepWithin === undefined ? rest : { ...rest, keepWithin: parseDuration(keepWithin) };
  const plan = planRetention(catalogOf(fixture), policy);
  const width = Math.max(...plan.map((d) => d.entry.id.length));
  const lines = plan.map((d) => {
    const verified = d.entry.verified === undefined ? "" : `  [${d.entry.verified}]`;
    return `${d.entry.id.padEnd(width)}  ${d.keep ? "keep  " : "remove"}  ${d.reasons.join("; ")}${verified}`;
  });
  const keptCount = plan.filter((d) => d.keep).length;
  return `# ${keptCount} kept, ${plan.length - keptCount} removed\n${lines.join("\n")}\n`;
}

const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .sort();

describe("golden retention timelines", () => {
  it("has fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures)("%s", (name) => {
    const fixture = JSON.parse(readFileSync(join(DIR, name), "utf8")) as Fixture;
    const actual = render(fixture);
    const expectedPath = join(DIR, name.replace(/\.json$/, ".expected.txt"));
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, actual);
    expect(existsSync(expectedPath), `missing ${expectedPath}: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(actual).toBe(readFileSync(expectedPath, "utf8"));
  });
});
