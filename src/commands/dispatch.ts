import { parseBackupConfig } from "../config/backup.ts";
import { parseCheckConfig } from "../config/check.ts";
import { parseListConfig, parseVerifyConfig } from "../config/inspect.ts";
import type { RawOptions } from "../config/raw.ts";
import { parseReportConfig } from "../config/report.ts";
import { parseRestoreConfig } from "../config/restore.ts";
import { parseRotateConfig } from "../config/rotate.ts";
import { registerConfigSecrets } from "../config/secrets.ts";
import { UsageError } from "../errors.ts";
import type { PreviousFailure, ReportBase, RunCommand } from "../notify/run-report.ts";
import { sweepScratchFoldersLogged } from "../stages/scratch.ts";
import { type BackupResult, runBackup } from "./backup.ts";
import { runCheck } from "./check.ts";
import type { RunContext } from "../run-context.ts";
import { runList } from "./list.ts";
import { reportSummaryMarkdown, runReport } from "./report.ts";
import { runRestore } from "./restore.ts";
import { runRotate } from "./rotate.ts";
import { runVerify, type VerifyOutcome } from "./verify.ts";

export const COMMANDS = [
  "backup",
  "list",
  "restore",
  "verify",
  "rotate",
  "check",
  "report",
] as const satisfies readonly RunCommand[];
export type CommandName = (typeof COMMANDS)[number];

export interface CommandOutcome {
  readonly command: CommandName;
  readonly result: unknown;
  /** What the run report (notifications, job summary) says about this run. */
  readonly report: Omit<ReportBase, "command" | "startedAt">;
  /** Action outputs. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Markdown the action adds to the job summary beside the run report. */
  readonly summary?: string;
}

/** Runs one command from raw options (CLI flags or action inputs): the single place both front ends share. */
export async function dispatch(command: string, raw: RawOptions, context: RunContext): Promise<CommandOutcome> {
  const redactor = context.log.redactor;
  // What a run killed with SIGKILL left (plaintext table files, spooled backups) goes first.
  if (command === "backup" || command === "restore" || command === "verify")
    await sweepScratchFoldersLogged(context.log);
  switch (command) {
    case "backup": {
      const result = await runBackup(registerConfigSecrets(parseBackupConfig(raw, context.env), redactor), context);
      return { command, result, report: backupReport(result), outputs: backupOutputs(result) };
    }
    case "list": {
      const result = await runList(parseListConfig(raw, context.env), context);
      return { command, result, report: {}, outputs: { "backup-id": result[0]?.id ?? "" } };
    }
    case "restore": {
      const result = await runRestore(registerConfigSecrets(parseRestoreConfig(raw, context.env), redactor), context);
      return {
        command,
        result,
        report: { backupId: result.id, source: result.target },
        outputs: { "backup-id": result.id },
      };
    }
    case "verify": {
      const result = await runVerify(registerConfigSecrets(parseVerifyConfig(raw, context.env), redactor), context);
      return { command, result, report: verifyReport(result), outputs: { "backup-id": result[0]?.id ?? "" } };
    }
    case "rotate": {
      const result = await runRotate(parseRotateConfig(raw, context.env), context);
      return {
        command,
        result,
        report: {
          retention: {
            kept: result.kept,
            removed: result.removed.length,
            keptIds: result.plan.filter((p) => p.keep).map((p) => p.id),
            removedIds: result.removed,
            dryRun: result.dryRun,
          },
        },
        outputs: { removed: result.removed.join("\n"), kept: String(result.kept) },
      };
    }
    case "check": {
      const result = await runCheck(parseCheckConfig(raw, context.env), context);
      return {
        command,
        result,
        report: { ...(result.newest ? { backupId: result.newest.id } : {}) },
        outputs: { "backup-id": result.newest?.id ?? "", count: String(result.count) },
      };
    }
    case "report": {
      const result = await runReport(parseReportConfig(raw, context.env), context);
      return {
        command,
        result,
        report: {},
        outputs: { verdict: result.data.verdict, "report-folder": result.out },
        summary: reportSummaryMarkdown(result.data),
      };
    }
    default:
      throw new UsageError(`unknown command '${command}'`, { hint: `use one of: ${COMMANDS.join(", ")}` });
  }
}

export function backupReport(result: BackupResult): CommandOutcome["report"] {
  const m = result.manifest;
  const previous = result.previousFailure;
  return {
    ...(previous ? { previousStatus: "failure" as const, previousFailure: previousFailureOf(previous) } : {}),
    backupId: m.id,
    source: m.source.display,
    sizes: { plain: m.plainSize, stored: m.size },
    sha256: m.sha256,
    stages: [{ name: "dump → compress → encrypt → store", ms: m.durationMs }],
    destinations: result.destinations.map((d) => ({
      display: d.destination,
      status: d.ok ? "success" : "failure",
      object: m.object,
      ...(d.ok ? { bytes: m.size } : {}),
      ...(d.error ? { error: d.error } : {}),
    })),
  };
}

function previousFailureOf(record: NonNullable<BackupResult["previousFailure"]>): PreviousFailure {
  const { failedAt, stage, reason, runUrl } = record;
  return {
    ...(failedAt ? { failedAt } : {}),
    ...(stage ? { stage } : {}),
    ...(reason ? { reason } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}

export function backupOutputs(result: BackupResult): Record<string, string> {
  const m = result.manifest;
  return {
    "backup-id": m.id,
    sha256: m.sha256,
    size: String(m.size),
    object: m.object,
    locations: result.destinations
      .filter((d) => d.ok)
      .map((d) => `${d.destination.replace(/\/$/, "")}/${m.object}`)
      .join("\n"),
  };
}

function verifyReport(outcomes: readonly VerifyOutcome[]): CommandOutcome["report"] {
  const first = outcomes[0];
  if (!first) return {};
  const failed = outcomes.filter((o) => !o.ok);
  return {
    backupId: first.id,
    verification: {
      level: first.level,
      status: failed.length ? "failed" : "passed",
      detail: failed.length
        ? failed.map((o) => `${o.id}: ${o.error}`).join("; ")
        : `${outcomes.length} backup(s): ${first.checks.join("; ")}`,
    },
  };
}
