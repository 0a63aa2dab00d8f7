import type { Manifest } from "../../catalog/manifest.ts";
import type { PostgresTarget } from "./connection.ts";
import { findPgTool } from "./pg-tools.ts";

/**
 * How Strongroom runs psql and pg_restore against a target: the one argument list of each, for
 * restores, restore checks and Supabase restores. The password goes through the environment
 * (libpqEnv), never the command line.
 */

type Target = Pick<PostgresTarget, "urlWithoutPassword">;

/**
 * pg_restore for a custom or directory backup, psql for a plain one. A custom backup's restore
 * pipes pg_restore's script into psql (counted-restore.ts), so psql must be there too.
 */
export async function findRestoreTool(manifest: Manifest, pgBin: string | undefined): Promise<string> {
  if (manifest.format !== "custom" && manifest.format !== "directory") return findPsql(pgBin);
  const [pgRestore] = await Promise.all([
    findPgTool("pg_restore", manifest.postgres?.pgDumpMajor ?? 0, { binDir: pgBin }),
    manifest.format === "custom" ? findPsql(pgBin) : undefined,
  ]);
  return pgRestore.path;
}

export async function findPsql(pgBin: string | undefined): Promise<string> {
  return (await findPgTool("psql", 0, { binDir: pgBin })).path;
}

/** psql on a target: no password prompt, no ~/.psqlrc, stops at the first error. */
function psqlArgs(target: Target): string[] {
  return [`--dbname=${target.urlWithoutPassword}`, "--no-password", "--no-psqlrc", "--set=ON_ERROR_STOP=1"];
}

/** psql running a script from stdin, quietly. */
export function psqlScriptArgs(target: Target): string[] {
  return [...psqlArgs(target), "--quiet"];
}

/**
 * pg_restore, stopping at the first error: an archive from stdin in one transaction, or (with
 * `jobs`) a directory with several connections, which cannot be one transaction.
 */
export function pgRestoreArgs(target: Target, options: { noOwner: boolean; jobs?: number }): string[] {
  const args = [`--dbname=${target.urlWithoutPassword}`, "--no-password", "--exit-on-error"];
  args.push(options.jobs === undefined ? "--single-transaction" : `--jobs=${options.jobs}`);
  if (options.noOwner) args.push("--no-owner", "--no-privileges");
  return args;
}

/** pg_restore writing an archive from stdin as one transaction's script to stdout (for psqlEchoArgs). */
export function pgRestoreScriptArgs(noOwner: boolean): string[] {
  const args = ["--file=-", "--single-transaction", "--exit-on-error"];
  if (noOwner) args.push("--no-owner", "--no-privileges");
  return args;
}

/** psql running pg_restore's script, echoing each statement so its command tag can be matched to it. */
export function psqlEchoArgs(target: Target): string[] {
  return [...psqlArgs(target), "--echo-queries", "--file=-"];
}

/**
 * psql for a plain backup's script from stdin. Not --single-transaction: psql would COMMIT at any
 * end of input, even one caused by our death; plainScriptInOneTransaction sends BEGIN and, only
 * after the whole input passed its checks, COMMIT.
 */
export function psqlPlainScriptArgs(target: Target): string[] {
  return [...psqlScriptArgs(target), "--file=-"];
}
