import { hostname } from "node:os";
import { isAlive } from "../../stages/scratch.ts";
import type { PostgresTarget } from "./connection.ts";
import { createEmptyDatabase, quoteIdent, withAdmin } from "./target.ts";

/** The databases Strongroom creates and drops itself: verify's scratch copies and --clean's staging. */
const SCRATCH_NAMES = ["^strongroom_verify_[0-9a-f]{12}$", "_sr_restore_[0-9a-f]{8}$"];
/** A scratch database this old is left from a run that was killed, wherever that run was. */
const ABANDONED_AFTER_MS = 6 * 3_600_000;
const NOTE = "strongroom scratch database ";

interface ScratchNote {
  readonly createdAt: string;
  readonly host: string;
  readonly pid: number;
}

const SERVER = "scratch database server";

/** Creates an empty scratch database and notes on it who made it and when, for `sweepScratchDatabases`. */
export async function createScratchDatabase(server: PostgresTarget, name: string): Promise<void> {
  await createEmptyDatabase(server, name);
  const note: ScratchNote = { createdAt: new Date().toISOString(), host: hostname(), pid: process.pid };
  await withAdmin(
    server,
    (admin) => admin.query(`comment on database ${quoteIdent(name)} is ${quoteLiteral(NOTE + JSON.stringify(note))}`),
    SERVER,
  ).catch(() => {}); // without the note it is only never swept
}

/**
 * Drops the scratch databases that runs killed with SIGKILL left on this server: nobody connected,
 * and made by a process of this machine that is gone, or more than 6 hours ago. Databases
 * without Strongroom's note are never touched. Returns the names dropped.
 */
export async function sweepScratchDatabases(server: PostgresTarget, now = Date.now()): Promise<string[]> {
  return withAdmin(
    server,
    async (admin) => {
      const { rows } = await admin.query<{ name: string; note: string | null }>(
        `select d.datname as name, shobj_description(d.oid, 'pg_database') as note from pg_database d
       where (${SCRATCH_NAMES.map((_, i) => `d.datname ~ $${i + 1}`).join(" or ")})
         and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`,
        SCRATCH_NAMES,
      );
      const dropped: string[] = [];
      for (const { name, note } of rows) {
        if (!isAbandoned(note, now)) continue;
        // Without (force): a run that connected meanwhile keeps its database.
        await admin.query(`drop database if exists ${quoteIdent(name)}`).then(
          () => dropped.push(name),
          () => {},
        );
      }
      return dropped;
    },
    SERVER,
  );
}

function isAbandoned(note: string | null, now: number): boolean {
  if (!note?.startsWith(NOTE)) return false;
  let parsed: Partial<ScratchNote>;
  try {
    parsed = JSON.parse(note.slice(NOTE.length)) as Partial<ScratchNote>;
  } catch {
    return false;
  }
  const created = Date.parse(String(parsed.createdAt));
  if (Number.isNaN(created)) return false;
  if (now - created > ABANDONED_AFTER_MS) return true;
  return parsed.host === hostname() && typeof parsed.pid === "number" && !isAlive(parsed.pid);
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Sweeps before a run makes a scratch database of its own; a failed sweep never stops the run. */
export async function sweepScratchDatabasesLogged(
  server: PostgresTarget,
  log: { info(m: string): void },
): Promise<void> {
  const dropped = await sweepScratchDatabases(server).catch(() => [] as string[]);
  if (dropped.length)
    log.info(`dropped ${dropped.length} scratch database(s) left by killed runs: ${dropped.join(", ")}`);
}
