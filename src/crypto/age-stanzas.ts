/**
 * The two native age recipient types: X25519 (public keys) and scrypt (passphrases). Each wraps
 * the 16-byte file key into a stanza, and unwraps it from the stanzas of a parsed header.
 */
import { createCipheriv, createDecipheriv, hkdfSync, type KeyObject, randomBytes, scrypt } from "node:crypto";
import { IntegrityError } from "../errors.ts";
import { decodeBase64, encodeBase64, headerError, type Stanza } from "./age-header.ts";
import { generateX25519, rawPublicKey, x25519 } from "./age-keys.ts";

export const FILE_KEY_SIZE = 16;
const TAG_SIZE = 16;
const ZERO_NONCE = Buffer.alloc(12);
const X25519_LABEL = "age-encryption.org/v1/X25519";
const SCRYPT_LABEL = "age-encryption.org/v1/scrypt";
const SCRYPT_SALT_SIZE = 16;
/** age refuses to decrypt with a larger work factor (2^22 takes seconds and 4 GiB). */
export const MAX_SCRYPT_WORK_FACTOR = 22;
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;

/** A decryption key: the X25519 secret as a KeyObject and its public key (the HKDF salt needs it). */
export interface X25519Identity {
  readonly privateKey: KeyObject;
  readonly publicKey: Buffer;
}

export function x25519Identity(privateKey: KeyObject): X25519Identity {
  return { privateKey, publicKey: rawPublicKey(privateKey) };
}

function seal(key: Uint8Array, plaintext: Uint8Array): Buffer {
  const cipher = createCipheriv("chacha20-poly1305", key, ZERO_NONCE, { authTagLength: TAG_SIZE });
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The file key, or null when the body does not authenticate under `key` (not our stanza). */
function open(key: Uint8Array, body: Buffer, what: string): Buffer | null {
  // Checked before decrypting, as the spec requires: a longer body is malformed, not a mismatch.
  if (body.length !== FILE_KEY_SIZE + TAG_SIZE) throw headerError(`${what} stanza body has the wrong length`);
  const decipher = createDecipheriv("chacha20-poly1305", key, ZERO_NONCE, { authTagLength: TAG_SIZE });
  decipher.setAuthTag(body.subarray(FILE_KEY_SIZE));
  const fileKey = decipher.update(body.subarray(0, FILE_KEY_SIZE));
  try {
    decipher.final();
    return fileKey;
  } catch {
    return null;
  }
}

function x25519WrapKey(shared: Buffer, share: Uint8Array, recipient: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", shared, Buffer.concat([share, recipient]), X25519_LABEL, 32));
}

export function wrapX25519(fileKey: Uint8Array, recipient: Uint8Array): Stanza {
  const ephemeral = generateX25519();
  const shared = x25519(ephemeral.privateKey, recipient);
  // Only a low-order recipient point gives the all-zero secret; parseRecipient cannot tell them apart.
  if (shared === null)
    throw new IntegrityError("age: the recipient is a low-order X25519 point and cannot be encrypted to");
  const body = seal(x25519WrapKey(shared, ephemeral.publicKey, recipient), fileKey);
  return { type: "X25519", args: [encodeBase64(ephemeral.publicKey)], body };
}

/** The file key from the first X25519 stanza one of `identities` opens, or null if none does. */
export function unwrapX25519(stanzas: readonly Stanza[], identities: readonly X25519Identity[]): Buffer | null {
  for (const stanza of stanzas) {
    if (stanza.type !== "X25519") continue;
    if (stanza.args.length !== 1) throw headerError("X25519 stanza must have exactly one argument");
    const share = decodeBase64(stanza.args[0] ?? "", "X25519 share");
    if (share.length !== 32) throw headerError("X25519 share must be 32 bytes");
    for (const identity of identities) {
      const shared = x25519(identity.privateKey, share);
      if (shared === null) throw headerError("X25519 share is a low-order point");
      const fileKey = open(x25519WrapKey(shared, share, identity.publicKey), stanza.body, "X25519");
      if (fileKey !== null) return fileKey;
    }
  }
  return null;
}

function scryptKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  const r = 8;
  const p = 1;
  // OpenSSL needs about 128·r·(N + p + 2) bytes; allow exactly that much (4 GiB at logN 22).
  const maxmem = 128 * r * (N + p + 2) + 1024 * 1024;
  const fullSalt = Buffer.concat([Buffer.from(SCRYPT_LABEL, "latin1"), salt]);
  return new Promise((resolve, reject) => {
    scrypt(passphrase, fullSalt, 32, { N, r, p, maxmem }, (error, key) => {
      if (error) reject(new IntegrityError("age: scrypt key derivation failed", { cause: error }));
      else resolve(key);
    });
  });
}

export async function wrapScrypt(fileKey: Uint8Array, passphrase: string, logN: number): Promise<Stanza> {
  const salt = randomBytes(SCRYPT_SALT_SIZE);
  const body = seal(await scryptKey(passphrase, salt, logN), fileKey);
  return { type: "scrypt", args: [encodeBase64(salt), String(logN)], body };
}

/** Validates the scrypt stanza before spending seconds of CPU on it; null on a wrong passphrase. */
export async function unwrapScrypt(stanza: Stanza, passphrase: string): Promise<Buffer | null> {
  if (stanza.args.length !== 2) throw headerError("scrypt stanza must have exactly two arguments");
  const [saltText = "", logNText = ""] = stanza.args;
  const salt = decodeBase64(saltText, "scrypt salt");
  if (salt.length !== SCRYPT_SALT_SIZE) throw headerError("scrypt salt must be 16 bytes");
  if (!/^[1-9][0-9]{0,2}$/.test(logNText)) throw headerError("scrypt work factor is not a positive decimal number");
  const logN = Number(logNText);
  if (logN > MAX_SCRYPT_WORK_FACTOR) {
    throw headerError(`scrypt work factor ${logN} is above ${MAX_SCRYPT_WORK_FACTOR}, the most age accepts`);
  }
  if (stanza.body.length !== FILE_KEY_SIZE + TAG_SIZE) throw headerError("scrypt stanza body has the wrong length");
  return open(await scryptKey(passphrase, salt, logN), stanza.body, "scrypt");
}
