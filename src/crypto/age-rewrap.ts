/**
 * Re-wrapping an age file for new recipients without re-encrypting it. age encrypts the payload
 * under a random file key and wraps only that key in the header's stanzas, so a new header (fresh
 * X25519 stanzas for the new recipients, a new MAC keyed by the same file key) followed by the
 * old payload nonce and ciphertext, byte for byte, is a complete age file for the new recipients.
 * Plaintext never exists here: the payload is copied, not opened.
 */
import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { IntegrityError } from "../errors.ts";
import {
  checkPrefix,
  encodeHeader,
  findHeaderEnd,
  type Header,
  headerError,
  MAX_HEADER_SIZE,
  parseHeader,
  verifyMac,
} from "./age-header.ts";
import { type DecryptPlan, decryptPlan, encryptPlan } from "./age-keyring.ts";
import { unwrapScrypt, unwrapX25519, wrapX25519 } from "./age-stanzas.ts";
import type { DecryptOptions } from "./age-keyring.ts";

/** What a re-wrap produced, to verify the stored copy against. The file key stays in memory only. */
export interface RewrapFacts {
  readonly header: Buffer;
  readonly fileKey: Buffer;
  /** sha256 and length of everything after the header (payload nonce + ciphertext), unchanged. */
  readonly payloadSha256: string;
  readonly payloadSize: number;
}

/** The old key does not open this file (a backup encrypted to someone else): skip, not damage. */
export class NotEncryptedToKeyError extends IntegrityError {}

/**
 * The file key from the header's stanzas, MAC verified; NotEncryptedToKeyError when no stanza is
 * for the given identity or passphrase. Each stanza is tried once (scrypt costs seconds).
 */
export async function openHeader(header: Header, plan: DecryptPlan): Promise<Buffer> {
  const scrypt = header.stanzas.filter((stanza) => stanza.type === "scrypt");
  if (scrypt.length > 0 && header.stanzas.length !== 1)
    throw headerError("an scrypt stanza must be the only stanza in the header");
  let fileKey: Buffer | null = null;
  if (plan.kind === "x25519") fileKey = scrypt.length ? null : unwrapX25519(header.stanzas, plan.identities);
  else if (scrypt[0] !== undefined) fileKey = await unwrapScrypt(scrypt[0], plan.passphrase);
  if (fileKey === null) {
    throw new NotEncryptedToKeyError(
      plan.kind === "x25519"
        ? "not encrypted to the old identity: none of its recipient stanzas opens with the given key"
        : "not encrypted with the given passphrase",
      { hint: "give the identity (or passphrase) this backup was encrypted with, or leave it as it is" },
    );
  }
  verifyMac(fileKey, header);
  return fileKey;
}

/** A new header for `recipients` around the same file key. */
export function wrapForRecipients(fileKey: Buffer, recipients: readonly string[]): Buffer {
  const plan = encryptPlan({ recipients });
  if (plan.kind !== "x25519") throw new Error("unreachable: recipients give an X25519 plan");
  return encodeHeader(
    plan.recipients.map((recipient) => wrapX25519(fileKey, recipient)),
    fileKey,
  );
}

/** Splits a buffer that begins with an age header; the header must end within MAX_HEADER_SIZE. */
function splitHeader(bytes: Buffer, complete: boolean): { header: Header; end: number } | undefined {
  checkPrefix(bytes);
  const found = findHeaderEnd(bytes);
  if ("end" in found) return { header: parseHeader(bytes.subarray(0, found.end)), end: found.end };
  if (bytes.length > MAX_HEADER_SIZE) throw headerError(`no MAC line within the first ${MAX_HEADER_SIZE} bytes`);
  if (complete)
    throw new IntegrityError("age: the file ends inside its header: it is truncated", {
      hint: "the backup is damaged or truncated; try another copy",
    });
  return undefined;
}

/** A whole age file (a sealed manifest section) re-wrapped for `recipients`. */
export async function rewrapBuffer(
  data: Buffer,
  decrypt: DecryptOptions,
  recipients: readonly string[],
): Promise<Buffer> {
  const { header, end } = splitHeader(data, true)!;
  const fileKey = await openHeader(header, decryptPlan(decrypt));
  return Buffer.concat([wrapForRecipients(fileKey, recipients), data.subarray(end)]);
}

export interface RewrapStream extends Transform {
  /** Available once the stream has finished. */
  facts(): RewrapFacts;
}

/**
 * A Transform from an age file to the same file re-wrapped for `recipients`. The header is
 * buffered (at most MAX_HEADER_SIZE); every byte after it passes through untouched and hashed.
 * Throws UsageError now for bad keys or recipients; NotEncryptedToKeyError if the old key does not fit.
 */
export function createRewrapStream(decrypt: DecryptOptions, recipients: readonly string[]): RewrapStream {
  const plan = decryptPlan(decrypt);
  encryptPlan({ recipients });
  const hash = createHash("sha256");
  let head: Buffer[] | undefined = [];
  let headLength = 0;
  let payloadSize = 0;
  let result: { header: Buffer; fileKey: Buffer } | undefined;
  let facts: RewrapFacts | undefined;
  const passOn = (stream: Transform, bytes: Buffer) => {
    if (bytes.length === 0) return;
    hash.update(bytes);
    payloadSize += bytes.length;
    stream.push(bytes);
  };
  const stream = new Transform({
    transform(this: Transform, chunk: Buffer, _encoding, callback: TransformCallback) {
      if (head === undefined) {
        passOn(this, chunk);
        callback();
        return;
      }
      try {
        head.push(chunk);
        headLength += chunk.length;
        const seen = Buffer.concat(head, headLength);
        head = [seen];
        const split = splitHeader(seen, false);
        if (split === undefined) {
          callback();
          return;
        }
        head = undefined;
        openHeader(split.header, plan).then((fileKey) => {
          if (this.destroyed) return;
          result = { header: wrapForRecipients(fileKey, recipients), fileKey };
          this.push(result.header);
          passOn(this, seen.subarray(split.end));
          callback();
        }, callback);
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (result === undefined) {
          if (head === undefined || headLength === 0) throw new IntegrityError("age: the encrypted file is empty");
          splitHeader(Buffer.concat(head), true);
          throw headerError("missing MAC line");
        }
        facts = { ...result, payloadSha256: hash.digest("hex"), payloadSize };
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  }) as RewrapStream;
  stream.facts = () => {
    if (facts === undefined) throw new Error("re-wrap facts requested before the stream finished");
    return facts;
  };
  return stream;
}
