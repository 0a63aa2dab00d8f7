import { UsageError } from "../errors.ts";

/**
 * Durations such as `keep-within: 8d` or `max-age: 26h`.
 *
 * Grammar (lower case, whitespace allowed between parts):
 *
 *     duration := part { part }
 *     part     := digits unit
 *     unit     := "y" | "mo" | "w" | "d" | "h" | "min" | "s" | "ms"
 *
 * - Each unit appears at most once, largest first: `1y6mo`, `2w3d`, `1d12h`, `90min`, `26h`.
 * - Whole numbers only (write `90min`, not `1.5h`).
 * - `y` is 365 days and `mo` is 30 days: a duration is a fixed number of milliseconds, not a
 *   calendar step (restic's `--keep-within 1y2m` is `1y2mo` here, and means 425 days).
 * - A bare `m` is refused: restic reads it as months and most other tools as minutes, so it is
 *   ambiguous by design. `min` is minutes and `mo` is months.
 * - A bare number is refused: a unit is always required.
 */

export const DURATION_UNITS = {
  y: 365 * 86_400_000,
  mo: 30 * 86_400_000,
  w: 7 * 86_400_000,
  d: 86_400_000,
  h: 3_600_000,
  min: 60_000,
  s: 1_000,
  ms: 1,
} as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

const ORDER = Object.keys(DURATION_UNITS) as DurationUnit[];
const FORMS =
  "a whole number and a unit, largest first, such as 26h, 8d, 2w, 90min or 1y6mo (units: y = 365d, mo = 30d, w, d, h, min, s, ms)";
const PART = /(\d+)\s*([a-z]+)\s*/y;

function invalid(text: string, why: string): UsageError {
  return new UsageError(`invalid duration "${text}": ${why}`, { hint: `write ${FORMS}` });
}

function isUnit(unit: string): unit is DurationUnit {
  return Object.hasOwn(DURATION_UNITS, unit);
}

/** Milliseconds in `text`; throws UsageError naming the value and the accepted forms. */
export function parseDuration(text: string): number {
  const input = text.trim();
  if (input === "") throw invalid(text, "it is empty");
  if (input !== input.toLowerCase()) throw invalid(text, "units are lower case (d, h, min, mo)");
  if (/^\d+$/.test(input)) throw invalid(text, `a unit is required (did you mean "${input}s" or "${input}d"?)`);
  let total = 0;
  let previous = -1;
  PART.lastIndex = 0;
  while (PART.lastIndex < input.length) {
    const at = PART.lastIndex;
    const match = PART.exec(input);
    if (match === null) {
      const rest = input.slice(at);
      if (/^\d*[.,]\d/.test(rest)) throw invalid(text, "use whole numbers (write 90min rather than 1.5h)");
      throw invalid(text, `cannot read "${rest}"`);
    }
    const [, digits = "", unit = ""] = match;
    if (unit === "m") {
      throw invalid(text, `"m" is ambiguous: write "${digits}min" for minutes or "${digits}mo" for months`);
    }
    if (!isUnit(unit)) throw invalid(text, `unknown unit "${unit}"`);
    const rank = ORDER.indexOf(unit);
    if (rank <= previous) throw invalid(text, `"${unit}" must come once, after larger units (as in 1y6mo or 1d12h)`);
    previous = rank;
    total += Number(digits) * DURATION_UNITS[unit];
  }
  if (!Number.isSafeInteger(total)) throw invalid(text, "it is too large");
  return total;
}

/**
 * A readable form that parses back to the same milliseconds: whole years, weeks or days in that
 * one unit (`1y`, `2w`, `8d` rather than `1w1d`, `90d` rather than `3mo`), anything else as
 * years, days, hours, minutes, seconds, milliseconds, largest first (`1d12h`, `1h30min`, `1y5d`).
 */
export function formatDuration(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`cannot format duration ${ms}`);
  if (ms === 0) return "0s";
  for (const unit of ["y", "w", "d"] as const) {
    const size = DURATION_UNITS[unit];
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  let rest = ms;
  let text = "";
  for (const unit of ["y", "d", "h", "min", "s", "ms"] as const) {
    const size = DURATION_UNITS[unit];
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text;
}
