import { OptionReader } from "./raw.ts";

/** GitHub keeps an artifact from 1 to 400 days (at most 90 on public repositories). */
export const RETENTION_DAYS_RANGE = [1, 400] as const;

/** The destinations `retention-days` means something for: GitHub deletes artifacts after it. */
export function isArtifactSpec(spec: string): boolean {
  return /^artifact:/i.test(spec.trim());
}

/**
 * `retention-days` (flag, action input, or `STRONGROOM_RETENTION_DAYS`); a problem when it is not
 * a whole number of days, or when no destination is an artifact (others keep backups until
 * `rotate` removes them, so the value would be silently ignored).
 */
export function readRetentionDays(reader: OptionReader, destinations: readonly string[]): number | undefined {
  const given = reader.string("retention-days") !== undefined;
  const days = given
    ? reader.integer("retention-days", RETENTION_DAYS_RANGE)
    : envRetentionDays(reader.env, reader.problems);
  if (days !== undefined && given && !destinations.some(isArtifactSpec)) {
    reader.problems.push(
      "--retention-days applies only to artifact: destinations (GitHub deletes artifacts after it); other destinations keep backups until rotate removes them",
    );
  }
  return days;
}

/** `STRONGROOM_RETENTION_DAYS`, read like the flag; problems go to `problems`. */
export function envRetentionDays(env: NodeJS.ProcessEnv, problems?: string[]): number | undefined {
  const text = env.STRONGROOM_RETENTION_DAYS;
  if (text === undefined || text.trim() === "") return undefined;
  const reader = new OptionReader({ "retention-days": text }, env);
  const days = reader.integer("retention-days", RETENTION_DAYS_RANGE);
  if (problems) problems.push(...reader.problems.map((p) => `${p} (from STRONGROOM_RETENTION_DAYS)`));
  else reader.finish();
  return days;
}
