import { timeOfBackupId } from "../catalog/backup-id.ts";
import { type Catalog, readCatalog } from "../catalog/catalog.ts";
import { MANIFEST_SUFFIX } from "../catalog/manifest.ts";
import { companionNames, parseVerificationName } from "../catalog/verification.ts";
import type { RotateConfig } from "../config/rotate.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import { DestinationError, isNotFound, messageOf } from "../errors.ts";
import { type Decision, planRetention } from "../retention/policy.ts";
import { openContext, type RunContext } from "../run-context.ts";

export interface PlannedBackup {
  readonly id: string;
  readonly createdAt: string;
  readonly source: string;
  readonly keep: boolean;
  readonly reasons: readonly string[];
  readonly verified?: "passed" | "failed";
}

export interface RotateResult {
  readonly destination: string;
  readonly dryRun: boolean;
  readonly plan: readonly PlannedBackup[];
  readonly kept: number;
  readonly removed: readonly string[];
  /** Objects no manifest refers to, older than the grace period (left by crashed runs or interrupted rotations). */
  readonly orphans: readonly string[];
}

/**
 * Plans with the pure policy, then removes each doomed backup manifest first, then its data
 * and verification records: an interruption at any point leaves only whole backups listed,
 * and the leftovers are orphans that a later rotation removes after the grace period.
 */
export async function runRotate(
  config: RotateConfig,
  context: RunContext,
  opened?: Destination,
): Promise<RotateResult> {
  const destination = opened ?? (await openDestination(config.from, openContext(context)));
  const now = new Date();
  const catalog = await readCatalog(destination, now);
  for (const bad of catalog.unreadable)
    context.log.warn(`${destination.display}: damaged entry ${bad.name} was left alone: ${bad.reason}`);
  const decisions = planRetention(
    catalog.backups.map((entry) => ({
      id: entry.manifest.id,
      createdAt: new Date(entry.manifest.createdAt),
      group: entry.manifest.source.key,
      complete: entry.object !== undefined && entry.object.size === entry.manifest.size,
      verified: entry.verification ? (entry.verification.ok ? "passed" : "failed") : undefined,
    })),
    config.policy,
  );
  const plan = decisions.map((d) => planned(d, catalog));
  const doomed = decisions.filter((d) => !d.keep);
  const orphans = findOrphans(catalog, config.graceMs, now);
  const removed: string[] = [];
  if (!config.dryRun) {
    const names = catalog.objects.map((o) => o.name);
    const doomedIds = new Set(doomed.map((d) => d.entry.id));
    const keptObjects = new Set(
      catalog.backups.filter((b) => !doomedIds.has(b.manifest.id)).map((b) => b.manifest.object),
    );
    for (const decision of doomed) {
      const entry = catalog.backups.find((b) => b.manifest.id === decision.entry.id)!;
      const [manifest, ...records] = companionNames(entry.manifest.id, names);
      await removeIfPresent(destination, manifest!);
      // The catalog only lists manifests that own their object; this holds even if that rule is ever loosened.
      if (!keptObjects.has(entry.manifest.object)) await removeIfPresent(destination, entry.manifest.object);
      for (const record of records) await removeIfPresent(destination, record);
      removed.push(entry.manifest.id);
      context.log.info(`removed ${entry.manifest.id}`);
    }
    for (const orphan of orphans) {
      await removeIfPresent(destination, orphan);
      context.log.info(`removed orphaned ${orphan}`);
    }
  }
  return {
    destination: destination.display,
    dryRun: config.dryRun,
    plan,
    kept: decisions.length - doomed.length,
    removed: config.dryRun ? doomed.map((d) => d.entry.id) : removed,
    orphans,
  };
}

function planned(decision: Decision, catalog: Catalog): PlannedBackup {
  const entry = catalog.backups.find((b) => b.manifest.id === decision.entry.id)!;
  return {
    id: decision.entry.id,
    createdAt: entry.manifest.createdAt,
    source: entry.manifest.source.display,
    keep: decision.keep,
    reasons: decision.reasons,
    ...(decision.entry.verified ? { verified: decision.entry.verified } : {}),
  };
}

/** Removal of something already gone (expired artifact, earlier interrupted run) counts as done. */
async function removeIfPresent(destination: Destination, name: string): Promise<void> {
  try {
    await destination.remove(name);
  } catch (error) {
    if (isNotFound(error)) return;
    throw new DestinationError(
      `rotation stopped: could not remove ${name} from ${destination.display}: ${messageOf(error)}`,
      {
        cause: error,
        hint: "what was removed before is consistent (manifests go first); run rotate again once the cause is fixed",
      },
    );
  }
}

/**
 * Objects that belong to no listed backup: data objects of crashed backups or of backups whose
 * manifest a rotation already removed, and verification records of removed backups. Only those
 * older than the grace period, so a backup still being written is never touched.
 */
function findOrphans(catalog: Catalog, graceMs: number, now: Date): string[] {
  const referenced = new Set<string>();
  const ids = new Set<string>();
  for (const entry of catalog.backups) {
    referenced.add(entry.manifest.object);
    ids.add(entry.manifest.id);
  }
  const listed = new Set(ids);
  const unreadable = new Set(catalog.unreadable.map((u) => u.name));
  // An unreadable manifest still claims its backup: never treat that data as an orphan.
  for (const name of unreadable) ids.add(name.slice(0, -MANIFEST_SUFFIX.length));
  const orphans: string[] = [];
  // A manifest whose data object is gone (expired artifact, deleted by hand) describes nothing restorable.
  for (const entry of catalog.backups) {
    if (entry.object !== undefined) continue;
    const age = now.getTime() - Date.parse(entry.manifest.completedAt);
    if (age > graceMs)
      orphans.push(
        ...companionNames(
          entry.manifest.id,
          catalog.objects.map((o) => o.name),
        ),
      );
  }
  for (const object of catalog.objects) {
    if (referenced.has(object.name) || unreadable.has(object.name) || object.name.endsWith(MANIFEST_SUFFIX)) continue;
    const record = parseVerificationName(object.name);
    const id = record?.id ?? /^(\d{8}T\d{9}Z-[a-z0-9_-]+-[0-9a-f]{12})\./.exec(object.name)?.[1];
    // A listed backup's data object that its manifest no longer names (the old or the new copy
    // an interrupted `rekey` left) is an orphan too; its verification records are not.
    if (!id || (ids.has(id) && (record !== undefined || !listed.has(id)))) continue;
    const born = timeOfBackupId(id) ?? object.modified;
    const age = now.getTime() - Math.max(born.getTime(), object.modified.getTime());
    if (age > graceMs) orphans.push(object.name);
  }
  return orphans;
}
