import type { RetentionPolicy } from "../retention/policy.ts";
import { COUNT_OPTIONS } from "../retention/policy.ts";
import { parseDuration } from "./duration.ts";
import { OptionReader, type RawOptions } from "./raw.ts";
import { readPolicy } from "./rotate.ts";

export interface ReportConfig {
  /** Every destination to read; one that cannot be read appears on the page as such. */
  readonly from: readonly string[];
  readonly out: string;
  /** A source whose newest backup is older than this is stale. */
  readonly maxAgeMs: number;
  /** The rotation policy, when given: the calendar and the next-rotation plan follow it. */
  readonly policy: RetentionPolicy | undefined;
  readonly timezone: string;
}

export const DEFAULT_MAX_AGE = "26h";

export function parseReportConfig(raw: RawOptions, env: NodeJS.ProcessEnv): ReportConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.list("from");
  if (from.length === 0) reader.problems.push("--from is required: the destination(s) to report on");
  const out = reader.required("out", "the folder to write index.html, badge.svg and status.json into");
  const maxAgeMs = reader.parsed("max-age", parseDuration) ?? parseDuration(DEFAULT_MAX_AGE);
  const givesPolicy =
    COUNT_OPTIONS.some(({ input }) => reader.string(input) !== undefined) || reader.string("keep-within") !== undefined;
  const policy = givesPolicy ? readPolicy(reader) : undefined;
  const timezone = policy?.timezone ?? reader.string("timezone") ?? "UTC";
  reader.finish();
  return Object.freeze({ from, out, maxAgeMs, policy, timezone });
}
