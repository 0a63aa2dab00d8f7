import { COUNT_OPTIONS, type RetentionPolicy, validatePolicy } from "../retention/policy.ts";
import { parseDuration } from "./duration.ts";
import { OptionReader, type RawOptions } from "./raw.ts";

export interface RotateConfig {
  readonly from: string;
  readonly policy: RetentionPolicy;
  readonly dryRun: boolean;
  /** Data objects without a manifest are removed once older than this (a crashed backup's leftovers). */
  readonly graceMs: number;
}

export const DEFAULT_GRACE = "1d";
/**
 * The shortest grace period accepted: longer than any upload takes, so a rotation beside a
 * running backup never removes that backup's data object before its manifest is written.
 */
export const MIN_GRACE = "1h";

export function readPolicy(reader: OptionReader): RetentionPolicy {
  const policy: { -readonly [K in keyof RetentionPolicy]: RetentionPolicy[K] } = {};
  for (const { option, input } of COUNT_OPTIONS) {
    const value = reader.integer(input, [0, 1_000_000]);
    if (value !== undefined) policy[option] = value;
  }
  const within = reader.parsed("keep-within", parseDuration);
  if (within !== undefined) policy.keepWithin = within;
  const timezone = reader.string("timezone");
  if (timezone !== undefined) policy.timezone = timezone;
  policy.periodRepresentative = reader.choice("period-representative", ["newest", "oldest"] as const, "newest");
  policy.countVerifiedOnly = reader.boolean("count-verified-only");
  reader.problems.push(...validatePolicy(policy));
  return policy;
}

export function parseRotateConfig(raw: RawOptions, env: NodeJS.ProcessEnv): RotateConfig {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination to rotate");
  const policy = readPolicy(reader);
  const dryRun = reader.boolean("dry-run");
  const graceMs = reader.parsed("grace-period", parseDuration) ?? parseDuration(DEFAULT_GRACE);
  if (graceMs < parseDuration(MIN_GRACE)) {
    reader.problems.push(
      `--grace-period must be at least ${MIN_GRACE}: a shorter one lets rotation remove the data of a backup that another run is still writing`,
    );
  }
  reader.finish();
  return Object.freeze({ from, policy, dryRun, graceMs });
}
