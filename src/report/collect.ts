import { type Catalog, readCatalog, readSmallObject } from "../catalog/catalog.ts";
import { isFailureRecordName } from "../catalog/failure-record.ts";
import { openContext, type RunContext } from "../run-context.ts";
import { openDestination } from "../destinations/open.ts";
import { messageOf } from "../errors.ts";
import { displayUrl } from "../redact.ts";
import { type Decision, planRetention, type RetentionPolicy } from "../retention/policy.ts";
import type {
  PlannedRemoval,
  ReportBackup,
  ReportData,
  ReportDestination,
  ReportFailure,
  ReportSource,
  RetentionDay,
} from "./model.ts";
import { verdictOf, worstVerdict } from "./verdict.ts";

export interface CollectOptions {
  readonly from: readonly string[];
  readonly maxAgeMs: number;
  readonly policy: RetentionPolicy | undefined;
  readonly now: Date;
}

interface DestinationRead {
  readonly display: string;
  readonly catalog: Catalog | undefined;
  readonly error: string | undefined;
  readonly failures: readonly FailureSeen[];
}

interface FailureSeen {
  readonly sourceKey: string;
  readonly failedAt: string;
  readonly reason: string;
}

/** Reads every destination (one that cannot be read is reported, never fatal) and merges them by source. */
export async function collectReport(options: CollectOptions, context: RunContext): Promise<ReportData> {
  const reads = await Promise.all(options.from.map((spec) => readDestination(spec, context)));
  const now = options.now.getTime();
  const sources = mergeSources(reads, now, options.maxAgeMs);
  const destinations = reads.map(describeDestination);
  const plan = options.policy ? retentionPlan(reads, options.policy) : null;
  const verdicts = [
    ...sources.map((s) => s.verdict),
    ...(destinations.some((d) => !d.readable) ? ["failing" as const] : []),
  ];
  return {
    generatedAt: options.now.toISOString(),
    maxAgeMs: options.maxAgeMs,
    verdict: worstVerdict(verdicts),
    sources,
    destinations,
    plan,
  };
}

async function readDestination(spec: string, context: RunContext): Promise<DestinationRead> {
  let display = displayUrl(spec);
  try {
    const destination = await openDestination(spec, openContext(context));
    display = destination.display;
    const catalog = await readCatalog(destination);
    const failures: FailureSeen[] = [];
    for (const object of catalog.objects) {
      if (!isFailureRecordName(object.name)) continue;
      try {
        const record = JSON.parse(await readSmallObject(destination, object.name)) as Partial<FailureSeen>;
        if (typeof record.sourceKey === "string")
          failures.push({
            sourceKey: record.sourceKey,
            failedAt: typeof record.failedAt === "string" ? record.failedAt : object.modified.toISOString(),
            reason: typeof record.reason === "string" ? record.reason : "failed",
          });
      } catch {
        // An unreadable failure record says nothing reliable; the backups themselves still count.
      }
    }
    return { display, catalog, error: undefined, failures };
  } catch (error) {
    return { display, catalog: undefined, error: context.log.redactor.redact(messageOf(error)), failures: [] };
  }
}

function describeDestination(read: DestinationRead): ReportDestination {
  const backups = read.catalog?.backups ?? [];
  return {
    destination: read.display,
    readable: read.catalog !== undefined,
    error: read.error ?? null,
    backups: backups.length,
    storedBytes: backups.reduce((sum, b) => sum + (b.object?.size ?? 0), 0),
    damaged: read.catalog?.unreadable ?? [],
  };
}

function mergeSources(reads: readonly DestinationRead[], now: number, maxAgeMs: number): ReportSource[] {
  const bySource = new Map<string, { display: string; kind: string; backups: Map<string, MutableBackup> }>();
  for (const read of reads) {
    for (const entry of read.catalog?.backups ?? []) {
      const m = entry.manifest;
      const source = bySource.get(m.source.key) ?? {
        display: m.source.display,
        kind: m.source.kind,
        backups: new Map(),
      };
      bySource.set(m.source.key, source);
      const backup = source.backups.get(m.id) ?? {
        id: m.id,
        createdAt: m.createdAt,
        size: m.size,
        plainSize: m.plainSize,
        durationMs: m.durationMs,
        copies: [],
        incomplete: [],
        verification: null,
      };
      source.backups.set(m.id, backup);
      (entry.object?.size === m.size ? backup.copies : backup.incomplete).push(read.display);
      const v = entry.verification;
      if (v && (!backup.verification || v.verifiedAt > backup.verification.at))
        backup.verification = { level: v.level, at: v.verifiedAt, ok: v.ok, ...(v.error ? { error: v.error } : {}) };
    }
  }
  for (const read of reads)
    for (const failure of read.failures)
      if (!bySource.has(failure.sourceKey))
        bySource.set(failure.sourceKey, { display: failure.sourceKey, kind: "unknown", backups: new Map() });
  const sources: ReportSource[] = [];
  for (const [key, source] of bySource) {
    const backups = [...source.backups.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const newestComplete = backups.find((b) => b.copies.length > 0);
    const failures = reads.flatMap((r) => r.failures.filter((f) => f.sourceKey === key));
    const openFailure = newestOf(
      failures
        .filter((f) => !newestComplete || Date.parse(f.failedAt) > Date.parse(newestComplete.createdAt))
        .map((f): ReportFailure => ({ at: f.failedAt, reason: f.reason, kind: "backup" })),
    );
    const failedVerifications = backups
      .filter((b) => b.verification && !b.verification.ok)
      .map((b): ReportFailure => ({
        at: b.verification!.at,
        reason: `verification of ${b.id} (${b.verification!.level}) failed${b.verification!.error ? `: ${b.verification!.error}` : ""}`,
        kind: "verification",
      }));
    const passed = backups.filter((b) => b.verification?.ok).map((b) => b.verification!.at);
    const { verdict, summary } = verdictOf({ now, maxAgeMs, backups, openFailure });
    sources.push({
      source: key,
      display: source.display,
      kind: source.kind,
      verdict,
      summary,
      newestBackupAt: newestComplete?.createdAt ?? null,
      newestVerifiedAt: passed.sort().at(-1) ?? null,
      lastFailure: newestOf([...(openFailure ? [openFailure] : []), ...failedVerifications]),
      backups,
      storedBytes: backups.reduce((sum, b) => sum + b.size * b.copies.length, 0),
    });
  }
  return sources.sort((a, b) => a.source.localeCompare(b.source));
}

type MutableBackup = { -readonly [K in keyof ReportBackup]: ReportBackup[K] } & {
  copies: string[];
  incomplete: string[];
};

function newestOf(failures: readonly ReportFailure[]): ReportFailure | null {
  return [...failures].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? null;
}

/** What `rotate --dry-run` would decide in each destination, and the calendar of kept and pruned days it implies. */
function retentionPlan(
  reads: readonly DestinationRead[],
  policy: RetentionPolicy,
): { removals: PlannedRemoval[]; days: RetentionDay[] } {
  const decisions = new Map<
    string,
    { source: string; createdAt: string; keptBy: Set<string>; removedIn: number; seenIn: number }
  >();
  const removals: PlannedRemoval[] = [];
  for (const read of reads) {
    if (!read.catalog) continue;
    const plan: Decision[] = planRetention(
      read.catalog.backups.map((entry) => ({
        id: entry.manifest.id,
        createdAt: new Date(entry.manifest.createdAt),
        group: entry.manifest.source.key,
        complete: entry.object !== undefined && entry.object.size === entry.manifest.size,
        verified: entry.verification ? (entry.verification.ok ? "passed" : "failed") : undefined,
      })),
      policy,
    );
    for (const decision of plan) {
      const id = decision.entry.id;
      const seen = decisions.get(id) ?? {
        source: decision.entry.group,
        createdAt: decision.entry.createdAt.toISOString(),
        keptBy: new Set<string>(),
        removedIn: 0,
        seenIn: 0,
      };
      decisions.set(id, seen);
      seen.seenIn++;
      for (const rule of decision.rules) seen.keptBy.add(rule);
      if (!decision.keep) {
        seen.removedIn++;
        removals.push({ id, source: decision.entry.group, createdAt: seen.createdAt });
      }
    }
  }
  const day = dayFormatter(policy.timezone ?? "UTC");
  const days = new Map<string, { day: string; source: string; ids: string[]; rules: Set<string>; pruned: boolean }>();
  for (const [id, seen] of decisions) {
    const key = `${seen.source}\u0000${day(seen.createdAt)}`;
    const cell = days.get(key) ?? {
      day: day(seen.createdAt),
      source: seen.source,
      ids: [],
      rules: new Set<string>(),
      pruned: true,
    };
    days.set(key, cell);
    cell.ids.push(id);
    for (const rule of seen.keptBy) cell.rules.add(rule);
    if (seen.removedIn < seen.seenIn) cell.pruned = false;
  }
  return {
    removals: removals.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
    days: [...days.values()]
      .map((d) => ({ day: d.day, source: d.source, ids: d.ids.sort(), rules: [...d.rules].sort(), pruned: d.pruned }))
      .sort((a, b) => a.day.localeCompare(b.day)),
  };
}

/** YYYY-MM-DD of an instant in a time zone. */
export function dayFormatter(timezone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return (iso) => format.format(new Date(iso));
}
