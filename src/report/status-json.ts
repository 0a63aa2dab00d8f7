import type { ReportData } from "./model.ts";

export const STATUS_SCHEMA_ID = "https://strongroom.dev/schemas/status-1.json";

/** status.json: the page's facts for machines (its schema: src/report/status.schema.json). */
export function statusJson(data: ReportData): unknown {
  return {
    $schema: STATUS_SCHEMA_ID,
    generatedAt: data.generatedAt,
    verdict: data.verdict,
    maxAgeSeconds: Math.round(data.maxAgeMs / 1000),
    sources: data.sources.map((s) => ({
      source: s.source,
      display: s.display,
      kind: s.kind,
      verdict: s.verdict,
      summary: s.summary,
      newestBackupAt: s.newestBackupAt,
      newestVerifiedAt: s.newestVerifiedAt,
      lastFailure: s.lastFailure,
      backups: s.backups.length,
      storedBytes: s.storedBytes,
    })),
    destinations: data.destinations.map((d) => ({
      destination: d.destination,
      readable: d.readable,
      error: d.error,
      backups: d.backups,
      storedBytes: d.storedBytes,
      damaged: d.damaged,
    })),
    nextRotation: data.plan ? { removes: data.plan.removals.map((r) => r.id) } : null,
  };
}
