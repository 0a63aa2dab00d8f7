import { formatBytes, formatMs } from "../../format.ts";
import type { ReportSource } from "../model.ts";
import { escapeXml } from "./escape.ts";

const WIDTH = 960;
const HEIGHT = 140;
const PAD = 24;

/**
 * Backups over time as bars (height: stored size), one mark per backup; a failed verification is
 * a red bar with a cross, an open failed run a red cross on the axis. The SVG has a title and a
 * description, and the table after it says the same in text.
 */
export function timeline(source: ReportSource, now: number): string {
  const backups = [...source.backups].reverse();
  if (backups.length === 0 && !source.lastFailure) return `<p class="none">No backups.</p>`;
  const times = backups.map((b) => Date.parse(b.createdAt));
  const start = Math.min(...times, now - 86_400_000);
  const span = Math.max(now - start, 1);
  const x = (t: number) => PAD + ((t - start) / span) * (WIDTH - 2 * PAD);
  const biggest = Math.max(1, ...backups.map((b) => b.size));
  const barWidth = Math.max(1, Math.min(8, (WIDTH - 2 * PAD) / Math.max(backups.length, 1) - 1));
  const marks = backups.map((b, i) => {
    const h = Math.max(2, (b.size / biggest) * (HEIGHT - 2 * PAD));
    const failed = b.verification && !b.verification.ok;
    const ratio = b.size > 0 ? (b.plainSize / b.size).toFixed(1) : "–";
    const label = `${b.createdAt.slice(0, 16)}Z ${formatBytes(b.size)}, ${ratio}:1, ${formatMs(b.durationMs)}${failed ? ", verification failed" : b.verification ? ", verified" : ""}${b.copies.length ? "" : ", no complete copy"}`;
    return `<rect data-mark="backup" class="${failed || !b.copies.length ? "bad" : b.verification ? "ok" : "plain"}" x="${(x(times[i]!) - barWidth / 2).toFixed(1)}" y="${(HEIGHT - PAD - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeXml(label)}</title></rect>`;
  });
  const failure = source.lastFailure?.kind === "backup" ? source.lastFailure : null;
  const failureMark = failure
    ? `<text data-mark="failure" class="fail" x="${x(Date.parse(failure.at)).toFixed(1)}" y="${HEIGHT - PAD + 14}" text-anchor="middle">✗<title>${escapeXml(`failed run ${failure.at}: ${failure.reason}`)}</title></text>`
    : "";
  const description = `${backups.length} backups from ${backups[0]?.createdAt ?? "–"} to ${backups.at(-1)?.createdAt ?? "–"}, largest ${formatBytes(biggest)}`;
  return `<svg class="timeline" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="tt-${escapeXml(source.source.length.toString())}" preserveAspectRatio="none">
<title>Backups of ${escapeXml(source.display)} over time</title><desc>${escapeXml(description)}</desc>
<line class="axis" x1="${PAD}" y1="${HEIGHT - PAD}" x2="${WIDTH - PAD}" y2="${HEIGHT - PAD}"/>
${marks.join("")}${failureMark}
<text class="tick" x="${PAD}" y="${HEIGHT - 4}">${escapeXml(new Date(start).toISOString().slice(0, 10))}</text>
<text class="tick" x="${WIDTH - PAD}" y="${HEIGHT - 4}" text-anchor="end">now</text>
</svg>
<details><summary>Backups as a table</summary>${backupTable(source)}</details>`;
}

const TABLE_ROWS = 60;

function backupTable(source: ReportSource): string {
  const more = source.backups.length - TABLE_ROWS;
  const rows = source.backups
    .slice(0, TABLE_ROWS)
    .map(
      (b) =>
        `<tr><td><code>${escapeXml(b.id)}</code></td><td>${escapeXml(b.createdAt)}</td><td>${formatBytes(b.size)}</td><td>${b.size > 0 ? (b.plainSize / b.size).toFixed(1) : "–"}:1</td><td>${formatMs(b.durationMs)}</td><td>${escapeXml(b.copies.join(", ") || "none")}</td><td>${b.verification ? `${b.verification.ok ? "passed" : "failed"} (${escapeXml(b.verification.level)})` : "never verified"}</td></tr>`,
    )
    .join("");
  return `<div class="scroll"><table><thead><tr><th>Backup</th><th>Taken</th><th>Stored</th><th>Ratio</th><th>Duration</th><th>Copies</th><th>Verification</th></tr></thead><tbody>${rows}</tbody></table></div>${more > 0 ? `<p class="legend">and ${more} older backups (\`strongroom list\` shows every one).</p>` : ""}`;
}
