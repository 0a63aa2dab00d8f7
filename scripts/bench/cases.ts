/**
 * The benchmark cases: each Strongroom variant and its shell counterpart, run alternately.
 * Both sides use the same pg_dump/pg_restore binaries, zstd level 3 and age X25519 recipients.
 */
import { existsSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { findPgTool } from "../../src/sources/postgres/pg-tools.ts";
import { withClient } from "./data.ts";
import { type CommandSpec, type Measurement, measure, quote, shell } from "./runner.ts";

export interface BenchEnv {
  readonly root: string;
  readonly work: string;
  readonly server: string;
  readonly sourceUrl: string;
  readonly recipient: string;
  readonly identityFile: string;
}

/**
 * strongroom: what users run; shell: its counterpart (the first one is the ratio's denominator);
 * reference: neither, a yardstick printed against the shells (the node-floor stage).
 */
export type Side = "strongroom" | "shell" | "reference";

export interface Variant {
  readonly id: string;
  readonly side: Side;
  readonly command: string;
  /** Untimed setup before each run (fresh target database…). */
  before?(round: number): Promise<void>;
  run(round: number): Promise<Measurement>;
  /** Untimed: facts about the output (sizes), then cleanup. */
  after?(round: number, measurement: Measurement): Promise<Record<string, number>>;
}

export interface BenchCase {
  readonly id: string;
  readonly title: string;
  readonly variants: readonly Variant[];
  /** Differences between the two sides that the timings include. */
  readonly notes: readonly string[];
}

function nodeBin(root: string): string {
  const local = join(root, "node_modules/.bin/node");
  return existsSync(local) ? local : process.execPath;
}

export function strongroomSpec(env: BenchEnv, args: readonly string[]): CommandSpec {
  return { command: nodeBin(env.root), args: [join(env.root, "scripts/strongroom.mjs"), ...args], rss: true };
}

export function specText(spec: CommandSpec): string {
  return [spec.command, ...spec.args].map(quote).join(" ");
}

async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}

/** The folder of the newest Strongroom backup (kept for the restore case). */
export function lastBackupDir(env: BenchEnv): string {
  return join(env.work, "strongroom-backup");
}

export function lastShellFile(env: BenchEnv): string {
  return join(env.work, "shell-backup.dump.zst.age");
}

export async function backupCase(env: BenchEnv): Promise<BenchCase> {
  const pgDump = await findPgTool("pg_dump", 0);
  const srVariant = (id: string, rowCounts: "exact" | "estimate", keep: boolean): Variant => {
    const dir = (round: number) => (keep ? lastBackupDir(env) : join(env.work, `${id}-${round}`));
    const spec = (round: number) =>
      strongroomSpec(env, [
        "backup",
        "--source",
        env.sourceUrl,
        "--to",
        dir(round),
        "--recipient",
        env.recipient,
        "--row-counts",
        rowCounts,
        "--json",
      ]);
    return {
      id,
      side: "strongroom",
      command: specText(spec(0)),
      before: (round) => rm(dir(round), { recursive: true, force: true }),
      run: (round) => measure(spec(round)),
      async after(round, measurement) {
        const manifest = JSON.parse(measurement.stdout) as { size: number; plainSize: number };
        if (!keep) await rm(dir(round), { recursive: true, force: true });
        return { storedBytes: manifest.size, dumpBytes: manifest.plainSize };
      },
    };
  };
  const out = lastShellFile(env);
  const dump = `${quote(pgDump.path)} -Fc -Z0 -d ${quote(env.sourceUrl)}`;
  const script = `${dump} | zstd -3 -q -c | age -r ${env.recipient} > ${quote(out)}`;
  // A pipeline into `encryptor` (age, or the node-floor stage) writing its own file.
  const piped = (id: string, side: Side, pipeline: string, encryptor = `age -r ${env.recipient}`): Variant => {
    const file = join(env.work, `${id}.age`);
    const text = `${pipeline} | ${encryptor} > ${quote(file)}`;
    return {
      id,
      side,
      command: text,
      before: () => rm(file, { force: true }),
      run: () => measure({ ...shell(text), rss: true }),
      async after() {
        const storedBytes = await fileSize(file);
        await rm(file, { force: true });
        return { storedBytes };
      },
    };
  };
  const handTuned = `${dump} | zstd -3 -T0 -q -c`;
  const nodeFloor = `${quote(nodeBin(env.root))} ${quote(join(env.root, "scripts/bench/node-floor.ts"))} ${env.recipient}`;
  return {
    id: "backup",
    title: "backup",
    variants: [
      srVariant("strongroom-exact", "exact", true),
      srVariant("strongroom-estimate", "estimate", false),
      {
        id: "shell",
        side: "shell",
        command: script,
        before: () => rm(out, { force: true }),
        run: () => measure({ ...shell(script), rss: true }),
        after: async () => ({ storedBytes: await fileSize(out) }),
      },
      // The hand-tuned pipeline (zstd on every core, as Strongroom runs it) and the peers' default
      // (pg_dump's own gzip at its default level, what most backup scripts and containers run).
      piped("shell-zstd-T0", "shell", handTuned),
      piped("shell-pg_dump-gzip", "shell", `${quote(pgDump.path)} -Fc -d ${quote(env.sourceUrl)}`),
      // The hand-tuned pipeline with age replaced by the least a Node data path can do.
      piped("node-floor", "reference", handTuned, nodeFloor),
    ],
    notes: [
      "Ratios are against the first shell variant (shell); 'vs other shells' compares with the hand-tuned zstd -T0 pipeline and with pg_dump -Fc's own gzip.",
      "Strongroom also fsyncs the object before renaming it into place and writes a manifest; the shell pipeline does neither.",
      "strongroom-exact counts every table's rows with count(*) in the dump's snapshot, concurrently with pg_dump.",
      "Strongroom's time includes Node's start-up with the bundled CLI (action/cli.js, about 0.2 s).",
      "node-floor is the -T0 pipeline with age replaced by the least a Node data path can do (scripts/bench/node-floor.ts: blocking reads, Strongroom's age sealing, sha256, blocking writes; no streams, no bundle, no database session): how close any Node-based backup can come.",
    ],
  };
}

export async function freshBenchDatabase(env: BenchEnv, name: string): Promise<void> {
  await withClient(`${env.server}/postgres`, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
    await c.query("checkpoint");
  });
}

export async function dropBenchDatabase(env: BenchEnv, name: string): Promise<void> {
  await withClient(`${env.server}/postgres`, (c) => c.query(`drop database if exists ${name} with (force)`));
}

export async function restoreCase(env: BenchEnv): Promise<BenchCase> {
  const pgRestore = await findPgTool("pg_restore", 0);
  const srTarget = "strongroom_bench_restore_sr";
  const shTarget = "strongroom_bench_restore_shell";
  const specWith = (extra: readonly string[]) =>
    strongroomSpec(env, [
      "restore",
      "--from",
      lastBackupDir(env),
      "--to",
      `${env.server}/${srTarget}`,
      "--identity",
      env.identityFile,
      "--json",
      ...extra,
    ]);
  const srVariant = (id: string, extra: readonly string[]): Variant => ({
    id,
    side: "strongroom",
    command: specText(specWith(extra)),
    before: () => freshBenchDatabase(env, srTarget),
    run: () => measure(specWith(extra)),
    after: async () => {
      await dropBenchDatabase(env, srTarget);
      return {};
    },
  });
  const script =
    `age -d -i ${quote(env.identityFile)} ${quote(lastShellFile(env))} | zstd -d -q -c | ` +
    `${quote(pgRestore.path)} --exit-on-error --single-transaction -d ${quote(`${env.server}/${shTarget}`)}`;
  return {
    id: "restore",
    title: "restore into a fresh database",
    variants: [
      srVariant("strongroom", []),
      srVariant("strongroom-no-row-check", ["--no-row-check"]),
      {
        id: "shell",
        side: "shell",
        command: script,
        before: () => freshBenchDatabase(env, shTarget),
        run: () => measure({ ...shell(script), rss: true }),
        after: async () => {
          await dropBenchDatabase(env, shTarget);
          return {};
        },
      },
    ],
    notes: [
      "Both sides run pg_restore --exit-on-error --single-transaction -d into a new, empty database (on servers before 15 Strongroom runs pg_restore --file=- | psql --echo-queries instead, to read each table's COPY row count).",
      "Strongroom hashes the object as it reads it (holding back the end of pg_restore's input until the sha256 matched) and opens the sealed row counts; the shell pipeline does neither.",
      "strongroom (not strongroom-no-row-check) also compares the rows restored (each new table's insert counter, read once the restore's session ended) with the dump's counts; both variants run the same restore.",
    ],
  };
}

/** Leftovers from an interrupted run. */
export async function cleanWork(work: string): Promise<void> {
  for (const entry of await readdir(work).catch(() => [] as string[])) {
    await rm(join(work, entry), { recursive: true, force: true });
  }
}
