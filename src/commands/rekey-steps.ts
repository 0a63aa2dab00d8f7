/**
 * The steps that re-key one backup, in the order that keeps it restorable at every moment:
 * write the re-wrapped copy under a new name, check the stored copy, switch the manifest, remove
 * the old object. Before the switch the manifest names the old object (old key); after it, the
 * new one (new keys). What an interruption leaves behind is an object no manifest names, which
 * rotation removes once it is older than the grace period.
 */
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { writeJsonObject } from "../catalog/catalog.ts";
import { type Manifest, manifestName } from "../catalog/manifest.ts";
import type { DecryptionConfig } from "../config/encryption.ts";
import { checkPrefix, findHeaderEnd, MAX_HEADER_SIZE, parseHeader } from "../crypto/age-header.ts";
import { decryptPlan } from "../crypto/age-keyring.ts";
import { createRewrapStream, openHeader, type RewrapFacts, rewrapBuffer } from "../crypto/age-rewrap.ts";
import { checkRewrapped } from "../crypto/age-rewrap-check.ts";
import type { DecryptOptions } from "../crypto/age-keyring.ts";
import type { Destination } from "../destinations/destination.ts";
import { IntegrityError, isNotFound } from "../errors.ts";
import { createDigestStream } from "../stages/digest.ts";

export type OldKey = Exclude<DecryptionConfig, { mode: "none" }>;

export function decryptOptionsOf(key: OldKey): DecryptOptions {
  return key.mode === "identities" ? { identities: key.identities } : { passphrase: key.passphrase };
}

const REKEY_MARK = /^\.rekey-\d{8}T\d{9}Z/;

/**
 * `<id>.rekey-<time><rest>` for `<id><rest>` (an earlier mark is replaced): it still starts with
 * the backup's id, so the catalog sees the manifest owning it and rotation attributes it to the
 * backup; the format, compression and `.age` suffixes stay last, so `get` names files as before.
 */
export function rekeyedObjectName(manifest: Manifest, at: Date): string {
  const prefix = `${manifest.id}.`;
  if (!manifest.object.startsWith(prefix)) throw new Error(`${manifest.object} does not start with ${prefix}`);
  const rest = manifest.object.slice(manifest.id.length).replace(REKEY_MARK, "");
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(".", "");
  return `${manifest.id}.rekey-${stamp}${rest}`;
}

/** Reads only the stored object's header and says whether the old key opens it (no data is read). */
export async function probeOldKey(
  destination: Destination,
  manifest: Manifest,
  key: OldKey,
  signal: AbortSignal,
): Promise<void> {
  const stream = await destination.get(manifest.object, { signal });
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      head = Buffer.concat([head, chunk]);
      checkPrefix(head);
      const found = findHeaderEnd(head);
      if ("end" in found) {
        await openHeader(parseHeader(head.subarray(0, found.end)), decryptPlan(decryptOptionsOf(key)));
        return;
      }
      if (head.length > MAX_HEADER_SIZE) break;
    }
  } finally {
    stream.destroy();
  }
  throw new IntegrityError(`${manifest.object}: the age header is incomplete or too long`);
}

export interface WrittenCopy {
  readonly name: string;
  readonly facts: RewrapFacts;
}

/**
 * Streams the old object through the re-wrap into a new object: only the header changes, the
 * payload bytes are copied. The old object's digest must match its manifest, or nothing is kept.
 */
export async function writeRekeyedCopy(
  destination: Destination,
  manifest: Manifest,
  name: string,
  key: OldKey,
  recipients: readonly string[],
  signal: AbortSignal,
): Promise<WrittenCopy> {
  const rewrap = createRewrapStream(decryptOptionsOf(key), recipients);
  const oldDigest = createDigestStream();
  const source = await destination.get(manifest.object, { signal });
  await Promise.all([
    pipeline([source, oldDigest, rewrap], { signal }),
    destination.put(name, rewrap as unknown as Readable, { signal }).catch((error: unknown) => {
      rewrap.destroy(error as Error);
      throw error;
    }),
  ]);
  const old = oldDigest.result();
  if (old.sha256 !== manifest.sha256 || old.size !== manifest.size) {
    await removeIfPresent(destination, name);
    throw new IntegrityError(
      `${manifest.object} does not match its manifest (sha256 or size differ): it was left as it is, nothing re-keyed`,
      { hint: "run `strongroom verify --level digest` on this backup; restore it from another copy" },
    );
  }
  return { name, facts: rewrap.facts() };
}

/** Reads the stored copy back whole: see age-rewrap-check.ts for what this proves. */
export async function checkStoredCopy(
  destination: Destination,
  copy: WrittenCopy,
  signal: AbortSignal,
): Promise<{ sha256: string; size: number }> {
  const stream = await destination.get(copy.name, { signal });
  try {
    const stored = await checkRewrapped(stream as AsyncIterable<Buffer>, copy.facts);
    const expected = copy.facts.header.length + copy.facts.payloadSize;
    if (stored.size !== expected) throw new IntegrityError(`${copy.name} holds ${stored.size} bytes, not ${expected}`);
    return stored;
  } finally {
    stream.destroy();
  }
}

/** The manifest as it reads after the switch: new object, digest, size and recipients; contents re-wrapped too. */
export async function rekeyedManifest(
  manifest: Manifest,
  copy: { name: string; sha256: string; size: number },
  key: OldKey,
  recipients: readonly string[],
): Promise<Manifest> {
  const sealed =
    manifest.sealedContents === undefined
      ? {}
      : {
          sealedContents: (
            await rewrapBuffer(Buffer.from(manifest.sealedContents, "base64"), decryptOptionsOf(key), recipients)
          ).toString("base64"),
        };
  return {
    ...manifest,
    object: copy.name,
    size: copy.size,
    sha256: copy.sha256,
    encryption: { type: "age", mode: "recipients", recipients: [...recipients] },
    ...sealed,
  };
}

/** The switch: one atomic put of the manifest over the old one. */
export async function switchManifest(destination: Destination, manifest: Manifest): Promise<void> {
  await writeJsonObject(destination, manifestName(manifest.id), manifest);
}

export async function removeIfPresent(destination: Destination, name: string): Promise<void> {
  try {
    await destination.remove(name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
