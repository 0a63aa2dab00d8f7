import type { BackupResult } from "../commands/backup.ts";
import type { CheckResult } from "../commands/check.ts";
import type { ListedBackup } from "../commands/list.ts";
import type { ReportResult } from "../commands/report.ts";
import type { RestoreResult } from "../commands/restore.ts";
import type { RotateResult } from "../commands/rotate.ts";
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
    ["ID", "CREATED (UTC)", "SIZE", "FORMAT", "COMPRESSION", "ENCRYPTION", "KEYS", "VERIFIED", "DATABASE"],
    backups.map((b) => [
      b.id,
      b.createdAt.replace("T", " ").replace(/\.\d+Z$/, ""),
      formatBytes(b.size) + (b.objectPresent ? "" : " (object missing!)"),
      b.format,
      b.compression,
      b.encryption,
      b.recipients.length ? b.recipients.map(shortRecipient).join(",") : "–",
      b.verified ? `${b.verified} (${b.verifiedLevel}, ${b.verifiedAt?.slice(0, 10)})` : "never",
      b.database,
    ]),
  );
}

/** `age1` and the first and last 6 characters: enough to tell keys apart in a table (full keys in --json). */
function shortRecipient(recipient: string): string {
  return recipient.length > 20 ? `${recipient.slice(0, 10)}…${recipient.slice(-6)}` : recipient;
}

export function renderVerify(outcomes: readonly VerifyOutcome[]): string {
  return outcomes
    .map(
      (o) =>
        `${o.ok ? "ok    " : "FAILED"} ${o.id} (${o.level}): ${o.ok ? o.checks.join("; ") : `${o.error}${o.hint ? ` — ${o.hint}` : ""}`}`,
    )
    .join("\n");
}

const ROWS_FROM: Record<NonNullable<RestoreResult["rowsFrom"]>, string> = {
  "insert-counters": "the server's insert counters",
  "copy-tags": "the server's COPY tags",
  count: "counted after the restore",
};

export function renderRestore(result: RestoreResult): string {
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  const lines = [
    `restored ${result.id} into ${result.target}${result.createdDatabase ? " (database created)" : ""} in ${formatMs(result.durationMs)}`,
    result.rowsChecked
      ? `  ${result.tables.length} tables, ${rows} rows${result.rowsFrom ? ` (${ROWS_FROM[result.rowsFrom]})` : ""}`
      : "  rows not counted (--no-row-check): compare with the backup's counts by hand if in doubt",
  ];
  for (const m of result.mismatches)
    lines.push(`  MISMATCH ${m.table}: ${m.restored} rows restored, ${m.expected} at dump time`);
  return lines.join("\n");
}

export function renderRotate(result: RotateResult): string {
  const rows = result.plan.map((p) => [
    p.createdAt.replace("T", " ").replace(/\.\d+Z$/, ""),
    p.id,
    p.keep ? "keep" : result.dryRun ? "would remove" : "removed",
    p.reasons.join(", "),
  ]);
  const lines = [textTable(["CREATED (UTC)", "ID", "ACTION", "WHY"], rows)];
  lines.push(
    `${result.kept} kept, ${result.removed.length} ${result.dryRun ? "to remove (dry run: nothing changed)" : "removed"}`,
  );
  if (result.orphans.length)
    lines.push(
      `${result.orphans.length} orphaned objects ${result.dryRun ? "would be" : ""} removed: ${result.orphans.join(", ")}`,
    );
  return lines.join("\n");
}

export function renderCheck(result: CheckResult): string {
  const lines = [
    `${result.ok ? "ok" : "FAILED"}: ${result.destination}, ${result.count} complete backups, ${formatBytes(result.totalSize)}`,
  ];
  if (result.newest) lines.push(`  newest    ${result.newest.id} (${formatMs(result.newest.ageMs)} ago)`);
  if (result.newestVerified)
    lines.push(`  verified  ${result.newestVerified.id} (verified ${result.newestVerified.verifiedAt})`);
  for (const problem of result.problems) lines.push(`  problem   ${problem}`);
  return lines.join("\n");
}

export function renderReport(result: ReportResult): string {
  const { data } = result;
  return [
    `report: ${data.verdict} (written to ${result.out})`,
    ...data.sources.map((s) => `  ${s.verdict.padEnd(8)} ${s.display}: ${s.summary}`),
    ...data.destinations.filter((d) => !d.readable).map((d) => `  unreadable ${d.destination}: ${d.error}`),
  ].join("\n");
}

/** Human output for a command's result (the same data `--json` prints). */
export function renderOutcome(command: string, result: unknown): string {
  switch (command) {
    case "backup":
      return renderBackup(result as BackupResult);
    case "list":
      return renderList(result as ListedBackup[]);
    case "restore":
      return renderRestore(result as RestoreResult);
    case "verify":
      return renderVerify(result as VerifyOutcome[]);
    case "rotate":
      return renderRotate(result as RotateResult);
    case "check":
      return renderCheck(result as CheckResult);
    case "report":
      return renderReport(result as ReportResult);
    default:
      return JSON.stringify(result, null, 2);
  }
}

/** What `--json` prints: the result itself, except that a backup prints its manifest (without the sealed part) and destinations. */
export function jsonOf(command: string, result: unknown): unknown {
  if (command === "report") return (result as ReportResult).status;
  if (command !== "backup") return result;
  const { manifest, destinations } = result as BackupResult;
  const { sealedContents: _sealed, ...visible } = manifest;
  return { ...visible, destinations };
}
