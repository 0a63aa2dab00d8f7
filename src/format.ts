const UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"] as const;

/**
 * `0 B`, `1023 B`, `1.5 KiB`, `500 MiB`, `9.3 GiB`: powers of 1024, at most one decimal. The one
 * byte format of the CLI, the job summary, notifications and config errors; it parses back with
 * `parseSize`. A value that is not a size (negative, NaN) is shown as it is.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  let exponent = 0;
  while (exponent < UNITS.length - 1 && bytes >= 1024 ** (exponent + 1)) exponent++;
  if (exponent === 0) return `${Math.round(bytes)} B`;
  let value = Math.round((bytes / 1024 ** exponent) * 10) / 10;
  // 1023.96 KiB rounds to 1024.0: say 1 MiB instead.
  if (value >= 1024 && exponent < UNITS.length - 1) {
    exponent++;
    value = Math.round((bytes / 1024 ** exponent) * 10) / 10;
  }
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)} ${UNITS[exponent]}`;
}

/** Elapsed time: `250 ms`, `2.1 s`, `1 min 5 s`, `2 h 3 min`. A value that is not a time is shown as it is. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return String(ms);
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min ${s} s`;
}

/** A plain text table, columns padded to their widest cell. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(headers), ...rows.map(line)].join("\n");
}
