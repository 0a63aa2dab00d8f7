import { readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { SourceError } from "../../errors.ts";
import { type ChildStage, spawnStage } from "../../stages/child-process.ts";

const POLL_MS = 200;
/** pg_dump writes its table of contents last; it goes last into the tar too. */
const WRITTEN_LAST = new Set(["toc.dat"]);

/**
 * Packs pg_dump's directory-format output into one tar stream *while* pg_dump writes it: each
 * file goes to `tar -T -` as soon as no pg_dump process holds it open any more (Linux /proc),
 * the rest once pg_dump has exited. The returned stage's stdout is the tar stream; its `exited`
 * settles only when both tar and pg_dump have, so a dump that fails late fails the stream.
 * Where /proc is missing, every file waits for pg_dump's exit.
 */
export function packFolderWhileWritten(dump: ChildStage, folder: string, signal: AbortSignal | undefined): ChildStage {
  const tar = spawnStage("tar", ["-C", folder, "--null", "--verbatim-files-from", "-T", "-", "-cf", "-"], {
    stdin: "pipe",
    ...(signal ? { signal } : {}),
    makeError: (detail) =>
      new SourceError(`could not pack the dump folder: ${detail}`, { hint: "GNU tar must be installed" }),
  });
  const names = tar.child.stdin!;
  names.on("error", () => {});
  const sent = new Set<string>();
  const send = (name: string) => {
    sent.add(name);
    names.write(`${name}\0`);
  };
  const resolved = realpathSync(folder);
  let dumping = true;
  const poll = async () => {
    while (dumping) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!dumping) break;
      const present = await readdir(folder).catch(() => [] as string[]);
      // Listed before the open files are read: a listed file not open now was closed for good.
      const open = openFilesOf(dump.child.pid);
      if (!open) return;
      for (const name of present) {
        if (!sent.has(name) && !WRITTEN_LAST.has(name) && !open.has(join(resolved, name))) send(name);
      }
    }
  };
  const polling = poll();
  const finished = dump.exited.then(
    async () => {
      dumping = false;
      await polling;
      const rest = (await readdir(folder)).filter((name) => !sent.has(name));
      rest.sort((a, b) => Number(WRITTEN_LAST.has(a)) - Number(WRITTEN_LAST.has(b)) || a.localeCompare(b));
      for (const name of rest) send(name);
      names.end();
    },
    (error: unknown) => {
      dumping = false;
      tar.child.kill("SIGKILL");
      throw error;
    },
  );
  const exited = Promise.all([finished, tar.exited]).then(() => undefined);
  exited.catch(() => {});
  return { child: tar.child, exited, stderrTail: tar.stderrTail };
}

/** Paths held open by a process and its direct children (pg_dump's workers), or undefined without /proc. */
function openFilesOf(pid: number | undefined): Set<string> | undefined {
  if (pid === undefined) return undefined;
  let processes: string[];
  try {
    processes = [String(pid), ...childrenOf(pid)];
  } catch {
    return undefined;
  }
  const open = new Set<string>();
  for (const p of processes) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${p}/fd`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue; // exited: it holds nothing open
      return undefined;
    }
    for (const fd of fds) {
      try {
        open.add(readlinkSync(`/proc/${p}/fd/${fd}`));
      } catch {
        // closed meanwhile
      }
    }
  }
  return open;
}

function childrenOf(pid: number): string[] {
  const children: string[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(entry);
    } catch {
      // gone meanwhile
    }
  }
  return children;
}
