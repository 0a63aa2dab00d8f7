import { randomBytes } from "node:crypto";
import { connect, type PostgresTarget } from "./connection.ts";

/** A name no other session has, given to pg_dump (PGAPPNAME) so its server session can be found. */
export function uniqueApplicationName(): string {
  return `strongroom-dump-${randomBytes(6).toString("hex")}`;
}

/**
 * Ends the server sessions of a dump that is being given up: ours (by process id) and pg_dump's
 * (by application name). A session waiting on a lock notices neither a killed pg_dump nor a
 * closed socket, and our own queued `rollback` would wait behind it until the lock goes; the
 * server ends them at once. Best effort: failures are ignored, the server cleans up in the end.
 */
export async function endDumpSessions(target: PostgresTarget, pid: number, applicationName: string): Promise<void> {
  const admin = await connect(target).catch(() => undefined);
  if (!admin) return;
  try {
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where (pid = $1 or application_name = $2) and pid <> pg_backend_pid()",
      [pid, applicationName],
    );
  } catch {
    // Not allowed or already gone: nothing more to do.
  } finally {
    await admin.end().catch(() => {});
  }
}
