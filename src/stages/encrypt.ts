import type { Transform } from "node:stream";
import type { EncryptionInfo } from "../catalog/manifest.ts";
import type { DecryptionConfig, EncryptionConfig } from "../config/encryption.ts";
import { createDecryptStream, createEncryptStream, decryptBuffer, encryptBuffer } from "../crypto/age-stream.ts";
import { IntegrityError } from "../errors.ts";

export function encryptStage(config: EncryptionConfig): Transform | undefined {
  if (config.mode === "none") return undefined;
  return createEncryptStream(
    config.mode === "recipients" ? { recipients: config.recipients } : { passphrase: config.passphrase },
  );
}

export function encryptionInfo(config: EncryptionConfig): EncryptionInfo {
  if (config.mode === "recipients") return { type: "age", mode: "recipients", recipients: [...config.recipients] };
  if (config.mode === "passphrase") return { type: "age", mode: "passphrase" };
  return { type: "none" };
}

/** A decryptor for a backup encrypted as `info` says, or a clear error when no key was given. */
export function decryptStage(info: EncryptionInfo, config: DecryptionConfig, backupId: string): Transform | undefined {
  if (info.type === "none") return undefined;
  return createDecryptStream(decryptOptions(info, config, backupId));
}

export async function sealJson(value: unknown, config: EncryptionConfig): Promise<string> {
  if (config.mode === "none") throw new Error("nothing to seal with");
  const data = Buffer.from(JSON.stringify(value));
  const options = config.mode === "recipients" ? { recipients: config.recipients } : { passphrase: config.passphrase };
  return (await encryptBuffer(data, options)).toString("base64");
}

export async function unsealJson(
  sealed: string,
  info: EncryptionInfo,
  config: DecryptionConfig,
  backupId: string,
): Promise<unknown> {
  const plain = await decryptBuffer(Buffer.from(sealed, "base64"), decryptOptions(info, config, backupId));
  return JSON.parse(plain.toString("utf8"));
}

function decryptOptions(info: EncryptionInfo, config: DecryptionConfig, backupId: string) {
  if (config.mode === "identities") return { identities: config.identities };
  if (config.mode === "passphrase") return { passphrase: config.passphrase };
  const needs =
    info.type === "age" && info.mode === "recipients"
      ? `--identity with the secret key of one of: ${info.recipients.join(", ")}`
      : "--passphrase-env with the backup's passphrase";
  throw new IntegrityError(`backup ${backupId} is encrypted and no key was given`, { hint: `give ${needs}` });
}
