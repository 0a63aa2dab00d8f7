import { UsageError } from "../errors.ts";
import { displayUrl } from "../redact.ts";
import { isConninfo, isPostgresUri } from "../sources/postgres/conn-string.ts";
import {
  environmentNamesDatabase,
  type PostgresTarget,
  parsePostgresUrl,
  targetFromEnvironment,
} from "../sources/postgres/connection.ts";
import { isSqliteSpec, sqlitePathOf } from "../sources/sqlite/spec.ts";
import { type SupabaseSourceOptions, supabaseOptionsFrom } from "../sources/supabase/options.ts";
import type { OptionReader } from "./raw.ts";

export type SourceConfig =
  | { readonly kind: "postgres"; readonly target: PostgresTarget }
  | { readonly kind: "sqlite"; readonly path: string; readonly vacuum: boolean }
  | { readonly kind: "supabase"; readonly options: SupabaseSourceOptions };

/**
 * `--source` (action input `source`), defaulting to DATABASE_URL as users already set it, then to
 * libpq's PGHOST/PGDATABASE (with PGPORT, PGUSER, PGPASSWORD…) as `pg_dump` alone would read them.
 */
export function readSource(reader: OptionReader): SourceConfig | undefined {
  const raw = reader.string("source") ?? reader.env.DATABASE_URL;
  if (!raw) {
    if (environmentNamesDatabase(reader.env)) {
      try {
        return { kind: "postgres", target: targetFromEnvironment(reader.env) };
      } catch (error) {
        reader.problems.push((error as Error).message);
        return undefined;
      }
    }
    reader.problems.push(
      "no source: give --source postgres://user:password@host/db (or sqlite:<path>), or set DATABASE_URL (or PGHOST/PGDATABASE)",
    );
    return undefined;
  }
  try {
    if (raw === "supabase" || raw.startsWith("supabase:")) {
      const buckets = reader
        .list("buckets")
        .flatMap((b) => b.split(","))
        .map((b) => b.trim())
        .filter(Boolean);
      const options = supabaseOptionsFrom(
        {
          source: raw,
          "supabase-url": reader.string("supabase-url"),
          "service-role-key": reader.secret("service-role-key"),
          ...(buckets.length ? { buckets } : {}),
          "include-migrations": reader.boolean("include-migrations"),
        },
        reader.env,
      );
      return { kind: "supabase", options };
    }
    if (isSqliteSpec(raw) && !isConninfo(raw))
      return { kind: "sqlite", path: sqlitePathOf(raw), vacuum: reader.boolean("vacuum") };
    return { kind: "postgres", target: parsePostgresUrl(raw, "source", reader.env) };
  } catch (error) {
    if (error instanceof UsageError) reader.problems.push(...error.problems);
    else reader.problems.push((error as Error).message);
    return undefined;
  }
}

export function readTargetUrl(reader: OptionReader, name: string): PostgresTarget | undefined {
  const raw = reader.string(name);
  if (!raw) {
    reader.problems.push(`--${name} is required: the postgres:// URL of the database to restore into`);
    return undefined;
  }
  try {
    return parsePostgresUrl(raw, "restore target", reader.env);
  } catch (error) {
    reader.problems.push((error as Error).message);
    return undefined;
  }
}

/** How a source is shown before (or without) a run: a PostgreSQL source as its backups show it. */
export function sourceDisplay(raw: string, env: NodeJS.ProcessEnv): string {
  const text = raw.trim();
  if (isPostgresUri(text) || isConninfo(text)) {
    try {
      return parsePostgresUrl(text, "source", env).display;
    } catch {
      if (isConninfo(text)) return "a PostgreSQL connection string";
    }
  }
  return displayUrl(text);
}
