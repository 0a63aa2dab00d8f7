/** Collects run results into medians and ratios; prints a table and writes the JSON record. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Side } from "./cases.ts";
import { median } from "./runner.ts";

/** Issue 17's goals: at par with the plain shell pipelines, within 5 % of the hand-tuned one, 150 MB. */
export const TARGETS = {
  backupRatio: 1.0,
  backupVsHandTuned: 1.05,
  restoreRatio: 1.0,
  peakRssBytes: 150 * 10 ** 6,
} as const;

export interface RunRecord {
  readonly round: number;
  readonly seconds: number;
  readonly peakRssBytes?: number;
  readonly cpuSeconds?: number;
  readonly facts: Record<string, number>;
}

export interface VariantRecord {
  readonly id: string;
  readonly side: Side;
  readonly command: string;
  readonly runs: RunRecord[];
}

export interface CaseRecord {
  readonly id: string;
  readonly title: string;
  readonly notes: readonly string[];
  readonly variants: VariantRecord[];
}

export interface VariantSummary {
  readonly case: string;
  readonly variant: string;
  readonly side: Side;
  readonly medianSeconds: number;
  readonly minSeconds: number;
  readonly maxSeconds: number;
  /** strongroom / shell medians of the same case (its first shell variant); undefined for that shell. */
  readonly ratio?: number;
  /**
   * The median of the per-round ratios (strongroom / shell of the same round): this VM's speed
   * drifts by 10–30 % over minutes, and a round's variants run within a minute or two of each other.
   */
  readonly pairedRatio?: number;
  /** This variant's median over each other shell variant's of the same case (strongroom and reference variants). */
  readonly vsOtherShells?: Record<string, number>;
  /** As pairedRatio, against each other shell variant. */
  readonly pairedVsOtherShells?: Record<string, number>;
  /** Parallel backup only: strongroom / the backup case's single-stream shell median (the target: below 1). */
  readonly vsSingleStreamShell?: number;
  /** Strongroom only: the shell's figure would be its largest process, not comparable. */
  readonly peakRssBytes?: number;
  /** User + system CPU of the whole run (children included), median. */
  readonly medianCpuSeconds?: number;
  readonly medianFacts: Record<string, number>;
}

export function summarize(cases: readonly CaseRecord[]): VariantSummary[] {
  const out: VariantSummary[] = [];
  const singleStreamShell = median(
    cases
      .find((c) => c.id === "backup")
      ?.variants.find((v) => v.side === "shell")
      ?.runs.map((r) => r.seconds) ?? [],
  );
  for (const c of cases) {
    const shells = c.variants.filter((v) => v.side === "shell");
    const primary = shells[0];
    const shellMedian = median(primary?.runs.map((r) => r.seconds) ?? []);
    const others = shells.slice(1).map((v) => [v.id, median(v.runs.map((r) => r.seconds))] as const);
    const pairedWith = (v: VariantRecord) =>
      Object.fromEntries(shells.slice(1).map((shell) => [shell.id, pairedRatio(v, shell)]));
    for (const v of c.variants) {
      const seconds = v.runs.map((r) => r.seconds);
      const rss = v.runs.map((r) => r.peakRssBytes).filter((x): x is number => x !== undefined);
      const cpu = v.runs.map((r) => r.cpuSeconds).filter((x): x is number => x !== undefined);
      const factKeys = [...new Set(v.runs.flatMap((r) => Object.keys(r.facts)))];
      out.push({
        case: c.id,
        variant: v.id,
        side: v.side,
        medianSeconds: median(seconds),
        minSeconds: Math.min(...seconds),
        maxSeconds: Math.max(...seconds),
        ratio: v !== primary ? median(seconds) / shellMedian : undefined,
        pairedRatio: v !== primary && primary ? pairedRatio(v, primary) : undefined,
        ...(v.side !== "shell" && others.length
          ? {
              vsOtherShells: Object.fromEntries(others.map(([id, m]) => [id, median(seconds) / m])),
              pairedVsOtherShells: pairedWith(v),
            }
          : {}),
        ...(v.side === "strongroom" && c.id.startsWith("parallel-backup") && Number.isFinite(singleStreamShell)
          ? { vsSingleStreamShell: median(seconds) / singleStreamShell }
          : {}),
        peakRssBytes: v.side === "strongroom" && rss.length ? Math.max(...rss) : undefined,
        medianCpuSeconds: cpu.length ? median(cpu) : undefined,
        medianFacts: Object.fromEntries(factKeys.map((k) => [k, median(v.runs.map((r) => r.facts[k] ?? Number.NaN))])),
      });
    }
  }
  return out;
}

/** The median over the rounds both variants ran of `variant`'s seconds / `shell`'s (NaN if none). */
export function pairedRatio(variant: VariantRecord, shell: VariantRecord): number {
  const shellSeconds = new Map(shell.runs.map((r) => [r.round, r.seconds]));
  const ratios = variant.runs.flatMap((r) => {
    const other = shellSeconds.get(r.round);
    return other === undefined ? [] : [r.seconds / other];
  });
  return median(ratios);
}

const mb = (bytes: number | undefined) => (bytes === undefined ? "-" : `${(bytes / 10 ** 6).toFixed(0)} MB`);

function target(s: VariantSummary): string {
  if (s.ratio === undefined || s.side === "shell") return "";
  if (s.side === "reference") return "reference, not judged";
  const rssOk = s.peakRssBytes === undefined || s.peakRssBytes < TARGETS.peakRssBytes;
  const rss = `RSS ${rssOk ? "met" : "MISSED"} (<${mb(TARGETS.peakRssBytes)})`;
  if (s.vsSingleStreamShell !== undefined) {
    const ok = s.vsSingleStreamShell < 1;
    return `${ok ? "met" : "MISSED"} (${s.vsSingleStreamShell.toFixed(3)} × single-stream shell, <1), ${rss}`;
  }
  if (s.case.startsWith("parallel") || s.case.startsWith("upload")) return rss;
  const limit = s.case.startsWith("restore") ? TARGETS.restoreRatio : TARGETS.backupRatio;
  const tuned = s.vsOtherShells?.["shell-zstd-T0"];
  const vsTuned =
    tuned === undefined
      ? ""
      : `, ${tuned <= TARGETS.backupVsHandTuned ? "met" : "MISSED"} (≤${TARGETS.backupVsHandTuned.toFixed(2)} × zstd -T0)`;
  return `${s.ratio <= limit ? "met" : "MISSED"} (≤${limit.toFixed(2)})${vsTuned}, ${rss}`;
}

const paired = (ratio: number | undefined) =>
  ratio === undefined || Number.isNaN(ratio) ? "" : ` (per round ${ratio.toFixed(3)})`;

export function renderTable(summaries: readonly VariantSummary[]): string {
  const header = [
    "case",
    "variant",
    "median",
    "min–max",
    "ratio sr/shell",
    "vs other shells",
    "CPU",
    "peak RSS",
    "stored",
    "targets",
  ];
  const rows = summaries.map((s) => [
    s.case,
    s.variant,
    `${s.medianSeconds.toFixed(2)} s`,
    `${s.minSeconds.toFixed(2)}–${s.maxSeconds.toFixed(2)}`,
    s.ratio === undefined ? "" : `${s.ratio.toFixed(3)}${paired(s.pairedRatio)}`,
    Object.entries(s.vsOtherShells ?? {})
      .map(([id, ratio]) => `${ratio.toFixed(3)}${paired(s.pairedVsOtherShells?.[id])} × ${id}`)
      .join(", "),
    s.medianCpuSeconds === undefined ? "-" : `${s.medianCpuSeconds.toFixed(1)} s`,
    mb(s.peakRssBytes),
    s.medianFacts.storedBytes === undefined ? "" : mb(s.medianFacts.storedBytes),
    target(s),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export async function writeJson(root: string, record: unknown): Promise<string> {
  const dir = join(root, "bench-results");
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
  return path;
}
