import { formatDuration } from "../config/duration.ts";
import { UsageError } from "../errors.ts";
import { type BucketKeys, bucketKeys, DEFAULT_TIMEZONE, isKnownTimezone } from "./buckets.ts";

/**
 * Grandfather-father-son retention, as `restic forget` defines it, plus safety rules that hold
 * whatever the policy. Pure: no clock, no I/O; the same catalog and policy give the same plan.
 *
 * How a plan is made, for each group (one source's backups) on its own:
 * 1. Only complete backups take part. Incomplete ones are left alone (kept, with no rule) for the
 *    orphan cleanup, and never take a slot from a good backup.
 * 2. The newest complete backup is always kept, and so is the newest one whose verification
 *    passed (`verified: "failed"` never counts as verified).
 * 3. `keepWithin` keeps every complete backup less than that long before the group's newest
 *    complete backup (not before now: a source that stopped backing up keeps its history).
 * 4. Each count option walks the counted backups newest first, cutting them into periods (hours,
 *    days, ISO weeks, months, years in `timezone`; for keep-last each backup is its own period),
 *    and keeps one backup from each of the first N periods that have backups: the newest of the
 *    period, or with `periodRepresentative: "oldest"` the oldest. Periods without backups do not
 *    count. Counted backups are all complete ones, or with `countVerifiedOnly` only the verified.
 * 5. A backup kept by any rule is kept; every other complete backup is removed.
 *
 * One difference from restic: restic also keeps the group's oldest snapshot when a count option
 * has slots left over. Here a count option keeps exactly one backup per period, so "keep N daily"
 * means exactly the N most recent days that have backups, which is easier to predict.
 */

export interface RetentionPolicy {
  keepLast?: number;
  keepHourly?: number;
  keepDaily?: number;
  keepWeekly?: number;
  keepMonthly?: number;
  keepYearly?: number;
  /** Milliseconds before the newest backup of the group. */
  keepWithin?: number;
  /** IANA time zone the calendar periods are read in; default "UTC". */
  timezone?: string;
  /** Which backup of a period is kept for it; default "newest". */
  periodRepresentative?: "newest" | "oldest";
  /** Only backups whose verification passed fill the count options. */
  countVerifiedOnly?: boolean;
}

export interface CatalogEntry {
  readonly id: string;
  readonly createdAt: Date;
  /** The source the backup was taken from; groups are planned apart and never mixed. */
  readonly group: string;
  readonly complete: boolean;
  readonly verified?: "passed" | "failed" | undefined;
}

export type KeepRule =
  "last" | "hourly" | "daily" | "weekly" | "monthly" | "yearly" | "within" | "newest" | "newest-verified";

export interface Decision {
  readonly entry: CatalogEntry;
  /** False only for complete backups no rule keeps: the ones to delete. */
  readonly keep: boolean;
  /**
   * Why, for people: "newest backup", "daily 2026-11-24", "weekly 2026-W48", "within 7d",
   * "incomplete: left for orphan cleanup", "not kept by any rule"... Never empty.
   */
  readonly reasons: readonly string[];
  /** Which rules keep it; empty when removed, and for incomplete backups (kept but not by a rule). */
  readonly rules: readonly KeepRule[];
}

type CountOption = "keepLast" | "keepHourly" | "keepDaily" | "keepWeekly" | "keepMonthly" | "keepYearly";
type CountRule = Extract<KeepRule, "last" | keyof BucketKeys>;

/** The count options in the order rules are listed, with the rule and the input/flag name of each. */
export const COUNT_OPTIONS = [
  { option: "keepLast", rule: "last", input: "keep-last" },
  { option: "keepHourly", rule: "hourly", input: "keep-hourly" },
  { option: "keepDaily", rule: "daily", input: "keep-daily" },
  { option: "keepWeekly", rule: "weekly", input: "keep-weekly" },
  { option: "keepMonthly", rule: "monthly", input: "keep-monthly" },
  { option: "keepYearly", rule: "yearly", input: "keep-yearly" },
] as const satisfies readonly { option: CountOption; rule: CountRule; input: string }[];

export const INCOMPLETE_REASON = "incomplete: left for orphan cleanup";

/** Every problem with `policy`, worded for the user (input names such as keep-daily); [] if it can be used. */
export function validatePolicy(policy: RetentionPolicy): string[] {
  const problems: string[] = [];
  let anyRule = false;
  for (const { option, input } of COUNT_OPTIONS) {
    const value: unknown = policy[option];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      problems.push(`${input} must be a whole number, 0 or more; got ${JSON.stringify(value) ?? String(value)}`);
    } else if (value > 0) {
      anyRule = true;
    }
  }
  const within: unknown = policy.keepWithin;
  if (within !== undefined) {
    if (typeof within !== "number" || !Number.isSafeInteger(within) || within < 0) {
      problems.push(`keep-within must be a whole number of milliseconds, 0 or more; got ${String(within)}`);
    } else if (within > 0) {
      anyRule = true;
    }
  }
  const timezone: unknown = policy.timezone;
  if (timezone !== undefined && (typeof timezone !== "string" || !isKnownTimezone(timezone))) {
    problems.push(
      `timezone ${JSON.stringify(timezone)} is not a known IANA time zone (such as UTC, Europe/Berlin, America/New_York)`,
    );
  }
  const representative: unknown = policy.periodRepresentative;
  if (representative !== undefined && representative !== "newest" && representative !== "oldest") {
    problems.push(`period representative must be "newest" or "oldest"; got ${JSON.stringify(representative)}`);
  }
  const verifiedOnly: unknown = policy.countVerifiedOnly;
  if (verifiedOnly !== undefined && typeof verifiedOnly !== "boolean") {
    problems.push(`count-verified-only must be true or false; got ${JSON.stringify(verifiedOnly)}`);
  }
  if (!anyRule && problems.length === 0) {
    const names = [...COUNT_OPTIONS.map((o) => o.input), "keep-within"].join(", ");
    problems.push(
      `the retention policy is empty: set at least one of ${names} (a policy that keeps nothing is refused)`,
    );
  }
  return problems;
}

interface Item {
  readonly entry: CatalogEntry;
  readonly index: number;
  readonly time: number;
  readonly rules: KeepRule[];
  readonly reasons: string[];
}

/** Newest first; equal times by id, then by position, so the plan does not depend on input order. */
function newestFirst(a: Item, b: Item): number {
  if (a.time !== b.time) return b.time - a.time;
  if (a.entry.group !== b.entry.group) return a.entry.group < b.entry.group ? -1 : 1;
  if (a.entry.id !== b.entry.id) return a.entry.id < b.entry.id ? 1 : -1;
  return a.index - b.index;
}

function keep(item: Item, rule: KeepRule, reason: string): void {
  if (item.rules.includes(rule)) return;
  item.rules.push(rule);
  item.reasons.push(reason);
}

function planGroup(items: readonly Item[], policy: RetentionPolicy): void {
  const complete = items.filter((item) => item.entry.complete);
  const newest = complete[0];
  if (newest === undefined) return;
  keep(newest, "newest", "newest backup");
  const newestVerified = complete.find((item) => item.entry.verified === "passed");
  if (newestVerified !== undefined) keep(newestVerified, "newest-verified", "newest verified backup");

  const within = policy.keepWithin ?? 0;
  if (within > 0) {
    const reason = `within ${formatDuration(within)}`;
    for (const item of complete) if (item.time > newest.time - within) keep(item, "within", reason);
  }

  const counted =
    policy.countVerifiedOnly === true ? complete.filter((item) => item.entry.verified === "passed") : complete;
  const timezone = policy.timezone ?? DEFAULT_TIMEZONE;
  const oldest = policy.periodRepresentative === "oldest";
  let keys: BucketKeys[] | undefined;
  for (const { option, rule } of COUNT_OPTIONS) {
    const count = policy[option] ?? 0;
    if (count <= 0) continue;
    if (rule !== "last") keys ??= counted.map((item) => bucketKeys(item.entry.createdAt, timezone));
    // Cut the counted backups (newest first) into runs of one period each; keep one per run.
    const periods: { key: string; first: number; last: number }[] = [];
    for (let i = 0; i < counted.length; i++) {
      const key = rule === "last" ? String(i) : (keys?.[i]?.[rule] ?? "");
      const current = periods.at(-1);
      if (current !== undefined && current.key === key) current.last = i;
      else if (periods.length === count) break;
      else periods.push({ key, first: i, last: i });
    }
    periods.forEach((period, n) => {
      const item = counted[oldest ? period.last : period.first];
      if (item === undefined) return;
      keep(item, rule, rule === "last" ? `last ${n + 1} of ${count}` : `${rule} ${period.key}`);
    });
  }

  for (const item of complete) {
    if (item.rules.length > 0) continue;
    const unverified = policy.countVerifiedOnly === true && item.entry.verified !== "passed";
    item.reasons.push(
      unverified
        ? `not kept by any rule (${item.entry.verified === "failed" ? "verification failed" : "not verified"}, and only verified backups are counted)`
        : "not kept by any rule",
    );
  }
}

/**
 * The plan for every entry, newest first: each input entry appears exactly once. Throws
 * UsageError listing every problem when the policy is not valid (see validatePolicy), and
 * RangeError for an entry whose date is invalid.
 */
export function planRetention(entries: readonly CatalogEntry[], policy: RetentionPolicy): Decision[] {
  const problems = validatePolicy(policy);
  if (problems.length > 0) {
    throw new UsageError(problems, {
      hint: "set the retention options, e.g. keep-daily: 7, keep-weekly: 4, keep-monthly: 12",
    });
  }
  const items: Item[] = entries.map((entry, index) => {
    const time = entry.createdAt instanceof Date ? entry.createdAt.getTime() : Number.NaN;
    if (!Number.isFinite(time)) throw new RangeError(`backup ${JSON.stringify(entry.id)} has an invalid creation time`);
    return { entry, index, time, rules: [], reasons: [] };
  });
  items.sort(newestFirst);
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(item.entry.group);
    if (group === undefined) groups.set(item.entry.group, [item]);
    else group.push(item);
  }
  for (const group of groups.values()) planGroup(group, policy);
  return items.map((item) => {
    if (!item.entry.complete) return { entry: item.entry, keep: true, reasons: [INCOMPLETE_REASON], rules: [] };
    return { entry: item.entry, keep: item.rules.length > 0, reasons: item.reasons, rules: item.rules };
  });
}
