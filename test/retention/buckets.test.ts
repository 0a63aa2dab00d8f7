import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bucketKeys, calendarFields, formatOffset, isKnownTimezone, isoWeek } from "../../src/retention/buckets.ts";
import { oracleIsoWeek, oracleKey, TIMEZONES } from "./oracle.ts";

const at = (iso: string) => new Date(iso);

describe("calendar buckets", () => {
  it("reads days on the zone's wall clock, around midnight", () => {
    // 04:30 UTC on the 25th is 23:30 on the 24th in New York (EST, -05:00).
    expect(bucketKeys(at("2026-11-25T04:30:00Z"), "UTC").daily).toBe("2026-11-25");
    expect(bucketKeys(at("2026-11-25T04:30:00Z"), "America/New_York").daily).toBe("2026-11-24");
    expect(bucketKeys(at("2026-11-25T05:00:00Z"), "America/New_York").daily).toBe("2026-11-25");
    // 23:30 UTC on the 28th is 00:30 on the 29th in Berlin (CET, +01:00).
    expect(bucketKeys(at("2026-03-28T23:30:00Z"), "UTC").daily).toBe("2026-03-28");
    expect(bucketKeys(at("2026-03-28T23:30:00Z"), "Europe/Berlin").daily).toBe("2026-03-29");
  });

  it("reads months and years on the zone's wall clock", () => {
    // Lord Howe is +11:00 in December (DST) and +10:30 in June.
    expect(bucketKeys(at("2026-12-31T12:59:00Z"), "Australia/Lord_Howe").yearly).toBe("2026");
    expect(bucketKeys(at("2026-12-31T13:00:00Z"), "Australia/Lord_Howe").yearly).toBe("2027");
    expect(bucketKeys(at("2026-06-30T13:29:00Z"), "Australia/Lord_Howe").monthly).toBe("2026-06");
    expect(bucketKeys(at("2026-06-30T13:31:00Z"), "Australia/Lord_Howe").monthly).toBe("2026-07");
    expect(bucketKeys(at("2027-01-01T03:00:00Z"), "America/New_York").yearly).toBe("2026");
    expect(bucketKeys(at("2027-01-01T03:00:00Z"), "UTC").yearly).toBe("2027");
  });

  it("uses ISO weeks, Monday to Sunday, in the ISO week-year", () => {
    expect(bucketKeys(at("2026-11-24T12:00:00Z")).weekly).toBe("2026-W48");
    expect(bucketKeys(at("2025-12-28T12:00:00Z")).weekly).toBe("2025-W52"); // Sunday
    expect(bucketKeys(at("2025-12-29T12:00:00Z")).weekly).toBe("2026-W01"); // Monday, still 2025
    expect(bucketKeys(at("2027-01-01T12:00:00Z")).weekly).toBe("2026-W53"); // Friday, already 2027
    expect(bucketKeys(at("2027-01-03T12:00:00Z")).weekly).toBe("2026-W53"); // Sunday
    expect(bucketKeys(at("2027-01-04T12:00:00Z")).weekly).toBe("2027-W01"); // Monday
    expect(bucketKeys(at("2021-01-03T12:00:00Z")).weekly).toBe("2020-W53");
    expect(bucketKeys(at("2028-02-29T12:00:00Z")).weekly).toBe("2028-W09");
    expect(bucketKeys(at("2028-02-29T12:00:00Z")).daily).toBe("2028-02-29");
    // Sunday 23:30 in New York is Monday 04:30 UTC: a different week.
    expect(bucketKeys(at("2026-11-30T04:30:00Z"), "America/New_York").weekly).toBe("2026-W48");
    expect(bucketKeys(at("2026-11-30T04:30:00Z"), "UTC").weekly).toBe("2026-W49");
  });

  it("splits the hour a DST fall-back repeats into two hours", () => {
    // New York, 2026-11-01: 01:00-02:00 happens at -04:00 and again at -05:00.
    const first = bucketKeys(at("2026-11-01T05:30:00Z"), "America/New_York");
    const second = bucketKeys(at("2026-11-01T06:30:00Z"), "America/New_York");
    expect(first.hourly).toBe("2026-11-01T01:00-04:00");
    expect(second.hourly).toBe("2026-11-01T01:00-05:00");
    expect(first.daily).toBe(second.daily);
    // Lord Howe, 2026-04-05: clocks go back half an hour, 02:00 +11:00 -> 01:30 +10:30.
    expect(bucketKeys(at("2026-04-04T14:45:00Z"), "Australia/Lord_Howe").hourly).toBe("2026-04-05T01:00+11:00");
    expect(bucketKeys(at("2026-04-04T15:15:00Z"), "Australia/Lord_Howe").hourly).toBe("2026-04-05T01:00+10:30");
  });

  it("follows the DST spring-forward gap", () => {
    // Berlin, 2026-03-29: 02:00 CET -> 03:00 CEST; local 02:xx does not exist.
    expect(bucketKeys(at("2026-03-29T00:59:00Z"), "Europe/Berlin").hourly).toBe("2026-03-29T01:00+01:00");
    expect(bucketKeys(at("2026-03-29T01:00:00Z"), "Europe/Berlin").hourly).toBe("2026-03-29T03:00+02:00");
    expect(calendarFields(at("2026-03-29T01:00:00Z"), "Europe/Berlin")).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 3,
      minute: 0,
      offsetMinutes: 120,
    });
  });

  it("knows offsets, including half and three-quarter hours", () => {
    expect(calendarFields(at("2026-07-01T00:00:00Z"), "America/New_York").offsetMinutes).toBe(-240);
    expect(calendarFields(at("2026-01-01T00:00:00Z"), "America/New_York").offsetMinutes).toBe(-300);
    expect(calendarFields(at("2026-07-01T00:00:00Z"), "Australia/Lord_Howe").offsetMinutes).toBe(630);
    expect(calendarFields(at("2026-07-01T00:00:00Z"), "Asia/Kolkata").offsetMinutes).toBe(330);
    expect(calendarFields(at("2026-07-01T00:00:00Z"), "Pacific/Chatham").offsetMinutes).toBe(12 * 60 + 45);
    expect(formatOffset(-570)).toBe("-09:30");
    expect(formatOffset(0)).toBe("+00:00");
  });

  it("tells known time zones from unknown ones", () => {
    for (const zone of TIMEZONES) expect(isKnownTimezone(zone)).toBe(true);
    expect(isKnownTimezone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimezone("")).toBe(false);
    expect(() => calendarFields(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("agrees with a textbook ISO week formula on every day from 1900 to 2400", () => {
    for (let day = Date.UTC(1900, 0, 1); day < Date.UTC(2400, 0, 1); day += 86_400_000) {
      const date = new Date(day);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const week = isoWeek(y, m, d);
      const expected = oracleIsoWeek(y, m, d);
      if (`${week.year}-W${String(week.week).padStart(2, "0")}` !== expected) {
        expect(`${y}-${m}-${d}: ${week.year}-W${week.week}`).toBe(expected);
      }
    }
  });

  it("agrees with independently formatted local dates in every test zone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...TIMEZONES),
        (ms, zone) => {
          const date = new Date(ms);
          const keys = bucketKeys(date, zone);
          expect(keys.daily).toBe(oracleKey("daily", date, zone));
          expect(keys.weekly).toBe(oracleKey("weekly", date, zone));
          expect(keys.monthly).toBe(oracleKey("monthly", date, zone));
          expect(keys.yearly).toBe(oracleKey("yearly", date, zone));
          const [, hour = "", offset = ""] = /^\S+ (\d\d) GMT(.*)$/.exec(oracleKey("hourly", date, zone)) ?? [];
          expect(keys.hourly).toBe(`${keys.daily}T${hour}:00${offset === "" ? "+00:00" : offset}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never goes back in time: later instants have the same or later keys", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: 0, max: 3 * 3_600_000 }),
        fc.constantFrom(...TIMEZONES),
        (ms, step, zone) => {
          const a = bucketKeys(new Date(ms), zone);
          const b = bucketKeys(new Date(ms + step), zone);
          for (const rule of ["daily", "weekly", "monthly", "yearly"] as const) expect(a[rule] <= b[rule]).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
