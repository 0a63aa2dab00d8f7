/**
 * `npm run bench`: Strongroom against the equivalent shell pipelines on a realistic database.
 * Prints ratios and peak RSS against the targets; never asserts (see scripts/bench/args.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findPgTool } from "../src/sources/postgres/pg-tools.ts";
import { BENCH_USAGE, parseBenchArgs } from "./bench/args.ts";
import { type BenchCase, type BenchEnv, backupCase, restoreCase } from "./bench/cases.ts";
import { parallelCases } from "./bench/parallel.ts";
import { uploadCase } from "./bench/upload.ts";
import { ensureBenchDatabase, withClient } from "./bench/data.ts";
import { type CaseRecord, renderTable, summarize, TARGETS, writeJson } from "./bench/report.ts";
import { hasGnuTime, quote, roundOrder } from "./bench/runner.ts";
import { renderStageTable, stageTable } from "./bench/stages.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const log = (line: string) => process.stderr.write(`${line}\n`);

async function runCase(benchCase: BenchCase, runs: number, server: string): Promise<CaseRecord> {
  const record: CaseRecord = {
    id: benchCase.id,
    title: benchCase.title,
    notes: benchCase.notes,
    variants: benchCase.variants.map((v) => ({ id: v.id, side: v.side, command: v.command, runs: [] })),
  };
  log(`\n${benchCase.title}`);
  for (const v of benchCase.variants) log(`  ${v.id}: ${v.command}`);
  for (let round = 0; round < runs; round++) {
    for (const index of roundOrder(benchCase.variants.length, round)) {
      const variant = benchCase.variants[index]!;
      await variant.before?.(round);
      // No run pays for another's leftovers: the shell's unsynced output is written back now,
      // and the server's dirty pages by the checkpoint, both outside the timed part.
      execFileSync("sync");
      await withClient(`${server}/postgres`, (c) => c.query("checkpoint"));
      const measurement = await variant.run(round);
      const facts = (await variant.after?.(round, measurement)) ?? {};
      record.variants[index]!.runs.push({
        round,
        seconds: measurement.seconds,
        peakRssBytes: measurement.peakRssBytes,
        cpuSeconds: measurement.cpuSeconds,
        facts,
      });
      const cpu = measurement.cpuSeconds === undefined ? "" : `, CPU ${measurement.cpuSeconds.toFixed(1)} s`;
      const rss =
        variant.side === "strongroom" && measurement.peakRssBytes
          ? `, peak RSS ${(measurement.peakRssBytes / 1e6).toFixed(0)} MB`
          : "";
      log(`  run ${round + 1}/${runs} ${variant.id.padEnd(20)} ${measurement.seconds.toFixed(2)} s${cpu}${rss}`);
    }
  }
  return record;
}

async function runStages(env: BenchEnv): Promise<void> {
  const plain = join(env.work, "plain.dump");
  const pgDump = await findPgTool("pg_dump", 0);
  log(`Dumping ${env.sourceUrl} once to ${plain}`);
  execFileSync("bash", [
    "-o",
    "pipefail",
    "-c",
    `${quote(pgDump.path)} -Fc -Z0 -d ${quote(env.sourceUrl)} > ${quote(plain)}`,
  ]);
  const bytes = (await stat(plain)).size;
  const rows = await stageTable(root, plain, env.recipient);
  console.log(renderStageTable(rows, bytes));
  const path = await writeJson(root, {
    kind: "stages",
    plainBytes: bytes,
    node: process.version,
    loadavg: loadavg(),
    rows,
  });
  console.log(`JSON: ${path}`);
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options === "help") {
    console.log(BENCH_USAGE);
    return;
  }
  if (!hasGnuTime) log("note: /usr/bin/time is missing (apt-get install time): peak RSS will not be measured");
  const database = await ensureBenchDatabase(options.server, options.sizeLabel, options.sizeBytes, {
    rebuild: options.rebuild,
    log,
  });
  log(
    `Database ${database.name}: ${(database.bytes / 2 ** 20).toFixed(0)} MiB` +
      (database.reused ? " (reused)" : ` (built in ${database.buildSeconds!.toFixed(0)} s)`),
  );
  const work = await mkdtemp(join(tmpdir(), "strongroom-bench-"));
  try {
    const identityFile = join(work, "key.txt");
    execFileSync(
      join(root, "node_modules/.bin/node"),
      [join(root, "scripts/strongroom.mjs"), "keygen", "--out", identityFile],
      { stdio: "ignore" },
    );
    const recipient = /public key: (age1\w+)/.exec(await readFile(identityFile, "utf8"))?.[1];
    if (!recipient) throw new Error("keygen wrote no public key");
    const env: BenchEnv = { root, work, server: options.server, sourceUrl: database.url, recipient, identityFile };
    await mkdir(work, { recursive: true });
    if (options.stages) {
      await runStages(env);
      return;
    }
    const load = { before: loadavg() };
    const started = new Date();
    const cases: CaseRecord[] = [];
    // The restore case restores the backup case's last backup.
    if (options.cases.has("backup") || options.cases.has("restore"))
      cases.push(await runCase(await backupCase(env), options.runs, options.server));
    if (options.restore && options.cases.has("restore"))
      cases.push(await runCase(await restoreCase(env), options.runs, options.server));
    if (options.cases.has("upload")) {
      const upload = await uploadCase(env);
      try {
        cases.push(await runCase(upload.benchCase, options.runs, options.server));
      } finally {
        await upload.stop();
      }
    }
    if (options.jobs > 1 && options.cases.has("parallel")) {
      for (const parallel of await parallelCases(env, options.jobs)) {
        cases.push(await runCase(parallel, options.runs, options.server));
      }
    }
    const summaries = summarize(cases);
    const loadAfter = loadavg();
    console.log(
      `\nStrongroom bench: ${database.name}, ${(database.bytes / 2 ** 20).toFixed(0)} MiB, ${options.runs} run(s) each, medians`,
    );
    console.log(renderTable(summaries));
    for (const c of cases) for (const note of c.notes) console.log(`  note (${c.id}): ${note}`);
    console.log(
      `  load average before ${load.before.map((x) => x.toFixed(1)).join(" ")}, after ${loadAfter.map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} CPUs`,
    );
    const path = await writeJson(root, {
      startedAt: started.toISOString(),
      options,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        node: process.version,
        loadavgBefore: load.before,
        loadavgAfter: loadAfter,
      },
      database,
      targets: TARGETS,
      summaries,
      cases,
    });
    console.log(`JSON: ${path}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
