import type { BackupResult } from "../commands/backup.ts";
import type { ListedBackup } from "../commands/list.ts";
import type { RestoreResult } from "../commands/restore.ts";
import type { VerifyOutcome } from "../commands/verify.ts";
import { formatBytes, formatMs, textTable } from "../format.ts";

export function renderBackup(result: BackupResult): string {
  const m = result.manifest;
  const ratio = m.size > 0 ? (m.plainSize / m.size).toFixed(1) : "–";
  return [
    `backup ${m.id}`,
    `  database     ${m.source.display}`,
    `  object       ${m.object}`,
    `  size         ${formatBytes(m.size)} stored, ${formatBytes(m.plainSize)} dumped (${ratio}:1)`,
    `  sha256       ${m.sha256}`,
    `  encryption   ${m.encryption.type === "none" ? "NONE" : `age (${m.encryption.mode})`}`,
    `  duration     ${formatMs(m.durationMs)}`,
    ...result.destinations.map((d) => `  stored in    ${d.destination}${d.ok ? "" : ` — FAILED: ${d.error}`}`),
  ].join("\n");
}

export function renderList(backups: readonly ListedBackup[]): string {
  if (backups.length === 0) return "no backups";
  return textTable(
    ["ID", "CREATED (UTC)", "SIZE", "FORMAT", "COMPRESSION", "ENCRYPTION", "DATABASE"],
    backups.map((b) => [
      b.id,
      b.createdAt.replace("T", " ").replace(/\.\d+Z$/, ""),
      formatBytes(b.size) + (b.objectPresent ? "" : " (object missing!)"),
      b.format,
      b.compression,
      b.encryption,
      b.database,
    ]),
  );
}

export function renderVerify(outcomes: readonly VerifyOutcome[]): string {
  return outcomes
    .map((o) => `${o.ok ? "ok    " : "FAILED"} ${o.id} (${o.level}): ${o.ok ? o.checks.join("; ") : `${o.error}${o.hint ? ` — ${o.hint}` : ""}`}`)
    .join("\n");
}

export function renderRestore(result: RestoreResult): string {
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  const lines = [
    `restored ${result.id} into ${result.target}${result.createdDatabase ? " (database created)" : ""} in ${formatMs(result.durationMs)}`,
    `  ${result.tables.length} tables, ${rows} rows`,
  ];
  for (const m of result.mismatches) lines.push(`  MISMATCH ${m.table}: ${m.restored} rows restored, ${m.expected} at dump time`);
  return lines.join("\n");
}
