import type { RunContext } from "../run-context.ts";
import type { Destination, ObjectInfo } from "../destinations/destination.ts";
import { isNotFound, messageOf } from "../errors.ts";
import {
  describeHolder,
  HeldObject,
  isLive,
  type LeaseRecord,
  newToken,
  pause,
  READING_PREFIX,
  readingMarkName,
  readLeases,
  settleMsFor,
} from "./lease.ts";
import { manifestName } from "./manifest.ts";

/** A reading mark lasts this long without renewal; `verify` renews it while it reads. */
export const READING_TTL_MS = 10 * 60_000;

/**
 * Runs `read` while a reading mark (`strongroom-reading.<id>.<token>.json`) tells rotation that
 * this backup is being read, so a rotation keeps it for that run. After writing the mark it
 * waits for the destination to settle and checks the manifest is still there: a rotation that
 * looked for marks before ours was visible has removed the manifest by then. Returns undefined
 * when the backup was removed before it could be read. Where the mark cannot be written (a
 * read-only token), a warning says so and the backup is read unprotected.
 */
export async function withReadingMark<T>(
  destination: Destination,
  id: string,
  context: RunContext,
  read: () => Promise<T>,
): Promise<T | undefined> {
  const now = new Date().toISOString();
  const record: LeaseRecord = {
    strongroomLease: 1,
    kind: "read",
    token: newToken(),
    holder: describeHolder(context.env),
    backup: id,
    createdAt: now,
    expiresAt: now,
  };
  const mark = new HeldObject(destination, readingMarkName(id, record.token), record, {
    ttlMs: READING_TTL_MS,
    log: context.log,
  });
  try {
    try {
      await mark.write();
    } catch (error) {
      if (context.signal.aborted) throw error;
      context.log.warn(
        `could not mark ${id} as being read in ${destination.display} (${messageOf(error)}): a rotation running now could remove it`,
      );
      return await read();
    }
    await pause(settleMsFor(destination), context.signal);
    const present = await destination.stat(manifestName(id)).then(
      () => true,
      (error: unknown) => {
        if (isNotFound(error)) return false;
        throw error;
      },
    );
    return present ? await read() : undefined;
  } finally {
    await mark.release();
  }
}

/** Live reading marks by backup id (an expired mark, left by a killed verify, protects nothing). */
export async function readingMarks(
  destination: Destination,
  context: RunContext,
  objects?: readonly ObjectInfo[],
): Promise<Map<string, LeaseRecord>> {
  const marks = await readLeases(destination, (name) => name.startsWith(READING_PREFIX), context.log, objects);
  const now = Date.now();
  const byId = new Map<string, LeaseRecord>();
  for (const { name, record } of marks)
    if (
      record.kind === "read" &&
      record.backup &&
      isLive(record, now) &&
      name === readingMarkName(record.backup, record.token)
    )
      byId.set(record.backup, record);
  return byId;
}
