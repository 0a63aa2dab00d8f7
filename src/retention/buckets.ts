/**
 * Calendar buckets for retention: which hour, day, ISO week, month and year an instant falls in,
 * read on the wall clock of an IANA time zone (Intl.DateTimeFormat, no time zone tables of our own).
 *
 * - Days, months and years are the local calendar's: 23:30 in New York on 24 November is in day
 *   2026-11-24 even though it is already the 25th in UTC.
 * - Weeks are ISO 8601 weeks, Monday to Sunday, numbered in the ISO week-year: 2025-12-29 (a
 *   Monday) is in 2026-W01, and 2027-01-01 (a Friday) is in 2026-W53.
 * - Hours carry the UTC offset, so the hour a DST fall-back repeats (01:00-02:00 twice in New York)
 *   is two hours, two buckets, as it is two hours of elapsed time. Days are not split that way:
 *   a 25-hour day is still one day.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Wall-clock fields of one instant in one time zone. `offsetMinutes` is local minus UTC. */
export interface CalendarFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly offsetMinutes: number;
}

/** The bucket each calendar rule puts an instant in; keys compare equal exactly when the periods are the same. */
export interface BucketKeys {
  /** `2026-03-08T01:00-05:00` */
  readonly hourly: string;
  /** `2026-11-24` */
  readonly daily: string;
  /** `2026-W48` (ISO week-year and week) */
  readonly weekly: string;
  /** `2026-11` */
  readonly monthly: string;
  /** `2026` */
  readonly yearly: string;
}

export const DEFAULT_TIMEZONE = "UTC";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** True when the runtime knows `timezone` as an IANA name (or another form Intl accepts, such as `UTC`). */
export function isKnownTimezone(timezone: string): boolean {
  if (timezone.trim() === "") return false;
  try {
    formatterFor(timezone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds since the epoch of a proleptic Gregorian wall-clock time read as UTC (years 0-99 included). */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Throws RangeError for an invalid date or an unknown time zone (callers validate the zone first). */
export function calendarFields(instant: Date, timezone: string = DEFAULT_TIMEZONE): CalendarFields {
  const time = instant.getTime();
  if (!Number.isFinite(time)) throw new RangeError("invalid date");
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timezone).formatToParts(instant)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === "BC" || parts.era === "B" ? 1 - yearOfEra : yearOfEra;
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const wholeSecond = Math.floor(time / 1000) * 1000;
  const offsetMinutes = Math.round((utcMs(year, month, day, hour, minute, second) - wholeSecond) / 60_000);
  return { year, month, day, hour, minute, offsetMinutes };
}

/** ISO 8601 week-year and week number of a calendar date. */
export function isoWeek(year: number, month: number, day: number): { readonly year: number; readonly week: number } {
  const date = utcMs(year, month, day);
  const mondayBased = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = new Date(date + (3 - mondayBased) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - utcMs(weekYear, 1, 1)) / (7 * DAY_MS));
  return { year: weekYear, week };
}

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, "0");
  return value < 0 ? `-${digits}` : digits;
}

/** `+05:30`, `-04:00`, `+00:00` */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

export function bucketKeys(instant: Date, timezone: string = DEFAULT_TIMEZONE): BucketKeys {
  const fields = calendarFields(instant, timezone);
  const year = pad(fields.year, 4);
  const date = `${year}-${pad(fields.month, 2)}-${pad(fields.day, 2)}`;
  const week = isoWeek(fields.year, fields.month, fields.day);
  return {
    hourly: `${date}T${pad(fields.hour, 2)}:00${formatOffset(fields.offsetMinutes)}`,
    daily: date,
    weekly: `${pad(week.year, 4)}-W${pad(week.week, 2)}`,
    monthly: `${year}-${pad(fields.month, 2)}`,
    yearly: year,
  };
}
