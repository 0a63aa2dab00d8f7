import { SourceError } from "../../src/errors.ts";
import { type ReportBase, type RunReport, reportFromError, successReport } from "../../src/notify/run-report.ts";

export const DB_PASSWORD = "pg-S3cret-pa55word";
export const SMTP_PASSWORD = "smtp p@ss/wörd:42";
export const GITHUB_TOKEN = "ghs_0123456789abcdefTOKEN";
export const WEBHOOK_SECRET = "whsec-hmac-key-987";
export const SLACK_TOKEN = "xOxOslacktokenPart1234";
export const DISCORD_TOKEN = "dIsCoRdToKeN-abcdefghijklmnop";

const env = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/backups", GITHUB_RUN_ID: "987654" };

export function base(overrides: Partial<ReportBase> = {}): ReportBase {
  return {
    command: "backup",
    startedAt: "2026-11-24T09:15:02.000Z",
    finishedAt: "2026-11-24T09:16:30.500Z",
    backupId: "appdb-20261124T091502Z",
    source: "postgres appdb@db.example.com:5432",
    destinations: [
      {
        display: "s3://acme-backups/prod",
        status: "success",
        object: "appdb-20261124T091502Z.dump.zst.age",
        bytes: 1_234_567,
        ms: 2_100,
      },
      { display: "github-artifact", status: "failure", error: "upload rejected: 403" },
    ],
    stages: [
      { name: "dump", ms: 40_000 },
      { name: "compress", ms: 12_000 },
      { name: "upload", ms: 2_100 },
    ],
    sizes: { plain: 5_000_000, stored: 1_234_567 },
    verification: { level: "digest", status: "passed" },
    retention: { kept: 2, removed: 1, keptIds: ["appdb-20261123", "appdb-20261124"], removedIds: ["appdb-20261101"] },
    runUrl: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`,
    repository: env.GITHUB_REPOSITORY,
    ...overrides,
  };
}

/** A failure whose error text (as a careless dump tool might print it) contains the DB password. */
export function failureReport(overrides: Partial<ReportBase> = {}): RunReport {
  return reportFromError(
    base(overrides),
    new SourceError(
      `pg_dump exited with 1: connection to postgres://backup:${DB_PASSWORD}@db.example.com/appdb failed <script>alert(1)</script>`,
      {
        hint: "Check that the database accepts connections from the runner & the password is current.",
      },
    ),
  );
}

export function successfulReport(overrides: Partial<ReportBase> = {}): RunReport {
  return successReport(
    base({ destinations: [{ display: "s3://acme-backups/prod", status: "success", bytes: 1_234_567 }], ...overrides }),
  );
}

/** A log that records what notify() said. */
export function recordingLog(): {
  warnings: string[];
  infos: string[];
  warning(msg: string): void;
  info(msg: string): void;
} {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, warning: (m) => warnings.push(m), info: (m) => infos.push(m) };
}
