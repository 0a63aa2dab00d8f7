import { readFileSync } from "node:fs";
import { parseIdentityFile, parseRecipient } from "../crypto/age-keys.ts";
import type { OptionReader } from "./raw.ts";

export type EncryptionConfig =
  | { readonly mode: "recipients"; readonly recipients: readonly string[] }
  | { readonly mode: "passphrase"; readonly passphrase: string }
  | { readonly mode: "none" };

export type DecryptionConfig =
  | { readonly mode: "identities"; readonly identities: readonly string[] }
  | { readonly mode: "passphrase"; readonly passphrase: string }
  | { readonly mode: "none" };

/** Backup side: recipients, a passphrase, or an explicit opt-out. Never silently unencrypted. */
export function readEncryption(reader: OptionReader): EncryptionConfig {
  const recipients = reader.list("recipient").concat(reader.list("recipients"));
  const passphrase = reader.secret("passphrase");
  const unencrypted = reader.boolean("no-encryption") || reader.boolean("allow-unencrypted");
  for (const recipient of recipients) {
    try {
      parseRecipient(recipient);
    } catch (error) {
      reader.problems.push((error as Error).message);
    }
  }
  if (recipients.length && passphrase) {
    reader.problems.push("give age recipients or a passphrase, not both");
  }
  if (unencrypted && (recipients.length || passphrase)) {
    reader.problems.push(
      "--no-encryption (allow-unencrypted) contradicts --recipient/--passphrase-env: keep the key to encrypt, or drop it to store the dump in the clear",
    );
  }
  if (recipients.length) return { mode: "recipients", recipients };
  if (passphrase) return { mode: "passphrase", passphrase };
  if (unencrypted) return { mode: "none" };
  reader.problems.push(
    "no encryption configured: give --recipient age1… (recommended; create a key with `strongroom keygen`), " +
      "--passphrase-env VAR, or --no-encryption to store the dump in the clear",
  );
  return { mode: "none" };
}

/**
 * Restore/verify side. `--identity` is a file path, or (action input) the identity text itself.
 * Identity lines are secrets: `secrets` receives each so the caller can register them.
 */
export function readDecryption(reader: OptionReader): DecryptionConfig {
  const passphrase = reader.secret("passphrase");
  const identities: string[] = [];
  for (const item of reader.raw.identity === undefined ? [] : [reader.raw.identity].flat()) {
    const text = String(item);
    if (!text.trim()) continue;
    if (text.includes("AGE-SECRET-KEY-")) {
      identities.push(...safeParse(reader, text, "the identity"));
      continue;
    }
    let content: string;
    try {
      content = readFileSync(text.trim(), "utf8");
    } catch (error) {
      reader.problems.push(
        `cannot read the identity file ${text.trim()}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      );
      continue;
    }
    identities.push(...safeParse(reader, content, `the identity file ${text.trim()}`));
  }
  if (identities.length && passphrase) reader.problems.push("give --identity or a passphrase, not both");
  if (identities.length) return { mode: "identities", identities };
  if (passphrase) return { mode: "passphrase", passphrase };
  return { mode: "none" };
}

function safeParse(reader: OptionReader, text: string, what: string): string[] {
  try {
    return parseIdentityFile(text);
  } catch (error) {
    reader.problems.push(`${what}: ${(error as Error).message}`);
    return [];
  }
}

export function encryptionSecrets(config: EncryptionConfig | DecryptionConfig): string[] {
  if (config.mode === "passphrase") return [config.passphrase];
  if (config.mode === "identities") return [...config.identities];
  return [];
}
