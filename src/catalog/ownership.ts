import { isObjectName } from "../destinations/object-name.ts";
import { isBackupId, timeOfBackupId } from "./backup-id.ts";
import type { Manifest } from "./manifest.ts";

/**
 * How far ahead of this machine's clock a backup may be dated and still be trusted: runners'
 * clocks drift by seconds, not by this much. A later date makes the entry damaged, so a manifest
 * dated 2099 never counts as the newest backup and never protects itself over real ones.
 */
export const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * Why a well-formed manifest still cannot be trusted, or undefined. A manifest owns its data
 * object: every object Strongroom ever wrote is named `<id>.<format>[.<compression>][.age]`, so
 * an object name that does not start with the manifest's own id belongs to another backup (or
 * points out of the destination) and must never be read, counted or deleted on its behalf.
 */
export function entryProblem(manifest: Manifest, now: Date): string | undefined {
  if (!isBackupId(manifest.id)) return `has an invalid backup id '${manifest.id}'`;
  if (!isObjectName(manifest.object) || !manifest.object.startsWith(`${manifest.id}.`))
    return `names an object it does not own ('${manifest.object}'): a manifest's object starts with its own id`;
  const created = Date.parse(manifest.createdAt);
  if (created > now.getTime() + CLOCK_SKEW_MS)
    return `is dated in the future (${manifest.createdAt}): the clock that wrote it was wrong or the manifest was altered`;
  const idTime = timeOfBackupId(manifest.id)?.getTime();
  if (idTime !== undefined && idTime > now.getTime() + CLOCK_SKEW_MS)
    return `has an id dated in the future (${manifest.id})`;
  return undefined;
}
