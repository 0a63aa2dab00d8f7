import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.ts";
import {
  type CatalogEntry,
  type Decision,
  INCOMPLETE_REASON,
  planRetention,
  type RetentionPolicy,
  validatePolicy,
} from "../../src/retention/policy.ts";

const DAY = 86_400_000;

function backup(iso: string, extra: Partial<CatalogEntry> = {}): CatalogEntry {
  return { id: iso, createdAt: new Date(iso), group: "db", complete: true, ...extra };
}

function kept(decisions: readonly Decision[]): string[] {
  return decisions.filter((d) => d.keep).map((d) => d.entry.id);
}

function decisionFor(decisions: readonly Decision[], id: string): Decision {
  const decision = decisions.find((d) => d.entry.id === id);
  if (decision === undefined) throw new Error(`no decision for ${id}`);
  return decision;
}

/** One backup a day at `time` UTC from `from` for `days` days. */
function daily(from: string, days: number, time = "03:00:00Z", extra: Partial<CatalogEntry> = {}): CatalogEntry[] {
  const start = Date.parse(`${from}T${time}`);
  return Array.from({ length: days }, (_, i) => backup(new Date(start + i * DAY).toISOString(), extra));
}

describe("validatePolicy", () => {
  it("accepts a usable policy", () => {
    expect(validatePolicy({ keepDaily: 7 })).toEqual([]);
    expect(
      validatePolicy({ keepWithin: DAY, timezone: "Australia/Lord_Howe", periodRepresentative: "oldest" }),
    ).toEqual([]);
  });

  it("refuses an empty policy, including one of zeros", () => {
    for (const policy of [{}, { keepDaily: 0, keepWithin: 0 }, { timezone: "UTC" }] as RetentionPolicy[]) {
      const problems = validatePolicy(policy);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/policy is empty: set at least one of keep-last, keep-hourly, .*keep-within/);
      expect(() => planRetention([backup("2026-01-01T00:00:00Z")], policy)).toThrow(UsageError);
    }
  });

  it("lists every problem at once, by input name", () => {
    const problems = validatePolicy({
      keepDaily: -1,
      keepWeekly: 1.5,
      keepMonthly: Number.NaN,
      keepWithin: -5,
      keepLast: 3,
      timezone: "Mars/Olympus_Mons",
      periodRepresentative: "middle" as "newest",
      countVerifiedOnly: "yes" as unknown as boolean,
    });
    expect(problems).toEqual([
      "keep-daily must be a whole number, 0 or more; got -1",
      "keep-weekly must be a whole number, 0 or more; got 1.5",
      "keep-monthly must be a whole number, 0 or more; got null",
      "keep-within must be a whole number of milliseconds, 0 or more; got -5",
      'timezone "Mars/Olympus_Mons" is not a known IANA time zone (such as UTC, Europe/Berlin, America/New_York)',
      'period representative must be "newest" or "oldest"; got "middle"',
      'count-verified-only must be true or false; got "yes"',
    ]);
    try {
      planRetention([], { keepDaily: -1, timezone: "Nowhere/Land" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).problems).toHaveLength(2);
    }
  });
});

describe("planRetention", () => {
  it("keeps one backup per day for the N most recent days that have backups, with reasons", () => {
    const entries = [...daily("2026-11-20", 5), backup("2026-11-24T15:00:00Z"), backup("2026-11-24T09:00:00Z")];
    const plan = planRetention(entries, { keepDaily: 3 });
    expect(kept(plan)).toEqual(["2026-11-24T15:00:00Z", "2026-11-23T03:00:00.000Z", "2026-11-22T03:00:00.000Z"]);
    expect(decisionFor(plan, "2026-11-24T15:00:00Z").reasons).toEqual(["newest backup", "daily 2026-11-24"]);
    expect(decisionFor(plan, "2026-11-24T15:00:00Z").rules).toEqual(["newest", "daily"]);
    expect(decisionFor(plan, "2026-11-22T03:00:00.000Z").reasons).toEqual(["daily 2026-11-22"]);
    expect(decisionFor(plan, "2026-11-24T09:00:00Z")).toMatchObject({
      keep: false,
      reasons: ["not kept by any rule"],
      rules: [],
    });
    // Newest first, every entry once.
    expect(plan.map((d) => d.entry.createdAt.getTime())).toEqual(
      entries.map((e) => e.createdAt.getTime()).sort((a, b) => b - a),
    );
  });

  it("skips periods without backups instead of counting them", () => {
    const entries = [backup("2026-01-10T00:00:00Z"), backup("2025-06-01T00:00:00Z"), backup("2023-02-01T00:00:00Z")];
    expect(kept(planRetention(entries, { keepDaily: 3 }))).toHaveLength(3);
    expect(kept(planRetention(entries, { keepMonthly: 2 }))).toEqual(["2026-01-10T00:00:00Z", "2025-06-01T00:00:00Z"]);
  });

  it("combines options: a backup kept by any option is kept, with every reason", () => {
    const entries = daily("2026-10-01", 40);
    const plan = planRetention(entries, { keepLast: 2, keepDaily: 3, keepWeekly: 2, keepMonthly: 2 });
    const newest = plan[0]!;
    expect(newest.entry.id).toBe("2026-11-09T03:00:00.000Z"); // a Monday
    expect(newest.reasons).toEqual([
      "newest backup",
      "last 1 of 2",
      "daily 2026-11-09",
      "weekly 2026-W46",
      "monthly 2026-11",
    ]);
    expect(kept(plan)).toEqual([
      "2026-11-09T03:00:00.000Z",
      "2026-11-08T03:00:00.000Z", // last 2, daily, weekly 2026-W45 (Sunday)
      "2026-11-07T03:00:00.000Z", // daily
      "2026-10-31T03:00:00.000Z", // monthly 2026-10
    ]);
  });

  it("keeps the oldest backup of each period when asked", () => {
    const entries = [...daily("2026-11-01", 3, "01:00:00Z"), ...daily("2026-11-01", 3, "13:00:00Z")];
    const plan = planRetention(entries, { keepDaily: 2, periodRepresentative: "oldest" });
    expect(kept(plan)).toEqual([
      "2026-11-03T13:00:00.000Z", // newest backup, whatever the representative
      "2026-11-03T01:00:00.000Z", // daily 2026-11-03
      "2026-11-02T01:00:00.000Z", // daily 2026-11-02
    ]);
    expect(decisionFor(plan, "2026-11-03T13:00:00.000Z").rules).toEqual(["newest"]);
  });

  it("measures keep-within from the newest backup, not from now", () => {
    const entries = daily("2020-01-01", 10); // long ago: a source that stopped backing up
    const plan = planRetention(entries, { keepWithin: 3 * DAY });
    // Strictly within: the backup exactly 3 days before the newest is not kept (as in restic).
    expect(kept(plan)).toEqual(["2020-01-10T03:00:00.000Z", "2020-01-09T03:00:00.000Z", "2020-01-08T03:00:00.000Z"]);
    expect(decisionFor(plan, "2020-01-09T03:00:00.000Z").reasons).toEqual(["within 3d"]);
  });

  it("never removes the newest backup, even with keep-within too short to reach it", () => {
    const plan = planRetention([backup("2026-01-01T00:00:00Z")], { keepWithin: 1 });
    expect(plan[0]).toMatchObject({ keep: true, rules: ["newest", "within"] });
  });

  it("leaves incomplete backups alone and never lets them take a slot", () => {
    const entries = [
      backup("2026-11-24T05:00:00Z", { complete: false }),
      backup("2026-11-24T03:00:00Z"),
      backup("2026-11-23T05:00:00Z", { complete: false }),
      backup("2026-11-23T03:00:00Z"),
      backup("2026-11-22T03:00:00Z"),
    ];
    const plan = planRetention(entries, { keepLast: 2 });
    expect(decisionFor(plan, "2026-11-24T05:00:00Z")).toMatchObject({
      keep: true,
      rules: [],
      reasons: [INCOMPLETE_REASON],
    });
    expect(decisionFor(plan, "2026-11-24T03:00:00Z").rules).toEqual(["newest", "last"]);
    expect(decisionFor(plan, "2026-11-23T03:00:00Z").rules).toEqual(["last"]);
    expect(decisionFor(plan, "2026-11-22T03:00:00Z").keep).toBe(false);
  });

  it("keeps the newest verified backup; a failed verification is not verified", () => {
    const entries = [
      backup("2026-11-24T03:00:00Z", { verified: "failed" }),
      backup("2026-11-23T03:00:00Z"),
      backup("2026-11-22T03:00:00Z", { verified: "passed" }),
      backup("2026-11-21T03:00:00Z", { verified: "passed" }),
    ];
    const plan = planRetention(entries, { keepLast: 1 });
    expect(kept(plan)).toEqual(["2026-11-24T03:00:00Z", "2026-11-22T03:00:00Z"]);
    expect(decisionFor(plan, "2026-11-22T03:00:00Z").reasons).toEqual(["newest verified backup"]);
    // The failed one is still a complete backup and fills keep-last like any other.
    expect(decisionFor(plan, "2026-11-24T03:00:00Z").rules).toEqual(["newest", "last"]);
  });

  it("with countVerifiedOnly, fills the buckets with verified backups only", () => {
    const entries = [
      backup("2026-11-24T03:00:00Z"),
      backup("2026-11-23T03:00:00Z", { verified: "passed" }),
      backup("2026-11-22T03:00:00Z", { verified: "failed" }),
      backup("2026-11-21T03:00:00Z", { verified: "passed" }),
      backup("2026-11-20T03:00:00Z", { verified: "passed" }),
    ];
    const plan = planRetention(entries, { keepDaily: 2, countVerifiedOnly: true });
    expect(kept(plan)).toEqual(["2026-11-24T03:00:00Z", "2026-11-23T03:00:00Z", "2026-11-21T03:00:00Z"]);
    expect(decisionFor(plan, "2026-11-23T03:00:00Z").reasons).toEqual(["newest verified backup", "daily 2026-11-23"]);
    expect(decisionFor(plan, "2026-11-22T03:00:00Z").reasons).toEqual([
      "not kept by any rule (verification failed, and only verified backups are counted)",
    ]);
  });

  it("plans each group apart and protects the newest of each", () => {
    const entries = [
      ...daily("2026-11-01", 10, "03:00:00Z", { group: "app" }),
      backup("2024-05-05T00:00:00Z", { group: "legacy" }),
      backup("2024-05-04T00:00:00Z", { group: "legacy" }),
    ].map((e) => ({ ...e, id: `${e.group}/${e.id}` }));
    const plan = planRetention(entries, { keepLast: 3 });
    expect(kept(plan)).toEqual([
      "app/2026-11-10T03:00:00.000Z",
      "app/2026-11-09T03:00:00.000Z",
      "app/2026-11-08T03:00:00.000Z",
      "legacy/2024-05-05T00:00:00Z",
      "legacy/2024-05-04T00:00:00Z",
    ]);
    expect(decisionFor(plan, "legacy/2024-05-05T00:00:00Z").rules).toEqual(["newest", "last"]);
  });

  it("reads days in the policy's time zone, around midnight", () => {
    // 15:00, 22:00 and 23:30 on 24 November in New York; 24th, 25th, 25th in UTC.
    const entries = [backup("2026-11-25T04:30:00Z"), backup("2026-11-25T03:00:00Z"), backup("2026-11-24T20:00:00Z")];
    expect(kept(planRetention(entries, { keepDaily: 2 }))).toEqual(["2026-11-25T04:30:00Z", "2026-11-24T20:00:00Z"]);
    const newYork = planRetention(entries, { keepDaily: 2, timezone: "America/New_York" });
    expect(kept(newYork)).toEqual(["2026-11-25T04:30:00Z"]);
    expect(newYork[0]!.reasons).toEqual(["newest backup", "daily 2026-11-24"]);
  });

  it("counts the hour a DST fall-back repeats as two hours", () => {
    const entries = [
      backup("2026-11-01T06:30:00Z"), // 01:30 EST
      backup("2026-11-01T05:50:00Z"), // 01:50 EDT
      backup("2026-11-01T05:30:00Z"), // 01:30 EDT
      backup("2026-11-01T04:30:00Z"), // 00:30 EDT
    ];
    const plan = planRetention(entries, { keepHourly: 3, timezone: "America/New_York" });
    expect(kept(plan)).toEqual(["2026-11-01T06:30:00Z", "2026-11-01T05:50:00Z", "2026-11-01T04:30:00Z"]);
    expect(plan.filter((d) => d.keep).map((d) => d.reasons.at(-1))).toEqual([
      "hourly 2026-11-01T01:00-05:00",
      "hourly 2026-11-01T01:00-04:00",
      "hourly 2026-11-01T00:00-04:00",
    ]);
    // Read on the wall clock alone, 01:xx would be one hour and two slots would reach 00:30.
    const two = planRetention(entries, { keepHourly: 2, timezone: "America/New_York" });
    expect(kept(two)).toEqual(["2026-11-01T06:30:00Z", "2026-11-01T05:50:00Z"]);
  });

  it("uses the ISO week across the turn of the year, in the policy's zone", () => {
    // Sun 2027-01-03 23:30 in New York is Mon 2027-01-04 04:30 UTC.
    const entries = [backup("2027-01-04T04:30:00Z"), backup("2026-12-28T12:00:00Z"), backup("2026-12-27T12:00:00Z")];
    const utc = planRetention(entries, { keepWeekly: 2 });
    expect(utc.filter((d) => d.keep).map((d) => d.reasons.at(-1))).toEqual(["weekly 2027-W01", "weekly 2026-W53"]);
    const newYork = planRetention(entries, { keepWeekly: 2, timezone: "America/New_York" });
    expect(newYork.filter((d) => d.keep).map((d) => d.reasons.at(-1))).toEqual(["weekly 2026-W53", "weekly 2026-W52"]);
    expect(kept(newYork)).toEqual(["2027-01-04T04:30:00Z", "2026-12-27T12:00:00Z"]);
  });

  it("refuses entries with invalid dates", () => {
    expect(() => planRetention([backup("not a date")], { keepLast: 1 })).toThrow(/invalid creation time/);
  });

  it("plans an empty catalog as nothing", () => {
    expect(planRetention([], { keepLast: 1 })).toEqual([]);
  });
});
