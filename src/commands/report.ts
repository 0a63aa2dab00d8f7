import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ReportConfig } from "../config/report.ts";
import { badgeSvg } from "../report/badge.ts";
import { collectReport } from "../report/collect.ts";
import { reportPage } from "../report/html/page.ts";
import type { ReportData } from "../report/model.ts";
import { statusJson } from "../report/status-json.ts";
import type { RunContext } from "../run-context.ts";

export interface ReportResult {
  readonly out: string;
  readonly files: readonly string[];
  readonly data: ReportData;
  /** status.json's content. */
  readonly status: unknown;
}

export const REPORT_FILES = ["index.html", "badge.svg", "status.json"] as const;

/** Reads every destination and writes the page, the badge and status.json, each replaced atomically. */
export async function runReport(config: ReportConfig, context: RunContext, now = new Date()): Promise<ReportResult> {
  const data = await collectReport(
    { from: config.from, maxAgeMs: config.maxAgeMs, policy: config.policy, now },
    context,
  );
  for (const d of data.destinations)
    if (!d.readable) context.log.warn(`${d.destination} could not be read: ${d.error ?? "unknown error"}`);
  const status = statusJson(data);
  const out = resolve(config.out);
  await mkdir(out, { recursive: true });
  const contents: Record<(typeof REPORT_FILES)[number], string> = {
    "index.html": reportPage(data, { timezone: config.timezone }),
    "badge.svg": badgeSvg(data),
    "status.json": `${JSON.stringify(status, null, 2)}\n`,
  };
  for (const [name, text] of Object.entries(contents)) {
    const temporary = join(out, `.${name}.${randomBytes(4).toString("hex")}`);
    try {
      await writeFile(temporary, context.log.redactor.redact(text), { mode: 0o644 });
      await rename(temporary, join(out, name));
    } finally {
      await rm(temporary, { force: true });
    }
  }
  context.log.info(`report: ${data.verdict}; wrote ${REPORT_FILES.join(", ")} to ${out}`);
  return { out, files: REPORT_FILES.map((f) => join(out, f)), data, status };
}

/** The job summary's compact version: the verdict table and the last backups. */
export function reportSummaryMarkdown(data: ReportData, lastBackups = 5): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    `## Backup health: ${data.verdict}`,
    "",
    "| Source | Verdict | Newest backup | Newest verified | Last failure |",
    "|---|---|---|---|---|",
    ...data.sources.map(
      (s) =>
        `| ${cell(s.display)} | **${s.verdict}** | ${s.newestBackupAt ?? "never"} | ${s.newestVerifiedAt ?? "never"} | ${s.lastFailure ? cell(`${s.lastFailure.at}: ${s.lastFailure.reason}`) : "none"} |`,
    ),
    "",
  ];
  for (const d of data.destinations.filter((x) => !x.readable))
    lines.push(`- ⚠️ ${cell(d.destination)} could not be read: ${cell(d.error ?? "")}`);
  for (const s of data.sources) {
    lines.push(
      "",
      `### ${cell(s.display)}: last backups`,
      "",
      "| Backup | Taken | Stored | Verification |",
      "|---|---|---|---|",
    );
    for (const b of s.backups.slice(0, lastBackups))
      lines.push(
        `| \`${b.id}\` | ${b.createdAt} | ${b.size} B | ${b.verification ? `${b.verification.ok ? "passed" : "failed"} (${b.verification.level})` : "—"} |`,
      );
  }
  return `${lines.join("\n")}\n`;
}
