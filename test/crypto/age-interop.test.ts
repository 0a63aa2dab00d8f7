/**
 * Interoperability with the real age CLI (/usr/bin/age, age-keygen) and the age-encryption
 * package, in both directions, for X25519 recipients and passphrases. The CLI reads passphrases
 * from the terminal only, so test/fixtures/age/age-pty.py types them into a pseudo-terminal.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Decrypter, Encrypter } from "age-encryption";
import { describe, expect, it } from "vitest";
import { formatIdentityFile, generateIdentity, parseIdentityFile, recipientOf } from "../../src/crypto/age-keys.ts";
import { createDecryptStream, createEncryptStream, decryptBuffer, encryptBuffer } from "../../src/crypto/age-stream.ts";
import { IntegrityError } from "../../src/errors.ts";
import {
  pseudoRandomBytes,
  randomPieces,
  run,
  runAgeWithPassphrase,
  through,
  withTempDir,
} from "../fixtures/age/support.ts";

const PASSPHRASE = "interop passphrase 7f3a";
const SIZES = [0, 1, 65535, 65536, 65537, 2 * 65536, 5 * 1024 * 1024 + 3];

async function keygen(dir: string, name: string): Promise<{ file: string; identity: string; recipient: string }> {
  const file = join(dir, name);
  const result = await run("age-keygen", ["-o", file]);
  expect(result.code).toBe(0);
  const [identity = ""] = parseIdentityFile(await readFile(file, "utf8"));
  return { file, identity, recipient: recipientOf(identity) };
}

describe("age CLI interop: X25519", () => {
  it("the CLI decrypts what we encrypt to several recipients (age-keygen's and ours)", async () => {
    await withTempDir(async (dir) => {
      const theirs = await keygen(dir, "theirs.txt");
      const ours = generateIdentity();
      const ourFile = join(dir, "ours.txt");
      await writeFile(ourFile, formatIdentityFile(ours, new Date()));
      for (const size of SIZES) {
        const plaintext = pseudoRandomBytes(size, size + 11);
        const encrypted = (
          await through(
            createEncryptStream({ recipients: [theirs.recipient, ours.recipient] }),
            randomPieces(plaintext, size),
          )
        ).output;
        const path = join(dir, `${size}.age`);
        await writeFile(path, encrypted);
        for (const key of [theirs.file, ourFile]) {
          const result = await run("age", ["-d", "-i", key, path]);
          expect(result.stderr).toBe("");
          expect(result.code).toBe(0);
          expect(result.stdout.equals(plaintext), `size ${size}`).toBe(true);
        }
        const stranger = await keygen(dir, `stranger-${size}.txt`);
        expect((await run("age", ["-d", "-i", stranger.file, path])).code).not.toBe(0);
      }
    });
  });

  it("we decrypt what the CLI encrypts to several recipients, with either key", async () => {
    await withTempDir(async (dir) => {
      const theirs = await keygen(dir, "theirs.txt");
      const ours = generateIdentity();
      for (const size of SIZES) {
        const plaintext = pseudoRandomBytes(size, size + 12);
        const result = await run("age", ["-r", theirs.recipient, "-r", ours.recipient], { input: plaintext });
        expect(result.code).toBe(0);
        for (const identity of [theirs.identity, ours.identity]) {
          const streamed = await through(
            createDecryptStream({ identities: [identity] }),
            randomPieces(result.stdout, size + 1),
          );
          expect(streamed.output.equals(plaintext), `size ${size}`).toBe(true);
          expect((await decryptBuffer(result.stdout, { identities: [identity] })).equals(plaintext)).toBe(true);
        }
        await expect(decryptBuffer(result.stdout, { identities: [generateIdentity().identity] })).rejects.toThrow(
          /no identity matches/,
        );
      }
    });
  });

  it("the CLI rejects our files when a byte is flipped or the file is cut at a chunk boundary", async () => {
    await withTempDir(async (dir) => {
      const ours = generateIdentity();
      const key = join(dir, "key.txt");
      await writeFile(key, formatIdentityFile(ours, new Date()));
      const encrypted = await encryptBuffer(pseudoRandomBytes(3 * 65536 + 10, 1), { recipients: [ours.recipient] });
      const good = join(dir, "good.age");
      await writeFile(good, encrypted);
      expect((await run("age", ["-d", "-i", key, good])).code).toBe(0);
      const flipped = Buffer.from(encrypted);
      flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 1;
      const cut = encrypted.subarray(0, encrypted.length - 26); // the 10-byte last chunk and its tag
      for (const [name, bytes] of [
        ["flipped.age", flipped],
        ["cut.age", cut],
      ] as const) {
        await writeFile(join(dir, name), bytes);
        expect((await run("age", ["-d", "-i", key, join(dir, name)])).code).not.toBe(0);
        await expect(decryptBuffer(bytes, { identities: [ours.identity] })).rejects.toBeInstanceOf(IntegrityError);
      }
    });
  });
});

describe("age CLI interop: passphrases (through a pty)", () => {
  it("the CLI decrypts what we encrypt with a passphrase (default work factor 18)", async () => {
    await withTempDir(async (dir) => {
      const plaintext = pseudoRandomBytes(2 * 65536 + 5, 21);
      const encrypted = await encryptBuffer(plaintext, { passphrase: PASSPHRASE });
      expect(encrypted.toString("latin1")).toMatch(/\n-> scrypt \S+ 18\n/);
      await writeFile(join(dir, "p.age"), encrypted);
      const result = await runAgeWithPassphrase(["-d", "-o", join(dir, "p.out"), join(dir, "p.age")], PASSPHRASE);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect((await readFile(join(dir, "p.out"))).equals(plaintext)).toBe(true);
      // The same harness with a wrong passphrase fails: the check above is real.
      const wrong = await runAgeWithPassphrase(
        ["-d", "-o", join(dir, "w.out"), join(dir, "p.age")],
        "not the passphrase",
      );
      expect(wrong.code).not.toBe(0);
    });
  });

  it("we decrypt what the CLI encrypts with a passphrase", async () => {
    await withTempDir(async (dir) => {
      const plaintext = pseudoRandomBytes(65536 + 1, 22);
      await writeFile(join(dir, "in.bin"), plaintext);
      const result = await runAgeWithPassphrase(["-p", "-o", join(dir, "in.age"), join(dir, "in.bin")], PASSPHRASE);
      expect(result.code).toBe(0);
      const encrypted = await readFile(join(dir, "in.age"));
      expect(encrypted.toString("latin1")).toMatch(/^age-encryption\.org\/v1\n-> scrypt /);
      const streamed = await through(createDecryptStream({ passphrase: PASSPHRASE }), randomPieces(encrypted, 8));
      expect(streamed.output.equals(plaintext)).toBe(true);
      await expect(decryptBuffer(encrypted, { passphrase: "not it" })).rejects.toThrow(/wrong passphrase/);
    });
  });
});

describe("age-encryption package interop", () => {
  it("X25519 both ways", async () => {
    const ours = generateIdentity();
    for (const size of [0, 65536, 200_000]) {
      const plaintext = pseudoRandomBytes(size, size + 3);
      const e = new Encrypter();
      e.addRecipient(ours.recipient);
      const theirs = await e.encrypt(plaintext);
      expect((await decryptBuffer(theirs, { identities: [ours.identity] })).equals(plaintext)).toBe(true);
      const d = new Decrypter();
      d.addIdentity(ours.identity);
      const mine = await encryptBuffer(plaintext, { recipients: [ours.recipient, generateIdentity().recipient] });
      expect(Buffer.from(await d.decrypt(mine)).equals(plaintext)).toBe(true);
    }
  });

  it("passphrases both ways", async () => {
    const plaintext = pseudoRandomBytes(70_000, 4);
    const e = new Encrypter();
    e.setPassphrase(PASSPHRASE);
    e.setScryptWorkFactor(12);
    const theirs = await e.encrypt(plaintext);
    expect((await decryptBuffer(theirs, { passphrase: PASSPHRASE })).equals(plaintext)).toBe(true);
    const d = new Decrypter();
    d.addPassphrase(PASSPHRASE);
    const mine = await encryptBuffer(plaintext, { passphrase: PASSPHRASE, workFactor: 12 });
    expect(Buffer.from(await d.decrypt(mine)).equals(plaintext)).toBe(true);
  });
});
