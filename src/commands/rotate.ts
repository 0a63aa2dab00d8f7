import { timeOfBackupId } from "../catalog/backup-id.ts";
import { type Catalog, readCatalog } from "../catalog/catalog.ts";
import { MANIFEST_SUFFIX } from "../catalog/manifest.ts";
import { type LeaseRecord, pause, settleMsFor } from "../catalog/lease.ts";
import { readingMarks } from "../catalog/reading-mark.ts";
import { companionNames, parseVerificationName } from "../catalog/verification.ts";
import type { RotateConfig } from "../config/rotate.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import { DestinationError, isNotFound, messageOf } from "../errors.ts";
import { acquireRotationLease, type RotationLease } from "../retention/lease.ts";
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

/** Tests only: pause this long after each removal, so a test can kill or signal rotate between deletions. */
export const TEST_PAUSE_ENV = "STRONGROOM_TEST_PAUSE_BETWEEN_DELETIONS_MS";

/**
 * Takes the destination's rotation lease (not for a dry run), plans with the pure policy, then
 * removes each doomed backup manifest first, then its data and verification records: an
 * interruption at any point leaves only whole backups listed, and the leftovers are orphans that
 * a later rotation removes after the grace period. A backup a verify is reading (a live reading
 * mark) is kept for this run. The abort signal is honoured between removals; the lease is
 * released however the run ends.
 */
export async function runRotate(
  config: RotateConfig,
  context: RunContext,
  opened?: Destination,
): Promise<RotateResult> {
  const destination = opened ?? (await openDestination(config.from, openContext(context)));
  const lease = config.dryRun ? undefined : await acquireRotationLease(destination, context);
  try {
    return await rotateLeased(config, context, destination, lease);
  } finally {
    await lease?.release();
  }
}

async function rotateLeased(
  config: RotateConfig,
  context: RunContext,
  destination: Destination,
  lease: RotationLease | undefined,
): Promise<RotateResult> {
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
  const orphans = findOrphans(catalog, config.graceMs, now);
  const beingRead = (id: string, mark: LeaseRecord) => {
    const at = plan.findIndex((p) => p.id === id);
    const reason = `being read by a verify (${mark.holder}) until ${mark.expiresAt}: kept for this run`;
    plan[at] = { ...plan[at]!, keep: true, reasons: [...plan[at]!.reasons, reason] };
    context.log.info(`kept ${id}: ${reason}`);
  };
  const doomed = decisions.filter((d) => !d.keep).map((d) => d.entry.id);
  const removed: string[] = [];
  if (config.dryRun) {
    const marks = await readingMarks(destination, context, catalog.objects);
    for (const id of doomed)
      if (marks.has(id)) beingRead(id, marks.get(id)!);
      else removed.push(id);
  } else {
    const remove = remover(destination, context, lease);
    const doomedIds = new Set(doomed);
    const keptObjects = new Set(
      catalog.backups.filter((b) => !doomedIds.has(b.manifest.id)).map((b) => b.manifest.object),
    );
    const names = catalog.objects.map((o) => o.name);
    for (const id of doomed) {
      const mark = (await freshReadingMarks(destination, context)).get(id);
      if (mark) {
        beingRead(id, mark);
        continue;
      }
      const entry = catalog.backups.find((b) => b.manifest.id === id)!;
      const [manifest, ...records] = companionNames(id, names);
      await remove(manifest!);
      // The catalog only lists manifests that own their object; this holds even if that rule is ever loosened.
      if (!keptObjects.has(entry.manifest.object)) await remove(entry.manifest.object);
      for (const record of records) await remove(record);
      removed.push(id);
      context.log.info(`removed ${id}`);
    }
    for (const orphan of orphans) {
      await remove(orphan);
      context.log.info(`removed orphaned ${orphan}`);
    }
  }
  return {
    destination: destination.display,
    dryRun: config.dryRun,
    plan,
    kept: plan.filter((p) => p.keep).length,
    removed,
    orphans,
  };
}

/**
 * Reading marks as they are now. A listing that took long is done again, so a verify's mark that
 * appeared while we listed is seen before we remove anything (verify waits as long before reading).
 */
async function freshReadingMarks(destination: Destination, context: RunContext) {
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    const marks = await readingMarks(destination, context);
    if (Date.now() - started < settleMsFor(destination) / 2 || attempt === 3) return marks;
  }
}

/** Removes one object: first the abort signal and the lease are checked, so rotation stops between removals. */
function remover(destination: Destination, context: RunContext, lease: RotationLease | undefined) {
  const pauseMs = Number(context.env[TEST_PAUSE_ENV] ?? 0);
  return async (name: string) => {
    if (context.signal.aborted) throw context.signal.reason;
    lease?.assertHeld();
    await removeIfPresent(destination, name);
    if (pauseMs > 0) {
      context.log.info(`test pause after removing ${name}`);
      await pause(pauseMs, context.signal);
    }
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
