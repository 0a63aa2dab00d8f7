import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { writeJsonObject } from "../catalog/catalog.ts";
import { type Manifest, manifestName } from "../catalog/manifest.ts";
import type { Destination } from "../destinations/destination.ts";
import { putFile, type ReplayableDestination } from "../destinations/retry.ts";
import { messageOf } from "../errors.ts";
import { formatBytes } from "../format.ts";
import type { RunContext } from "../run-context.ts";
import type { DumpSession } from "../sources/source.ts";
import type { Encoding } from "../stages/encode.ts";
import { startProgress } from "../stages/progress.ts";
import { isDiskFull, makeScratchFolder, privateWriteStream, scratchError } from "../stages/scratch.ts";

/**
 * Storing one backup's encoded stream: straight into a single destination, or spooled once and
 * uploaded to each of several; then its manifests, only where the object is whole.
 */

export interface DestinationResult {
  readonly destination: string;
  readonly ok: boolean;
  readonly error?: string;
}

export interface StoreRun {
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

/** Stores the encoded stream in every destination, with progress on the way; see spoolThenStore for several. */
export async function storeEncoded(
  destinations: readonly ReplayableDestination[],
  encoder: Encoding,
  session: DumpSession,
  run: StoreRun,
): Promise<void> {
  const { log } = run.context;
  const { plain, output: digest } = encoder;
  const stopProgress = startProgress(
    [
      { label: "dumped", bytes: () => plain.bytes() },
      { label: "stored", bytes: () => digest.bytes() },
    ],
    (line) => log.progress(line),
    session.estimatedBytes ? { totalBytes: session.estimatedBytes } : {},
  );
  try {
    if (destinations.length === 1) await streamToOnly(destinations[0]!, encoder, run);
    else await spoolThenStore(destinations, encoder, session, run, stopProgress);
  } finally {
    stopProgress();
  }
}

/** One destination: the encoded stream goes straight to it. */
async function streamToOnly(only: ReplayableDestination, encoder: Encoding, run: StoreRun): Promise<void> {
  const { log, signal } = run.context;
  await log.group(`Dump, compress, encrypt and store in ${only.display}`, () =>
    Promise.all([
      encoder.done,
      // Counted as stored the moment it is, so a late failure elsewhere removes it again.
      only.put(run.object, encoder.output, { signal }).then(() => void run.stored.push(only)),
    ]),
  );
  run.results.push({ destination: only.display, ok: true });
}

/** The manifest goes last, only where the object is whole; a destination that refuses it loses the object. */
export async function publishManifests(
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
