import { createHash } from "node:crypto";
import type { Destination } from "../destinations/destination.ts";
import { isNotFound, messageOf } from "../errors.ts";
import { slug } from "./backup-id.ts";
import { readSmallObject, writeJsonObject } from "./catalog.ts";

/**
 * The outcome of the last failed backup of one source, kept beside its backups so the next run
 * knows the source was failing (`notify-on: recovery`): written when a backup fails, read and
 * removed by the next successful one. Small, no secrets: the reason is redacted and cut short.
 *
 * Named `strongroom-failure.<database>-<hash of the source key>.json`. The name starts with a
 * letter, so it is no backup id; it does not end in `.manifest.json`, `.verify-<time>.json`,
 * `.parts` or `.part-NNNN`. `list`, `verify`, `check` and `restore` read only manifests, and
 * rotation's orphan sweep only touches names that start with a backup id, so this version and
 * older ones leave the record alone.
 */
export interface FailureRecord {
  readonly strongroomFailure: 1;
  /** Which backups this is about: the source key (`postgres://host:port/db`, no credentials). */
  readonly sourceKey: string;
  readonly command: "backup";
  readonly failedAt: string;
  /** Where the run stopped: open-destinations, connect, dump-and-store (one destination), dump, store, manifest. */
  readonly stage: string;
  /** The error's first line, redacted, at most `MAX_REASON` characters. */
  readonly reason: string;
  /** The workflow run, in GitHub Actions. */
  readonly runUrl?: string;
}

export const FAILURE_RECORD_PREFIX = "strongroom-failure.";
const MAX_REASON = 300;

export function failureRecordName(sourceKey: string): string {
  const database = slug(sourceKey.replace(/\/+$/, "").split("/").pop() ?? "");
  const hash = createHash("sha256").update(sourceKey).digest("hex").slice(0, 16);
  return `${FAILURE_RECORD_PREFIX}${database}-${hash}.json`;
}

export function isFailureRecordName(name: string): boolean {
  return name.startsWith(FAILURE_RECORD_PREFIX) && name.endsWith(".json");
}

/** One short line: the first line of the message, secrets replaced by `redact`, URL credentials removed. */
export function shortReason(error: unknown, redact: (text: string) => string): string {
  const line = redact(messageOf(error))
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== "");
  const clean = (line ?? "failed").replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1");
  return clean.length <= MAX_REASON ? clean : `${clean.slice(0, MAX_REASON - 1)}…`;
}

export async function writeFailureRecord(destination: Destination, record: FailureRecord): Promise<void> {
  await writeJsonObject(destination, failureRecordName(record.sourceKey), record);
}

/**
 * The source's failure record in this destination, or undefined when there is none. A record
 * that cannot be parsed still says the last run failed (only Strongroom writes that name).
 */
export async function readFailureRecord(
  destination: Destination,
  sourceKey: string,
): Promise<Partial<FailureRecord> | undefined> {
  let text: string;
  try {
    text = await readSmallObject(destination, failureRecordName(sourceKey));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  let value: Record<string, unknown> | undefined;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // A damaged record is still a record of a failure.
  }
  const known: Partial<Record<"failedAt" | "stage" | "reason" | "runUrl", string>> = {};
  for (const field of ["failedAt", "stage", "reason", "runUrl"] as const) {
    const item = value && typeof value === "object" ? value[field] : undefined;
    // Only what this version writes, in the shape it writes: the file comes from storage.
    if (typeof item === "string" && item.length <= MAX_REASON * 2) known[field] = item;
  }
  return { sourceKey, ...known };
}

export async function removeFailureRecord(destination: Destination, sourceKey: string): Promise<void> {
  try {
    await destination.remove(failureRecordName(sourceKey));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
