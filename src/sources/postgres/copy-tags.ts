import type { RestoredTable } from "./target.ts";

/**
 * Rows restored per table, read from psql's output with `--echo-queries`: each table's data is
 * one `COPY schema.table (…) FROM stdin;` (echoed) answered by the server's `COPY <rows>` tag,
 * the exact number of rows it inserted. Costs nothing, unlike counting the tables afterwards.
 */
export class CopyTagReader {
  private readonly tables: RestoredTable[] = [];
  private partial = "";
  /** The echoed COPY statement waiting for its tag (it can span lines: quoted names hold newlines). */
  private statement: string | undefined;
  private lastTag = "";

  /** Feeds psql's stdout as it arrives. */
  write(text: string): void {
    const lines = (this.partial + text).split("\n");
    this.partial = lines.pop()!;
    for (const line of lines) this.line(line);
  }

  /** The tables counted; the last command tag tells whether the script ran to its COMMIT. */
  end(): { tables: RestoredTable[]; committed: boolean } {
    if (this.partial) this.line(this.partial);
    this.partial = "";
    return { tables: this.tables, committed: this.lastTag === "COMMIT" };
  }

  private line(line: string): void {
    const tag = /^COPY (\d+)$/.exec(line);
    if (tag && this.statement?.endsWith(" FROM stdin;")) {
      const table = tableOf(this.statement);
      if (table) this.tables.push({ ...table, rows: Number(tag[1]) });
      this.statement = undefined;
      return;
    }
    if (/^[A-Z]+( [A-Z]+)*( \d+)*$/.test(line)) this.lastTag = line;
    if (line.startsWith("COPY ") && !tag) this.statement = line;
    else if (this.statement !== undefined && !this.statement.endsWith(" FROM stdin;"))
      this.statement = this.statement.length < 1 << 16 ? `${this.statement}\n${line}` : undefined;
    else this.statement = undefined;
  }
}

const IDENTIFIER = String.raw`"(?:[^"]|"")*"|[^\s."(]+`;
const COPY_STATEMENT = new RegExp(`^COPY (${IDENTIFIER})\\.(${IDENTIFIER})[ (]`, "s");

function tableOf(statement: string): { schema: string; name: string } | undefined {
  const match = COPY_STATEMENT.exec(statement);
  return match ? { schema: unquote(match[1]!), name: unquote(match[2]!) } : undefined;
}

function unquote(identifier: string): string {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replaceAll('""', '"') : identifier;
}
