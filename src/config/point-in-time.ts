const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads `--at`: an ISO 8601 time with a zone (`2026-11-20T09:00Z`, `…T10:00+01:00`), or a bare
 * date, which means the end of that day in UTC. A time without a zone is refused rather than
 * read in this machine's zone, which may not be the user's.
 */
export function parsePointInTime(text: string): Date {
  const trimmed = text.trim();
  const bare = BARE_DATE.exec(trimmed);
  if (bare) {
    const [, year, month, day] = bare.map(Number) as [number, number, number, number];
    const end = new Date(Date.UTC(year, month - 1, day, 23, 59, 59, 999));
    if (end.getUTCMonth() !== month - 1 || end.getUTCDate() !== day) throw new Error(`'${trimmed}' is not a date`);
    return end;
  }
  if (!DATE_TIME.test(trimmed)) {
    const hint = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(trimmed) ? " (add Z for UTC, or an offset such as +01:00)" : "";
    throw new Error(`'${trimmed}' is not an ISO 8601 time with a zone, like 2026-11-20T09:00Z or 2026-11-20${hint}`);
  }
  const time = new Date(trimmed.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  if (Number.isNaN(time.getTime())) throw new Error(`'${trimmed}' is not a valid time`);
  return time;
}
