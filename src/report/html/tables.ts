import { formatBytes } from "../../format.ts";
import type { ReportData, ReportDestination, ReportSource } from "../model.ts";
import { escapeXml } from "./escape.ts";

const HISTORY_ROWS = 50;

export function verificationHistory(source: ReportSource): string {
  const verified = source.backups.filter((b) => b.verification).slice(0, HISTORY_ROWS);
  if (verified.length === 0) return `<p class="none">Never verified.</p>`;
  return `<div class="scroll"><table class="history"><thead><tr><th>Verified</th><th>Backup</th><th>Level</th><th>Outcome</th></tr></thead><tbody>${verified
    .map((b) => {
      const v = b.verification!;
      return `<tr data-outcome="${v.ok ? "passed" : "failed"}"><td>${escapeXml(v.at)}</td><td><code>${escapeXml(b.id)}</code></td><td>${escapeXml(v.level)}</td><td class="${v.ok ? "ok" : "bad"}">${v.ok ? "✓ passed" : `✗ failed${v.error ? `: ${escapeXml(v.error)}` : ""}`}</td></tr>`;
    })
    .join("")}</tbody></table></div>`;
}

/** Where copies are, how much each destination holds, and what could not be read. */
export function destinationsTable(data: ReportData): string {
  const header = data.sources.map((s) => `<th>${escapeXml(s.display)}</th>`).join("");
  const rows = data.destinations
    .map((d) => {
      const perSource = data.sources
        .map((s) => `<td>${s.backups.filter((b) => b.copies.includes(d.destination)).length}</td>`)
        .join("");
      return `<tr data-destination="${escapeXml(d.destination)}"><td>${escapeXml(d.destination)}</td><td class="${d.readable ? "ok" : "bad"}">${d.readable ? "✓ read" : `✗ could not be read: ${escapeXml(d.error ?? "")}`}${damaged(d)}</td><td>${d.backups}</td><td>${formatBytes(d.storedBytes)}</td>${perSource}</tr>`;
    })
    .join("");
  return `<div class="scroll"><table><thead><tr><th>Destination</th><th>State</th><th>Backups</th><th>Stored</th>${header}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function damaged(d: ReportDestination): string {
  if (d.damaged.length === 0) return "";
  return `<ul class="damaged">${d.damaged.map((x) => `<li>damaged: <code>${escapeXml(x.name)}</code>: ${escapeXml(x.reason)}</li>`).join("")}</ul>`;
}

/** Total stored size as it grew, from the backups still held (a line, with its numbers in the label). */
export function storedTrend(data: ReportData): string {
  const points = data.sources
    .flatMap((s) => s.backups.map((b) => ({ t: Date.parse(b.createdAt), bytes: b.size * b.copies.length })))
    .sort((a, b) => a.t - b.t);
  if (points.length < 2) return "";
  let total = 0;
  const series = points.map((p) => ({ t: p.t, total: (total += p.bytes) }));
  const [first, last] = [series[0]!, series.at(-1)!];
  const span = Math.max(last.t - first.t, 1);
  const d = series
    .map(
      (p, i) =>
        `${i ? "L" : "M"}${(10 + ((p.t - first.t) / span) * 580).toFixed(1)} ${(70 - (p.total / last.total) * 60).toFixed(1)}`,
    )
    .join("");
  const text = `Stored size grew to ${formatBytes(last.total)} across ${series.length} backups held`;
  return `<svg class="trend" viewBox="0 0 600 80" role="img" aria-label="${escapeXml(text)}"><title>${escapeXml(text)}</title><path d="${d}"/></svg><p class="legend">${escapeXml(text)}.</p>`;
}

export function nextRotation(data: ReportData): string {
  if (!data.plan)
    return `<p class="none">No retention policy was given to the report (pass the same --keep-* flags as rotate).</p>`;
  if (data.plan.removals.length === 0) return `<p>The next rotation deletes nothing.</p>`;
  return `<p>The next rotation deletes ${data.plan.removals.length} backup${data.plan.removals.length > 1 ? "s" : ""}:</p><ul class="removals">${data.plan.removals
    .map(
      (r) => `<li data-removal="${escapeXml(r.id)}"><code>${escapeXml(r.id)}</code> (${escapeXml(r.createdAt)})</li>`,
    )
    .join("")}</ul>`;
}
