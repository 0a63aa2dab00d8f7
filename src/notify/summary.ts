import { formatBytes, formatMs } from "../format.ts";
import { reportFacts, statusWord, whatRan } from "./render.ts";
import type { RunReport } from "./run-report.ts";

/** Text safe inside a markdown table cell: no pipes, no line breaks, no HTML. */
export function markdownCell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, "<br>");
}

/**
 * The job summary (and GitHub issue body): a headline, one facts table, then per-destination and
 * per-stage tables and the retention plan. The caller writes it with `core.summary.addRaw(...)`.
 * The report must already be redacted.
 */
export function renderSummaryMarkdown(report: RunReport): string {
  const icon = report.status === "failure" ? "❌" : "✅";
  const lines: string[] = [];
  lines.push(
    `### ${icon} Strongroom ${report.test ? "TEST " : ""}${statusWord(report)}: ${markdownCell(whatRan(report))}`,
    "",
  );

  const skip = new Set(["Destinations", "Stages", "Workflow run"]);
  lines.push("| | |", "|---|---|");
  for (const fact of reportFacts(report)) {
    if (skip.has(fact.label)) continue;
    const value = fact.label === "Backup" ? `\`${fact.value.replace(/`/g, "")}\`` : markdownCell(fact.value);
    lines.push(`| **${fact.label}** | ${value} |`);
  }
  if (report.runUrl) lines.push(`| **Workflow run** | [${markdownCell(report.runUrl)}](${report.runUrl}) |`);
  lines.push("");

  if (report.destinations?.length) {
    lines.push("| Destination | Result | Object | Size | Time |", "|---|---|---|---:|---:|");
    for (const d of report.destinations) {
      const result =
        d.status === "success"
          ? "✅ stored"
          : d.status === "failure"
            ? `❌ ${markdownCell(d.error ?? "failed")}`
            : "⏭️ skipped";
      lines.push(
        `| ${markdownCell(d.display)} | ${result} | ${d.object ? markdownCell(d.object) : ""} | ${d.bytes === undefined ? "" : formatBytes(d.bytes)} | ${d.ms === undefined ? "" : formatMs(d.ms)} |`,
      );
    }
    lines.push("");
  }

  if (report.stages?.length) {
    lines.push("| Stage | Time |", "|---|---:|");
    for (const s of report.stages) lines.push(`| ${markdownCell(s.name)} | ${formatMs(s.ms)} |`);
    lines.push("");
  }

  const r = report.retention;
  if (r && (r.keptIds?.length || r.removedIds?.length)) {
    const verb = r.dryRun ? "would remove" : "removed";
    lines.push(
      `<details><summary>Retention plan: ${r.kept} kept, ${r.removed} ${r.dryRun ? "to remove (dry run)" : "removed"}</summary>`,
      "",
      "| Backup | Action |",
      "|---|---|",
      ...(r.keptIds ?? []).map((id) => `| ${markdownCell(id)} | keep |`),
      ...(r.removedIds ?? []).map((id) => `| ${markdownCell(id)} | ${verb} |`),
      "",
      "</details>",
      "",
    );
  }
  return `${lines.join("\n")}\n`;
}
