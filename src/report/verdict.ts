import type { ReportBackup, ReportFailure, Verdict } from "./model.ts";

export interface VerdictInput {
  readonly now: number;
  readonly maxAgeMs: number;
  /** Newest first. */
  readonly backups: readonly ReportBackup[];
  /** A backup run that failed and has not been followed by a successful one. */
  readonly openFailure: ReportFailure | null;
}

/**
 * The one word a person needs: `failing` when the last backup run failed, the newest
 * verification failed, or the newest backup has no complete copy; `stale` when the newest
 * complete backup is older than `maxAgeMs` (or dated in the future, which no clock should
 * allow); `empty` with no backups; `healthy` otherwise.
 */
export function verdictOf(input: VerdictInput): { verdict: Verdict; summary: string } {
  const { backups, openFailure, now, maxAgeMs } = input;
  if (openFailure) return { verdict: "failing", summary: `the last backup run failed: ${openFailure.reason}` };
  if (backups.length === 0) return { verdict: "empty", summary: "no backups yet" };
  const newest = backups[0]!;
  if (newest.copies.length === 0)
    return { verdict: "failing", summary: `the newest backup ${newest.id} has no complete copy` };
  const verified = backups.find((b) => b.verification !== null);
  if (verified?.verification && !verified.verification.ok) {
    return {
      verdict: "failing",
      summary: `the newest verification (${verified.id}, ${verified.verification.level}) failed${verified.verification.error ? `: ${verified.verification.error}` : ""}`,
    };
  }
  const age = now - Date.parse(newest.createdAt);
  if (!(age >= -CLOCK_SKEW_MS))
    return { verdict: "stale", summary: `the newest backup is dated in the future (${newest.createdAt})` };
  if (age > maxAgeMs) return { verdict: "stale", summary: `the newest backup is ${ageText(age)} old` };
  return {
    verdict: "healthy",
    summary: `newest backup ${ageText(Math.max(0, age))} ago${verified ? `, verified ${ageText(now - Date.parse(verified.verification!.at))} ago` : ", never verified"}`,
  };
}

const CLOCK_SKEW_MS = 5 * 60_000;

/** The worst of several verdicts, for a badge or an action output. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  for (const verdict of ["failing", "stale", "empty"] as const) if (verdicts.includes(verdict)) return verdict;
  return verdicts.length ? "healthy" : "empty";
}

/** 90 s → "2 min", 5 h → "5 h", 3 d → "3 d". */
export function ageText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "moments";
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}
