import { PassThrough, type Readable, type Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Manifest } from "../catalog/manifest.ts";
import type { VerifiedCopy } from "../catalog/verified-copy.ts";
import type { DecryptionConfig } from "../config/encryption.ts";
import { IntegrityError, StrongroomError } from "../errors.ts";
import { createDecompressStream, isCorruptCompressedData } from "./compress.ts";
import { decryptStage, unsealJson } from "./encrypt.ts";

/** decrypt → decompress, for a backup described by `manifest` (decrypt only when a tool decompresses). */
export function decodeStages(
  manifest: Manifest,
  decryption: DecryptionConfig,
  options: { decompress?: boolean } = {},
): Transform[] {
  const stages: Transform[] = [];
  const decrypt = decryptStage(manifest.encryption, decryption, manifest.id);
  if (decrypt) stages.push(decrypt);
  if (options.decompress === false) return stages;
  const decompress = createDecompressStream(manifest.compression.algorithm);
  if (decompress) stages.push(decompress);
  return stages;
}

/**
 * Hands the decoded payload (decrypted, decompressed) to `consume` as a stream, and fails when
 * either side fails: the decode pipeline's errors are named for what they mean to a backup.
 */
export async function withDecodedPayload<T>(
  copy: VerifiedCopy,
  manifest: Manifest,
  decryption: DecryptionConfig,
  signal: AbortSignal,
  consume: (payload: Readable) => Promise<T>,
): Promise<T> {
  const payload = new PassThrough({ highWaterMark: 1 << 20 });
  const feeding = pipeline([copy.open(), ...decodeStages(manifest, decryption), payload], { signal }).catch(
    async (error: unknown) => {
      throw (await copy.failure()) ?? decodeError(error, manifest);
    },
  );
  const [, result] = await Promise.all([feeding, consume(payload)]);
  return result;
}

/** Opens the sealed facts (row counts…) with the given key: proves the key fits before any work. */
export async function readContents(manifest: Manifest, decryption: DecryptionConfig): Promise<unknown> {
  if (manifest.sealedContents === undefined) return manifest.contents;
  return unsealJson(manifest.sealedContents, manifest.encryption, decryption, manifest.id);
}

/** Names decode failures for what they mean to a backup; keeps our own errors as they are. */
export function decodeError(error: unknown, manifest: Manifest): unknown {
  if (error instanceof StrongroomError || (error as Error)?.name === "AbortError") return error;
  if (isCorruptCompressedData(error)) {
    return new IntegrityError(
      `backup ${manifest.id}: the ${manifest.compression.algorithm} data is corrupt: ${(error as Error).message}`,
      {
        cause: error,
        hint: "use another backup",
      },
    );
  }
  return error;
}
