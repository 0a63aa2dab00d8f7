import { chmod, writeFile } from "node:fs/promises";
import { formatIdentityFile, generateIdentity } from "../crypto/age-keys.ts";
import { UsageError } from "../errors.ts";

export interface KeygenResult {
  readonly recipient: string;
  readonly file?: string;
  /** Only when no --out was given: the caller prints it to stdout, as age-keygen does. */
  readonly identityFile?: string;
}

/** A new X25519 key pair in age-keygen's file layout. The file is created 0600 and never overwritten. */
export async function runKeygen(out: string | undefined): Promise<KeygenResult> {
  const identity = generateIdentity();
  const text = formatIdentityFile(identity, new Date());
  if (!out) return { recipient: identity.recipient, identityFile: text };
  try {
    await writeFile(out, text, { mode: 0o600, flag: "wx" });
    await chmod(out, 0o600); // the mode above is cut by the umask
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write the key to ${out}: ${code === "EEXIST" ? "the file exists" : code}`, {
      hint:
        code === "EEXIST" ? "choose another path; Strongroom never overwrites a key" : "check the path and permissions",
    });
  }
  return { recipient: identity.recipient, file: out };
}
