import type { Readable } from "node:stream";
import { SourceError } from "../../errors.ts";
import type { Redactor } from "../../redact.ts";
import { outputOf, spawnStage } from "../../stages/child-process.ts";
import { connect, libpqEnv, type PostgresTarget } from "./connection.ts";
import { type DumpContents, dumpContents, type ServerFacts, serverFacts } from "./facts.ts";
import { findPgTool } from "./pg-tools.ts";

export const DUMP_FORMATS = ["custom", "plain"] as const;
export type DumpFormat = (typeof DUMP_FORMATS)[number];

export interface PostgresDumpOptions {
  readonly target: PostgresTarget;
  readonly format: DumpFormat;
  /** Turn off pg_dump's own compression (Strongroom compresses after it). */
  readonly uncompressed: boolean;
  readonly rowCounts: "exact" | "estimate";
  readonly pgBin?: string;
  readonly redactor: Redactor;
  readonly signal?: AbortSignal;
  readonly log?: (line: string) => void;
}

export interface PostgresDump {
  readonly stream: Readable;
  readonly server: ServerFacts;
  readonly pgDump: { readonly path: string; readonly version: string; readonly major: number };
  /** Resolves after the dump ended: row counts etc. from the dump's snapshot. */
  readonly contents: Promise<DumpContents>;
  /** Ends the snapshot transaction and the connection; call in finally. */
  close(): Promise<void>;
}

/**
 * Starts pg_dump on a snapshot exported by our own connection, so the row counts recorded in
 * the manifest describe exactly the data in the dump.
 */
export async function startPostgresDump(options: PostgresDumpOptions): Promise<PostgresDump> {
  const { target, redactor } = options;
  const client = await connect(target);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.query("rollback").catch(() => {});
    await client.end().catch(() => {});
  };
  try {
    const server = await serverFacts(client);
    const pgDump = await findPgTool("pg_dump", server.serverMajor, { binDir: options.pgBin });
    await client.query("begin isolation level repeatable read read only");
    const { rows } = await client.query<{ snapshot: string }>("select pg_export_snapshot() as snapshot");
    const snapshot = rows[0]!.snapshot;
    const args = [
      `--dbname=${target.urlWithoutPassword}`,
      `--format=${options.format}`,
      `--snapshot=${snapshot}`,
      "--no-password",
    ];
    if (options.format === "custom" && options.uncompressed) args.push("--compress=0");
    const stage = spawnStage(pgDump.path, args, {
      env: libpqEnv(target),
      signal: options.signal,
      makeError: (detail) =>
        new SourceError(`pg_dump failed for ${target.display}: ${redactor.redact(detail)}`, {
          hint: "read pg_dump's message above; permission errors mean the user needs read access to every table (or a role such as pg_read_all_data)",
        }),
    });
    const contents = dumpContents(client, options.rowCounts).catch((error: unknown) => {
      throw new SourceError(`could not count rows in ${target.display}: ${redactor.redact((error as Error).message)}`, {
        cause: error,
      });
    });
    contents.catch(() => {});
    return { stream: outputOf(stage), server, pgDump, contents, close };
  } catch (error) {
    await close();
    throw error;
  }
}
