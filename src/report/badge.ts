import { escapeXml } from "./html/escape.ts";
import type { ReportData, Verdict } from "./model.ts";
import { ageText } from "./verdict.ts";

export const VERDICT_COLOURS: Record<Verdict, string> = {
  healthy: "#2e7d32",
  stale: "#b26a00",
  failing: "#c62828",
  empty: "#c62828",
};

/** The badge's words: "verified 3 h ago", "stale: 2 d ago", "failing", "no backups". */
export function badgeMessage(data: ReportData): string {
  const now = Date.parse(data.generatedAt);
  const oldest = (times: readonly (string | null)[]) =>
    times.some((t) => t === null) ? null : Math.min(...times.map((t) => Date.parse(t!)));
  switch (data.verdict) {
    case "failing":
      return "failing";
    case "empty":
      return "no backups";
    case "stale": {
      const newest = oldest(data.sources.map((s) => s.newestBackupAt));
      return newest === null ? "stale" : `stale: ${ageText(now - newest)} ago`;
    }
    case "healthy": {
      const verified = oldest(data.sources.map((s) => s.newestVerifiedAt));
      if (verified !== null) return `verified ${ageText(now - verified)} ago`;
      const backed = oldest(data.sources.map((s) => s.newestBackupAt));
      return backed === null ? "healthy" : `${ageText(now - backed)} ago, unverified`;
    }
  }
}

/** A shields-style flat badge, text widths estimated for 11 px Verdana. */
export function badgeSvg(data: ReportData, label = "backup"): string {
  const message = badgeMessage(data);
  const width = (text: string) => Math.round(text.length * 6.6 + 12);
  const left = width(label);
  const right = width(message);
  const colour = VERDICT_COLOURS[data.verdict];
  const text = `${label}: ${message}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + right}" height="20" role="img" aria-label="${escapeXml(text)}">
<title>${escapeXml(text)}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${left + right}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${colour}"/><rect width="${left + right}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="14">${escapeXml(label)}</text><text x="${left + right / 2}" y="14">${escapeXml(message)}</text>
</g></svg>
`;
}
