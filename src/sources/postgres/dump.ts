import type pg from "pg";
import { SourceError } from "../../errors.ts";
import { formatBytes } from "../../format.ts";
import type { Redactor } from "../../redact.ts";
import { mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { type ChildStage, outputOf, spawnStage } from "../../stages/child-process.ts";
import { isDiskFull, makeScratchFolder, scratchError } from "../../stages/scratch.ts";
import { connectTo, libpqEnv, type PostgresTarget } from "./connection.ts";
import { endDumpSessions, uniqueApplicationName } from "./end-sessions.ts";
import { type DumpContents, dumpContents, type ServerFacts, serverFacts, tableBytes } from "./facts.ts";
import { packFolderWhileWritten } from "./folder-packer.ts";
import { findPgTool, warmPgTools } from "./pg-tools.ts";

export const DUMP_FORMATS = ["custom", "plain", "directory"] as const;
export type DumpFormat = (typeof DUMP_FORMATS)[number];

export interface PostgresDumpOptions {
  readonly target: PostgresTarget;
  readonly format: DumpFormat;
  /** Turn off pg_dump's own compression (Strongroom compresses after it). */
  readonly uncompressed: boolean;
  readonly rowCounts: "exact" | "estimate";
  /** Tables dumped concurrently (directory format only). */
  readonly jobs?: number;
  readonly pgBin?: string;
  readonly redactor: Redactor;
  readonly signal?: AbortSignal;
  readonly log?: (line: string) => void;
}

export interface PostgresDump {
  readonly stream: Readable;
  /** The tool whose stdout `stream` reads: pg_dump, or in directory format the tar packing its folder. */
  readonly tool: ChildStage;
  readonly server: ServerFacts;
  /** About how many bytes the dump will have (the tables' size on disk), for an ETA. */
  readonly estimatedBytes: number | undefined;
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
  const { redactor } = options;
  // Which pg_dump fits depends on the server's version; their version probes need not wait for it.
  warmPgTools(["pg_dump"], { binDir: options.pgBin });
  // pg_dump must reach the server that exported the snapshot: the host our session connected to.
  const { client, target } = await connectTo(options.target);
  const applicationName = uniqueApplicationName();
  const pid = (client as unknown as { processID?: number }).processID ?? 0;
  // Cancelled while a query or pg_dump waits on a lock: neither would notice until the lock goes.
  const endSessions = () => endDumpSessions(target, pid, applicationName);
  const onAbort = () => void endSessions();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let closed = false;
  let finished = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    options.signal?.removeEventListener("abort", onAbort);
    // Given up mid-way (cancelled, failed): a query blocked on a lock would hold the rollback back.
    if (!finished) await endSessions();
    await client.query("rollback").catch(() => {});
    await client.end().catch(() => {});
  };
  try {
    options.signal?.throwIfAborted();
    const server = await serverFacts(client);
    const estimatedBytes = await estimateBytes(client);
    const pgDump = await findPgTool("pg_dump", server.serverMajor, { binDir: options.pgBin });
    const snapshot = await exportSnapshot(client);
    const args = [
      `--dbname=${target.urlWithoutPassword}`,
      `--format=${options.format}`,
      `--snapshot=${snapshot}`,
      "--no-password",
    ];
    if (options.format !== "plain" && options.uncompressed) args.push("--compress=0");
    let spool: string | undefined;
    if (options.format === "directory") {
      spool = await makeSpool();
      args.push(`--jobs=${options.jobs ?? 1}`, `--file=${join(spool, "dump")}`);
    }
    const closeConnection = close;
    let stream: Readable | undefined;
    let tool: ChildStage | undefined;
    const closeAll = async () => {
      // A dump still running (its reader gave up) must not be left blocked on a full pipe.
      for (const running of [stage, tool]) {
        if (running && running.child.exitCode === null && running.child.signalCode === null)
          running.child.kill("SIGKILL");
      }
      stream?.destroy();
      await closeConnection();
      if (spool) await rm(spool, { recursive: true, force: true });
    };
    options.signal?.throwIfAborted();
    const stage = spawnStage(pgDump.path, args, {
      env: { ...libpqEnv(target), PGAPPNAME: applicationName },
      signal: options.signal,
      stdout: spool ? "ignore" : "pipe",
      makeError: (detail) => pgDumpError(detail, target, redactor, spool, estimatedBytes),
    });
    const contents = countContents(client, target, options);
    contents.catch(() => {});
    Promise.all([stage.exited, contents]).then(
      () => void (finished = true),
      () => {},
    );
    tool = spool ? packFolderWhileWritten(stage, join(spool, "dump"), options.signal) : stage;
    stream = outputOf(tool);
    return { stream, tool, server, pgDump, contents, estimatedBytes, close: closeAll };
  } catch (error) {
    await close();
    // The query the cancellation ended fails with the server's message: report the cancellation.
    if (options.signal?.aborted) throw options.signal.reason;
    throw error;
  }
}

/** The tables' size on disk, for an ETA: only an estimate, never worth waiting for a table someone has locked. */
async function estimateBytes(client: pg.Client): Promise<number | undefined> {
  await client.query("set lock_timeout = '500ms'");
  const estimatedBytes = await tableBytes(client).catch(() => undefined);
  await client.query("reset lock_timeout");
  return estimatedBytes;
}

/** Opens the read-only snapshot transaction pg_dump joins, and returns the snapshot's name. */
async function exportSnapshot(client: pg.Client): Promise<string> {
  await client.query("begin isolation level repeatable read read only");
  const { rows } = await client.query<{ snapshot: string }>("select pg_export_snapshot() as snapshot");
  return rows[0]!.snapshot;
}

/** The scratch folder of a directory-format dump, with its empty `dump` folder inside. */
async function makeSpool(): Promise<string> {
  const spool = await makeScratchFolder("pgdump");
  // Made here, not by pg_dump, so tar can start in it at once (pg_dump accepts an empty folder).
  await mkdir(join(spool, "dump"));
  return spool;
}

function pgDumpError(
  detail: string,
  target: PostgresTarget,
  redactor: Redactor,
  spool: string | undefined,
  estimatedBytes: number | undefined,
): Error {
  if (spool && isDiskFull(detail)) {
    return scratchError(
      dirname(spool),
      detail,
      `pg_dump --jobs writes every table there before it is packed${estimatedBytes ? `: about ${formatBytes(estimatedBytes)}` : ""}`,
    ) as Error;
  }
  return new SourceError(`pg_dump failed for ${target.display}: ${redactor.redact(detail)}`, {
    hint: "read pg_dump's message above; permission errors mean the user needs read access to every table (or a role such as pg_read_all_data)",
  });
}

/** Row counts etc. from the snapshot; a cancellation is reported as itself, not as the query it ended. */
function countContents(client: pg.Client, target: PostgresTarget, options: PostgresDumpOptions): Promise<DumpContents> {
  return dumpContents(client, options.rowCounts).catch((error: unknown) => {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new SourceError(
      `could not count rows in ${target.display}: ${options.redactor.redact((error as Error).message)}`,
      { cause: error },
    );
  });
}
