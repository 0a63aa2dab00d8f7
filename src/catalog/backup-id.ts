import { randomBytes } from "node:crypto";

/**
 * Backup ids sort by creation time and never collide: UTC time to the millisecond, the database
 * name (several databases can share a destination) and 48 random bits for runs in the same ms.
 * Example: 20261124T091500123Z-appdb-3f9a0c1b7d2e. Only characters every provider accepts.
 */
export function newBackupId(database: string, at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(".", "");
  return `${stamp}-${slug(database)}-${randomBytes(6).toString("hex")}`;
}

export function slug(name: string): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 40);
  return cleaned || "db";
}

const ID = /^(\d{8}T\d{9}Z)-([a-z0-9_-]+)-([0-9a-f]{12})$/;

export function isBackupId(text: string): boolean {
  return ID.test(text);
}

export function timeOfBackupId(id: string): Date | undefined {
  const match = ID.exec(id);
  if (!match) return undefined;
  const s = match[1]!;
  return new Date(
    `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`,
  );
}
