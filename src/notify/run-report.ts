import { exitCodeOf, messageOf, StrongroomError } from "../errors.ts";

/**
 * The one finished-run report every notifier renders (email, webhooks, GitHub issue, job summary).
 * Plain data: JSON-serialisable, no class instances, no secrets. Times are ISO-8601 strings, sizes
 * bytes, durations milliseconds. Everything but `command`, `status` and `startedAt` is optional,
 * because a run can fail before it learns the rest.
 */
export type RunStatus = "success" | "failure";
export type RunCommand = "backup" | "list" | "restore" | "verify" | "rotate" | "check" | "report";

export interface StageTiming {
  /** e.g. "dump", "compress", "encrypt", "upload", "verify". */
  readonly name: string;
  readonly ms: number;
}

export interface DestinationOutcome {
  /** The destination's display form (no credentials, no query string). */
  readonly display: string;
  readonly status: "success" | "failure" | "skipped";
  /** Stored object name, when something was written. */
  readonly object?: string;
  readonly bytes?: number;
  readonly ms?: number;
  readonly error?: string;
}

export interface VerificationOutcome {
  /** The grade that was checked, e.g. "digest", "decrypt", "restore". */
  readonly level: string;
  readonly status: "passed" | "failed" | "skipped";
  readonly detail?: string;
}

export interface RetentionPlanSummary {
  readonly kept: number;
  readonly removed: number;
  readonly keptIds?: readonly string[];
  readonly removedIds?: readonly string[];
  /** The plan was computed but nothing was deleted. */
  readonly dryRun?: boolean;
}

export interface PreviousFailure {
  readonly failedAt?: string;
  /** Where that run stopped: open-destinations, connect, dump, store, manifest. */
  readonly stage?: string;
  readonly reason?: string;
  readonly runUrl?: string;
}

export interface ReportedError {
  readonly name?: string;
  readonly message: string;
  readonly hint?: string;
}

export interface RunReport {
  readonly command: RunCommand;
  readonly status: RunStatus;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly backupId?: string;
  /** What was backed up, e.g. "postgres appdb@db.example.com:5432"; never with credentials. */
  readonly source?: string;
  readonly destinations?: readonly DestinationOutcome[];
  readonly stages?: readonly StageTiming[];
  readonly sizes?: { readonly plain?: number; readonly stored?: number };
  /** sha256 of the stored object (backup). */
  readonly sha256?: string;
  /** plain / stored; computed from `sizes` when absent. */
  readonly compressionRatio?: number;
  readonly verification?: VerificationOutcome;
  readonly retention?: RetentionPlanSummary;
  readonly error?: ReportedError;
  readonly exitCode?: number;
  /** Link to the workflow run (see `runUrlFromEnv`). */
  readonly runUrl?: string;
  /** "owner/repo" when run in GitHub Actions. */
  readonly repository?: string;
  /** Status of the previous run, when the caller knows it (drives `notify-on: recovery`). */
  readonly previousStatus?: RunStatus;
  /** What is known of the previous run's failure (from the destination's failure record or the workflow run). */
  readonly previousFailure?: PreviousFailure;
  /** A synthetic report from `strongroom notify --test`. */
  readonly test?: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/** `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`, when all are present. */
export function runUrlFromEnv(env: Env = process.env): string | undefined {
  const server = env.GITHUB_SERVER_URL?.trim() || (env.GITHUB_ACTIONS === "true" ? "https://github.com" : "");
  const repository = env.GITHUB_REPOSITORY?.trim();
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!server || !repository || !runId) return undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
  const base = `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}`;
  return attempt && attempt !== "1" ? `${base}/attempts/${attempt}` : base;
}

/** Fields every report gets from the Actions environment (run link, repository). */
export function reportContextFromEnv(env: Env = process.env): Pick<RunReport, "runUrl" | "repository"> {
  const runUrl = runUrlFromEnv(env);
  const repository = env.GITHUB_REPOSITORY?.trim() || undefined;
  return { ...(runUrl ? { runUrl } : {}), ...(repository ? { repository } : {}) };
}

export type ReportBase = Omit<RunReport, "status" | "error" | "exitCode"> & Partial<Pick<RunReport, "finishedAt">>;

/** A finished successful report: fills `finishedAt`, `exitCode` 0 and the compression ratio. */
export function successReport(base: ReportBase, finishedAt: Date = new Date()): RunReport {
  return withDerived({
    ...base,
    status: "success",
    exitCode: 0,
    finishedAt: base.finishedAt ?? finishedAt.toISOString(),
  });
}

/** A failure report from whatever was thrown: message, hint and exit code from `StrongroomError`. */
export function reportFromError(base: ReportBase, error: unknown, finishedAt: Date = new Date()): RunReport {
  return withDerived({
    ...base,
    status: "failure",
    error: reportedError(error),
    exitCode: exitCodeOf(error),
    finishedAt: base.finishedAt ?? finishedAt.toISOString(),
  });
}

export function reportedError(error: unknown): ReportedError {
  const name = error instanceof Error ? error.name : undefined;
  const hint = error instanceof StrongroomError ? error.hint : undefined;
  return { ...(name ? { name } : {}), message: messageOf(error), ...(hint ? { hint } : {}) };
}

function withDerived(report: RunReport): RunReport {
  if (report.compressionRatio !== undefined) return report;
  const ratio = compressionRatioOf(report);
  return ratio === undefined ? report : { ...report, compressionRatio: ratio };
}

export function compressionRatioOf(report: RunReport): number | undefined {
  if (report.compressionRatio !== undefined) return report.compressionRatio;
  const plain = report.sizes?.plain;
  const stored = report.sizes?.stored;
  if (plain === undefined || stored === undefined || stored <= 0) return undefined;
  return Math.round((plain / stored) * 100) / 100;
}

/** Total wall time of the run, from the start/end times. */
export function durationOf(report: RunReport): number | undefined {
  if (!report.finishedAt) return undefined;
  const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** The synthetic report `strongroom notify --test` sends: every field filled, clearly marked as a test. */
export function testReport(options: { status?: RunStatus; now?: Date; env?: Env } = {}): RunReport {
  const now = options.now ?? new Date();
  const status = options.status ?? "success";
  const started = new Date(now.getTime() - 83_500);
  const stamp = started
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const base: ReportBase = {
    command: "backup",
    startedAt: started.toISOString(),
    backupId: `test-${stamp}`,
    source: "postgres example@localhost (test notification)",
    destinations: [
      {
        display: "s3://example-bucket/backups",
        status: "success",
        object: `test-${stamp}.dump.zst.age`,
        bytes: 12_582_912,
        ms: 4_210,
      },
      status === "failure"
        ? { display: "github-artifact", status: "failure", error: "example upload failure (test notification)" }
        : { display: "github-artifact", status: "success", object: `test-${stamp}.zip`, bytes: 12_583_104, ms: 6_020 },
    ],
    stages: [
      { name: "dump", ms: 41_200 },
      { name: "compress", ms: 18_300 },
      { name: "encrypt", ms: 3_100 },
      { name: "upload", ms: 10_230 },
      { name: "verify", ms: 10_670 },
    ],
    sizes: { plain: 52_428_800, stored: 12_582_912 },
    verification: { level: "digest", status: "passed", detail: "sha256 of the stored object matches the manifest" },
    retention: { kept: 3, removed: 1, keptIds: ["test-a", "test-b", "test-c"], removedIds: ["test-old"], dryRun: true },
    previousStatus: status === "success" ? "failure" : "success",
    test: true,
    ...reportContextFromEnv(options.env ?? process.env),
  };
  if (status === "success") return successReport(base, now);
  return reportFromError(
    base,
    new StrongroomError("This is a test failure: nothing went wrong.", {
      hint: "No action needed; this was `strongroom notify --test`.",
    }),
    now,
  );
}
