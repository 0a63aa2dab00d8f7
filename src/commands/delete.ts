import { type CatalogEntry, readCatalog } from "../catalog/catalog.ts";
import { manifestName } from "../catalog/manifest.ts";
import { companionNames } from "../catalog/verification.ts";
import type { DeleteConfig } from "../config/delete.ts";
import { openDestination } from "../destinations/open.ts";
import { isNotFound, NotFoundError, UsageError } from "../errors.ts";
import { openContext, type RunContext } from "../run-context.ts";

export interface DeleteResult {
  readonly id: string;
  readonly source: string;
  readonly createdAt: string;
  readonly dryRun: boolean;
  /** Objects removed (or, with --dry-run, that would be), manifest first. */
  readonly removed: readonly string[];
}

/** Asks the person at the terminal; resolves false when they say no. Absent when stdin is not a terminal. */
export type Confirm = (question: string) => Promise<boolean>;

/**
 * Removes one backup on purpose: the manifest first (so it stops being listed), then its data
 * object and verification records. Refuses the newest backup, or the newest verified one, of a
 * source unless forced, and never removes a data object another backup's manifest names.
 */
export async function runDelete(
  config: DeleteConfig,
  context: RunContext,
  confirm: Confirm | undefined,
): Promise<DeleteResult> {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  const entry = catalog.backups.find((b) => b.manifest.id === config.backup);
  if (!entry) {
    throw new NotFoundError(`backup '${config.backup}' not found in ${destination.display}`, {
      hint: "give the exact id as `strongroom list --from …` shows it",
    });
  }
  const { manifest } = entry;
  if (!config.force) refuseProtected(entry, catalog.backups);
  const sharedObject = catalog.backups.some((b) => b !== entry && b.manifest.object === manifest.object);
  const companions = companionNames(
    manifest.id,
    catalog.objects.map((o) => o.name),
  );
  const names = [companions[0]!, ...(sharedObject ? [] : [manifest.object]), ...companions.slice(1)];
  if (sharedObject) context.log.warn(`${manifest.object} is also named by another backup's manifest: it is kept`);
  const base = { id: manifest.id, source: manifest.source.display, createdAt: manifest.createdAt };
  if (config.dryRun) return { ...base, dryRun: true, removed: names };
  if (!config.yes) {
    if (!confirm) {
      throw new UsageError(`refusing to delete ${manifest.id} without --yes (stdin is not a terminal)`, {
        hint: "check the id with `strongroom list`, then pass --yes (or --dry-run to see what would go)",
      });
    }
    const question = `Delete backup ${manifest.id} of ${manifest.source.display} taken ${manifest.createdAt} (${names.length} objects in ${destination.display})? [y/N] `;
    if (!(await confirm(question))) throw new UsageError(`not deleted: ${manifest.id} was kept`);
  }
  const removed: string[] = [];
  for (const name of names) {
    context.signal.throwIfAborted();
    try {
      await destination.remove(name);
      removed.push(name);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  context.log.info(`deleted ${manifest.id} from ${destination.display} (${removed.length} objects)`);
  return { ...base, dryRun: false, removed };
}

function refuseProtected(entry: CatalogEntry, backups: readonly CatalogEntry[]): void {
  const key = entry.manifest.source.key;
  const time = (e: CatalogEntry) => Date.parse(e.manifest.createdAt);
  const ofSource = backups.filter((b) => b.manifest.source.key === key).sort((a, b) => time(b) - time(a));
  const newest = ofSource.find((b) => b.object?.size === b.manifest.size);
  const newestVerified = ofSource.find((b) => b.verification?.ok === true);
  const rule =
    newest === entry
      ? "it is the newest complete backup of its source"
      : newestVerified === entry
        ? "it is the newest verified backup of its source"
        : undefined;
  if (rule) {
    throw new UsageError(`refusing to delete ${entry.manifest.id}: ${rule} (${entry.manifest.source.display})`, {
      hint: `pass --force to delete it anyway; ${manifestName(entry.manifest.id)} and its data would be gone`,
    });
  }
}
