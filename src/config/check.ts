import { parseDuration } from "./duration.ts";
import { OptionReader, type RawOptions } from "./raw.ts";
import { parseSize } from "./size.ts";

export interface CheckConfig {
  readonly from: string;
  readonly maxAgeMs: number | undefined;
  readonly maxUnverifiedAgeMs: number | undefined;
  readonly minCount: number | undefined;
  readonly maxTotalSize: number | undefined;
}

export function parseCheckConfig(raw: RawOptions, env: NodeJS.ProcessEnv): CheckConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination to check");
  const maxAgeMs = reader.parsed("max-age", parseDuration);
  const maxUnverifiedAgeMs = reader.parsed("max-unverified-age", parseDuration);
  const minCount = reader.integer("min-count", [0, 1_000_000]);
  const maxTotalSize = reader.parsed("max-total-size", parseSize);
  if (
    maxAgeMs === undefined &&
    maxUnverifiedAgeMs === undefined &&
    minCount === undefined &&
    maxTotalSize === undefined &&
    !reader.problems.length
  ) {
    reader.problems.push(
      "give at least one limit: --max-age 26h, --max-unverified-age 8d, --min-count N or --max-total-size 10GB",
    );
  }
  reader.finish();
  return Object.freeze({ from, maxAgeMs, maxUnverifiedAgeMs, minCount, maxTotalSize });
}
