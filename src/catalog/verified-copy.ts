import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Manifest } from "./manifest.ts";
import type { Destination } from "../destinations/destination.ts";
import { IntegrityError, isNotFound } from "../errors.ts";
import { formatBytes } from "../format.ts";
import { createNullSink } from "../stages/compress.ts";
import { createDigestStream, type DigestResult } from "../stages/digest.ts";
import { ensureRoom, makeScratchFolder, privateWriteStream, scratchError } from "../stages/scratch.ts";

/** A stored object whose bytes were checked against the manifest, ready to be read again. */
export interface VerifiedCopy {
  /** The object's bytes; a copy checked while it is read ends only after the check passed. */
  open(): Readable;
  /** The check's error once it is known (undefined when the bytes are good): it explains a failed read best. */
  failure(): Promise<Error | undefined>;
  dispose(): Promise<void>;
}

const NO_FAILURE = async () => undefined;

/** Streams the object once through sha256; throws IntegrityError when it is not what the manifest says. */
export async function checkDigest(
  destination: Destination,
  manifest: Manifest,
  sink = createNullSink(),
  signal?: AbortSignal,
): Promise<void> {
  const digest = createDigestStream();
  let source: Readable;
  try {
    source = await destination.get(manifest.object, { signal });
  } catch (error) {
    if (isNotFound(error)) throw missingObject(manifest, destination, error);
    throw error;
  }
  await pipeline([source, digest, sink], { signal });
  assertDigest(manifest, digest.result());
}

/** The sha256 of a local file, read through one reused buffer (no garbage, so no memory growth). */
async function digestLocalFile(path: string, signal?: AbortSignal): Promise<DigestResult> {
  const handle = await open(path, "r");
  try {
    const hash = createHash("sha256");
    const buffer = Buffer.allocUnsafe(1 << 20);
    let size = 0;
    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, size);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
    return { sha256: hash.digest("hex"), size };
  } finally {
    await handle.close();
  }
}

async function checkLocalDigest(
  destination: Destination,
  manifest: Manifest,
  path: string,
  signal?: AbortSignal,
): Promise<void> {
  let result: DigestResult;
  try {
    result = await digestLocalFile(path, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw missingObject(manifest, destination);
    throw error;
  }
  assertDigest(manifest, result);
}

export function assertDigest(manifest: Manifest, { sha256, size }: DigestResult): void {
  if (size !== manifest.size || sha256 !== manifest.sha256) {
    throw new IntegrityError(
      `backup ${manifest.id}: the stored object does not match its manifest (${size} bytes with sha256 ${sha256.slice(0, 16)}…, expected ${manifest.size} bytes with ${manifest.sha256.slice(0, 16)}…)`,
      { hint: "the object was modified, truncated or replaced after the backup; use another backup" },
    );
  }
}

export function missingObject(manifest: Manifest, destination: Destination, cause?: unknown): IntegrityError {
  const why = /expired/.test((cause as Error | undefined)?.message ?? "") ? " (the artifact has expired)" : "";
  return new IntegrityError(
    `backup ${manifest.id}: its data object ${manifest.object} is missing from ${destination.display}${why}`,
    {
      hint: "the backup cannot be restored; use another backup",
    },
  );
}

/**
 * Gets a digest-checked copy: a local folder is read in place (checked, then opened again; or,
 * with `checkWhileReading`, hashed as it is read, its end held back until the whole object
 * matched); remote objects are downloaded once into a temporary file while being checked.
 */
export async function verifiedCopy(
  destination: Destination,
  manifest: Manifest,
  signal?: AbortSignal,
  options: { checkWhileReading?: boolean } = {},
): Promise<VerifiedCopy> {
  if (destination.localPath) {
    const path = destination.localPath(manifest.object);
    const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
    if (!options.checkWhileReading) {
      await checkLocalDigest(destination, manifest, path, signal);
      return { open, failure: NO_FAILURE, dispose: async () => {} };
    }
    let verdict: { mismatch: Error | undefined } | undefined;
    return {
      open: () =>
        digestChecked(open(), manifest, (mismatch) => {
          verdict = { mismatch };
        }),
      // Read to the end, the inline check has the answer; a read that stopped early (the decoder
      // failed first) is followed by a check of the whole object, so damage is reported as such.
      failure: async () => {
        if (verdict) return verdict.mismatch;
        return checkLocalDigest(destination, manifest, path, signal).then(
          () => undefined,
          (error: Error) => (signal?.aborted ? undefined : error),
        );
      },
      dispose: async () => {},
    };
  }
  const dir = await makeScratchFolder("download");
  const path = join(dir, manifest.object);
  try {
    await ensureRoom(dir, manifest.size, `the download of ${manifest.object}`);
    await checkDigest(destination, manifest, privateWriteStream(path), signal);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw scratchError(dirname(dir), error, `the download of ${manifest.object} needs ${formatBytes(manifest.size)}`);
  }
  return {
    open: () => createReadStream(path, { highWaterMark: 1 << 20 }),
    failure: NO_FAILURE,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Passes `source` through while hashing it, and ends only once the whole object matched the
 * manifest: a mismatch becomes the stream's error instead of its end, so a tool reading it never
 * sees a clean end of input. `onVerdict` hears the outcome once the end was read.
 */
function digestChecked(
  source: Readable,
  manifest: Manifest,
  onVerdict: (mismatch: Error | undefined) => void,
): Readable {
  const hash = createHash("sha256");
  let size = 0;
  const checked = new Transform({
    readableHighWaterMark: 1 << 20,
    writableHighWaterMark: 1 << 20,
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      let mismatch: Error | undefined;
      try {
        assertDigest(manifest, { sha256: hash.digest("hex"), size });
      } catch (error) {
        mismatch = error as Error;
      }
      onVerdict(mismatch);
      callback(mismatch);
    },
  });
  // The consumer reads `checked`; the pipeline's own outcome reaches it as checked's error or end.
  pipeline(source, checked).catch(() => {});
  return checked;
}
