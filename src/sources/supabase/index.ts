/** The Supabase source: one backup holds roles, schema, data (auth and storage rows included) and Storage files. */
export { type SupabaseContents, startSupabaseDump } from "./dump.ts";
export type { StoredFileFact } from "./storage-backup.ts";
export { supabaseInspector } from "./inspect.ts";
export {
  type SupabaseRawOptions,
  type SupabaseRestoreOptions,
  type SupabaseSourceOptions,
  supabaseOptionsFrom,
  supabaseSecrets,
} from "./options.ts";
export { restoreSupabase, type SupabaseRestoreResult } from "./restore.ts";
