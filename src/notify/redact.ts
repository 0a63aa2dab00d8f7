import type { RunReport } from "./run-report.ts";

export const REDACTED = "***";

/** Credentials inside any URL-looking text: `scheme://user:pass@` -> `scheme://***@`. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;
/** libpq keyword form: `password=secret`. */
const KEYWORD_PASSWORD = /\b(password|passwd|pwd)=('[^']*'|\S+)/gi;

/** Replace every secret (longest first) and every URL credential in one string. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret) out = out.split(secret).join(REDACTED);
  }
  return out.replace(URL_USERINFO, `$1${REDACTED}@`).replace(KEYWORD_PASSWORD, `$1=${REDACTED}`);
}

/** A deep copy of the report with every string redacted. */
export function redactReport(report: RunReport, secrets: readonly string[]): RunReport {
  return redactValue(report, secrets) as RunReport;
}

function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, secrets)]));
  }
  return value;
}
