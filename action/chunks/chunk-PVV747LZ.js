import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);

// src/format.ts
var UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
function formatBytes(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  let exponent = 0;
  while (exponent < UNITS.length - 1 && bytes >= 1024 ** (exponent + 1)) exponent++;
  if (exponent === 0) return `${Math.round(bytes)} B`;
  let value = Math.round(bytes / 1024 ** exponent * 10) / 10;
  if (value >= 1024 && exponent < UNITS.length - 1) {
    exponent++;
    value = Math.round(bytes / 1024 ** exponent * 10) / 10;
  }
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)} ${UNITS[exponent]}`;
}
function formatMs(ms) {
  if (!Number.isFinite(ms) || ms < 0) return String(ms);
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const seconds = ms / 1e3;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor(whole % 3600 / 60);
  const s = whole % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min ${s} s`;
}
function textTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(headers), ...rows.map(line)].join("\n");
}

export {
  formatBytes,
  formatMs,
  textTable
};
