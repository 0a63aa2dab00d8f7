/**
 * The bench's "node-floor" stage: what Node's share of a backup costs with nothing but the work
 * itself. Reads stdin (the shell's zstd output) with blocking reads, seals it with Strongroom's
 * own age code (ChaCha20-Poly1305 per 64 KiB chunk), hashes the result with sha256 as a backup
 * does for its manifest and writes it to stdout with blocking writes: no streams, no event loop
 * turns, no bundle, one reused input buffer. The output is a real age file (`age -d` reads it).
 *
 *   pg_dump -Fc -Z0 … | zstd -3 -T0 -q -c | node scripts/bench/node-floor.ts age1… > out.age
 *
 * Run by plain Node (type stripping), so only erasable TypeScript here and in what it imports.
 */
import { createHash } from "node:crypto";
import { readSync, writeSync } from "node:fs";
import { beginEncryption, encryptPlan } from "../../src/crypto/age-keyring.ts";
import { CHUNK_SIZE, SEALED_CHUNK_SIZE, TAG_SIZE } from "../../src/crypto/age-payload.ts";

const recipient = process.argv[2];
if (!recipient) {
  process.stderr.write("usage: node scripts/bench/node-floor.ts <age recipient> < plaintext > out.age\n");
  process.exit(2);
}

const { prologue, sealer } = await beginEncryption(encryptPlan({ recipients: [recipient] }));
const hash = createHash("sha256");

function put(bytes: Buffer): void {
  hash.update(bytes);
  for (let offset = 0; offset < bytes.length;) offset += writeSync(1, bytes, offset);
}

put(prologue);
// One chunk is held back until more input shows it is not the last (age flags the last chunk).
const input = Buffer.allocUnsafe(2 * CHUNK_SIZE);
const sealed = Buffer.allocUnsafe(SEALED_CHUNK_SIZE);
let held = 0;
function sealFirstChunk(): void {
  put(sealed.subarray(0, sealer.seal(input.subarray(0, CHUNK_SIZE), false, sealed, 0)));
  input.copy(input, 0, CHUNK_SIZE, held);
  held -= CHUNK_SIZE;
}
for (;;) {
  const read = readSync(0, input, held, input.length - held, null);
  if (read === 0) break;
  held += read;
  if (held === input.length) sealFirstChunk();
}
if (held > CHUNK_SIZE) sealFirstChunk();
const last = Buffer.allocUnsafe(held + TAG_SIZE);
put(last.subarray(0, sealer.seal(input.subarray(0, held), true, last, 0)));
process.stderr.write(`node-floor: sha256 ${hash.digest("hex")}\n`);
