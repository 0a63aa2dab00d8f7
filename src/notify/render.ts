import { ExitCode } from "../errors.ts";
import { formatBytes, formatMs } from "../format.ts";
import { compressionRatioOf, durationOf, type RunReport } from "./run-report.ts";

/**
 * The facts every channel shows, in one order, as plain strings. Each renderer (email text/HTML,
 * Slack, Discord, ntfy, markdown) only decides the markup, so all of them say the same things.
 */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** "2026-11-24 09:15 UTC": sorts as text and reads the same in every time zone. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatTimeSeconds(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** True when this success ends a failing streak. */
export function isRecovery(report: RunReport): boolean {
  return report.status === "success" && report.previousStatus === "failure";
}

/** "FAILED" / "CANCELLED" / "OK" / "RECOVERED", the word subjects and titles lead with. */
export function statusWord(report: RunReport): string {
  if (report.status === "failure") return report.exitCode === ExitCode.cancelled ? "CANCELLED" : "FAILED";
  return isRecovery(report) ? "RECOVERED" : "OK";
}

/** "backup appdb@db.example.com" — the command and what it ran against. */
export function whatRan(report: RunReport): string {
  return report.source ? `${report.command} ${report.source}` : report.command;
}

/** `[strongroom] FAILED backup appdb@db.example.com — 2026-11-24 09:15 UTC` (one line, sortable, filterable). */
export function headline(report: RunReport): string {
  const test = report.test ? "TEST " : "";
  return oneLine(`[strongroom] ${test}${statusWord(report)} ${whatRan(report)} — ${formatTime(report.startedAt)}`);
}

export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").trim();
}

export function retentionLine(report: RunReport): string | undefined {
  const r = report.retention;
  if (!r) return undefined;
  return `${r.kept} kept, ${r.removed} ${r.dryRun ? "to remove (dry run)" : "removed"}`;
}

export function sizeLine(report: RunReport): string | undefined {
  const { plain, stored } = report.sizes ?? {};
  const parts: string[] = [];
  if (plain !== undefined) parts.push(`${formatBytes(plain)} plain`);
  if (stored !== undefined) parts.push(`${formatBytes(stored)} stored`);
  const ratio = compressionRatioOf(report);
  if (ratio !== undefined) parts.push(`ratio ${ratio.toFixed(2)}:1`);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

export function stagesLine(report: RunReport): string | undefined {
  if (!report.stages?.length) return undefined;
  return report.stages.map((s) => `${s.name} ${formatMs(s.ms)}`).join(", ");
}

export function destinationLine(d: NonNullable<RunReport["destinations"]>[number]): string {
  const parts = [`${d.display}: ${d.status}`];
  if (d.object) parts.push(d.object);
  if (d.bytes !== undefined) parts.push(formatBytes(d.bytes));
  if (d.ms !== undefined) parts.push(formatMs(d.ms));
  if (d.error) parts.push(`error: ${oneLine(d.error)}`);
  return parts.join(" · ");
}

/** On a recovery: "failed 2026-11-24 03:17 UTC at connect: <reason>" (as much as is known). */
export function previousLine(report: RunReport): string | undefined {
  if (!isRecovery(report)) return undefined;
  const p = report.previousFailure;
  const parts = ["failed"];
  if (p?.failedAt) parts.push(formatTime(p.failedAt));
  if (p?.stage) parts.push(`at ${p.stage}`);
  const head = parts.join(" ");
  const tail = [p?.reason ? oneLine(p.reason) : undefined, p?.runUrl].filter(Boolean).join(" · ");
  return tail ? `${head}: ${tail}` : head;
}

export function verificationLine(report: RunReport): string | undefined {
  const v = report.verification;
  if (!v) return undefined;
  return `${v.status} (${v.level})${v.detail ? ` — ${oneLine(v.detail)}` : ""}`;
}

/** The facts table, in display order. Multi-line values (destinations) are joined with "\n". */
export function reportFacts(report: RunReport): Fact[] {
  const facts: Fact[] = [];
  const add = (label: string, value: string | undefined): void => {
    if (value !== undefined && value !== "") facts.push({ label, value });
  };
  add("Status", `${statusWord(report)}${report.test ? " (test notification)" : ""}`);
  add("Previous run", previousLine(report));
  add("Command", report.command);
  add("Backup", report.backupId);
  add("Source", report.source);
  add("Repository", report.repository);
  add("Started", formatTimeSeconds(report.startedAt));
  add("Finished", report.finishedAt ? formatTimeSeconds(report.finishedAt) : undefined);
  const duration = durationOf(report);
  add("Duration", duration === undefined ? undefined : formatMs(duration));
  add("Stages", stagesLine(report));
  add("Size", sizeLine(report));
  add("Destinations", report.destinations?.map(destinationLine).join("\n"));
  add("Digest (sha256)", report.sha256);
  add("Verification", verificationLine(report));
  add("Retention", retentionLine(report));
  add("Error", report.error?.message.trim());
  add("Hint", report.error?.hint?.trim());
  add("Exit code", report.exitCode === undefined ? undefined : String(report.exitCode));
  add("Workflow run", report.runUrl);
  return facts;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
