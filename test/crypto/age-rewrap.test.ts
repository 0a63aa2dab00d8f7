/**
 * Re-wrapping an age file for new recipients: the real age CLI decrypts the result with the new
 * key and not with the old one, the payload bytes are the original's, and the stored-copy check
 * catches any changed byte.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { findHeaderEnd } from "../../src/crypto/age-header.ts";
import { formatIdentityFile, generateIdentity, parseIdentityFile, recipientOf } from "../../src/crypto/age-keys.ts";
import { createRewrapStream, NotEncryptedToKeyError, rewrapBuffer } from "../../src/crypto/age-rewrap.ts";
import { checkRewrapped } from "../../src/crypto/age-rewrap-check.ts";
import { createEncryptStream, decryptBuffer, encryptBuffer } from "../../src/crypto/age-stream.ts";
import { IntegrityError } from "../../src/errors.ts";
import { pseudoRandomBytes, randomPieces, run, through, withTempDir } from "../fixtures/age/support.ts";

const SIZES = [0, 1, 65535, 65536, 65537, 3 * 65536 + 5];

function payloadOf(file: Buffer): Buffer {
  const found = findHeaderEnd(file);
  if (!("end" in found)) throw new Error("no header");
  return file.subarray(found.end);
}

async function keygen(dir: string, name: string): Promise<{ file: string; identity: string; recipient: string }> {
  const file = join(dir, name);
  expect((await run("age-keygen", ["-o", file])).code).toBe(0);
  const [identity = ""] = parseIdentityFile(await readFile(file, "utf8"));
  return { file, identity, recipient: recipientOf(identity) };
}

describe("age re-wrap", () => {
  it("the age CLI decrypts the re-wrapped file with each new key and not with the old; the payload is unchanged", async () => {
    await withTempDir(async (dir) => {
      const old = await keygen(dir, "old.txt");
      const fresh = await keygen(dir, "new.txt");
      const second = generateIdentity();
      const secondFile = join(dir, "second.txt");
      await writeFile(secondFile, formatIdentityFile(second, new Date()));
      for (const size of SIZES) {
        const plaintext = pseudoRandomBytes(size, size + 3);
        const original = await encryptBuffer(plaintext, { recipients: [old.recipient] });
        const { output, facts } = await (async () => {
          const stream = createRewrapStream({ identities: [old.identity] }, [fresh.recipient, second.recipient]);
          const result = await through(stream, randomPieces(original, size + 1, 5000));
          return { output: result.output, facts: stream.facts() };
        })();
        expect(payloadOf(output).equals(payloadOf(original))).toBe(true);
        expect(facts.payloadSize).toBe(payloadOf(original).length);
        const path = join(dir, `${size}.age`);
        await writeFile(path, output);
        for (const key of [fresh.file, secondFile]) {
          const decrypted = await run("age", ["-d", "-i", key, path]);
          expect(decrypted.code, decrypted.stderr.toString()).toBe(0);
          expect(decrypted.stdout.equals(plaintext)).toBe(true);
        }
        const refused = await run("age", ["-d", "-i", old.file, path]);
        expect(refused.code).not.toBe(0);
        expect(refused.stdout.length).toBe(0);
        const stored = await checkRewrapped(Readable.from(randomPieces(output, size, 7000)), facts);
        expect(stored.size).toBe(output.length);
      }
    });
  });

  it("a passphrase-encrypted file is re-wrapped for recipients (one scrypt stanza replaced)", async () => {
    const fresh = generateIdentity();
    const plaintext = pseudoRandomBytes(70_000, 1);
    const original = await encryptBuffer(plaintext, { passphrase: "old secret 9", workFactor: 10 });
    const rewrapped = await rewrapBuffer(original, { passphrase: "old secret 9" }, [fresh.recipient]);
    expect((await decryptBuffer(rewrapped, { identities: [fresh.identity] })).equals(plaintext)).toBe(true);
    await expect(decryptBuffer(rewrapped, { passphrase: "old secret 9" })).rejects.toThrow(IntegrityError);
    await expect(rewrapBuffer(original, { passphrase: "wrong" }, [fresh.recipient])).rejects.toThrow(
      NotEncryptedToKeyError,
    );
  });

  it("a file for another key is refused as NotEncryptedToKeyError, before any output", async () => {
    const owner = generateIdentity();
    const stranger = generateIdentity();
    const original = await encryptBuffer(pseudoRandomBytes(1000, 2), { recipients: [owner.recipient] });
    const stream = createRewrapStream({ identities: [stranger.identity] }, [stranger.recipient]);
    await expect(through(stream, [original])).rejects.toThrow(NotEncryptedToKeyError);
    await expect(
      through(createRewrapStream({ identities: [owner.identity] }, [stranger.recipient]), [original.subarray(0, 40)]),
    ).rejects.toThrow(/truncated/);
  });

  it("the stored-copy check fails on a changed payload byte, a changed header byte, a cut-off end and an extra byte", async () => {
    const owner = generateIdentity();
    const fresh = generateIdentity();
    const original = await encryptBuffer(pseudoRandomBytes(200_000, 4), { recipients: [owner.recipient] });
    const stream = createRewrapStream({ identities: [owner.identity] }, [fresh.recipient]);
    const { output } = await through(stream, [original]);
    const facts = stream.facts();
    await expect(checkRewrapped(Readable.from([output]), facts)).resolves.toMatchObject({ size: output.length });
    const flip = (at: number) => {
      const copy = Buffer.from(output);
      copy[at] = copy[at]! ^ 1;
      return copy;
    };
    const damaged = [
      flip(output.length - 100),
      flip(facts.header.length + 20),
      flip(30),
      output.subarray(0, output.length - 17),
      output.subarray(0, facts.header.length + 16 + 65536 + 16),
      Buffer.concat([output, Buffer.from([0])]),
    ];
    for (const copy of damaged)
      await expect(checkRewrapped(Readable.from([copy]), facts)).rejects.toThrow(IntegrityError);
  });

  describe("as a pipeline stage", () => {
    const owner = generateIdentity();
    const fresh = generateIdentity();
    const sink = () =>
      new Writable({
        write(_chunk, _encoding, callback) {
          callback();
        },
      });
    async function* failingAfter(data: Buffer, bytes: number) {
      yield data.subarray(0, bytes);
      throw new Error("source failed");
    }

    it("an error in the header or in the payload rejects the pipeline with that error; an abort with AbortError", async () => {
      const original = await encryptBuffer(pseudoRandomBytes(300_000, 5), { recipients: [owner.recipient] });
      for (const at of [10, 150_000]) {
        const stage = createRewrapStream({ identities: [owner.identity] }, [fresh.recipient]);
        await expect(pipeline(Readable.from(failingAfter(original, at)), stage, sink())).rejects.toThrow(
          "source failed",
        );
        expect(() => stage.facts()).toThrow(/before the stream finished/);
      }
      const controller = new AbortController();
      const stage = createRewrapStream({ identities: [owner.identity] }, [fresh.recipient]);
      async function* slow() {
        yield original.subarray(0, 100_000);
        controller.abort();
        yield original.subarray(100_000);
      }
      await expect(pipeline(Readable.from(slow()), stage, sink(), { signal: controller.signal })).rejects.toThrow(
        expect.objectContaining({ name: "AbortError" }),
      );
    });

    it("an empty input and a file that is not age fail with IntegrityError", async () => {
      const stage = () => createRewrapStream({ identities: [owner.identity] }, [fresh.recipient]);
      await expect(through(stage(), [])).rejects.toThrow(/empty/);
      await expect(through(stage(), [Buffer.from("PGDMP not age at all\n")])).rejects.toThrow(IntegrityError);
    });
  });

  it("memory stays bounded: over 256 MiB the stage never holds more than a few of its input chunks (backpressure)", async () => {
    const owner = generateIdentity();
    const fresh = generateIdentity();
    const block = pseudoRandomBytes(1 << 20, 6);
    async function* plaintext() {
      for (let i = 0; i < 256; i++) yield block;
    }
    const stage = createRewrapStream({ identities: [owner.identity] }, [fresh.recipient]);
    let held = 0;
    let written = 0;
    await pipeline(
      Readable.from(plaintext()),
      createEncryptStream({ recipients: [owner.recipient] }),
      stage,
      new Writable({
        highWaterMark: 1 << 20,
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.length;
          held = Math.max(held, stage.readableLength + stage.writableLength);
          setImmediate(callback);
        },
      }),
    );
    expect(written).toBeGreaterThan(256 << 20);
    expect(stage.facts().payloadSize).toBe(written - stage.facts().header.length);
    // The encryptor writes 4 MiB batches; a stage that buffered the stream would hold hundreds of MiB.
    expect(held).toBeLessThan(16 << 20);
  });
});
