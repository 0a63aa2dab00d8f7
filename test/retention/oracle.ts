/**
 * Independent, deliberately simple re-implementations used to check src/retention: calendar keys
 * from `toLocaleString`-style formatting and textbook ISO week arithmetic (no shared code with
 * src/retention/buckets.ts), and a "group by period, sort, take N" retention oracle.
 */
import type { CatalogEntry, RetentionPolicy } from "../../src/retention/policy.ts";

export const TIMEZONES = [
  "UTC",
  "America/New_York",
  "Europe/Berlin",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "America/Sao_Paulo",
] as const;

function sakamotoWeekday(year: number, month: number, day: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const sunday0 = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (t[month - 1] ?? 0) + day) % 7;
  return sunday0 === 0 ? 7 : sunday0; // 1 = Monday ... 7 = Sunday
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function dayOfYear(year: number, month: number, day: number): number {
  const lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths.slice(0, month - 1).reduce((a, b) => a + b, 0) + day;
}

function weeksInYear(year: number): number {
  const p = (y: number) => (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
  return p(year) === 4 || p(year - 1) === 3 ? 53 : 52;
}

/** The textbook ISO 8601 week: week = floor((ordinal - weekday + 10) / 7), then fix the edges. */
export function oracleIsoWeek(year: number, month: number, day: number): string {
  const week = Math.floor((dayOfYear(year, month, day) - sakamotoWeekday(year, month, day) + 10) / 7);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (week < 1) return `${year - 1}-W${pad(weeksInYear(year - 1))}`;
  if (week > weeksInYear(year)) return `${year + 1}-W01`;
  return `${year}-W${pad(week)}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Local date and time as "YYYY-MM-DD HH:mm GMT+hh:mm" via the en-CA locale and longOffset. */
function localParts(date: Date, timezone: string): { ymd: string; hour: string; offset: string } {
  let format = dateFormats.get(timezone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    });
    dateFormats.set(timezone, format);
  }
  const text = format.format(date); // "2026-11-24, 23 GMT-05:00"
  const match = /^(\d{4}-\d{2}-\d{2}), (\d{2}) (GMT.*)$/.exec(text);
  if (match === null) throw new Error(`unexpected en-CA format ${text}`);
  return { ymd: match[1] ?? "", hour: match[2] ?? "", offset: match[3] ?? "" };
}

export type OracleRule = "last" | "hourly" | "daily" | "weekly" | "monthly" | "yearly";

export function oracleKey(rule: Exclude<OracleRule, "last">, date: Date, timezone: string): string {
  const { ymd, hour, offset } = localParts(date, timezone);
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  switch (rule) {
    case "hourly":
      return `${ymd} ${hour} ${offset}`;
    case "daily":
      return ymd;
    case "weekly":
      return oracleIsoWeek(y, m, d);
    case "monthly":
      return ymd.slice(0, 7);
    case "yearly":
      return ymd.slice(0, 4);
  }
}

const OPTION: Record<OracleRule, keyof RetentionPolicy> = {
  last: "keepLast",
  hourly: "keepHourly",
  daily: "keepDaily",
  weekly: "keepWeekly",
  monthly: "keepMonthly",
  yearly: "keepYearly",
};

/**
 * The entries `rule` keeps in one group, by the definition: take the counted backups, put them in
 * periods, order the periods by their newest backup, take the N most recent, and pick each one's
 * newest (or oldest) backup.
 */
export function oracleKeptBy(rule: OracleRule, group: readonly CatalogEntry[], policy: RetentionPolicy): Set<string> {
  const count = (policy[OPTION[rule]] as number | undefined) ?? 0;
  const counted = group.filter((e) => e.complete && (!policy.countVerifiedOnly || e.verified === "passed"));
  const periods = new Map<string, CatalogEntry[]>();
  for (const entry of counted) {
    const key = rule === "last" ? entry.id : oracleKey(rule, entry.createdAt, policy.timezone ?? "UTC");
    periods.set(key, [...(periods.get(key) ?? []), entry]);
  }
  const byTimeDesc = (a: CatalogEntry, b: CatalogEntry) =>
    b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  const ordered = [...periods.values()].map((members) => members.sort(byTimeDesc));
  ordered.sort((a, b) => byTimeDesc(a[0]!, b[0]!));
  return new Set(
    ordered
      .slice(0, count)
      .map((members) => (policy.periodRepresentative === "oldest" ? members.at(-1)! : members[0]!).id),
  );
}
