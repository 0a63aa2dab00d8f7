import type { Readable } from "node:stream";
import { type ChildEnv } from "../../stages/child-env.ts";
import { type ChildStage, spawnStage } from "../../stages/child-process.ts";
import { CopyTagReader } from "./copy-tags.ts";
import type { RestoredTable } from "./target.ts";

/** A restore tool started on its input: one process, or pg_restore piped into psql. */
export interface ToolRun {
  /** The process whose stdin takes the archive. */
  readonly entry: ChildStage;
  /**
   * Resolves once every process succeeded, with the rows per table the server reported (the
   * counted chain only); rejects with the error that says most.
   */
  readonly exited: Promise<RestoredTable[] | undefined>;
  kill(): void;
}

export interface ToolSpec {
  readonly tool: string;
  readonly args: readonly string[];
  readonly env: ChildEnv;
  readonly makeError: (detail: string) => Error;
}

export function startTool(spec: ToolSpec, stdin: "pipe" | Readable, signal: AbortSignal | undefined): ToolRun {
  const stage = spawnStage(spec.tool, spec.args, { ...spec, stdin, stdout: "ignore", signal });
  return { entry: stage, exited: stage.exited.then(() => undefined), kill: () => stage.child.kill("SIGKILL") };
}

/**
 * `pg_restore --single-transaction --file=-` into `psql --echo-queries`: the same statements as
 * pg_restore sends itself, and psql prints the server's `COPY <rows>` tag of every table, so the
 * rows restored are known without counting the tables afterwards. The script's own BEGIN/COMMIT
 * make it one transaction; an input cut short never reaches COMMIT, and psql's exit rolls it back.
 */
export function startCountedRestore(
  pgRestore: ToolSpec,
  psql: ToolSpec,
  stdin: "pipe" | Readable,
  signal: AbortSignal | undefined,
): ToolRun {
  const script = spawnStage(pgRestore.tool, pgRestore.args, { ...pgRestore, stdin, stdout: "pipe", signal });
  const run = spawnStage(psql.tool, psql.args, { ...psql, stdin: script.child.stdout!, stdout: "pipe", signal });
  const reader = new CopyTagReader();
  run.child.stdout!.setEncoding("utf8").on("data", (text: string) => reader.write(text));
  const outputRead = new Promise<void>((resolve) => run.child.stdout!.once("close", resolve));
  const kill = () => {
    script.child.kill("SIGKILL");
    run.child.kill("SIGKILL");
  };
  // The process that failed first says most: psql's server error causes pg_restore's broken
  // pipe, a damaged archive stops pg_restore and then psql, which must not outlive it.
  let firstFailure: unknown;
  script.exited.catch((error: unknown) => {
    firstFailure ??= error;
    run.child.kill("SIGKILL");
  });
  run.exited.catch((error: unknown) => {
    firstFailure ??= error;
  });
  const exited = (async () => {
    const settled = await Promise.allSettled([run.exited, script.exited]);
    if (settled.some((result) => result.status === "rejected")) throw firstFailure;
    await outputRead;
    const { tables, committed } = reader.end();
    if (!committed) throw psql.makeError("psql ended before the restore's COMMIT; nothing was committed");
    return tables;
  })();
  return { entry: script, exited, kill };
}
