import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";
import { connect, type PostgresTarget } from "./connection.ts";
import { type RestoredTable, restoredTablesQuery } from "./target.ts";

/**
 * Rows restored, read from the server's own insert counter of each table
 * (`pg_stat_get_tuples_inserted`, the `n_tup_ins` of pg_stat_user_tables) after a
 * `pg_restore --single-transaction` into a database whose tables it created: the counter of a
 * table that did not exist before counts exactly the rows COPY inserted, with no scan of the
 * restored data and no second process reading the script.
 *
 * From PostgreSQL 15 on, a session's counts are flushed to shared memory when it ends, before
 * its row leaves pg_stat_activity (the flush is a before_shmem_exit hook, the pg_stat_activity
 * clean-up an on_shmem_exit one), so once the restore's session is gone its counts are complete.
 * Before 15 they travel to the statistics collector over UDP, late or not at all: restores into
 * older servers count from psql's COPY tags instead (counted-restore.ts). A counter can still be
 * off (track_counts disabled for the session, statistics reset meanwhile): the caller checks the
 * result against the dump's counts and counts the tables when they differ.
 */
export const INSERT_COUNTERS_SINCE_MAJOR = 15;

const SESSION_GONE_WITHIN_MS = 10_000;

/** The application_name that tells the restore's own session apart (set in its connection string). */
export function restoreSessionName(): string {
  return `strongroom-restore-${randomBytes(6).toString("hex")}`;
}

/** Waits for the session named `sessionName` to end, then reads every table's insert counter. */
export async function insertedRows(
  target: PostgresTarget,
  sessionName: string,
  signal?: AbortSignal,
): Promise<RestoredTable[] | undefined> {
  const client = await connect(target, "restore target");
  try {
    if (!(await sessionEnded(client, sessionName, signal))) return undefined;
    const { rows } = await client.query<{ schema: string; name: string; rows: string }>(
      restoredTablesQuery(", pg_stat_get_tuples_inserted(c.oid) as rows"),
    );
    return rows.map((row) => ({ schema: row.schema, name: row.name, rows: Number(row.rows) }));
  } finally {
    await client.end().catch(() => {});
  }
}

async function sessionEnded(client: pg.Client, sessionName: string, signal?: AbortSignal): Promise<boolean> {
  const deadline = Date.now() + SESSION_GONE_WITHIN_MS;
  for (let wait = 5; Date.now() < deadline; wait = Math.min(wait * 2, 200)) {
    const { rows } = await client.query<{ n: string }>(
      "select count(*) as n from pg_stat_activity where application_name = $1",
      [sessionName],
    );
    if (rows[0]!.n === "0") return true;
    await sleep(wait, undefined, { signal });
  }
  return false;
}
