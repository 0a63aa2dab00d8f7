import { describe, expect, it } from "vitest";
import { roundOrder } from "../../scripts/bench/runner.ts";
import {
  type CaseRecord,
  pairedRatio,
  renderTable,
  summarize,
  type VariantRecord,
} from "../../scripts/bench/report.ts";

const variant = (id: string, side: "strongroom" | "shell", seconds: number[]): VariantRecord => ({
  id,
  side,
  command: id,
  runs: seconds.map((s, round) => ({ round: round + 1, seconds: s, facts: {} })),
});

describe("bench report", () => {
  // The machine slowed down in round 3: every variant took twice as long there.
  const strongroom = variant("strongroom", "strongroom", [10, 10.2, 30]);
  const shell = variant("shell", "shell", [10.5, 10, 14]);
  const tuned = variant("shell-zstd-T0", "shell", [8, 8.5, 16]);
  const backup: CaseRecord = { id: "backup", title: "backup", notes: [], variants: [strongroom, shell, tuned] };

  it("pairs each round's runs, so one slow round cannot move the ratio", () => {
    // Medians: 10.2 / 10.5 = 0.971; per round 0.952, 1.02, 2.143: median 1.02.
    expect(pairedRatio(strongroom, shell)).toBeCloseTo(1.02, 3);
    expect(pairedRatio(strongroom, tuned)).toBeCloseTo(1.25, 3);
    const [summary] = summarize([backup]);
    expect(summary?.ratio).toBeCloseTo(10.2 / 10.5, 3);
    expect(summary?.pairedRatio).toBeCloseTo(1.02, 3);
    expect(summary?.pairedVsOtherShells?.["shell-zstd-T0"]).toBeCloseTo(1.25, 3);
    expect(renderTable(summarize([backup]))).toContain("0.971 (per round 1.020)");
  });

  it("leaves out rounds that only one side ran", () => {
    const partial = { ...shell, runs: shell.runs.slice(0, 1) };
    expect(pairedRatio(strongroom, partial)).toBeCloseTo(10 / 10.5, 3);
    expect(pairedRatio(strongroom, { ...shell, runs: [] })).toBeNaN();
  });
});

describe("bench round order", () => {
  it("runs every variant once per round, first in turn, after a different neighbour in alternate rounds", () => {
    const rounds = [0, 1, 2, 3, 4].map((round) => roundOrder(5, round));
    for (const order of rounds) expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(rounds.map((order) => order[0])).size).toBe(5);
    const predecessors = (variant: number) =>
      new Set(rounds.map((order) => order[order.indexOf(variant) - 1]).filter((p) => p !== undefined));
    for (let variant = 0; variant < 5; variant++) expect(predecessors(variant).size).toBeGreaterThan(1);
  });
});

describe("bench reference variants", () => {
  it("are printed against every shell but never judged as Strongroom", () => {
    const shell = variant("shell", "shell", [10, 10, 10]);
    const tuned = variant("shell-zstd-T0", "shell", [8, 8, 8]);
    const floor: VariantRecord = { ...variant("node-floor", "shell", [8.8, 8.8, 8.8]), side: "reference" };
    const summaries = summarize([{ id: "backup", title: "backup", notes: [], variants: [shell, tuned, floor] }]);
    const summary = summaries.find((s) => s.variant === "node-floor");
    expect(summary?.ratio).toBeCloseTo(0.88, 3);
    expect(summary?.pairedVsOtherShells?.["shell-zstd-T0"]).toBeCloseTo(1.1, 3);
    expect(summary?.peakRssBytes).toBeUndefined();
    const row = renderTable(summaries)
      .split("\n")
      .find((line) => line.startsWith("backup  node-floor"));
    expect(row).toContain("1.100 (per round 1.100) × shell-zstd-T0");
    expect(row).toContain("reference, not judged");
    expect(row).not.toContain("MISSED");
  });
});
