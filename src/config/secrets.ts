import type { Redactor } from "../redact.ts";
import { supabaseSecrets } from "../sources/supabase/options.ts";
import type { BackupConfig } from "./backup.ts";
import { encryptionSecrets } from "./encryption.ts";
import type { VerifyConfig } from "./inspect.ts";
import type { RestoreConfig } from "./restore.ts";

type AnyConfig = BackupConfig | RestoreConfig | VerifyConfig;

/** Registers every secret a config holds, right after parsing and before anything is printed. */
export function registerConfigSecrets<T extends AnyConfig>(config: T, redactor: Redactor): T {
  if ("source" in config && config.source.kind === "postgres") redactor.add(config.source.target.password);
  if ("source" in config && config.source.kind === "supabase")
    for (const s of supabaseSecrets(config.source.options)) redactor.add(s);
  if ("serviceRoleKey" in config) redactor.add(config.serviceRoleKey);
  if ("target" in config && config.target) redactor.add(config.target.password);
  if ("encryption" in config) for (const s of encryptionSecrets(config.encryption)) redactor.add(s);
  if ("decryption" in config) for (const s of encryptionSecrets(config.decryption)) redactor.add(s);
  return config;
}
