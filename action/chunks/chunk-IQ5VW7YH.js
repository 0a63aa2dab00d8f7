import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  UsageError
} from "./chunk-SI3IGW5R.js";

// src/config/size.ts
var SI = ["b", "kb", "mb", "gb", "tb", "pb"];
var IEC = ["", "kib", "mib", "gib", "tib", "pib"];
var FORMS = "a number and a unit, such as 10GB, 1.5 GB or 500MiB (kB, MB, GB, TB, PB are powers of 1000; KiB, MiB, GiB, TiB, PiB powers of 1024; a bare number is bytes)";
function invalid(text, why) {
  return new UsageError(`invalid size "${text}": ${why}`, { hint: `write ${FORMS}` });
}
function multiplier(unit) {
  const lower = unit.toLowerCase();
  const si = SI.indexOf(lower);
  if (si >= 0) return 1e3 ** si;
  const iec = IEC.indexOf(lower);
  if (iec > 0) return 1024 ** iec;
  return void 0;
}
function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/.exec(text.trim());
  if (match === null) {
    if (text.trim() === "") throw invalid(text, "it is empty");
    if (/^-/.test(text.trim())) throw invalid(text, "it is negative");
    throw invalid(text, "cannot read it");
  }
  const [, number = "", unit = ""] = match;
  const value = Number(number);
  let bytes;
  if (unit === "") {
    if (!Number.isInteger(value)) throw invalid(text, "a bare number is bytes and must be whole");
    bytes = value;
  } else {
    const factor = multiplier(unit);
    if (factor === void 0) {
      if (/^[kmgtp]$/i.test(unit)) {
        const u = unit.toUpperCase();
        throw invalid(
          text,
          `"${unit}" is ambiguous: write "${number}${u === "K" ? "k" : u}B" (powers of 1000) or "${number}${u}iB" (powers of 1024)`
        );
      }
      throw invalid(text, `unknown unit "${unit}"`);
    }
    bytes = Math.round(value * factor);
  }
  if (!Number.isSafeInteger(bytes)) throw invalid(text, "it is too large");
  return bytes;
}

export {
  parseSize
};
