import pg from "pg";
import { SERVER } from "./postgres.ts";

/**
 * Databases this run's tests made and left: test databases carry the run's tag after their
 * prefix (`sr_rich_<tag><random>`), and so does every name derived from one (`…_restored`,
 * `…_sr_restore_…`). Other sessions' tests on the same server carry other tags.
 */
export async function leftoverTestDatabases(runTag: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres`, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch {
    return []; // no server: no test made a database
  }
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname ~ $1 order by 1",
      [`_${runTag}[0-9a-f]{10}`],
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end().catch(() => {});
  }
}
