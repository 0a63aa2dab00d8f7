import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Writable } from "node:stream";
import { IntegrityError } from "../../errors.ts";
import { spawnStage, stdinSink } from "../../stages/child-process.ts";
import { makeScratchFolder } from "../../stages/scratch.ts";

export interface DumpInspection {
  /** Table-of-contents entries (custom format) or statements seen (plain). */
  readonly entries: number;
  readonly detail: string;
}

export interface InspectingSink {
  readonly sink: Writable;
  /** Settles after the sink finished: the inspection's verdict. */
  result(): Promise<DumpInspection>;
  /** Stops the helper process and removes scratch files, whatever happened. */
  dispose(): Promise<void>;
}

const CUSTOM_MAGIC = Buffer.from("PGDMP");

/**
 * Feeds a decoded custom-format dump to `pg_restore --list`, which reads only the header and the
 * table of contents; the rest of the stream is still consumed (and so authenticated) to the end.
 */
export function tocSink(pgRestore: string, backupId: string): InspectingSink {
  const stage = spawnStage(pgRestore, ["--list"], {
    stdin: "pipe",
    makeError: (detail) =>
      new IntegrityError(`backup ${backupId}: pg_restore cannot read the dump's table of contents: ${detail}`),
  });
  let toc = "";
  stage.child.stdout!.setEncoding("utf8");
  stage.child.stdout!.on("data", (text: string) => {
    toc += text;
  });
  const sink = stdinSink(stage, {
    checkFirst: (chunk) =>
      chunk.subarray(0, 5).equals(CUSTOM_MAGIC)
        ? undefined
        : new IntegrityError(`backup ${backupId}: the decoded data is not a pg_dump custom-format archive`),
  });
  return {
    sink,
    async dispose() {
      if (stage.child.exitCode === null && stage.child.signalCode === null) stage.child.kill("SIGKILL");
    },
    async result() {
      await stage.exited;
      const entries = toc.split("\n").filter((line) => line.trim() && !line.startsWith(";")).length;
      if (entries === 0) throw new IntegrityError(`backup ${backupId}: the dump's table of contents is empty`);
      return { entries, detail: `${entries} table-of-contents entries` };
    },
  };
}

const PLAIN_TRAILER = "-- PostgreSQL database dump complete";

/** A plain SQL dump is whole only if pg_dump wrote its closing line. */
export function plainSink(backupId: string): InspectingSink {
  let tail = "";
  let lines = 0;
  const sink = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      const text = chunk.toString("latin1");
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
      tail = (tail + text).slice(-4096);
      callback();
    },
  });
  return {
    sink,
    async dispose() {},
    async result() {
      if (!tail.includes(PLAIN_TRAILER)) {
        throw new IntegrityError(`backup ${backupId}: the SQL dump is incomplete (pg_dump's closing line is missing)`);
      }
      return { entries: lines, detail: `${lines} lines of SQL` };
    },
  };
}

/**
 * Directory format (a tar of pg_dump's folder): unpacks it into a temporary folder while the
 * stream is read, then reads the table of contents with `pg_restore --list` and checks every
 * data file it names is there.
 */
export async function directorySink(pgRestore: string, backupId: string): Promise<InspectingSink> {
  const folder = await makeScratchFolder("verify-dir");
  const tar = spawnStage("tar", ["-C", folder, "-xf", "-"], {
    stdin: "pipe",
    stdout: "ignore",
    makeError: (detail) =>
      new IntegrityError(`backup ${backupId}: the decoded data is not a readable tar of a dump folder: ${detail}`),
  });
  const sink = stdinSink(tar);
  return {
    sink,
    async dispose() {
      if (tar.child.exitCode === null && tar.child.signalCode === null) tar.child.kill("SIGKILL");
      await rm(folder, { recursive: true, force: true });
    },
    async result() {
      try {
        await tar.exited;
        const list = spawnStage(pgRestore, ["--list", join(folder, ".")], {
          makeError: (detail) =>
            new IntegrityError(`backup ${backupId}: pg_restore cannot read the dump folder: ${detail}`),
        });
        let toc = "";
        list.child.stdout!.setEncoding("utf8");
        list.child.stdout!.on("data", (text: string) => (toc += text));
        await list.exited;
        const entries = toc.split("\n").filter((line) => line.trim() && !line.startsWith(";")).length;
        const files = (await readdir(folder)).filter((name) => name.endsWith(".dat")).length;
        if (entries === 0) throw new IntegrityError(`backup ${backupId}: the dump's table of contents is empty`);
        return { entries, detail: `${entries} table-of-contents entries, ${files} data files` };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
