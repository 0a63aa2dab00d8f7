import type { RetentionDay } from "../model.ts";
import { escapeXml } from "./escape.ts";

const CELL = 13;
const DAY_MS = 86_400_000;

export type CalendarState = "kept" | "pruned" | "none";

/**
 * The last 12 months, one cell per day (weeks as columns): a filled square is a day whose backup
 * a rule keeps (its title names the rules), a crossed square a day whose backups the next rotation
 * deletes, an empty outline a day without a backup. Shapes, not only colours, tell them apart.
 */
export function calendar(days: readonly RetentionDay[], today: string, label: string): string {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const end = Date.parse(`${today}T00:00:00Z`);
  const first = end - 364 * DAY_MS;
  const start = first - new Date(first).getUTCDay() * DAY_MS;
  const cells: string[] = [];
  let kept = 0;
  let pruned = 0;
  let none = 0;
  for (let t = start, i = 0; t <= end; t += DAY_MS, i++) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (t < first) continue;
    const entry = byDay.get(day);
    const state: CalendarState = !entry ? "none" : entry.pruned ? "pruned" : "kept";
    if (state === "kept") kept++;
    else if (state === "pruned") pruned++;
    else none++;
    const x = Math.floor(i / 7) * CELL + 30;
    const y = (i % 7) * CELL + 14;
    const title = !entry
      ? `${day}: no backup`
      : entry.pruned
        ? `${day}: will be pruned (${entry.ids.length} backup${entry.ids.length > 1 ? "s" : ""})`
        : `${day}: kept by ${entry.rules.join(", ") || "safety rule"}`;
    const shape = state === "pruned" ? `<path d="M${x + 2} ${y + 2}l7 7m0 -7l-7 7"/>` : "";
    cells.push(
      `<g data-day="${day}" data-state="${state}"${entry ? ` data-rules="${escapeXml(entry.rules.join(" "))}"` : ""} class="${state}"><rect x="${x}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" rx="2"/>${shape}<title>${escapeXml(title)}</title></g>`,
    );
  }
  const width = 30 + 54 * CELL;
  const summary = `${kept} days kept, ${pruned} days to prune, ${none} days without a backup`;
  return `<svg class="calendar" viewBox="0 0 ${width} ${14 + 7 * CELL}" role="img" aria-label="${escapeXml(`Retention calendar of ${label}: ${summary}`)}">
<title>${escapeXml(`Retention calendar of ${label}`)}</title><desc>${escapeXml(summary)}</desc>
<text class="tick" x="0" y="${14 + CELL}">Mon</text><text class="tick" x="0" y="${14 + 5 * CELL}">Fri</text>
${cells.join("")}</svg>
<p class="legend"><span class="key kept" aria-hidden="true">■</span> kept (hover for the rule) · <span class="key pruned" aria-hidden="true">⊠</span> pruned by the next rotation · <span class="key none" aria-hidden="true">□</span> no backup — ${escapeXml(summary)}</p>`;
}
