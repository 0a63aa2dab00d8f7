/** What a report knows, gathered once and rendered three ways (page, badge, status.json). */

export const VERDICTS = ["healthy", "stale", "failing", "empty"] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ReportFailure {
  readonly at: string;
  readonly reason: string;
  /** What failed: a backup run, or a verification of a backup. */
  readonly kind: "backup" | "verification";
}

export interface ReportVerification {
  readonly level: string;
  readonly at: string;
  readonly ok: boolean;
  readonly error?: string | undefined;
}

export interface ReportBackup {
  readonly id: string;
  readonly createdAt: string;
  readonly size: number;
  readonly plainSize: number;
  readonly durationMs: number;
  /** Destinations (display names) holding a complete copy. */
  readonly copies: readonly string[];
  /** Destinations whose manifest lists it but whose data object is missing or short. */
  readonly incomplete: readonly string[];
  readonly verification: ReportVerification | null;
}

export interface ReportSource {
  readonly source: string;
  readonly display: string;
  readonly kind: string;
  readonly verdict: Verdict;
  /** One sentence a person reads first: why this verdict. */
  readonly summary: string;
  readonly newestBackupAt: string | null;
  readonly newestVerifiedAt: string | null;
  readonly lastFailure: ReportFailure | null;
  /** Backups, newest first. */
  readonly backups: readonly ReportBackup[];
  readonly storedBytes: number;
}

export interface ReportDestination {
  readonly destination: string;
  readonly readable: boolean;
  /** Why it could not be read (reachability, permissions), or damaged entries found in it. */
  readonly error: string | null;
  readonly backups: number;
  readonly storedBytes: number;
  readonly damaged: readonly { readonly name: string; readonly reason: string }[];
}

export interface PlannedRemoval {
  readonly id: string;
  readonly source: string;
  readonly createdAt: string;
}

export interface RetentionDay {
  /** YYYY-MM-DD in the policy's time zone. */
  readonly day: string;
  readonly source: string;
  readonly ids: readonly string[];
  /** The rules that keep the day's backups (daily, weekly…), empty when every one will be pruned. */
  readonly rules: readonly string[];
  readonly pruned: boolean;
}

export interface ReportData {
  readonly generatedAt: string;
  readonly maxAgeMs: number;
  readonly verdict: Verdict;
  readonly sources: readonly ReportSource[];
  readonly destinations: readonly ReportDestination[];
  /** Null when no retention policy was given to the report. */
  readonly plan: { readonly removals: readonly PlannedRemoval[]; readonly days: readonly RetentionDay[] } | null;
}
