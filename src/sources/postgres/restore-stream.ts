import { rm } from "node:fs/promises";
import type { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Manifest } from "../../catalog/manifest.ts";
import type { VerifiedCopy } from "../../catalog/verified-copy.ts";
import type { DecryptionConfig } from "../../config/encryption.ts";
import { IntegrityError, SourceError } from "../../errors.ts";
import type { RunContext } from "../../run-context.ts";
import { childEnv } from "../../stages/child-env.ts";
import { spawnStage, stdinSink } from "../../stages/child-process.ts";
import { decodeError, decodeStages } from "../../stages/decode.ts";
import { makeScratchFolder } from "../../stages/scratch.ts";
import { findZstdTool } from "../../stages/zstd-tool.ts";
import { libpqEnv, type PostgresTarget, withApplicationName } from "./connection.ts";
import { plainScriptInOneTransaction } from "./plain-transaction.ts";
import { startCountedRestore, startTool, type ToolRun } from "./counted-restore.ts";
import { insertedRows, restoreSessionName } from "./insert-counters.ts";
import {
  findPsql,
  findRestoreTool,
  pgRestoreArgs,
  pgRestoreScriptArgs,
  psqlEchoArgs,
  psqlPlainScriptArgs,
} from "./restore-tools.ts";
import type { RestoredTable } from "./target.ts";

/** Where a restore's row counts came from: psql's COPY tags, or the server's insert counters. */
export type RowSource = "copy-tags" | "insert-counters";

export interface RestoredRows {
  readonly tables: RestoredTable[];
  readonly from: RowSource;
}

export interface StreamIntoOptions {
  readonly decryption: DecryptionConfig;
  /** pg_restore --no-owner --no-privileges. */
  readonly noOwner: boolean;
  readonly pgBin: string | undefined;
  /** Connections for a directory-format restore. */
  readonly jobs: number;
  /** How a custom-format restore reports the rows it restored; "none": it does not. */
  readonly rowsFrom: RowSource | "none";
}

/**
 * Streams a digest-checked copy through decrypt → decompress into pg_restore/psql, in one
 * transaction. A custom-format restore also returns the rows restored per table, as
 * `config.rowsFrom` asks; the other formats return undefined.
 */
export async function streamInto(
  target: PostgresTarget,
  copy: VerifiedCopy,
  manifest: Manifest,
  config: StreamIntoOptions,
  context: RunContext,
): Promise<RestoredRows | undefined> {
  const tool = await findRestoreTool(manifest, config.pgBin);
  const failed = (detail: string, hint: string) =>
    new SourceError(`restore into ${target.display} failed: ${context.log.redactor.redact(detail)}`, { hint });
  return context.log.group(`Restore into ${target.display}`, async () => {
    if (manifest.format !== "directory") {
      const hint = "nothing was committed (the restore runs in one transaction); fix the cause above and run it again";
      const spec = { tool, env: libpqEnv(target), makeError: (d: string) => failed(d, hint) };
      const input = { copy, manifest, config, context };
      if (manifest.format !== "custom") {
        const start = (stdin: "pipe" | Readable) =>
          startTool({ ...spec, args: psqlPlainScriptArgs(target) }, stdin, context.signal);
        await feedTool({ start, failsOnShortInput: false, wrap: plainScriptInOneTransaction }, input);
        return undefined;
      }
      if (config.rowsFrom === "copy-tags") {
        const psql = { ...spec, tool: await findPsql(config.pgBin), args: psqlEchoArgs(target) };
        const start = (stdin: "pipe" | Readable) =>
          startCountedRestore({ ...spec, args: pgRestoreScriptArgs(config.noOwner) }, psql, stdin, context.signal);
        const tables = await feedTool({ start, failsOnShortInput: true }, input);
        return tables && { tables, from: "copy-tags" };
      }
      // The session gets a name of its own, so its end (and with it its insert counts) can be seen.
      const session = config.rowsFrom === "insert-counters" ? restoreSessionName() : undefined;
      const args = pgRestoreArgs(session ? withApplicationName(target, session) : target, { noOwner: config.noOwner });
      await feedTool(
        { start: (stdin) => startTool({ ...spec, args }, stdin, context.signal), failsOnShortInput: true },
        input,
      );
      const tables = session ? await insertedRows(target, session, context.signal) : undefined;
      return tables && { tables, from: "insert-counters" };
    }
    // Directory format: unpack the folder, then restore it with several connections.
    const folder = await makeScratchFolder("restore-dir");
    try {
      const untar = {
        tool: "tar",
        args: ["-C", folder, "-xf", "-"],
        env: childEnv(),
        makeError: (d: string) => failed(d, "the tar tool must be installed and the temporary folder writable"),
      };
      await feedTool(
        { start: (stdin) => startTool(untar, stdin, context.signal), failsOnShortInput: true },
        { copy, manifest, config, context },
      );
      const args = pgRestoreArgs(target, { noOwner: config.noOwner, jobs: config.jobs });
      const restore = spawnStage(tool, [...args, folder], {
        env: libpqEnv(target),
        stdout: "ignore",
        signal: context.signal,
        makeError: (d) =>
          failed(d, "a parallel restore is not one transaction: drop the partly restored database before trying again"),
      });
      await restore.exited;
      return undefined;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}

interface ToolInput {
  /** Starts the tool (or tools) on stdin: piped from Node, or another tool's stdout. */
  readonly start: (stdin: "pipe" | Readable) => ToolRun;
  /**
   * The tool fails on an input cut short (pg_restore's archive, tar), so it may read straight
   * from the zstd tool. Not psql: it would commit whatever arrived before an early end.
   */
  readonly failsOnShortInput: boolean;
  /** A last stage before the tool's stdin (the plain format's own transaction). */
  readonly wrap?: () => Transform;
}

/** The checked copy a tool is fed, and what decoding it needs. */
interface FedCopy {
  readonly copy: VerifiedCopy;
  readonly manifest: Manifest;
  readonly config: Pick<StreamIntoOptions, "decryption">;
  readonly context: RunContext;
}

/** Streams the checked copy through decrypt → decompress into a tool's stdin; the tool's exit decides. */
async function feedTool(input: ToolInput, source: FedCopy): Promise<RestoredTable[] | undefined> {
  const { copy, manifest, config, context } = source;
  const zstdTool =
    input.failsOnShortInput && manifest.compression.algorithm === "zstd" ? await findZstdTool(context.env) : undefined;
  if (zstdTool) return feedThroughZstdTool(zstdTool.path, input, source);
  const run = input.start("pipe");
  try {
    const wrap = input.wrap ? [input.wrap()] : [];
    await pipeline([copy.open(), ...decodeStages(manifest, config.decryption), ...wrap, stdinSink(run.entry)], {
      signal: context.signal,
    });
  } catch (error) {
    // The input failed (the sink tolerates a tool that stops reading): the tool was killed, not
    // given an end of input, so nothing it received is committed.
    run.kill();
    await run.exited.catch(() => {});
    throw (await copy.failure()) ?? decodeError(error, manifest);
  }
  return run.exited;
}

/**
 * Node decrypts into `zstd -d`, whose stdout is the restore tool's stdin: the uncompressed bytes
 * never pass through Node. On any failure the restore tool is killed first, so the end of input
 * it could see when zstd dies never comes before its death.
 */
async function feedThroughZstdTool(
  zstdPath: string,
  input: ToolInput,
  { copy, manifest, config, context }: FedCopy,
): Promise<RestoredTable[] | undefined> {
  const { signal } = context;
  const unzstd = spawnStage(zstdPath, ["-d", "-q", "-c"], {
    stdin: "pipe",
    signal,
    makeError: (detail) =>
      new IntegrityError(`backup ${manifest.id}: the zstd data is corrupt: ${detail}`, { hint: "use another backup" }),
  });
  const run = input.start(unzstd.child.stdout!);
  const killAll = () => {
    run.kill();
    unzstd.child.kill("SIGKILL");
  };
  try {
    await pipeline(
      [copy.open(), ...decodeStages(manifest, config.decryption, { decompress: false }), stdinSink(unzstd)],
      {
        signal,
      },
    );
  } catch (error) {
    killAll();
    await Promise.allSettled([run.exited, unzstd.exited]);
    throw (await copy.failure()) ?? decodeError(error, manifest);
  }
  unzstd.exited.catch(() => run.kill());
  // The restore tool's own error says more than zstd's broken pipe that it causes.
  const [restored, decompressed] = await Promise.allSettled([run.exited, unzstd.exited]);
  if (restored.status === "rejected") throw restored.reason;
  if (decompressed.status === "rejected") throw decompressed.reason;
  return restored.value;
}
