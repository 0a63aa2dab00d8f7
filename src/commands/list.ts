import { readCatalog } from "../catalog/catalog.ts";
import type { Manifest } from "../catalog/manifest.ts";
import type { VerificationRecord } from "../catalog/verification.ts";
import { matchesSource } from "../catalog/select.ts";
import type { ListConfig } from "../config/inspect.ts";
import { openDestination } from "../destinations/open.ts";
import { openContext, type RunContext } from "../run-context.ts";

/** One row of `list --json`: a stable public shape, newest first. */
export interface ListedBackup {
  readonly id: string;
  readonly createdAt: string;
  readonly size: number;
  readonly sha256: string;
  readonly object: string;
  readonly compression: string;
  readonly encryption: string;
  /** The age1… public keys whose secret key decrypts the backup (empty for passphrase or none). */
  readonly recipients: readonly string[];
  readonly format: string;
  readonly source: string;
  readonly database: string;
  readonly plainSize: number;
  readonly durationMs: number;
  /** False when the data object is missing or its size differs from the manifest. */
  readonly objectPresent: boolean;
  /** The newest recorded verification: "passed", "failed", or null when never verified. */
  readonly verified: "passed" | "failed" | null;
  readonly verifiedAt: string | null;
  readonly verifiedLevel: string | null;
}

export function listedBackup(
  manifest: Manifest,
  objectSize: number | undefined,
  verification?: VerificationRecord,
): ListedBackup {
  return {
    id: manifest.id,
    createdAt: manifest.createdAt,
    size: manifest.size,
    sha256: manifest.sha256,
    object: manifest.object,
    compression: manifest.compression.algorithm,
    encryption: manifest.encryption.type === "none" ? "none" : `age-${manifest.encryption.mode}`,
    recipients:
      manifest.encryption.type === "age" && manifest.encryption.mode === "recipients"
        ? [...manifest.encryption.recipients]
        : [],
    format: manifest.format,
    source: manifest.source.display,
    database: manifest.source.database,
    plainSize: manifest.plainSize,
    durationMs: manifest.durationMs,
    objectPresent: objectSize === manifest.size,
    verified: verification ? (verification.ok ? "passed" : "failed") : null,
    verifiedAt: verification?.verifiedAt ?? null,
    verifiedLevel: verification?.level ?? null,
  };
}

export async function runList(config: ListConfig, context: RunContext): Promise<ListedBackup[]> {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  for (const bad of catalog.unreadable)
    context.log.warn(`${destination.display}: damaged entry ${bad.name} (not a backup, not listed): ${bad.reason}`);
  const backups = config.source
    ? catalog.backups.filter((entry) => matchesSource(entry.manifest.source, config.source!))
    : catalog.backups;
  return backups.map((entry) => listedBackup(entry.manifest, entry.object?.size, entry.verification));
}
