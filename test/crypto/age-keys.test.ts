import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { describe, expect, it } from "vitest";
import {
  formatIdentityFile,
  generateIdentity,
  parseIdentityFile,
  parseRecipient,
  recipientOf,
} from "../../src/crypto/age-keys.ts";
import { UsageError } from "../../src/errors.ts";
import { run, withTempDir } from "../fixtures/age/support.ts";

const IDENTITY = /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/;
const RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;

function usageError(action: () => unknown): UsageError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error("expected a UsageError");
}

/** The same key with one data character changed: the Bech32 checksum no longer matches. */
function corrupt(key: string): string {
  const at = key.length - 10;
  const other = key[at]?.toLowerCase() === "q" ? "p" : "q";
  return key.slice(0, at) + (key === key.toUpperCase() ? other.toUpperCase() : other) + key.slice(at + 1);
}

describe("age keys", () => {
  it("generates identities whose recipient age-keygen derives too", async () => {
    const id = generateIdentity();
    expect(id.identity).toMatch(IDENTITY);
    expect(id.recipient).toMatch(RECIPIENT);
    expect(recipientOf(id.identity)).toBe(id.recipient);
    expect(generateIdentity().identity).not.toBe(id.identity);
    await withTempDir(async (dir) => {
      const file = join(dir, "key.txt");
      await writeFile(file, formatIdentityFile(id, new Date()));
      const derived = await run("age-keygen", ["-y", file]);
      expect(derived.code).toBe(0);
      expect(derived.stdout.toString().trim()).toBe(id.recipient);
    });
  });

  it("reads age-keygen's files and derives the recipient it printed", async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, "key.txt");
      expect((await run("age-keygen", ["-o", file])).code).toBe(0);
      const text = await readFile(file, "utf8");
      const [identity, ...rest] = parseIdentityFile(text);
      expect(rest).toEqual([]);
      const printed = /# public key: (age1\S+)/.exec(text)?.[1];
      expect(recipientOf(identity ?? "")).toBe(printed);
      // Our file has age-keygen's exact layout (only the key and the time differ).
      const ours = formatIdentityFile({ identity: identity ?? "", recipient: printed ?? "" }, new Date());
      const shape = (s: string) =>
        s
          .replace(/created: \S+/, "created: T")
          .replace(/age1\w+/, "R")
          .replace(/AGE-SECRET-KEY-1\w+/, "K");
      expect(shape(ours)).toBe(shape(text));
    });
  });

  it("agrees with the age-encryption package on key derivation", async () => {
    const theirs = await generateX25519Identity();
    expect(recipientOf(theirs)).toBe(await identityToRecipient(theirs));
    const ours = generateIdentity();
    expect(await identityToRecipient(ours.identity)).toBe(ours.recipient);
  });

  it("formats the creation time as RFC 3339 in UTC, to the second", () => {
    const id = generateIdentity();
    expect(formatIdentityFile(id, new Date("2024-05-06T07:08:09.123Z"))).toBe(
      `# created: 2024-05-06T07:08:09Z\n# public key: ${id.recipient}\n${id.identity}\n`,
    );
  });

  it("parses recipients strictly and names the bad value", () => {
    const id = generateIdentity();
    expect(parseRecipient(id.recipient)).toHaveLength(32);
    expect(Buffer.from(parseRecipient(` ${id.recipient}\n`))).toEqual(Buffer.from(parseRecipient(id.recipient)));
    for (const bad of [
      "",
      "age1",
      id.recipient.toUpperCase(),
      corrupt(id.recipient),
      id.recipient.slice(0, -1),
      `${id.recipient}q`,
      "age1pq1abc",
      "ssh-ed25519 AAAA",
    ]) {
      const error = usageError(() => parseRecipient(bad));
      if (bad.length > 0) expect(error.message).toContain(bad);
    }
  });

  it("never echoes a secret key given as a recipient", () => {
    const id = generateIdentity();
    const error = usageError(() => parseRecipient(id.identity));
    expect(error.message).not.toContain(id.identity.slice(16, 40));
  });

  it("rejects malformed identities without quoting them", () => {
    const id = generateIdentity();
    for (const bad of [
      corrupt(id.identity),
      id.identity.toLowerCase(),
      id.identity.slice(0, -2),
      id.recipient,
      `AGE-SECRET-KEY-PQ-1${id.identity.slice(16)}`,
    ]) {
      const error = usageError(() => recipientOf(bad));
      expect(error.message).not.toContain(bad.slice(16, 40));
      expect(error.message).not.toContain(bad);
    }
  });

  it("parses identity files: comments, blank lines, CRLF, several keys", () => {
    const a = generateIdentity();
    const b = generateIdentity();
    const text = `# created: x\r\n# public key: ${a.recipient}\r\n${a.identity}\r\n\r\n   \n# another\n${b.identity}`;
    expect(parseIdentityFile(text)).toEqual([a.identity, b.identity]);
    expect(parseIdentityFile(formatIdentityFile(a, new Date()))).toEqual([a.identity]);
  });

  it("rejects identity files without keys or with other lines, without quoting keys", () => {
    expect(usageError(() => parseIdentityFile("# only a comment\n\n")).message).toMatch(/no age identity/);
    expect(usageError(() => parseIdentityFile("")).message).toMatch(/no age identity/);
    const a = generateIdentity();
    const broken = corrupt(a.identity);
    const error = usageError(() => parseIdentityFile(`${a.identity}\n${broken}\nssh-rsa AAAA\n`));
    expect(error.problems).toHaveLength(2);
    expect(error.message).toMatch(/line 2/);
    expect(error.message).toMatch(/line 3/);
    expect(error.message).not.toContain(broken.slice(16, 40));
    expect(error.message).not.toContain(a.identity.slice(16, 40));
  });
});
