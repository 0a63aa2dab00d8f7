import { readCatalog } from "../catalog/catalog.ts";
import type { CheckConfig } from "../config/check.ts";
import { formatDuration } from "../config/duration.ts";
import { openDestination } from "../destinations/open.ts";
import { CheckFailedError } from "../errors.ts";
import { formatBytes } from "../format.ts";
import { openContext, type RunContext } from "../run-context.ts";

/** Ages to the minute: "2d", "1d2h3min". */
function age(ms: number): string {
  return formatDuration(Math.max(60_000, Math.round(ms / 60_000) * 60_000));
}

export interface CheckResult {
  readonly destination: string;
  readonly ok: boolean;
  readonly problems: readonly string[];
  readonly count: number;
  readonly newest?: { readonly id: string; readonly createdAt: string; readonly ageMs: number };
  readonly newestVerified?: { readonly id: string; readonly verifiedAt: string; readonly ageMs: number };
  readonly totalSize: number;
}

/**
 * The dead man's switch: fails when the newest complete backup is too old, the newest verified
 * one is too old, there are too few, or they take too much room. An empty destination fails.
 */
export async function runCheck(config: CheckConfig, context: RunContext, now: Date = new Date()): Promise<CheckResult> {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination, now);
  for (const bad of catalog.unreadable)
    context.log.warn(`${destination.display}: damaged entry ${bad.name} (not counted): ${bad.reason}`);
  const complete = catalog.backups.filter((b) => b.object?.size === b.manifest.size);
  const problems: string[] = [];
  const totalSize = catalog.objects.reduce((sum, o) => sum + o.size, 0);
  const newestEntry = complete[0];
  const newest = newestEntry && {
    id: newestEntry.manifest.id,
    createdAt: newestEntry.manifest.createdAt,
    ageMs: now.getTime() - Date.parse(newestEntry.manifest.createdAt),
  };
  const verifiedEntry = complete
    .filter((b) => b.verification?.ok)
    .sort((a, b) => Date.parse(b.manifest.createdAt) - Date.parse(a.manifest.createdAt))[0];
  const newestVerified = verifiedEntry?.verification && {
    id: verifiedEntry.manifest.id,
    verifiedAt: verifiedEntry.verification.verifiedAt,
    ageMs: now.getTime() - Date.parse(verifiedEntry.manifest.createdAt),
  };
  if (!newest) problems.push(`no complete backup in ${destination.display}`);
  if (newest && config.maxAgeMs !== undefined && newest.ageMs > config.maxAgeMs) {
    problems.push(
      `the newest backup (${newest.id}) is ${age(newest.ageMs)} old, more than the ${formatDuration(config.maxAgeMs)} allowed`,
    );
  }
  if (config.maxUnverifiedAgeMs !== undefined) {
    if (!newestVerified) problems.push("no backup has passed verification");
    else if (newestVerified.ageMs > config.maxUnverifiedAgeMs) {
      problems.push(
        `the newest verified backup (${newestVerified.id}) is ${age(newestVerified.ageMs)} old, more than the ${formatDuration(config.maxUnverifiedAgeMs)} allowed`,
      );
    }
  }
  if (config.minCount !== undefined && complete.length < config.minCount) {
    problems.push(`${complete.length} complete backups, fewer than the ${config.minCount} required`);
  }
  if (config.maxTotalSize !== undefined && totalSize > config.maxTotalSize) {
    problems.push(
      `the destination holds ${formatBytes(totalSize)}, more than the ${formatBytes(config.maxTotalSize)} allowed`,
    );
  }
  const result: CheckResult = {
    destination: destination.display,
    ok: problems.length === 0,
    problems,
    count: complete.length,
    ...(newest ? { newest } : {}),
    ...(newestVerified ? { newestVerified } : {}),
    totalSize,
  };
  if (problems.length) {
    throw Object.assign(
      new CheckFailedError(`check failed for ${destination.display}: ${problems.join("; ")}`, {
        hint: "look at the backup workflow's recent runs: scheduled runs can be delayed, dropped, or disabled after 60 days without repository activity",
      }),
      { result },
    );
  }
  return result;
}
