import type { DumpFormat } from "../sources/postgres/dump.ts";
import type { Compression } from "../stages/compress.ts";

export const MANIFEST_VERSION = 1;
export const MANIFEST_SUFFIX = ".manifest.json";

export interface SourceInfo {
  readonly kind: "postgres" | "sqlite" | "supabase";
  /** Location without credentials. */
  readonly display: string;
  readonly database: string;
  /** Groups backups of the same database for rotation and `latest`. */
  readonly key: string;
}

export type EncryptionInfo =
  | { readonly type: "age"; readonly mode: "recipients"; readonly recipients: readonly string[] }
  | { readonly type: "age"; readonly mode: "passphrase" }
  | { readonly type: "none" };

/**
 * The JSON stored beside each backup's data object, written last: its presence is what makes a
 * backup exist. Holds no secrets and no data; facts that name tables are sealed with the backup's
 * own encryption (`contents` is then absent and `sealedContents` holds age ciphertext, base64).
 */
export interface Manifest {
  readonly strongroom: typeof MANIFEST_VERSION;
  readonly id: string;
  readonly createdAt: string;
  readonly completedAt: string;
  readonly durationMs: number;
  readonly tool: { readonly name: "strongroom"; readonly version: string };
  readonly source: SourceInfo;
  readonly object: string;
  readonly size: number;
  readonly sha256: string;
  readonly plainSize: number;
  readonly format: DumpFormat | "sqlite" | "supabase";
  readonly compression: { readonly algorithm: Compression; readonly level?: number };
  readonly encryption: EncryptionInfo;
  readonly postgres?: {
    readonly serverVersion: string;
    readonly serverMajor: number;
    readonly pgDumpVersion: string;
    readonly pgDumpMajor: number;
  };
  readonly sqlite?: Readonly<Record<string, unknown>>;
  readonly supabase?: Readonly<Record<string, unknown>>;
  readonly contents?: unknown;
  readonly sealedContents?: string;
}

export function manifestName(id: string): string {
  return `${id}${MANIFEST_SUFFIX}`;
}

export function objectName(
  id: string,
  format: Manifest["format"],
  compression: Compression,
  encrypted: boolean,
): string {
  const bases: Record<Manifest["format"], string> = {
    custom: ".dump",
    plain: ".sql",
    directory: ".dir.tar",
    sqlite: ".sqlite",
    supabase: ".supabase.tar",
  };
  const base = bases[format];
  const comp = compression === "zstd" ? ".zst" : compression === "gzip" ? ".gz" : "";
  return `${id}${base}${comp}${encrypted ? ".age" : ""}`;
}

/** Checks the shape of a manifest read back from storage; a bad one is reported, never trusted. */
export function parseManifest(text: string, name: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`${name} is not a Strongroom manifest: not a JSON object`);
  const problems = manifestProblems(value as Record<string, unknown>);
  if (problems.length) throw new Error(`${name} is not a Strongroom manifest: ${problems.join(", ")}`);
  return value as Manifest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
const isDate = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d\d-\d\dT/.test(value) && Number.isFinite(Date.parse(value));

/** Every field `list`, `check`, `verify`, `restore` and `rotate` read, with the type they need. */
function manifestProblems(m: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (m.strongroom !== MANIFEST_VERSION) problems.push(`unsupported manifest version ${String(m.strongroom)}`);
  for (const key of ["id", "object", "sha256", "format"] as const) {
    if (typeof m[key] !== "string") problems.push(`missing ${key}`);
  }
  for (const key of ["createdAt", "completedAt"] as const) {
    if (m[key] === undefined) problems.push(`missing ${key}`);
    else if (!isDate(m[key])) problems.push(`${key} is not a date`);
  }
  for (const key of ["size", "plainSize", "durationMs"] as const) {
    if (!isCount(m[key])) problems.push(`${key} is not a whole number of bytes or ms`);
  }
  const source = m.source;
  if (!isRecord(source) || !["key", "display", "database", "kind"].every((k) => typeof source[k] === "string"))
    problems.push("missing source (kind, display, database, key)");
  if (!isRecord(m.compression) || typeof m.compression.algorithm !== "string") problems.push("missing compression");
  const encryption = m.encryption;
  if (!isRecord(encryption) || typeof encryption.type !== "string") problems.push("missing encryption");
  else if (encryption.type === "age" && encryption.mode === "recipients" && !Array.isArray(encryption.recipients))
    problems.push("encryption recipients are not a list");
  return problems;
}
