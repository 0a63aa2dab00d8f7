/**
 * age X25519 keys: the Bech32 encodings (`AGE-SECRET-KEY-1...`, `age1...`), identity files in
 * age-keygen's layout, and the raw X25519 operations on node:crypto KeyObjects.
 * Error messages never contain a secret key; a bad recipient (public) is named.
 */
import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from "node:crypto";
import { bech32 } from "@scure/base";
import { UsageError } from "../errors.ts";

export interface AgeIdentity {
  /** `AGE-SECRET-KEY-1...`: the secret key. */
  readonly identity: string;
  /** `age1...`: the public key that files are encrypted to. */
  readonly recipient: string;
}

const IDENTITY_PREFIX = "AGE-SECRET-KEY-";
const RECIPIENT_PREFIX = "age";
// DER wrappers for a raw 32-byte X25519 key (RFC 8410): node:crypto imports these without copies of
// the key ending up in strings, and exports them back with the raw key as the last 32 bytes.
const PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
const SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
const KEY_SIZE = 32;

/** A raw 32-byte X25519 secret as a node:crypto private KeyObject. */
export function x25519PrivateKey(secret: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secret]), format: "der", type: "pkcs8" });
}

/** A raw 32-byte X25519 public key (u-coordinate) as a node:crypto public KeyObject. */
export function x25519PublicKey(publicKey: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: "der", type: "spki" });
}

/** The raw 32 bytes of an X25519 public key (or of the public half of a private key). */
export function rawPublicKey(key: KeyObject): Buffer {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  return publicKey.export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length);
}

function rawPrivateKey(key: KeyObject): Buffer {
  return key.export({ format: "der", type: "pkcs8" }).subarray(PKCS8_PREFIX.length);
}

/** X25519(secret, point); `null` when the result is the all-zero value (a low-order point). */
export function x25519(privateKey: KeyObject, point: Uint8Array): Buffer | null {
  try {
    const shared = diffieHellman({ privateKey, publicKey: x25519PublicKey(point) });
    return shared.some((byte) => byte !== 0) ? shared : null;
  } catch {
    // OpenSSL refuses to derive the all-zero shared secret; any other point is a valid u-coordinate.
    return null;
  }
}

/** A fresh X25519 key pair (raw bytes), as used for identities and ephemeral shares. */
export function generateX25519(): { privateKey: KeyObject; publicKey: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync("x25519");
  return { privateKey, publicKey: rawPublicKey(publicKey) };
}

function encodeIdentity(secret: Uint8Array): string {
  return bech32.encode(IDENTITY_PREFIX, bech32.toWords(secret), false).toUpperCase();
}

function encodeRecipient(publicKey: Uint8Array): string {
  return bech32.encode(RECIPIENT_PREFIX, bech32.toWords(publicKey), false);
}

export function generateIdentity(): AgeIdentity {
  const { privateKey, publicKey } = generateX25519();
  return Object.freeze({ identity: encodeIdentity(rawPrivateKey(privateKey)), recipient: encodeRecipient(publicKey) });
}

/**
 * The raw 32-byte secret of an `AGE-SECRET-KEY-1...` identity. Like age, the key must be all upper
 * case (Bech32 forbids mixed case; age only writes upper case). Surrounding whitespace is ignored.
 */
export function parseIdentity(identity: string): Buffer {
  const text = identity.trim();
  const problem =
    "not a valid age identity: expected an X25519 secret key (AGE-SECRET-KEY-1 followed by 58 characters)";
  if (!text.startsWith(`${IDENTITY_PREFIX}1`) || text !== text.toUpperCase()) {
    throw new UsageError(problem, {
      hint: "generate one with 'age-keygen' or 'strongroom keygen'; post-quantum (AGE-SECRET-KEY-PQ-1) and plugin identities are not supported",
    });
  }
  let decoded: { prefix: string; words: number[] };
  try {
    decoded = bech32.decode(text as `${string}1${string}`, false);
  } catch {
    throw new UsageError(`${problem} (bad Bech32 checksum or characters)`, {
      hint: "check that the key was copied completely",
    });
  }
  const bytes = wordsToBytes(decoded.words);
  if (decoded.prefix !== IDENTITY_PREFIX.toLowerCase() || bytes?.length !== KEY_SIZE) {
    throw new UsageError(problem, { hint: "check that the key was copied completely" });
  }
  return bytes;
}

export function recipientOf(identity: string): string {
  return encodeRecipient(rawPublicKey(x25519PrivateKey(parseIdentity(identity))));
}

/** The raw 32-byte X25519 public key of an `age1...` recipient (lower case, as age requires). */
export function parseRecipient(recipient: string): Uint8Array {
  const text = recipient.trim();
  // Never echo a secret key that was pasted where a public key belongs.
  const shown = /^age-secret-key-/i.test(text)
    ? "an AGE-SECRET-KEY-1... secret key (give its public key instead)"
    : `'${text}'`;
  const problem = `not a valid age recipient: ${shown} (expected an X25519 public key: age1 followed by 58 characters)`;
  const hint = "use the 'public key' line that age-keygen printed, or 'age-keygen -y key.txt'";
  if (!text.startsWith(`${RECIPIENT_PREFIX}1`) || text !== text.toLowerCase()) throw new UsageError(problem, { hint });
  let decoded: { prefix: string; words: number[] };
  try {
    decoded = bech32.decode(text as `${string}1${string}`, false);
  } catch {
    throw new UsageError(problem, { hint });
  }
  const bytes = wordsToBytes(decoded.words);
  if (decoded.prefix !== RECIPIENT_PREFIX || bytes?.length !== KEY_SIZE) throw new UsageError(problem, { hint });
  return bytes;
}

function wordsToBytes(words: number[]): Buffer | undefined {
  try {
    return Buffer.from(bech32.fromWords(words));
  } catch {
    return undefined;
  }
}

/**
 * The identities in an age identity file: `#` comments and blank lines are skipped, every other
 * line must be an `AGE-SECRET-KEY-1...` key (CRLF line ends are accepted).
 */
export function parseIdentityFile(text: string): string[] {
  const identities: string[] = [];
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    try {
      parseIdentity(line);
      identities.push(line);
    } catch {
      problems.push(`identity file line ${index + 1} is not an age X25519 secret key (AGE-SECRET-KEY-1...)`);
    }
  });
  if (problems.length > 0)
    throw new UsageError(problems, {
      hint: "an identity file holds '#' comments, blank lines and AGE-SECRET-KEY-1 keys, as written by age-keygen",
    });
  if (identities.length === 0)
    throw new UsageError("the identity file contains no age identity (AGE-SECRET-KEY-1...)", {
      hint: "create one with 'age-keygen -o key.txt'",
    });
  return identities;
}

/** The file age-keygen writes: creation time (RFC 3339, seconds), public key, secret key. */
export function formatIdentityFile(id: AgeIdentity, created: Date): string {
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `# created: ${stamp}\n# public key: ${id.recipient}\n${id.identity}\n`;
}
