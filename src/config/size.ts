import { UsageError } from "../errors.ts";

/**
 * Sizes such as `max-size: 10GB` or `part-size: 500MiB`.
 *
 * Grammar (unit letters in any case, optional space before the unit):
 *
 *     size := number [ unit ]
 *     number := digits [ "." digits ]
 *     unit := "B" | "kB" | "MB" | "GB" | "TB" | "PB"      powers of 1000 (SI)
 *           | "KiB" | "MiB" | "GiB" | "TiB" | "PiB"        powers of 1024 (IEC)
 *
 * A bare number is bytes and must be whole. Fractions of a unit round to the nearest byte
 * (`1.5 GB` is 1500000000). `K`, `M`, `G`... without `B` or `iB` are refused: they are read as
 * 1000 by some tools and 1024 by others.
 */

const SI = ["b", "kb", "mb", "gb", "tb", "pb"] as const;
const IEC = ["", "kib", "mib", "gib", "tib", "pib"] as const;
const FORMS =
  "a number and a unit, such as 10GB, 1.5 GB or 500MiB (kB, MB, GB, TB, PB are powers of 1000; KiB, MiB, GiB, TiB, PiB powers of 1024; a bare number is bytes)";

function invalid(text: string, why: string): UsageError {
  return new UsageError(`invalid size "${text}": ${why}`, { hint: `write ${FORMS}` });
}

function multiplier(unit: string): number | undefined {
  const lower = unit.toLowerCase();
  const si = SI.indexOf(lower as (typeof SI)[number]);
  if (si >= 0) return 1000 ** si;
  const iec = IEC.indexOf(lower as (typeof IEC)[number]);
  if (iec > 0) return 1024 ** iec;
  return undefined;
}

/** Bytes in `text`; throws UsageError naming the value and the accepted forms. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/.exec(text.trim());
  if (match === null) {
    if (text.trim() === "") throw invalid(text, "it is empty");
    if (/^-/.test(text.trim())) throw invalid(text, "it is negative");
    throw invalid(text, "cannot read it");
  }
  const [, number = "", unit = ""] = match;
  const value = Number(number);
  let bytes: number;
  if (unit === "") {
    if (!Number.isInteger(value)) throw invalid(text, "a bare number is bytes and must be whole");
    bytes = value;
  } else {
    const factor = multiplier(unit);
    if (factor === undefined) {
      if (/^[kmgtp]$/i.test(unit)) {
        const u = unit.toUpperCase();
        throw invalid(
          text,
          `"${unit}" is ambiguous: write "${number}${u === "K" ? "k" : u}B" (powers of 1000) or "${number}${u}iB" (powers of 1024)`,
        );
      }
      throw invalid(text, `unknown unit "${unit}"`);
    }
    bytes = Math.round(value * factor);
  }
  if (!Number.isSafeInteger(bytes)) throw invalid(text, "it is too large");
  return bytes;
}
