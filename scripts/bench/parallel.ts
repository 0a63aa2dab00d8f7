/**
 * Parallel mode against its shell counterpart: `strongroom backup --jobs N` vs
 * `pg_dump -Fd -j N` + `tar | zstd | age`, and `strongroom restore --jobs N` vs
 * `age -d | zstd -d | tar -x` + `pg_restore -j N`. The single-stream shell time to beat is the
 * backup case's shell variant.
 */
import { mkdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { findPgTool } from "../../src/sources/postgres/pg-tools.ts";
import {
  type BenchCase,
  type BenchEnv,
  type Variant,
  dropBenchDatabase,
  freshBenchDatabase,
  strongroomSpec,
  specText,
} from "./cases.ts";
import { measure, quote, shell } from "./runner.ts";

export async function parallelCases(env: BenchEnv, jobs: number): Promise<BenchCase[]> {
  const pgDump = await findPgTool("pg_dump", 0);
  const pgRestore = await findPgTool("pg_restore", 0);
  const srDir = join(env.work, "strongroom-parallel");
  const shFolder = join(env.work, "shell-parallel-folder");
  const shFile = join(env.work, "shell-parallel.dir.tar.zst.age");
  const backup = strongroomSpec(env, [
    "backup",
    "--source",
    env.sourceUrl,
    "--to",
    srDir,
    "--recipient",
    env.recipient,
    "--jobs",
    String(jobs),
    "--json",
  ]);
  const backupScript =
    `${quote(pgDump.path)} -Fd -j ${jobs} -Z0 -f ${quote(shFolder)} -d ${quote(env.sourceUrl)} && ` +
    `tar -C ${quote(shFolder)} -cf - . | zstd -3 -q -c | age -r ${env.recipient} > ${quote(shFile)}`;
  const srTarget = "strongroom_bench_prestore_sr";
  const shTarget = "strongroom_bench_prestore_shell";
  const restoreFolder = join(env.work, "shell-parallel-restore");
  const restore = strongroomSpec(env, [
    "restore",
    "--from",
    srDir,
    "--to",
    `${env.server}/${srTarget}`,
    "--identity",
    env.identityFile,
    "--jobs",
    String(jobs),
    "--json",
  ]);
  const restoreScript =
    `mkdir -p ${quote(restoreFolder)} && age -d -i ${quote(env.identityFile)} ${quote(shFile)} | zstd -d -q -c | tar -C ${quote(restoreFolder)} -xf - && ` +
    `${quote(pgRestore.path)} -j ${jobs} --exit-on-error -d ${quote(`${env.server}/${shTarget}`)} ${quote(restoreFolder)}`;
  const [backupSr, backupShell, restoreSr, restoreShell]: Variant[] = [
    {
      id: "strongroom-backup",
      side: "strongroom",
      command: specText(backup),
      before: () => rm(srDir, { recursive: true, force: true }),
      run: () => measure(backup),
      after: async (_round, m) => ({ storedBytes: (JSON.parse(m.stdout) as { size: number }).size }),
    },
    {
      id: "shell-backup",
      side: "shell",
      command: backupScript,
      before: async () => {
        await rm(shFolder, { recursive: true, force: true });
        await rm(shFile, { force: true });
      },
      run: () => measure({ ...shell(backupScript), rss: true }),
      after: async () => {
        await rm(shFolder, { recursive: true, force: true });
        return { storedBytes: (await stat(shFile)).size };
      },
    },
    {
      id: "strongroom-restore",
      side: "strongroom",
      command: specText(restore),
      before: () => freshBenchDatabase(env, srTarget),
      run: () => measure(restore),
      after: async () => {
        await dropBenchDatabase(env, srTarget);
        return {};
      },
    },
    {
      id: "shell-restore",
      side: "shell",
      command: restoreScript,
      before: async () => {
        await freshBenchDatabase(env, shTarget);
        await rm(restoreFolder, { recursive: true, force: true });
        await mkdir(restoreFolder, { recursive: true });
      },
      run: () => measure({ ...shell(restoreScript), rss: true }),
      after: async () => {
        await dropBenchDatabase(env, shTarget);
        await rm(restoreFolder, { recursive: true, force: true });
        return {};
      },
    },
  ];
  return [
    {
      id: `parallel-backup-${jobs}`,
      title: `parallel backup (--jobs ${jobs})`,
      variants: [backupSr!, backupShell!],
      notes: [
        "Compare with the backup case's single-stream shell time too: that is the time a parallel dump has to beat.",
      ],
    },
    {
      id: `parallel-restore-${jobs}`,
      title: `parallel restore (--jobs ${jobs})`,
      variants: [restoreSr!, restoreShell!],
      notes: ["Neither parallel restore runs in one transaction (pg_restore -j cannot)."],
    },
  ];
}
