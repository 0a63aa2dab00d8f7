import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { newBackupId } from "../catalog/backup-id.ts";
import type { FailureRecord } from "../catalog/failure-record.ts";
import { writeJsonObject } from "../catalog/catalog.ts";
import { MANIFEST_VERSION, type Manifest, manifestName, objectName } from "../catalog/manifest.ts";
import type { BackupConfig } from "../config/backup.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import { putFile, type ReplayableDestination } from "../destinations/retry.ts";
import { DestinationError, messageOf, PartialError } from "../errors.ts";
import { formatBytes } from "../format.ts";
import { displayUrl } from "../redact.ts";
import { startPostgresSession } from "../sources/postgres/session.ts";
import type { DumpSession } from "../sources/source.ts";
import { startSqliteDump } from "../sources/sqlite/source.ts";
import type { DigestResult } from "../stages/digest.ts";
import { type Encoding, startEncoding } from "../stages/encode.ts";
import { encryptionInfo, sealJson } from "../stages/encrypt.ts";
import { startProgress } from "../stages/progress.ts";
import { isDiskFull, makeScratchFolder, privateWriteStream, scratchError } from "../stages/scratch.ts";
import { VERSION } from "../version.ts";
import { recordFailure, sourceKeyOf, takeFailureRecord } from "./backup-outcome.ts";
import { openContext, type RunContext } from "../run-context.ts";

export interface DestinationResult {
  readonly destination: string;
  readonly ok: boolean;
  readonly error?: string;
}

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
    const { plain, output: digest } = encoder;
    const stopProgress = startProgress(
      [
        { label: "dumped", bytes: () => plain.bytes() },
        { label: "stored", bytes: () => digest.bytes() },
      ],
      (line) => log.progress(line),
      session.estimatedBytes ? { totalBytes: session.estimatedBytes } : {},
    );
    const results: DestinationResult[] = [];
    try {
      if (destinations.length === 1) {
        const only = destinations[0]!;
        await log.group(`Dump, compress, encrypt and store in ${only.display}`, () =>
          Promise.all([
            encoder.done,
            // Counted as stored the moment it is, so a late failure elsewhere removes it again.
            only.put(object, digest, { signal }).then(() => void stored.push(only)),
          ]),
        );
        results.push({ destination: only.display, ok: true });
      } else {
        await spoolThenStore(
          destinations,
          encoder,
          session,
          { object, stored, results, context, progress },
          stopProgress,
        );
      }
    } finally {
      stopProgress();
    }
    progress.stage = "manifest";
    const contents = await session.contents();
    await session.close();
    const manifest = await buildManifest(config, session, {
      id,
      object,
      started,
      digest: digest.result(),
      plainSize: plain.bytes(),
      contents,
    });
    await publishManifests(stored, results, object, manifest);
    const failed = results.filter((r) => !r.ok);
    if (stored.length === 0) {
      throw new DestinationError(
        `the backup could not be stored: ${failed.map((f) => `${f.destination}: ${f.error}`).join("; ")}`,
      );
    }
    const result = { manifest, destinations: results };
    if (failed.length) {
      throw Object.assign(
        new PartialError(`backup ${id} was stored in ${stored.length} of ${destinations.length} destinations`, {
          hint: `failed: ${failed.map((f) => `${f.destination} (${f.error})`).join("; ")}`,
        }),
        { result },
      );
    }
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

interface StoreRun {
  readonly object: string;
  /** Destinations holding the whole object, filled as uploads complete. */
  readonly stored: Destination[];
  readonly results: DestinationResult[];
  readonly context: RunContext;
  readonly progress: { stage: string };
}

/**
 * Several destinations: the encoded stream is spooled once to a private temporary file, then
 * each destination gets its own upload of it (re-opened per attempt, so each retries on its own).
 * A destination that fails is reported, not fatal; a cancel is.
 */
async function spoolThenStore(
  destinations: readonly ReplayableDestination[],
  encoder: Encoding,
  session: DumpSession,
  run: StoreRun,
  stopProgress: () => void,
): Promise<void> {
  const { object, stored, results, progress } = run;
  const { log, signal } = run.context;
  const digest = encoder.output;
  const spoolDir = await makeScratchFolder("spool");
  try {
    const spool = join(spoolDir, object);
    let spoolFull: unknown;
    await log
      .group("Dump, compress and encrypt", () =>
        Promise.all([
          encoder.done,
          pipeline([digest, privateWriteStream(spool)], { signal }).catch((error: unknown) => {
            if (isDiskFull(error)) spoolFull = error;
            throw error;
          }),
        ]),
      )
      .catch((error: unknown) => {
        if (spoolFull === undefined) throw error;
        const tables = session.estimatedBytes
          ? ` (its tables hold about ${formatBytes(session.estimatedBytes)} before compression)`
          : "";
        throw scratchError(
          dirname(spoolDir),
          spoolFull,
          `it filled after ${formatBytes(digest.bytes())}; with several destinations the whole backup is spooled there before the uploads${tables}`,
        );
      });
    stopProgress();
    progress.stage = "store";
    await log.group("Store", async () => {
      // Every upload settles before anything is cleaned up, so none finishes after the clean-up.
      const settled = await Promise.allSettled(
        destinations.map(async (destination) => {
          try {
            // Re-opened per attempt, so each destination retries on its own.
            await putFile(destination, object, spool, { signal });
            stored.push(destination);
            results.push({ destination: destination.display, ok: true });
          } catch (error) {
            if (signal.aborted) throw error;
            log.warn(`${destination.display}: ${messageOf(error)}`);
            results.push({ destination: destination.display, ok: false, error: messageOf(error) });
          }
        }),
      );
      const aborted = settled.find((s) => s.status === "rejected");
      if (aborted) throw (aborted as PromiseRejectedResult).reason;
    });
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}

/** The manifest goes last, only where the object is whole; a destination that refuses it loses the object. */
async function publishManifests(
  stored: Destination[],
  results: DestinationResult[],
  object: string,
  manifest: Manifest,
): Promise<void> {
  const id = manifest.id;
  for (const destination of [...stored]) {
    try {
      await writeJsonObject(destination, manifestName(id), manifest);
    } catch (error) {
      stored.splice(stored.indexOf(destination), 1);
      await destination.remove(object).catch(() => {});
      const result = results.find((r) => r.destination === destination.display);
      if (result) Object.assign(result, { ok: false, error: messageOf(error) });
    }
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
