import { type PostgresTarget, parsePostgresUrl } from "../sources/postgres/connection.ts";
import { isSqliteSpec, sqlitePathOf } from "../sources/sqlite/spec.ts";
import type { OptionReader } from "./raw.ts";

export type SourceConfig =
  | { readonly kind: "postgres"; readonly target: PostgresTarget }
  | { readonly kind: "sqlite"; readonly path: string; readonly vacuum: boolean };

/** `--source` (action input `source`), defaulting to DATABASE_URL as users already set it. */
export function readSource(reader: OptionReader): SourceConfig | undefined {
  const raw = reader.string("source") ?? reader.env.DATABASE_URL;
  if (!raw) {
    reader.problems.push(
      "no source: give --source postgres://user:password@host/db (or sqlite:<path>) or set DATABASE_URL",
    );
    return undefined;
  }
  try {
    if (isSqliteSpec(raw)) return { kind: "sqlite", path: sqlitePathOf(raw), vacuum: reader.boolean("vacuum") };
    return { kind: "postgres", target: parsePostgresUrl(raw, "source") };
  } catch (error) {
    reader.problems.push((error as Error).message);
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
    return parsePostgresUrl(raw, "restore target");
  } catch (error) {
    reader.problems.push((error as Error).message);
    return undefined;
  }
}
