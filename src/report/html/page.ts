import { formatBytes } from "../../format.ts";
import { dayFormatter } from "../collect.ts";
import type { ReportData, ReportSource, RetentionDay } from "../model.ts";
import { calendar } from "./calendar.ts";
import { escapeXml } from "./escape.ts";
import { destinationsTable, nextRotation, storedTrend, verificationHistory } from "./tables.ts";
import { timeline } from "./timeline.ts";
import { anchor, verdictCards, verdictWord } from "./verdicts.ts";

const STYLE = `
:root{--ok:#2e7d32;--warn:#b26a00;--bad:#c62828;--muted:#5f6368;--line:#dadce0}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#202124}
h1{font-size:1.5rem;margin:.2em 0}h2{font-size:1.2rem;margin-top:2em;border-bottom:1px solid var(--line);overflow-wrap:anywhere}h3{margin:.2em 0;font-size:1.05rem;overflow-wrap:anywhere}
.overall{font-size:1.1rem}.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px}
.card{border:2px solid var(--line);border-radius:8px;padding:12px}.card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:8px 0 0}.card dt{color:var(--muted)}.card dd{margin:0;overflow-wrap:anywhere}
.verdict{font-size:1.3rem;font-weight:700;margin:.2em 0}.v-healthy{border-color:var(--ok)}.v-healthy .verdict{color:var(--ok)}.v-stale{border-color:var(--warn)}.v-stale .verdict{color:var(--warn)}
.v-failing,.v-empty{border-color:var(--bad)}.v-failing .verdict,.v-empty .verdict{color:var(--bad)}.why{margin:0;overflow-wrap:anywhere}
svg{width:100%;height:auto;display:block}.timeline rect.ok{fill:var(--ok)}.timeline rect.plain{fill:#5c85d6}.timeline rect.bad{fill:var(--bad)}.fail{fill:var(--bad);font-size:14px}
.axis{stroke:var(--muted)}.tick{font-size:10px;fill:var(--muted)}.calendar rect{stroke-width:1}.calendar .kept rect{fill:var(--ok);stroke:var(--ok)}
.calendar .pruned rect{fill:#fff;stroke:var(--bad)}.calendar .pruned path{stroke:var(--bad);stroke-width:1.5}.calendar .none rect{fill:#fff;stroke:var(--line)}
.key.kept{color:var(--ok)}.key.pruned{color:var(--bad)}.key.none{color:var(--muted)}.legend,.none{color:var(--muted)}
.trend path{fill:none;stroke:#5c85d6;stroke-width:2}.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}td.ok{color:var(--ok)}td.bad{color:var(--bad)}code{font-size:.85em;overflow-wrap:anywhere}
footer{margin-top:3em;color:var(--muted);font-size:.85rem}@media (max-width:600px){body{padding:8px}.card dl{grid-template-columns:1fr}}
`;

/**
 * The report page: one self-contained file (inline CSS and SVG, no script, no external request;
 * a Content-Security-Policy forbids any), readable from file:// and without JavaScript.
 */
export function reportPage(data: ReportData, options: { timezone: string }): string {
  const now = Date.parse(data.generatedAt);
  const today = dayFormatter(options.timezone)(data.generatedAt);
  const sections = data.sources.map((s) => sourceSection(s, data, now, today, options.timezone)).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Backups: ${verdictWord(data.verdict)}</title><style>${STYLE}</style></head>
<body>
<header><h1>Backup health</h1>
<p class="overall" data-overall="${data.verdict}">Overall: <strong>${verdictWord(data.verdict)}</strong> · ${data.sources.length} source${data.sources.length === 1 ? "" : "s"} · ${data.destinations.length} destination${data.destinations.length === 1 ? "" : "s"} · generated <time datetime="${data.generatedAt}">${escapeXml(data.generatedAt)}</time></p></header>
<main>
<h2>Verdict</h2>
${verdictCards(data.sources, now)}
${sections}
<h2>Destinations</h2>
${destinationsTable(data)}
${storedTrend(data)}
<h2>Next rotation</h2>
${nextRotation(data)}
</main>
<footer>Written by Strongroom. This page holds names, sizes and times of backups, never their data or credentials.</footer>
</body></html>
`;
}

function sourceSection(source: ReportSource, data: ReportData, now: number, today: string, timezone: string): string {
  const days = data.plan ? data.plan.days.filter((d) => d.source === source.source) : unplannedDays(source, timezone);
  return `<section class="source" id="${anchor(source.source)}" data-source="${escapeXml(source.source)}">
<h2>${escapeXml(source.display)} <small>(${source.backups.length} backups, ${formatBytes(source.storedBytes)} stored)</small></h2>
<h3>Timeline</h3>
${timeline(source, now)}
<h3>Retention calendar</h3>
${calendar(days, today, source.display)}
<h3>Verification history</h3>
${verificationHistory(source)}
</section>`;
}

/** Without a policy every day with a backup counts as kept, by no rule in particular. */
function unplannedDays(source: ReportSource, timezone: string): RetentionDay[] {
  const day = dayFormatter(timezone);
  const byDay = new Map<string, string[]>();
  for (const b of source.backups) byDay.set(day(b.createdAt), [...(byDay.get(day(b.createdAt)) ?? []), b.id]);
  return [...byDay].map(([d, ids]) => ({
    day: d,
    source: source.source,
    ids,
    rules: ["no policy given"],
    pruned: false,
  }));
}
