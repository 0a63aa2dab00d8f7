import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DURATION_UNITS, formatDuration, parseDuration } from "../../src/config/duration.ts";
import { parseSize } from "../../src/config/size.ts";
import { formatBytes as formatSize } from "../../src/format.ts";
import { UsageError } from "../../src/errors.ts";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function usageErrorOf(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error("expected a UsageError");
}

describe("parseDuration", () => {
  it.each([
    ["26h", 26 * HOUR],
    ["8d", 8 * DAY],
    ["2w", 14 * DAY],
    ["90min", 90 * MINUTE],
    ["45s", 45 * SECOND],
    ["250ms", 250],
    ["1mo", 30 * DAY],
    ["1y", 365 * DAY],
    ["1y6mo", 545 * DAY],
    ["1y2mo3d4h", (365 + 60 + 3) * DAY + 4 * HOUR],
    ["1y 2mo 3d 4h", (365 + 60 + 3) * DAY + 4 * HOUR],
    ["  7d ", 7 * DAY],
    ["1d12h30min15s", DAY + 12 * HOUR + 30 * MINUTE + 15 * SECOND],
    ["0d", 0],
  ])("reads %j as %d ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    ["90m", /"m" is ambiguous: write "90min" for minutes or "90mo" for months/],
    ["1y2m", /"m" is ambiguous/],
    ["1.5h", /whole numbers/],
    ["3600", /a unit is required/],
    ["", /empty/],
    ["   ", /empty/],
    ["1d1d", /must come once, after larger units/],
    ["12h1d", /must come once, after larger units/],
    ["5 days", /unknown unit "days"/],
    ["2H", /lower case/],
    ["7D", /lower case/],
    ["-1d", /cannot read "-1d"/],
    ["d", /cannot read "d"/],
    ["1d junk", /cannot read "junk"/],
    ["2fortnights", /unknown unit "fortnights"/],
    ["99999999999999999y", /too large/],
  ])("refuses %j, naming the value and the accepted forms", (text, why) => {
    const error = usageErrorOf(() => parseDuration(text));
    expect(error.message).toContain(`"${text}"`);
    expect(error.message).toMatch(why);
    expect(error.hint).toMatch(/26h, 8d, 2w, 90min or 1y6mo/);
  });

  it("formats readable forms that parse back", () => {
    expect(formatDuration(7 * DAY)).toBe("1w");
    expect(formatDuration(8 * DAY)).toBe("8d");
    expect(formatDuration(90 * DAY)).toBe("90d");
    expect(formatDuration(365 * DAY)).toBe("1y");
    expect(formatDuration(26 * HOUR)).toBe("1d2h");
    expect(formatDuration(90 * MINUTE)).toBe("1h30min");
    expect(formatDuration(1500)).toBe("1s500ms");
    expect(formatDuration(0)).toBe("0s");
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(1.5)).toThrow(RangeError);
  });

  it("round-trips every whole number of milliseconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 365 * DAY }), (ms) => {
        const text = formatDuration(ms);
        expect(parseDuration(text)).toBe(ms);
        // A formatted duration is already canonical.
        expect(formatDuration(parseDuration(text))).toBe(text);
      }),
    );
  });

  it("sums any valid sequence of parts, largest unit first", () => {
    const units = Object.keys(DURATION_UNITS) as (keyof typeof DURATION_UNITS)[];
    fc.assert(
      fc.property(
        fc.subarray(units, { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: units.length, maxLength: units.length }),
        fc.constantFrom("", " "),
        (chosen, counts, gap) => {
          const ordered = units.filter((unit) => chosen.includes(unit));
          const text = ordered.map((unit, i) => `${counts[i]}${unit}`).join(gap);
          const expected = ordered.reduce((sum, unit, i) => sum + (counts[i] ?? 0) * DURATION_UNITS[unit], 0);
          expect(parseDuration(text)).toBe(expected);
        },
      ),
    );
  });
});

describe("parseSize", () => {
  it.each([
    ["10GB", 10_000_000_000],
    ["500MiB", 500 * 1024 ** 2],
    ["1.5 GB", 1_500_000_000],
    ["1.5GiB", 1.5 * 1024 ** 3],
    ["10 kb", 10_000],
    ["2KiB", 2048],
    ["1TB", 1e12],
    ["1 PiB", 1024 ** 5],
    ["123B", 123],
    ["1024", 1024],
    ["0", 0],
    ["0.5kB", 500],
  ])("reads %j as %d bytes", (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each([
    ["10G", /"G" is ambiguous: write "10GB" \(powers of 1000\) or "10GiB" \(powers of 1024\)/],
    ["5k", /"k" is ambiguous: write "5kB"/],
    ["1.5", /bare number is bytes and must be whole/],
    ["", /empty/],
    ["-1GB", /negative/],
    ["10 GBs", /unknown unit "GBs"/],
    ["ten GB", /cannot read/],
    ["1e3", /cannot read/],
    ["99999999 PB", /too large/],
  ])("refuses %j, naming the value", (text, why) => {
    const error = usageErrorOf(() => parseSize(text));
    expect(error.message).toContain(`"${text}"`);
    expect(error.message).toMatch(why);
    expect(error.hint).toMatch(/10GB, 1.5 GB or 500MiB/);
  });

  it("formats with IEC units and at most one decimal", () => {
    expect(formatSize(0)).toBe("0 B");
    expect(formatSize(1023)).toBe("1023 B");
    expect(formatSize(1024)).toBe("1 KiB");
    expect(formatSize(1536)).toBe("1.5 KiB");
    expect(formatSize(500 * 1024 ** 2)).toBe("500 MiB");
    expect(formatSize(1024 ** 2 - 1)).toBe("1 MiB");
    expect(formatSize(10_000_000_000)).toBe("9.3 GiB");
    expect(formatSize(-1)).toBe("-1");
  });

  it("formats within 5% of the value, and the text parses back close to it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1024, max: 7 * 1024 ** 5 }), (bytes) => {
        const text = formatSize(bytes).replace(" ", "");
        const back = parseSize(text);
        expect(Math.abs(back - bytes) / bytes).toBeLessThan(0.05);
      }),
    );
  });
});
