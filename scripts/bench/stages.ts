/**
 * Stage isolation (`npm run bench -- --stages`): one plain dump file pushed through growing
 * prefixes of the backup pipeline, each in a fresh process, with its wall time, CPU time and
 * peak RSS; the zstd and age CLIs on the same file for comparison. The differences between
 * rows are what each stage costs.
 *
 * Run directly as `node --import tsx scripts/bench/stages.ts <file> <stages> <recipient>` it
 * measures one prefix and prints one JSON line.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { join } from "node:path";
import type { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createEncryptStream } from "../../src/crypto/age-stream.ts";
import { createCompressStream } from "../../src/stages/compress.ts";
import { createDigestStream } from "../../src/stages/digest.ts";
import { createMeterStream } from "../../src/stages/meter.ts";
import { createRechunkStream } from "../../src/stages/rechunk.ts";
import { measure, quote, shell } from "./runner.ts";

/** Prefixes of backup.ts's stage list: meter, rechunk, zstd, age, sha256. */
export const PREFIXES = ["read", "meter", "meter+rechunk", "…+zstd", "…+zstd+age", "…+zstd+age+sha256"] as const;

export interface StageRow {
  readonly stages: string;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssBytes?: number;
}

function build(prefix: string, recipient: string): Transform[] {
  const depth = PREFIXES.indexOf(prefix as (typeof PREFIXES)[number]);
  if (depth < 0) throw new Error(`unknown stage prefix ${prefix}`);
  const all = [
    () => createMeterStream(),
    () => createRechunkStream(),
    () => createCompressStream("zstd", 3)!,
    () => createEncryptStream({ recipients: [recipient] }),
    () => createDigestStream(),
  ];
  return all.slice(0, depth).map((make) => make());
}

async function measureOne(file: string, prefix: string, recipient: string): Promise<void> {
  const stages = build(prefix, recipient);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await pipeline([
    createReadStream(file, { highWaterMark: 1 << 20 }),
    ...stages,
    createWriteStream("/dev/null", { highWaterMark: 1 << 20 }),
  ]);
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 }),
  );
}

/** Every prefix in its own process (so RSS is per prefix), then the CLIs. */
export async function stageTable(root: string, file: string, recipient: string): Promise<StageRow[]> {
  const rows: StageRow[] = [];
  const node = join(root, "node_modules/.bin/node");
  const self = fileURLToPath(import.meta.url);
  for (const prefix of PREFIXES) {
    const m = await measure({ command: node, args: ["--import", "tsx", self, file, prefix, recipient], rss: true });
    const inner = JSON.parse(m.stdout.trim().split("\n").pop()!) as { seconds: number; cpuSeconds: number };
    rows.push({ stages: prefix, ...inner, peakRssBytes: m.peakRssBytes });
  }
  for (const [label, script] of [
    ["zstd -3 CLI", `zstd -3 -q -c < ${quote(file)} > /dev/null`],
    ["zstd -3 | age CLIs", `zstd -3 -q -c < ${quote(file)} | age -r ${recipient} > /dev/null`],
  ] as const) {
    const m = await measure({ ...shell(script), rss: true });
    rows.push({ stages: label, seconds: m.seconds, cpuSeconds: m.cpuSeconds ?? Number.NaN });
  }
  return rows;
}

export function renderStageTable(rows: readonly StageRow[], bytes: number): string {
  const lines = [
    `stage isolation on a ${(bytes / 1e6).toFixed(0)} MB plain dump (read from a file, written to /dev/null)`,
  ];
  lines.push(`${"stages".padEnd(22)}  ${"wall".padStart(8)}  ${"CPU".padStart(8)}  ${"MB/s".padStart(6)}  peak RSS`);
  for (const r of rows) {
    lines.push(
      `${r.stages.padEnd(22)}  ${`${r.seconds.toFixed(2)} s`.padStart(8)}  ${`${r.cpuSeconds.toFixed(2)} s`.padStart(8)}  ${(bytes / 1e6 / r.seconds).toFixed(0).padStart(6)}  ${r.peakRssBytes ? `${(r.peakRssBytes / 1e6).toFixed(0)} MB` : "-"}`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, prefix, recipient] = process.argv.slice(2);
  if (!file || !prefix || !recipient) throw new Error("usage: stages.ts <file> <prefix> <recipient>");
  await measureOne(file, prefix, recipient);
}
