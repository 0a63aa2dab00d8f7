import { createHash, randomBytes } from "node:crypto";
import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newBackupId } from "../../src/catalog/backup-id.ts";
import { MANIFEST_VERSION, type Manifest, manifestName, objectName } from "../../src/catalog/manifest.ts";
import { type VerificationRecord, verificationName } from "../../src/catalog/verification.ts";

/**
 * Writes a backup in the real on-disk format (data object + manifest) at a chosen time, so
 * rotation and freshness can be tested over long timelines. The data is random bytes: rotation
 * and check never read it.
 */
export function writeBackupAt(
  dir: string,
  createdAt: Date,
  database = "appdb",
  options: { withObject?: boolean } = {},
): Manifest {
  const id = newBackupId(database, createdAt);
  const data = randomBytes(64);
  const object = objectName(id, "custom", "zstd", true);
  const manifest: Manifest = {
    strongroom: MANIFEST_VERSION,
    id,
    createdAt: createdAt.toISOString(),
    completedAt: createdAt.toISOString(),
    durationMs: 1000,
    tool: { name: "strongroom", version: "0.1.0" },
    source: {
      kind: "postgres",
      display: `postgres://app@db.example.com:5432/${database}`,
      database,
      key: `postgres://db.example.com:5432/${database}`,
    },
    object,
    size: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
    plainSize: 640,
    format: "custom",
    compression: { algorithm: "zstd", level: 3 },
    encryption: { type: "age", mode: "recipients", recipients: ["age1example"] },
  };
  if (options.withObject !== false) {
    writeFileSync(join(dir, object), data);
    utimesSync(join(dir, object), createdAt, createdAt);
  }
  writeFileSync(join(dir, manifestName(id)), JSON.stringify(manifest));
  utimesSync(join(dir, manifestName(id)), createdAt, createdAt);
  return manifest;
}

export function markVerified(dir: string, manifest: Manifest, ok: boolean, at: Date): void {
  const record: VerificationRecord = {
    strongroomVerification: 1,
    id: manifest.id,
    level: "decode",
    verifiedAt: at.toISOString(),
    ok,
    checks: [],
  };
  writeFileSync(join(dir, verificationName(manifest.id, at)), JSON.stringify(record));
}

export function daysAgo(days: number, now = Date.now()): Date {
  return new Date(now - days * 86_400_000);
}
