import { newBackupId } from "../catalog/backup-id.ts";
import type { FailureRecord } from "../catalog/failure-record.ts";
import { MANIFEST_VERSION, type Manifest, objectName } from "../catalog/manifest.ts";
import type { BackupConfig } from "../config/backup.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import type { ReplayableDestination } from "../destinations/retry.ts";
import { DestinationError, PartialError } from "../errors.ts";
import { displayUrl } from "../redact.ts";
import { startPostgresSession } from "../sources/postgres/session.ts";
import type { DumpSession } from "../sources/source.ts";
import { startSqliteDump } from "../sources/sqlite/source.ts";
import type { DigestResult } from "../stages/digest.ts";
import { type Encoding, startEncoding } from "../stages/encode.ts";
import { encryptionInfo, sealJson } from "../stages/encrypt.ts";
import { findZstdTool } from "../stages/zstd-tool.ts";
import { VERSION } from "../version.ts";
import { recordFailure, sourceKeyOf, takeFailureRecord } from "./backup-outcome.ts";
import { openContext, type RunContext } from "../run-context.ts";
import { type DestinationResult, publishManifests, storeEncoded } from "./backup-store.ts";

export interface BackupResult {
  readonly manifest: Manifest;
  readonly destinations: readonly DestinationResult[];
  /** The failure the previous run of this source recorded; this run read and removed it. */
  readonly previousFailure?: Partial<FailureRecord>;
}

/**
 * dump → compress → encrypt → digest → store, as one stream. With one destination the stream
 * goes straight to it; with several it is spooled once to a temporary file and each destination
 * gets a full copy. The manifest is written last, and only where the data object is whole.
 * A failed run leaves a failure record in every destination it can reach; the next successful
 * run reads and removes it, and reports it as `previousFailure` (for `notify-on: recovery`).
 */
export async function runBackup(config: BackupConfig, context: RunContext): Promise<BackupResult> {
  const opening = await Promise.allSettled(
    config.destinations.map((spec) =>
      openDestination(spec, { ...openContext(context), retentionDays: config.retentionDays }),
    ),
  );
  const destinations = opening.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
  const sourceKey = sourceKeyOf(config.source);
  const progress = { stage: "open-destinations" };
  try {
    const unopened = opening.find((o) => o.status === "rejected");
    if (unopened) throw unopened.reason;
    const result = await storeBackup(config, context, destinations, progress);
    const previousFailure = await takeFailureRecord(destinations, sourceKey, context.log);
    return previousFailure ? { ...result, previousFailure } : result;
  } catch (error) {
    // Where the previous outcome is kept for the next run; never in place of the run's own error.
    // A cancelled run is no failure of the backups: nothing to recover from.
    const failed = { sourceKey, stage: progress.stage, error, at: new Date() };
    if (!context.signal.aborted) await recordFailure(destinations, failed, context.log, context.env);
    throw error;
  }
}

async function storeBackup(
  config: BackupConfig,
  context: RunContext,
  destinations: readonly ReplayableDestination[],
  progress: { stage: string },
): Promise<BackupResult> {
  const { log, signal } = context;
  const started = new Date();
  progress.stage = "connect";
  // Probed while the source connects, not after: the encoder needs the answer only once the dump runs.
  if (config.compression === "zstd") findZstdTool(context.env).catch(() => {});
  const session = await log.group(`Connect to ${sourceDisplay(config)}`, () => openSource(config, context));
  progress.stage = destinations.length === 1 ? "dump-and-store" : "dump";
  log.info(session.describe);
  if (config.jobsChoice) log.info(config.jobsChoice);
  const id = newBackupId(session.name, started);
  const object = objectName(id, session.format, config.compression, config.encryption.mode !== "none");
  const stored: Destination[] = [];
  let encoding: Encoding | undefined;
  try {
    const encoder = await startEncoding(session, {
      compression: config.compression,
      level: config.level,
      encryption: config.encryption,
      signal,
      env: context.env,
    });
    encoding = encoder;
    const results: DestinationResult[] = [];
    await storeEncoded(destinations, encoder, session, { object, stored, results, context, progress });
    progress.stage = "manifest";
    const contents = await session.contents();
    await session.close();
    const manifest = await buildManifest(config, session, {
      id,
      object,
      started,
      digest: encoder.output.result(),
      plainSize: encoder.plain.bytes(),
      contents,
    });
    await publishManifests(stored, results, object, manifest);
    const result = { manifest, destinations: results };
    assertStoredEverywhere(result, stored.length, destinations.length);
    return result;
  } catch (error) {
    // A store that failed before reading (or a dump that failed) must not leave the others blocked.
    encoding?.abort(error instanceof Error ? error : new Error(String(error)));
    if (!(error instanceof PartialError)) {
      // Nothing half-made stays behind: without a manifest a data object is not a backup.
      for (const destination of stored) await destination.remove(object).catch(() => {});
    }
    throw error;
  } finally {
    await session.close();
  }
}

/**
 * A backup stored nowhere is a DestinationError; stored in some destinations only, a PartialError
 * that carries the result.
 */
function assertStoredEverywhere(result: BackupResult, storedIn: number, wanted: number): void {
  const failed = result.destinations.filter((r) => !r.ok);
  if (storedIn === 0) {
    throw new DestinationError(
      `the backup could not be stored: ${failed.map((f) => `${f.destination}: ${f.error}`).join("; ")}`,
    );
  }
  if (failed.length) {
    throw Object.assign(
      new PartialError(`backup ${result.manifest.id} was stored in ${storedIn} of ${wanted} destinations`, {
        hint: `failed: ${failed.map((f) => `${f.destination} (${f.error})`).join("; ")}`,
      }),
      { result },
    );
  }
}

interface ManifestFacts {
  readonly id: string;
  readonly object: string;
  readonly started: Date;
  readonly digest: DigestResult;
  readonly plainSize: number;
  readonly contents: unknown;
}

function sourceDisplay(config: BackupConfig): string {
  const source = config.source;
  if (source.kind === "postgres") return source.target.display;
  if (source.kind === "sqlite") return source.path;
  return `Supabase ${displayUrl(source.options.projectUrl)}`;
}

async function openSource(config: BackupConfig, context: RunContext): Promise<DumpSession> {
  const source = config.source;
  if (source.kind === "sqlite") return startSqliteDump(source.path, { vacuum: source.vacuum }, context);
  if (source.kind === "supabase")
    return (await import("../sources/supabase/index.ts")).startSupabaseDump(
      { ...source.options, ...(config.pgBin ? { pgBin: config.pgBin } : {}) },
      context,
    );
  return startPostgresSession(
    {
      target: source.target,
      format: config.format,
      uncompressed: config.compression !== "none",
      rowCounts: config.rowCounts,
      jobs: config.jobs,
      pgBin: config.pgBin,
    },
    context,
  );
}

async function buildManifest(config: BackupConfig, session: DumpSession, facts: ManifestFacts): Promise<Manifest> {
  const completed = new Date();
  const sealed = config.encryption.mode === "none" ? undefined : await sealJson(facts.contents, config.encryption);
  return {
    strongroom: MANIFEST_VERSION,
    id: facts.id,
    createdAt: facts.started.toISOString(),
    completedAt: completed.toISOString(),
    durationMs: completed.getTime() - facts.started.getTime(),
    tool: { name: "strongroom", version: VERSION },
    source: session.source,
    object: facts.object,
    size: facts.digest.size,
    sha256: facts.digest.sha256,
    plainSize: facts.plainSize,
    format: session.format,
    compression:
      config.compression === "none"
        ? { algorithm: "none" }
        : { algorithm: config.compression, level: config.level ?? (config.compression === "zstd" ? 3 : 6) },
    encryption: encryptionInfo(config.encryption),
    ...session.facts,
    ...(sealed === undefined ? { contents: facts.contents } : { sealedContents: sealed }),
  };
}
