/**
 * Turns encrypt/decrypt options into validated key material once (UsageError before any byte is
 * read), and performs the two header steps that need it: building a header for a fresh file key,
 * and recovering the file key from a parsed header.
 */
import { randomBytes } from "node:crypto";
import { IntegrityError, UsageError } from "../errors.ts";
import { encodeHeader, type Header, headerError, verifyMac } from "./age-header.ts";
import { parseIdentity, parseRecipient, x25519PrivateKey } from "./age-keys.ts";
import { PAYLOAD_NONCE_SIZE, PayloadSealer, payloadKey } from "./age-payload.ts";
import {
  DEFAULT_SCRYPT_WORK_FACTOR,
  FILE_KEY_SIZE,
  MAX_SCRYPT_WORK_FACTOR,
  unwrapScrypt,
  unwrapX25519,
  wrapScrypt,
  wrapX25519,
  type X25519Identity,
  x25519Identity,
} from "./age-stanzas.ts";

export type EncryptOptions =
  { recipients: readonly string[] } | { passphrase: string /** log2 N, default 18 like age */; workFactor?: number };
export type DecryptOptions = { identities: readonly string[] } | { passphrase: string };

export type EncryptPlan =
  | { readonly kind: "x25519"; readonly recipients: readonly Uint8Array[] }
  | { readonly kind: "scrypt"; readonly passphrase: string; readonly logN: number };
export type DecryptPlan =
  | { readonly kind: "x25519"; readonly identities: readonly X25519Identity[] }
  | { readonly kind: "scrypt"; readonly passphrase: string };

function checkPassphrase(passphrase: unknown): asserts passphrase is string {
  if (typeof passphrase !== "string" || passphrase.length === 0) throw new UsageError("the age passphrase is empty");
}

export function encryptPlan(options: EncryptOptions): EncryptPlan {
  if ("recipients" in options && "passphrase" in options)
    throw new UsageError("age: give either recipients or a passphrase, not both");
  if ("recipients" in options) {
    if (options.recipients.length === 0)
      throw new UsageError("age: no recipients to encrypt to", { hint: "give at least one age1... public key" });
    const problems: string[] = [];
    const recipients: Uint8Array[] = [];
    for (const recipient of options.recipients) {
      try {
        recipients.push(parseRecipient(recipient));
      } catch (error) {
        problems.push(error instanceof UsageError ? error.message : String(error));
      }
    }
    if (problems.length > 0)
      throw new UsageError(problems, { hint: "use the 'public key' line that age-keygen printed" });
    return { kind: "x25519", recipients };
  }
  checkPassphrase(options.passphrase);
  const logN = options.workFactor ?? DEFAULT_SCRYPT_WORK_FACTOR;
  if (!Number.isInteger(logN) || logN < 1 || logN > MAX_SCRYPT_WORK_FACTOR) {
    throw new UsageError(
      `age: scrypt work factor must be an integer from 1 to ${MAX_SCRYPT_WORK_FACTOR} (got ${logN})`,
    );
  }
  return { kind: "scrypt", passphrase: options.passphrase, logN };
}

export function decryptPlan(options: DecryptOptions): DecryptPlan {
  if ("identities" in options && "passphrase" in options)
    throw new UsageError("age: give either identities or a passphrase, not both");
  if ("identities" in options) {
    if (options.identities.length === 0)
      throw new UsageError("age: no identities to decrypt with", { hint: "give at least one AGE-SECRET-KEY-1... key" });
    const problems: string[] = [];
    const identities: X25519Identity[] = [];
    options.identities.forEach((identity, index) => {
      try {
        identities.push(x25519Identity(x25519PrivateKey(parseIdentity(identity))));
      } catch (error) {
        // parseIdentity's message never quotes the key.
        problems.push(
          `identity ${index + 1}: ${error instanceof UsageError ? error.message : "not a valid age identity"}`,
        );
      }
    });
    if (problems.length > 0)
      throw new UsageError(problems, { hint: "an age identity is an AGE-SECRET-KEY-1... line from age-keygen" });
    return { kind: "x25519", identities };
  }
  checkPassphrase(options.passphrase);
  return { kind: "scrypt", passphrase: options.passphrase };
}

/** A fresh file key, wrapped for the plan: the header and payload nonce to write, and the sealer. */
export async function beginEncryption(plan: EncryptPlan): Promise<{ prologue: Buffer; sealer: PayloadSealer }> {
  const fileKey = randomBytes(FILE_KEY_SIZE);
  const stanzas =
    plan.kind === "x25519"
      ? plan.recipients.map((recipient) => wrapX25519(fileKey, recipient))
      : [await wrapScrypt(fileKey, plan.passphrase, plan.logN)];
  const nonce = randomBytes(PAYLOAD_NONCE_SIZE);
  const prologue = Buffer.concat([encodeHeader(stanzas, fileKey), nonce]);
  return { prologue, sealer: new PayloadSealer(payloadKey(fileKey, nonce)) };
}

const WRONG_KEY_HINT =
  "decrypt with the identity (or passphrase) the backup was encrypted with; check which key the backup's manifest names";

/** The file key from a parsed header, MAC verified. Errors name no key and no passphrase. */
export async function recoverFileKey(header: Header, plan: DecryptPlan): Promise<Buffer> {
  const scrypt = header.stanzas.filter((stanza) => stanza.type === "scrypt");
  if (scrypt.length > 0 && header.stanzas.length !== 1)
    throw headerError("an scrypt stanza must be the only stanza in the header");
  let fileKey: Buffer | null;
  if (plan.kind === "scrypt") {
    const [stanza] = scrypt;
    if (stanza === undefined) {
      throw new IntegrityError(
        "age: no identity matches: the file is encrypted to public keys (age1...), not with a passphrase",
        { hint: WRONG_KEY_HINT },
      );
    }
    fileKey = await unwrapScrypt(stanza, plan.passphrase);
    if (fileKey === null)
      throw new IntegrityError("age: wrong passphrase: no identity matches the file's scrypt stanza", {
        hint: WRONG_KEY_HINT,
      });
  } else {
    if (scrypt.length > 0) {
      throw new IntegrityError(
        "age: no identity matches: the file is encrypted with a passphrase, not to public keys",
        { hint: WRONG_KEY_HINT },
      );
    }
    fileKey = unwrapX25519(header.stanzas, plan.identities);
    if (fileKey === null)
      throw new IntegrityError("age: no identity matches any of the file's recipients", { hint: WRONG_KEY_HINT });
  }
  verifyMac(fileKey, header);
  return fileKey;
}
