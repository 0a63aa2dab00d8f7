import type { ReportSource, Verdict } from "../model.ts";
import { ageText } from "../verdict.ts";
import { escapeXml } from "./escape.ts";

const SYMBOL: Record<Verdict, string> = { healthy: "✓", stale: "!", failing: "✗", empty: "–" };
const WORD: Record<Verdict, string> = { healthy: "Healthy", stale: "Stale", failing: "Failing", empty: "Empty" };

export function verdictWord(verdict: Verdict): string {
  return WORD[verdict];
}

/** One card per source: the verdict in words and a symbol (never colour alone), then the three ages. */
export function verdictCards(sources: readonly ReportSource[], now: number): string {
  if (sources.length === 0) return `<p class="none">No backups were found in any destination.</p>`;
  const ago = (iso: string | null) =>
    iso ? `<time datetime="${escapeXml(iso)}">${ageText(now - Date.parse(iso))} ago</time>` : "never";
  return `<div class="cards">${sources
    .map(
      (
        s,
      ) => `<section class="card v-${s.verdict}" data-source="${escapeXml(s.source)}" aria-labelledby="h-${anchor(s.source)}">
<h3 id="h-${anchor(s.source)}">${escapeXml(s.display)}</h3>
<p class="verdict" data-verdict="${s.verdict}"><span aria-hidden="true">${SYMBOL[s.verdict]}</span> ${WORD[s.verdict]}</p>
<p class="why">${escapeXml(s.summary)}</p>
<dl><dt>Newest backup</dt><dd>${ago(s.newestBackupAt)}</dd>
<dt>Newest verified</dt><dd>${ago(s.newestVerifiedAt)}</dd>
<dt>Last failure</dt><dd>${s.lastFailure ? `${ago(s.lastFailure.at)}: ${escapeXml(s.lastFailure.reason)}` : "none"}</dd></dl>
</section>`,
    )
    .join("\n")}</div>`;
}

/** A stable, id-safe token for a source key. */
export function anchor(key: string): string {
  let hash = 0;
  for (const c of key) hash = (Math.imul(hash, 31) + c.codePointAt(0)!) >>> 0;
  return `s${hash.toString(36)}`;
}
