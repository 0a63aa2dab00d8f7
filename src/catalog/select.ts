import { NotFoundError, UsageError } from "../errors.ts";
import type { Catalog, CatalogEntry } from "./catalog.ts";
import type { SourceInfo } from "./manifest.ts";

/** Which backup a command acts on: an id (or unambiguous prefix), or the newest one, optionally at or before a time. */
export interface BackupSelector {
  /** `latest` or an id. */
  readonly backup: string;
  /** Newest complete backup taken at or before this time. */
  readonly at?: Date | undefined;
  /** A source key, its display name, or its PostgreSQL URL (credentials ignored). */
  readonly source?: string | undefined;
}

/** True when `wanted` names this source: its key, its display, or a URL that leads to the same key. */
export function matchesSource(source: SourceInfo, wanted: string): boolean {
  if (wanted === source.key || wanted === source.display) return true;
  try {
    const url = new URL(wanted);
    if (!/^postgres(ql)?:$/.test(url.protocol)) return false;
    const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
    return source.key === `postgres://${url.hostname}:${url.port || "5432"}/${database}`;
  } catch {
    return false;
  }
}

function createdTime(entry: CatalogEntry): number {
  return Date.parse(entry.manifest.createdAt);
}

/** Complete backups: the data object is there with the size the manifest records. */
function isComplete(entry: CatalogEntry): boolean {
  return entry.object !== undefined && entry.object.size === entry.manifest.size;
}

/**
 * Resolves a selector to one backup. An id wins over everything else; `latest` picks the newest
 * backup of one source and `--at` the newest complete one taken at or before it; both ask for
 * `--source` when the destination holds several.
 */
export function chooseBackup(catalog: Catalog, selector: BackupSelector, display: string): CatalogEntry {
  if (selector.backup !== "latest") assertIdShape(selector.backup);
  const bySource = selector.source
    ? catalog.backups.filter((b) => matchesSource(b.manifest.source, selector.source!))
    : catalog.backups;
  if (catalog.backups.length === 0) {
    throw new NotFoundError(`no backups found in ${display}`, {
      hint: "check the destination, or run `strongroom backup` first",
    });
  }
  if (bySource.length === 0) {
    throw new NotFoundError(`no backups of source '${selector.source}' in ${display}`, {
      hint: `sources there: ${sourcesOf(catalog.backups).join(", ")}`,
    });
  }
  if (selector.backup !== "latest") return byId(bySource, selector.backup, display);
  const at = selector.at?.getTime() ?? Number.POSITIVE_INFINITY;
  // `latest` is the newest listed backup, so verify reports it when it is broken; `--at` looks for one to use.
  const candidates = bySource.filter((b) => (selector.at ? isComplete(b) : true) && createdTime(b) <= at);
  const newestPerSource = new Map<string, CatalogEntry>();
  for (const entry of candidates) {
    const key = entry.manifest.source.key;
    const current = newestPerSource.get(key);
    if (!current || createdTime(entry) > createdTime(current)) newestPerSource.set(key, entry);
  }
  if (newestPerSource.size > 1) {
    const lines = [...newestPerSource.values()].map(
      (e) => `  ${e.manifest.source.key}  (newest: ${e.manifest.id}, ${e.manifest.createdAt})`,
    );
    throw new UsageError(`${display} holds backups of ${newestPerSource.size} sources:\n${lines.join("\n")}`, {
      hint: "choose one with --source <key> (or pass --backup <id>)",
    });
  }
  const [chosen] = newestPerSource.values();
  if (!chosen) {
    const complete = bySource.filter(isComplete).sort((a, b) => createdTime(a) - createdTime(b));
    if (selector.at && complete[0]) {
      throw new NotFoundError(
        `no complete backup in ${display} was taken at or before ${selector.at.toISOString()}: the first is ${complete[0].manifest.id} (${complete[0].manifest.createdAt})`,
        { hint: "pick a later --at, or run `strongroom list --from …` to see what exists" },
      );
    }
    throw new NotFoundError(`no complete backup in ${display}: every listed backup lacks its data object`, {
      hint: "run `strongroom list --from …` and `strongroom verify`",
    });
  }
  return chosen;
}

/** Ids hold only letters, digits, '-' and '_': anything else ('/', '..') is refused before it is looked up. */
export function isIdShaped(id: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(id);
}

export function assertIdShape(id: string): void {
  if (!isIdShaped(id))
    throw new UsageError(`'${id}' is not a backup id: ids hold only letters, digits, '-' and '_'`, {
      hint: "run `strongroom list --from …` to see the ids, or pass latest",
    });
}

function byId(entries: readonly CatalogEntry[], id: string, display: string): CatalogEntry {
  const exact = entries.find((b) => b.manifest.id === id);
  if (exact) return exact;
  const matches = entries.filter((b) => b.manifest.id.startsWith(id));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1)
    throw new UsageError(`backup id '${id}' is ambiguous in ${display}: ${matches.length} backups match`);
  throw new NotFoundError(`backup '${id}' not found in ${display}`, {
    hint: "run `strongroom list --from …` to see the ids",
  });
}

function sourcesOf(entries: readonly CatalogEntry[]): string[] {
  return [...new Set(entries.map((e) => e.manifest.source.key))];
}
