/**
 * The C2SP age test vectors (github.com/C2SP/CCTV, age/testdata; the binary, non-armored,
 * non-post-quantum ones), copied into test/fixtures/age/testkit. Each file is decrypted whole and
 * streamed in random pieces; success vectors must give the payload with the given SHA-256, every
 * other expectation must fail with an IntegrityError of the right kind. Header and STREAM encoding
 * are checked to round-trip byte for byte with the vector's file key.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodeHeader, findHeaderEnd, parseHeader } from "../../src/crypto/age-header.ts";
import { generateIdentity } from "../../src/crypto/age-keys.ts";
import { CHUNK_SIZE, PAYLOAD_NONCE_SIZE, PayloadSealer, payloadKey } from "../../src/crypto/age-payload.ts";
import type { DecryptOptions } from "../../src/crypto/age-keyring.ts";
import { createDecryptStream, decryptBuffer } from "../../src/crypto/age-stream.ts";
import { IntegrityError } from "../../src/errors.ts";
import { randomPieces, TESTKIT_DIR, through } from "../fixtures/age/support.ts";

interface Vector {
  name: string;
  expect: string;
  payload?: string;
  fileKey: Buffer;
  options: DecryptOptions;
  secrets: string[];
  file: Buffer;
}

function load(name: string): Vector {
  const raw = readFileSync(join(TESTKIT_DIR, name));
  const split = raw.indexOf("\n\n");
  const fields = new Map<string, string[]>();
  for (const line of raw.subarray(0, split).toString("utf8").split("\n")) {
    const at = line.indexOf(": ");
    const key = line.slice(0, at);
    fields.set(key, [...(fields.get(key) ?? []), line.slice(at + 2)]);
  }
  const body = raw.subarray(split + 2);
  const identities = fields.get("identity") ?? [];
  const passphrases = fields.get("passphrase") ?? [];
  return {
    name,
    expect: fields.get("expect")?.[0] ?? "",
    payload: fields.get("payload")?.[0],
    fileKey: Buffer.from(fields.get("file key")?.[0] ?? "", "hex"),
    // A vector with neither (the empty file) is tried with some unrelated identity.
    options:
      identities.length > 0
        ? { identities }
        : passphrases.length > 0
          ? { passphrase: passphrases[0] ?? "" }
          : { identities: [generateIdentity().identity] },
    secrets: [...identities, ...passphrases],
    file: fields.get("compressed")?.[0] === "zlib" ? inflateSync(body) : body,
  };
}

const vectors = readdirSync(TESTKIT_DIR).sort().map(load);
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function outcome(run: () => Promise<Buffer>): Promise<{ plaintext?: Buffer; error?: unknown }> {
  try {
    return { plaintext: await run() };
  } catch (error) {
    return { error };
  }
}

function check(vector: Vector, result: { plaintext?: Buffer; error?: unknown }): void {
  if (vector.expect === "success") {
    expect(result.error).toBeUndefined();
    expect(sha256(result.plaintext ?? Buffer.alloc(0))).toBe(vector.payload);
    return;
  }
  expect(result.error, `${vector.name} must fail (${vector.expect})`).toBeInstanceOf(IntegrityError);
  const message = (result.error as Error).message;
  if (vector.expect === "no match") expect(message).toMatch(/no identity matches|wrong passphrase/);
  else expect(message).not.toMatch(/no identity matches|wrong passphrase/);
  if (vector.expect === "HMAC failure") expect(message).toMatch(/MAC/);
  // (Some vectors' passphrases are plain words such as "wrong", which messages may well contain.)
  for (const secret of vector.secrets.filter((s) => s.length >= 8)) expect(message).not.toContain(secret);
}

describe("C2SP age test vectors", () => {
  it("has the vectors", () => {
    expect(vectors.length).toBeGreaterThan(80);
    expect(new Set(vectors.map((v) => v.expect))).toEqual(
      new Set(["success", "header failure", "HMAC failure", "no match", "payload failure"]),
    );
  });

  for (const vector of vectors) {
    it(`${vector.name}: ${vector.expect}`, async () => {
      check(vector, await outcome(() => decryptBuffer(vector.file, vector.options)));
      const pieces = randomPieces(vector.file, vector.file.length, 100_000);
      check(vector, await outcome(async () => (await through(createDecryptStream(vector.options), pieces)).output));
      if (vector.file.length < 200_000) {
        const bytes = [...vector.file].map((byte) => Buffer.from([byte]));
        check(vector, await outcome(async () => (await through(createDecryptStream(vector.options), bytes)).output));
      }
    });
  }

  for (const vector of vectors.filter(
    (v) => v.expect === "success" || v.expect === "payload failure" || v.expect === "no match",
  )) {
    it(`${vector.name}: header encoding round-trips`, () => {
      const found = findHeaderEnd(vector.file);
      if (!("end" in found)) throw new Error("no header end");
      const header = parseHeader(vector.file.subarray(0, found.end));
      expect(encodeHeader(header.stanzas, vector.fileKey).equals(vector.file.subarray(0, found.end))).toBe(true);
    });
  }

  for (const vector of vectors.filter((v) => v.expect === "success")) {
    it(`${vector.name}: STREAM encryption reproduces the payload`, async () => {
      const plaintext = await decryptBuffer(vector.file, vector.options);
      const found = findHeaderEnd(vector.file);
      if (!("end" in found)) throw new Error("no header end");
      const nonce = vector.file.subarray(found.end, found.end + PAYLOAD_NONCE_SIZE);
      const sealer = new PayloadSealer(payloadKey(vector.fileKey, nonce));
      const chunks = Math.max(1, Math.ceil(plaintext.length / CHUNK_SIZE));
      const out = Buffer.alloc(plaintext.length + chunks * 16);
      let offset = 0;
      for (let i = 0; i < chunks; i++)
        offset += sealer.seal(plaintext.subarray(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE), i === chunks - 1, out, offset);
      expect(out.equals(vector.file.subarray(found.end + PAYLOAD_NONCE_SIZE))).toBe(true);
    });
  }
});
