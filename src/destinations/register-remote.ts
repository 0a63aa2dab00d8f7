/**
 * Wires the remote providers written against client libraries to their URL schemes:
 * `supabase://bucket/prefix[?max-object-size=50MB]` and `gdrive://<folder id>`. Importing this
 * module registers them; each opener reads its credentials from the environment and hands every
 * one to `addSecret` before using it.
 */
import { openGoogleDrive } from "./google-drive.ts";
import { registerDestination } from "./open.ts";
import { openSupabaseStorage } from "./supabase-storage.ts";

registerDestination("supabase:", openSupabaseStorage);
registerDestination("gdrive:", openGoogleDrive);
