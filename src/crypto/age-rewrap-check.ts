/**
 * Checks a stored re-wrapped age file against what the re-wrap produced, with the file key the
 * re-wrap recovered (the new recipients' identities are not at hand, so their stanzas cannot be
 * opened here). Together the checks show the stored copy is the file that was written and that it
 * decrypts: the header is byte for byte the one generated (so its stanzas are the ones wrapped for
 * the new recipients) and its MAC verifies under the file key; the payload has the old payload's
 * digest; and every payload chunk authenticates under the file key, the last one flagged as last.
 * Plaintext is opened chunk by chunk into a reused buffer and dropped.
 */
import { createHash } from "node:crypto";
import { IntegrityError } from "../errors.ts";
import { findHeaderEnd, MAX_HEADER_SIZE, parseHeader, verifyMac } from "./age-header.ts";
import {
  ByteQueue,
  CHUNK_SIZE,
  PAYLOAD_NONCE_SIZE,
  PayloadOpener,
  payloadKey,
  SEALED_CHUNK_SIZE,
} from "./age-payload.ts";
import type { RewrapFacts } from "./age-rewrap.ts";

export interface StoredDigest {
  readonly sha256: string;
  readonly size: number;
}

function mismatch(problem: string): IntegrityError {
  return new IntegrityError(`the re-wrapped copy does not match what was written: ${problem}`, {
    hint: "the old object and manifest were left as they were; run rekey again",
  });
}

/** Reads the stored copy to its end; returns its digest, or throws IntegrityError on any difference. */
export async function checkRewrapped(source: AsyncIterable<Buffer>, facts: RewrapFacts): Promise<StoredDigest> {
  const whole = createHash("sha256");
  const payloadHash = createHash("sha256");
  const queue = new ByteQueue();
  const scratch = Buffer.allocUnsafe(CHUNK_SIZE);
  let size = 0;
  let head: Buffer | undefined = Buffer.alloc(0);
  let opener: PayloadOpener | undefined;
  let payloadSize = 0;
  const openWhole = (final: boolean) => {
    if (opener === undefined) {
      if (queue.length < PAYLOAD_NONCE_SIZE) return;
      opener = new PayloadOpener(payloadKey(facts.fileKey, Buffer.from(queue.read(PAYLOAD_NONCE_SIZE))));
    }
    while (queue.length > SEALED_CHUNK_SIZE) opener.open(queue.read(SEALED_CHUNK_SIZE), false, scratch, 0);
    if (final) opener.open(queue.read(queue.length), true, scratch, 0);
  };
  for await (const chunk of source) {
    whole.update(chunk);
    size += chunk.length;
    if (head !== undefined) {
      head = Buffer.concat([head, chunk]);
      const found = findHeaderEnd(head);
      if (!("end" in found)) {
        if (head.length > MAX_HEADER_SIZE) throw mismatch("no header end");
        continue;
      }
      const header = head.subarray(0, found.end);
      if (!header.equals(facts.header)) throw mismatch("the header differs from the one generated");
      verifyMac(facts.fileKey, parseHeader(header));
      const rest = head.subarray(found.end);
      head = undefined;
      payloadHash.update(rest);
      payloadSize += rest.length;
      queue.push(rest);
    } else {
      payloadHash.update(chunk);
      payloadSize += chunk.length;
      queue.push(chunk);
    }
    openWhole(false);
  }
  if (head !== undefined) throw mismatch("the header is incomplete");
  if (opener === undefined && queue.length < PAYLOAD_NONCE_SIZE) throw mismatch("the payload nonce is missing");
  openWhole(true);
  if (payloadSize !== facts.payloadSize || payloadHash.digest("hex") !== facts.payloadSha256)
    throw mismatch("the payload differs from the original's");
  return { sha256: whole.digest("hex"), size };
}
