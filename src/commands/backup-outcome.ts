import { hostname } from "node:os";
import {
  type FailureRecord,
  readFailureRecord,
  removeFailureRecord,
  shortReason,
  writeFailureRecord,
} from "../catalog/failure-record.ts";
import type { SourceConfig } from "../config/source.ts";
import type { Destination } from "../destinations/destination.ts";
import { messageOf } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { runUrlFromEnv } from "../notify/run-report.ts";
import { projectRef } from "../sources/supabase/options.ts";
import { parsePostgresUrl } from "../sources/postgres/connection.ts";

/**
 * The source key a backup's outcome is recorded under, from the settings alone (a run can fail
 * before it reaches the database). The same form as the manifest's `source.key`.
 */
export function sourceKeyOf(source: SourceConfig): string {
  if (source.kind === "postgres")
    return `postgres://${source.target.host}:${source.target.port}/${source.target.database}`;
  if (source.kind === "sqlite") return `sqlite://${hostname()}${source.path}`;
  const { projectUrl, databaseUrl } = source.options;
  let project = projectRef(projectUrl);
  if (!project) {
    try {
      project = new URL(projectUrl).host;
    } catch {
      project = projectUrl;
    }
  }
  let database = "postgres";
  try {
    database = parsePostgresUrl(databaseUrl).database;
  } catch {
    // The settings were checked already; keep the default rather than fail the bookkeeping.
  }
  return `supabase://${project}/${database}`;
}

export interface FailedRun {
  readonly sourceKey: string;
  readonly stage: string;
  readonly error: unknown;
  readonly at: Date;
}

/**
 * Writes the failure record to every destination that takes it. Never throws: the run's own
 * error is what the caller reports; a destination that cannot be written is a warning.
 */
export async function recordFailure(
  destinations: readonly Destination[],
  failed: FailedRun,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const runUrl = runUrlFromEnv(env);
  const record: FailureRecord = {
    strongroomFailure: 1,
    sourceKey: failed.sourceKey,
    command: "backup",
    failedAt: failed.at.toISOString(),
    stage: failed.stage,
    reason: shortReason(failed.error, (text) => log.redactor.redact(text)),
    ...(runUrl ? { runUrl } : {}),
  };
  await Promise.all(
    destinations.map(async (destination) => {
      try {
        await writeFailureRecord(destination, record);
      } catch (error) {
        log.warn(`${destination.display}: could not record the failure for the next run: ${messageOf(error)}`);
      }
    }),
  );
}

/**
 * After a successful backup: the newest failure record of this source in any destination (the
 * previous run failed), removing each one found. Undefined when none holds one. Never throws.
 */
export async function takeFailureRecord(
  destinations: readonly Destination[],
  sourceKey: string,
  log: Logger,
): Promise<Partial<FailureRecord> | undefined> {
  const found = await Promise.all(
    destinations.map(async (destination) => {
      try {
        const record = await readFailureRecord(destination, sourceKey);
        if (record) await removeFailureRecord(destination, sourceKey);
        return record;
      } catch (error) {
        log.warn(`${destination.display}: could not read or clear the last failure record: ${messageOf(error)}`);
        return undefined;
      }
    }),
  );
  const records = found.filter((r): r is Partial<FailureRecord> => r !== undefined);
  records.sort((a, b) => (b.failedAt ?? "").localeCompare(a.failedAt ?? ""));
  return records[0];
}
