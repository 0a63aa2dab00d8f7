import { randomBytes } from "node:crypto";
import { PassThrough, Readable, Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { encodeHeader, findHeaderEnd, parseHeader } from "../../src/crypto/age-header.ts";
import { generateIdentity } from "../../src/crypto/age-keys.ts";
import type { DecryptOptions } from "../../src/crypto/age-keyring.ts";
import { SEALED_CHUNK_SIZE } from "../../src/crypto/age-payload.ts";
import { createDecryptStream, createEncryptStream, decryptBuffer, encryptBuffer } from "../../src/crypto/age-stream.ts";
import { IntegrityError, UsageError } from "../../src/errors.ts";
import { pseudoRandomBytes, randomPieces, through } from "../fixtures/age/support.ts";

const KIB64 = 65536;
const SIZES = [
  0,
  1,
  100,
  KIB64 - 1,
  KIB64,
  KIB64 + 1,
  2 * KIB64,
  2 * KIB64 + 1,
  64 * KIB64,
  64 * KIB64 + 1,
  5 * 1024 * 1024 + 12345,
];
const alice = generateIdentity();
const bob = generateIdentity();
const mallory = generateIdentity();
const PASSPHRASE = "correct horse battery staple";
const SECRETS = [alice.identity, bob.identity, mallory.identity, PASSPHRASE];

function headerLength(file: Buffer): number {
  const found = findHeaderEnd(file);
  if (!("end" in found)) throw new Error("no header");
  return found.end;
}

/** Decrypts with the stream (random pieces), capturing what it emitted before failing. */
async function streamDecrypt(
  file: Buffer,
  options: DecryptOptions,
  seed = 1,
): Promise<{ output: Buffer; error?: unknown }> {
  const parts: Buffer[] = [];
  try {
    await pipeline(
      Readable.from(randomPieces(file, seed)),
      createDecryptStream(options),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          parts.push(chunk);
          callback();
        },
      }),
    );
    return { output: Buffer.concat(parts) };
  } catch (error) {
    return { output: Buffer.concat(parts), error };
  }
}

/** Both decryption paths must fail with an IntegrityError matching `pattern` and quoting no secret. */
async function expectRejected(file: Buffer, options: DecryptOptions, pattern: RegExp): Promise<IntegrityError> {
  const whole = await decryptBuffer(file, options).then(
    () => undefined,
    (error: unknown) => error,
  );
  const streamed = await streamDecrypt(file, options);
  for (const error of [whole, streamed.error]) {
    expect(error).toBeInstanceOf(IntegrityError);
    const { message, hint } = error as IntegrityError;
    expect(message).toMatch(pattern);
    expect(hint).toBeTruthy();
    for (const secret of SECRETS) expect(`${message} ${hint}`).not.toContain(secret);
  }
  return streamed.error as IntegrityError;
}

describe("age encryption round-trips", () => {
  for (const size of SIZES) {
    it(`${size} bytes, randomly chunked, streams and buffers`, async () => {
      const plaintext = pseudoRandomBytes(size, size);
      const encrypted = (
        await through(
          createEncryptStream({ recipients: [alice.recipient, bob.recipient] }),
          randomPieces(plaintext, size + 1),
        )
      ).output;
      const chunks = Math.max(1, Math.ceil(size / KIB64));
      expect(encrypted.length).toBe(headerLength(encrypted) + 16 + size + 16 * chunks);
      for (const identity of [alice.identity, bob.identity]) {
        expect(
          (
            await through(createDecryptStream({ identities: [identity] }), randomPieces(encrypted, size + 2))
          ).output.equals(plaintext),
        ).toBe(true);
        expect((await decryptBuffer(encrypted, { identities: [mallory.identity, identity] })).equals(plaintext)).toBe(
          true,
        );
      }
      const buffered = await encryptBuffer(plaintext, { recipients: [alice.recipient] });
      expect(buffered.length).toBe(headerLength(buffered) + 16 + size + 16 * chunks);
      expect(
        (await through(createDecryptStream({ identities: [alice.identity] }), [buffered])).output.equals(plaintext),
      ).toBe(true);
    });
  }

  it("passphrase round-trip, both paths", async () => {
    const plaintext = pseudoRandomBytes(3 * KIB64 + 7, 9);
    const encrypted = await encryptBuffer(plaintext, { passphrase: PASSPHRASE, workFactor: 10 });
    expect(encrypted.toString("latin1")).toMatch(/\n-> scrypt [A-Za-z0-9+/]{22} 10\n/);
    expect(
      (await through(createDecryptStream({ passphrase: PASSPHRASE }), randomPieces(encrypted, 3))).output.equals(
        plaintext,
      ),
    ).toBe(true);
    const streamed = (
      await through(createEncryptStream({ passphrase: PASSPHRASE, workFactor: 11 }), randomPieces(plaintext, 4))
    ).output;
    expect((await decryptBuffer(streamed, { passphrase: PASSPHRASE })).equals(plaintext)).toBe(true);
  });

  it("every encryption uses a fresh file key and nonce", async () => {
    const plaintext = Buffer.from("same input");
    const a = await encryptBuffer(plaintext, { recipients: [alice.recipient] });
    const b = await encryptBuffer(plaintext, { recipients: [alice.recipient] });
    expect(a.equals(b)).toBe(false);
    expect(a.subarray(-26).equals(b.subarray(-26))).toBe(false);
  });

  it("writes large batches, not one write per 64 KiB chunk", async () => {
    const plaintext = pseudoRandomBytes(8 * 1024 * 1024, 5);
    const { writes, output } = await through(createEncryptStream({ recipients: [alice.recipient] }), [plaintext]);
    // header, then 128 chunks in batches of 64 (the last batch carries the final chunk).
    expect(writes.length).toBeLessThanOrEqual(4);
    const decrypted = await through(createDecryptStream({ identities: [alice.identity] }), [output]);
    expect(decrypted.writes.length).toBeLessThanOrEqual(3);
    expect(decrypted.output.equals(plaintext)).toBe(true);
  });
});

describe("age decryption rejects damaged files", () => {
  const plaintext = pseudoRandomBytes(5 * KIB64 + 1000, 42);
  const encrypted = encryptBuffer(plaintext, { recipients: [alice.recipient] });
  const options = { identities: [alice.identity] };

  it("a flipped byte in the header (stanza body, MAC, version line)", async () => {
    const file = await encrypted;
    const text = file.toString("latin1");
    const bodyAt = text.indexOf("\n", text.indexOf("-> X25519")) + 5;
    const macAt = text.indexOf("--- ") + 10;
    for (const [at, pattern] of [
      [bodyAt, /no identity matches|invalid header/],
      [macAt, /MAC|invalid header/],
      [3, /not an age/],
      [headerLength(file) - 2, /MAC|invalid header/],
    ] as const) {
      const damaged = Buffer.from(file);
      damaged[at] = (damaged[at] ?? 0) ^ 0x01;
      const error = await expectRejected(damaged, options, pattern);
      expect(error).toBeInstanceOf(IntegrityError);
    }
  });

  it("a flipped byte in the payload nonce, a middle chunk and the last chunk: no unauthenticated output", async () => {
    const file = await encrypted;
    const start = headerLength(file) + 16;
    for (const [at, goodChunks] of [
      [start - 3, 0],
      [start + 2 * SEALED_CHUNK_SIZE + 500, 2],
      [file.length - 5, 5],
    ] as const) {
      const damaged = Buffer.from(file);
      damaged[at] = (damaged[at] ?? 0) ^ 0x80;
      await expectRejected(damaged, options, /failed authentication/);
      const { output } = await streamDecrypt(damaged, options, at);
      // Whatever was emitted is authenticated plaintext from before the damaged chunk.
      expect(output.length).toBeLessThanOrEqual(goodChunks * KIB64);
      expect(output.equals(plaintext.subarray(0, output.length))).toBe(true);
    }
  });

  it("truncation mid-chunk, exactly at chunk boundaries, inside the header and the nonce", async () => {
    const file = await encrypted;
    const start = headerLength(file) + 16;
    for (const cut of [start + 100, start + SEALED_CHUNK_SIZE + 1, file.length - 1, file.length - 17]) {
      await expectRejected(file.subarray(0, cut), options, /truncated|failed authentication/);
    }
    for (const chunks of [1, 2, 5]) {
      // A file cut after whole chunks looks complete; only the last-chunk flag tells.
      await expectRejected(
        file.subarray(0, start + chunks * SEALED_CHUNK_SIZE),
        options,
        /final payload chunk .* failed authentication/,
      );
    }
    await expectRejected(file.subarray(0, start), options, /truncated/);
    await expectRejected(file.subarray(0, start - 5), options, /truncated/);
    await expectRejected(file.subarray(0, headerLength(file) - 1), options, /truncated/);
    await expectRejected(file.subarray(0, 10), options, /truncated/);
    await expectRejected(Buffer.alloc(0), options, /empty/);
  });

  it("trailing garbage and an appended chunk", async () => {
    const file = await encrypted;
    await expectRejected(Buffer.concat([file, Buffer.from([0])]), options, /failed authentication/);
    await expectRejected(Buffer.concat([file, randomBytes(SEALED_CHUNK_SIZE)]), options, /failed authentication/);
  });

  it("not an age file, or an armored one", async () => {
    await expectRejected(Buffer.from("hello world, this is not encrypted\n"), options, /not an age/);
    await expectRejected(
      Buffer.from("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n"),
      options,
      /armored/,
    );
    await expectRejected(Buffer.from("age-encryption.org/v2\n-> X\n\n--- abc\n"), options, /version/);
    await expectRejected(
      Buffer.concat([Buffer.from("age-encryption.org/v1\n-> X25519 "), Buffer.alloc(1_100_000, 0x41)]),
      options,
      /MAC line/,
    );
  });
});

describe("age keys and passphrases that do not match", () => {
  it("a wrong identity: no identity matches, and no key in the message", async () => {
    const file = await encryptBuffer(Buffer.from("secret data"), { recipients: [alice.recipient, bob.recipient] });
    await expectRejected(file, { identities: [mallory.identity] }, /no identity matches/);
    await expectRejected(file, { passphrase: PASSPHRASE }, /no identity matches.*passphrase/);
  });

  it("a wrong passphrase", async () => {
    const file = await encryptBuffer(Buffer.from("secret data"), { passphrase: PASSPHRASE, workFactor: 10 });
    await expectRejected(file, { passphrase: `${PASSPHRASE}!` }, /wrong passphrase/);
    await expectRejected(file, { identities: [alice.identity] }, /no identity matches.*passphrase/);
  });

  it("an scrypt work factor above 22 fails at once, before scrypt runs", async () => {
    const file = (await encryptBuffer(Buffer.from("x"), { passphrase: PASSPHRASE, workFactor: 10 })).toString("latin1");
    const started = Date.now();
    await expectRejected(
      Buffer.from(file.replace(/(-> scrypt \S+) 10\n/, "$1 23\n"), "latin1"),
      { passphrase: PASSPHRASE },
      /work factor 23/,
    );
    await expectRejected(
      Buffer.from(file.replace(/(-> scrypt \S+) 10\n/, "$1 64\n"), "latin1"),
      { passphrase: PASSPHRASE },
      /work factor 64/,
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("an scrypt stanza beside another stanza is rejected", async () => {
    const plain = await encryptBuffer(Buffer.from("x"), { passphrase: PASSPHRASE, workFactor: 10 });
    const header = parseHeader(plain.subarray(0, headerLength(plain)));
    const fileKey = randomBytes(16);
    const mixed = Buffer.concat([
      encodeHeader([...header.stanzas, { type: "X25519", args: ["AAAA"], body: Buffer.alloc(32) }], fileKey),
      randomBytes(40),
    ]);
    await expectRejected(mixed, { passphrase: PASSPHRASE }, /scrypt stanza must be the only/);
    await expectRejected(mixed, { identities: [alice.identity] }, /scrypt stanza must be the only/);
  });
});

describe("age options are validated before any data", () => {
  it("names bad recipients, never bad identities", () => {
    const bad = "age1notarealkey";
    expect(() => createEncryptStream({ recipients: [alice.recipient, bad] })).toThrow(UsageError);
    expect(() => createEncryptStream({ recipients: [bad] })).toThrow(bad);
    expect(() => createEncryptStream({ recipients: [] })).toThrow(UsageError);
    // Another checksum character than the key's own (a random key may end in Q already).
    const broken = `${alice.identity.slice(0, -1)}${alice.identity.endsWith("Q") ? "P" : "Q"}`;
    try {
      createDecryptStream({ identities: [broken] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).not.toContain(broken.slice(16));
    }
    expect(() => createDecryptStream({ identities: [] })).toThrow(UsageError);
  });

  it("rejects empty passphrases and out-of-range work factors", () => {
    expect(() => createEncryptStream({ passphrase: "" })).toThrow(UsageError);
    expect(() => createDecryptStream({ passphrase: "" })).toThrow(UsageError);
    for (const workFactor of [0, 23, 1.5, Number.NaN])
      expect(() => createEncryptStream({ passphrase: PASSPHRASE, workFactor })).toThrow(UsageError);
  });
});

describe("age streams: compliance matrix", () => {
  const makeStages = [
    ["encrypt (X25519)", () => createEncryptStream({ recipients: [alice.recipient] })],
    ["encrypt (scrypt)", () => createEncryptStream({ passphrase: PASSPHRASE, workFactor: 12 })],
    ["decrypt", () => createDecryptStream({ identities: [alice.identity] })],
  ] as const;
  const plaintext = pseudoRandomBytes(3 * 1024 * 1024, 77);
  const encrypted = encryptBuffer(plaintext, { recipients: [alice.recipient] });
  const inputFor = async (name: string) => (name === "decrypt" ? encrypted : plaintext);

  for (const [name, make] of makeStages) {
    it(`${name}: success with pipeline() and finished()`, async () => {
      const stage = make();
      const sink = new PassThrough();
      const collected: Buffer[] = [];
      sink.on("data", (chunk: Buffer) => collected.push(chunk));
      await pipeline(Readable.from(randomPieces(await inputFor(name), 5)), stage, sink);
      await finished(stage);
      const output = Buffer.concat(collected);
      if (name === "decrypt") expect(output.equals(plaintext)).toBe(true);
      else
        expect(
          (
            await decryptBuffer(
              output,
              name.includes("scrypt") ? { passphrase: PASSPHRASE } : { identities: [alice.identity] },
            )
          ).equals(plaintext),
        ).toBe(true);
    });

    it(`${name}: an early error upstream rejects the pipeline and destroys the stage`, async () => {
      const stage = make();
      const boom = new Error("source failed at once");
      const source = new Readable({
        read() {
          this.destroy(boom);
        },
      });
      await expect(pipeline(source, stage, new PassThrough().resume())).rejects.toBe(boom);
      expect(stage.destroyed).toBe(true);
      await expect(finished(stage)).rejects.toBeTruthy();
    });

    it(`${name}: a late error upstream rejects the pipeline`, async () => {
      const stage = make();
      const boom = new Error("source failed late");
      const input = await inputFor(name);
      async function* source() {
        yield input.subarray(0, 1024 * 1024);
        yield input.subarray(1024 * 1024, 2 * 1024 * 1024);
        throw boom;
      }
      let received = 0;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          callback();
        },
      });
      await expect(pipeline(source, stage, sink)).rejects.toBe(boom);
      expect(received).toBeGreaterThan(0);
      expect(stage.destroyed).toBe(true);
    });

    it(`${name}: abort through an AbortSignal`, async () => {
      const stage = make();
      const controller = new AbortController();
      const input = await inputFor(name);
      let produced = 0;
      const source = new Readable({
        read() {
          if (produced >= input.length) {
            // Never ends: only the abort can stop this pipeline.
            return;
          }
          this.push(input.subarray(produced, produced + 256 * 1024));
          produced += 256 * 1024;
          if (produced >= 1024 * 1024) setImmediate(() => controller.abort());
        },
      });
      const running = pipeline(source, stage, new PassThrough().resume(), { signal: controller.signal });
      await expect(running).rejects.toMatchObject({ name: "AbortError" });
      expect(stage.destroyed).toBe(true);
      expect(source.destroyed).toBe(true);
    });

    it(`${name}: a signal aborted before the start`, async () => {
      const stage = make();
      await expect(
        pipeline(Readable.from([await inputFor(name)]), stage, new PassThrough().resume(), {
          signal: AbortSignal.abort(),
        }),
      ).rejects.toMatchObject({ name: "AbortError" });
      expect(stage.destroyed).toBe(true);
    });
  }

  it("decrypt: a damaged file rejects pipeline() with the IntegrityError", async () => {
    const damaged = Buffer.from(await encrypted);
    damaged[damaged.length - 100] = (damaged[damaged.length - 100] ?? 0) ^ 1;
    const stage = createDecryptStream({ identities: [alice.identity] });
    await expect(pipeline(Readable.from([damaged]), stage, new PassThrough().resume())).rejects.toBeInstanceOf(
      IntegrityError,
    );
    await expect(finished(stage)).rejects.toBeInstanceOf(IntegrityError);
  });

  for (const direction of ["encrypt", "decrypt"] as const) {
    it(`${direction}: respects backpressure (a slow sink keeps memory bounded)`, async () => {
      const total = 48 * 1024 * 1024;
      const piece = direction === "encrypt" ? pseudoRandomBytes(1024 * 1024, 3) : undefined;
      const file =
        direction === "decrypt"
          ? await encryptBuffer(pseudoRandomBytes(total, 3), { recipients: [alice.recipient] })
          : undefined;
      let produced = 0;
      let consumed = 0;
      let maxAhead = 0;
      const source = new Readable({
        read() {
          if (direction === "encrypt") {
            if (produced >= total) return void this.push(null);
            this.push(piece);
            produced += 1024 * 1024;
          } else {
            const data = file as Buffer;
            if (produced >= data.length) return void this.push(null);
            this.push(data.subarray(produced, produced + 1024 * 1024));
            produced += 1024 * 1024;
          }
        },
      });
      const sink = new Writable({
        highWaterMark: 64 * 1024,
        write(chunk: Buffer, _encoding, callback) {
          consumed += chunk.length;
          maxAhead = Math.max(maxAhead, produced - consumed);
          setTimeout(callback, 1);
        },
      });
      const stage =
        direction === "encrypt"
          ? createEncryptStream({ recipients: [alice.recipient] })
          : createDecryptStream({ identities: [alice.identity] });
      await pipeline(source, stage, sink);
      expect(consumed).toBeGreaterThanOrEqual(total);
      // Without backpressure the source would run all 48 MiB ahead of the slow sink.
      expect(maxAhead).toBeLessThan(16 * 1024 * 1024);
    });
  }
});
