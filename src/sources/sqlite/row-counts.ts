import { IntegrityError } from "../../errors.ts";

export interface SqliteTableFact {
  readonly schema: string;
  readonly name: string;
  readonly rows: number;
}

/** What a SQLite backup holds: exact row counts taken from the snapshot that was stored. */
export interface SqliteContents {
  readonly rowCounts: "exact";
  readonly tables: readonly SqliteTableFact[];
}

function label(table: { schema: string; name: string }): string {
  return `${table.schema}.${table.name}`;
}

function tablesOf(contents: unknown, backupId: string): readonly SqliteTableFact[] {
  const tables = (contents as { tables?: unknown } | null)?.tables;
  const valid =
    Array.isArray(tables) &&
    tables.every(
      (t: Partial<SqliteTableFact> | null) =>
        typeof t?.schema === "string" && typeof t.name === "string" && typeof t.rows === "number",
    );
  if (!valid) {
    throw new IntegrityError(`backup ${backupId}: the manifest's contents do not hold SQLite row counts`, {
      hint: "the manifest was altered or written by another tool; verify with --level decode",
    });
  }
  return tables as SqliteTableFact[];
}

/**
 * Differences between the row counts recorded at backup time and those found in a copy, one line
 * per table (empty when they agree). Throws when `expected` is not a contents record at all.
 */
export function rowCountDifferences(expected: unknown, actual: readonly SqliteTableFact[], backupId: string): string[] {
  const recorded = new Map(tablesOf(expected, backupId).map((t) => [label(t), t.rows]));
  const found = new Map(actual.map((t) => [label(t), t.rows]));
  const differences: string[] = [];
  for (const [name, rows] of recorded) {
    const got = found.get(name);
    if (got === undefined) differences.push(`${name}: ${rows} rows in the manifest, table missing from the backup`);
    else if (got !== rows) differences.push(`${name}: ${rows} rows in the manifest, ${got} in the backup`);
  }
  for (const [name, rows] of found) {
    if (!recorded.has(name)) differences.push(`${name}: ${rows} rows in the backup, table not in the manifest`);
  }
  return differences;
}

/** Throws an IntegrityError naming the backup and every table whose row count differs. */
export function assertRowCounts(expected: unknown, actual: readonly SqliteTableFact[], backupId: string): void {
  const differences = rowCountDifferences(expected, actual, backupId);
  if (differences.length === 0) return;
  throw new IntegrityError(
    `backup ${backupId}: row counts differ from the manifest in ${differences.length} table${differences.length === 1 ? "" : "s"}:\n- ${differences.join("\n- ")}`,
    { hint: "the stored database is not the one the manifest describes; use another backup" },
  );
}
