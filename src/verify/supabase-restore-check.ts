import type { Manifest } from "../catalog/manifest.ts";
import type { VerifiedCopy } from "../catalog/verified-copy.ts";
import { withDecodedPayload } from "../stages/decode.ts";
import type { RunContext } from "../run-context.ts";
import { connect, type PostgresTarget } from "../sources/postgres/connection.ts";
import type { SupabaseContents } from "../sources/supabase/dump.ts";
import { isManagedSchema } from "../sources/supabase/managed.ts";
import type { RestoreCheckOptions } from "./restore-check.ts";
import { createScratchProject } from "./supabase-scratch.ts";

/**
 * verify --level restore of a Supabase backup: the database part (schema, data, the user's
 * policies and triggers on auth/storage) is restored into a scratch project-like database on
 * `--restore-into` (supabase-scratch.ts), every recorded table's exact row count and every
 * sequence are compared, and every Storage file is read from the backup and its size and sha256
 * compared with the manifest; nothing is uploaded anywhere. The scratch database and the roles
 * it needed are dropped afterwards.
 */
export async function supabaseRestoreCheck(
  copy: VerifiedCopy,
  manifest: Manifest,
  contents: unknown,
  options: RestoreCheckOptions,
  context: RunContext,
): Promise<{ checks: string[]; differences: string[] }> {
  const recorded = contents as SupabaseContents | undefined;
  const { restoreSupabase } = await import("../sources/supabase/index.ts");
  const project = await createScratchProject(options.server, context.log);
  try {
    await project.ensureRoles(recorded?.database?.roles ?? []);
    const result = await withDecodedPayload(copy, manifest, options.decryption, context.signal, (payload) =>
      restoreSupabase(
        payload,
        {
          databaseUrl: urlWithPassword(project.target),
          skipStorage: true,
          storageOnly: false,
          scratch: project,
          ...(options.pgBin ? { pgBin: options.pgBin } : {}),
        },
        context,
      ),
    );
    await options.afterRestore?.(project.target);
    if (!recorded?.tables) {
      return {
        checks: [`restored into a scratch Supabase-like database; no recorded contents to compare`],
        differences: [],
      };
    }
    const tables = await countTables(project.target);
    const differences = [
      ...compareTables(recorded, tables.rows),
      ...compareSequences(recorded, tables.sequences),
      ...compareFiles(recorded, result.checkedFiles),
    ];
    const rows = recorded.tables.reduce((sum, t) => sum + t.rows, 0);
    const bytes = recorded.storage.files.reduce((sum, f) => sum + f.size, 0);
    return {
      checks: [
        "restored roles, schema, data, policies and triggers into a scratch Supabase-like database",
        `${recorded.tables.length} tables and ${rows} rows match the exact counts recorded at dump time; ${recorded.sequences.length} sequences`,
        `${recorded.storage.files.length} Storage files (${bytes} bytes) match the manifest's sizes and sha256, none uploaded`,
      ],
      differences,
    };
  } finally {
    await project.dispose();
  }
}

interface Counted {
  rows: Map<string, number>;
  sequences: Map<string, string | null>;
}

async function countTables(target: PostgresTarget): Promise<Counted> {
  const client = await connect(target, "scratch database");
  try {
    const { tableRowCounts } = await import("../sources/postgres/target.ts");
    const tables = await tableRowCounts(client);
    const seqs = await client.query<{ s: string; n: string; v: string | null }>(
      "select schemaname as s, sequencename as n, last_value::text as v from pg_sequences",
    );
    return {
      rows: new Map(tables.map((t) => [`${t.schema}.${t.name}`, t.rows])),
      sequences: new Map(seqs.rows.map((r) => [`${r.s}.${r.n}`, r.v])),
    };
  } finally {
    await client.end().catch(() => {});
  }
}

function compareTables(recorded: SupabaseContents, restored: Map<string, number>): string[] {
  const differences: string[] = [];
  const named = new Set<string>();
  for (const table of recorded.tables) {
    const key = `${table.schema}.${table.name}`;
    named.add(key);
    const rows = restored.get(key);
    if (rows === undefined) differences.push(`${key}: missing after restore`);
    else if (rows !== table.rows) differences.push(`${key}: ${rows} rows restored, ${table.rows} at dump time`);
  }
  // The scratch project's own stand-in tables (auth, storage) are not the backup's.
  for (const key of restored.keys()) {
    const schema = key.slice(0, key.indexOf("."));
    if (!named.has(key) && !isManagedSchema(schema)) differences.push(`${key}: restored but not recorded at dump time`);
  }
  return differences;
}

function compareSequences(recorded: SupabaseContents, restored: Map<string, string | null>): string[] {
  const differences: string[] = [];
  for (const sequence of recorded.sequences) {
    const key = `${sequence.schema}.${sequence.name}`;
    if (!restored.has(key)) differences.push(`sequence ${key}: missing after restore`);
    else if (restored.get(key) !== sequence.lastValue)
      differences.push(`sequence ${key}: last value ${restored.get(key)} restored, ${sequence.lastValue} at dump time`);
  }
  return differences;
}

function compareFiles(
  recorded: SupabaseContents,
  read: readonly { bucket: string; path: string; size: number; sha256: string }[],
): string[] {
  const differences: string[] = [];
  const found = new Map(read.map((f) => [`${f.bucket}/${f.path}`, f]));
  for (const file of recorded.storage.files) {
    const key = `${file.bucket}/${file.path}`;
    const got = found.get(key);
    if (!got) differences.push(`Storage file ${key}: missing from the backup`);
    else if (got.sha256 !== file.sha256 || got.size !== file.size)
      differences.push(
        `Storage file ${key}: ${got.size} bytes, sha256 ${got.sha256}; the manifest says ${file.size} bytes, ${file.sha256}`,
      );
    found.delete(key);
  }
  for (const key of found.keys()) differences.push(`Storage file ${key}: in the backup but not in the manifest`);
  return differences;
}

function urlWithPassword(target: PostgresTarget): string {
  const url = new URL(target.urlWithoutPassword);
  if (target.password) url.password = encodeURIComponent(target.password);
  return url.toString();
}
