/**
 * `npm start`: the whole job on an embedded default. A throwaway PostgreSQL with sample data,
 * an encrypted backup into a local folder, a verify, a restore into a new database, and a
 * comparison of the two, printed as a short report. Works as a normal user and as root.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { runBackup } from "../src/commands/backup.ts";
import type { RunContext } from "../src/run-context.ts";
import { runKeygen } from "../src/commands/keygen.ts";
import { runList } from "../src/commands/list.ts";
import { runRestore } from "../src/commands/restore.ts";
import { runVerify } from "../src/commands/verify.ts";
import { parseBackupConfig } from "../src/config/backup.ts";
import { parseListConfig, parseVerifyConfig } from "../src/config/inspect.ts";
import { parseRestoreConfig } from "../src/config/restore.ts";
import { messageOf } from "../src/errors.ts";
import { formatBytes, formatMs } from "../src/format.ts";
import { ConsoleLogger } from "../src/logger.ts";
import { Redactor } from "../src/redact.ts";
import { startThrowawayPostgres } from "./throwaway-postgres.ts";

const workDir = resolve(process.env.STRONGROOM_DEMO_DIR ?? ".strongroom-demo");
const run = `${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}`;
const folder = join(workDir, run, "backups");
mkdirSync(folder, { recursive: true });

const log = new ConsoleLogger(new Redactor());
const context: RunContext = { log, env: process.env, signal: new AbortController().signal };

log.info("Starting a throwaway PostgreSQL server…");
const server = await startThrowawayPostgres();
try {
  const fixture = new URL("../test/fixtures/rich.sql", import.meta.url).pathname;
  execFileSync("psql", ["-q", "-d", server.url(), "-c", "create database shop"]);
  execFileSync("psql", ["--no-psqlrc", "-q", "-v", "ON_ERROR_STOP=1", "-d", server.url("shop"), "-f", fixture]);

  const keyFile = join(workDir, run, "identity.txt");
  const { recipient } = await runKeygen(keyFile);
  const backup = await runBackup(
    parseBackupConfig({ source: server.url("shop"), to: [folder], recipient: [recipient] }, {}),
    context,
  );
  const listed = await runList(parseListConfig({ from: folder }, {}), context);
  const verified = await runVerify(parseVerifyConfig({ from: folder, identity: [keyFile] }, {}), context);
  const restored = await runRestore(
    parseRestoreConfig({ from: folder, to: server.url("shop_restored"), identity: [keyFile] }, {}),
    context,
  );

  const m = backup.manifest;
  const rows = restored.tables.reduce((sum, t) => sum + t.rows, 0);
  const report = [
    "",
    "Strongroom demo report",
    `  database      PostgreSQL ${server.major} (throwaway, port ${server.port}), database 'shop'`,
    `  backup        ${m.id}`,
    `  stored        ${join(folder, m.object)}`,
    `  size          ${formatBytes(m.plainSize)} dumped → ${formatBytes(m.size)} stored (zstd, age to ${recipient.slice(0, 12)}…)`,
    `  took          ${formatMs(m.durationMs)}`,
    `  listed        ${listed.length} backup(s) in the folder`,
    `  verified      ${verified[0]?.ok ? "ok" : "FAILED"}: ${verified[0]?.checks.join("; ")}`,
    `  restored      ${restored.tables.length} tables, ${rows} rows into 'shop_restored' in ${formatMs(restored.durationMs)}`,
    `  row counts    ${restored.mismatches.length === 0 ? "identical to the counts recorded at dump time" : `${restored.mismatches.length} tables differ!`}`,
    `  secret key    ${keyFile} (decrypt by hand: age -d -i ${keyFile} <object> | zstd -d | pg_restore --list)`,
    "",
  ];
  process.stdout.write(report.join("\n"));
  if (!verified[0]?.ok || restored.mismatches.length) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`demo failed: ${messageOf(error)}\n`);
  const hint = (error as { hint?: string }).hint;
  if (hint) process.stderr.write(`hint: ${hint}\n`);
  process.exitCode = 1;
} finally {
  await server.stop();
}
