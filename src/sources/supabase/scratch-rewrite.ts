import { isManagedSchema } from "./managed.ts";

const IDENT = String.raw`"((?:[^"]|"")+)"`;
const COPY_LINE = new RegExp(String.raw`^COPY ${IDENT}\.${IDENT} \((.*)\) FROM stdin;$`);
const SETVAL_LINE = new RegExp(String.raw`^SELECT pg_catalog\.setval\('${IDENT}\.${IDENT}'`);
const EXTENSION_LINE = new RegExp(String.raw`^CREATE EXTENSION IF NOT EXISTS ${IDENT} WITH SCHEMA ${IDENT};$`);

const unquote = (name: string) => name.replaceAll('""', '"');
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A line of schema.sql or data.sql, rewritten for a scratch project (verify --level restore),
 * whose auth and storage tables are a minimal stand-in for the platform's (their columns change
 * with every Supabase release): a managed table gets the columns the backup's rows name (as text,
 * which takes any value's text form), a managed sequence is made before its value is set, and an
 * extension the server does not have is reported instead of stopping the load (objects that
 * need it still fail, with PostgreSQL's message). Rows inside COPY blocks pass untouched.
 */
export function scratchLine(line: string, state: { inCopy: boolean }): string {
  if (state.inCopy) {
    if (line === "\\.") state.inCopy = false;
    return line;
  }
  if (line.startsWith("COPY ") && line.endsWith(" FROM stdin;")) {
    state.inCopy = true;
    const copy = COPY_LINE.exec(line);
    if (!copy || !isManagedSchema(unquote(copy[1]!))) return line;
    const table = `"${copy[1]}"."${copy[2]}"`;
    const columns = [...copy[3]!.matchAll(new RegExp(IDENT, "g"))].map((m) => `"${m[1]}"`);
    const add = columns.map((c) => `ADD COLUMN IF NOT EXISTS ${c} text`).join(", ");
    return `CREATE TABLE IF NOT EXISTS ${table} ();${add ? `\nALTER TABLE ${table} ${add};` : ""}\n${line}`;
  }
  const setval = SETVAL_LINE.exec(line);
  if (setval && isManagedSchema(unquote(setval[1]!))) {
    return `CREATE SEQUENCE IF NOT EXISTS "${setval[1]}"."${setval[2]}";\n${line}`;
  }
  const extension = EXTENSION_LINE.exec(line);
  if (extension) {
    const name = unquote(extension[1]!).replaceAll("'", "''");
    const schema = quote(unquote(extension[2]!));
    return (
      `DO $sr$ BEGIN IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = '${name}') THEN ` +
      `CREATE SCHEMA IF NOT EXISTS ${schema}; ${line} ELSE RAISE WARNING 'extension ${name} is not available on this server'; END IF; END $sr$;`
    );
  }
  return line;
}

/**
 * Role names a pg_dump schema (or managed.sql) refers to: owners, grantees, default-privilege
 * owners and policy roles. Quoted names only: pg_dump quotes every identifier here.
 */
export function rolesNamedIn(sql: string): string[] {
  const names = new Set<string>();
  const list = String.raw`((?:"(?:[^"]|"")+"(?:,\s*)?)+)`;
  const add = (quoted: string | undefined) => {
    for (const m of (quoted ?? "").matchAll(/"((?:[^"]|"")+)"/g)) names.add(m[1]!.replaceAll('""', '"'));
  };
  for (const line of sql.split("\n")) {
    const head = line.slice(0, 40).toUpperCase();
    if (head.startsWith("ALTER ")) {
      add(new RegExp(String.raw`OWNER TO ${list}`, "i").exec(line)?.[1]);
      add(new RegExp(String.raw`FOR ROLE ${list}`, "i").exec(line)?.[1]);
    }
    if (head.startsWith("ALTER DEFAULT PRIVILEGES") || head.startsWith("GRANT ") || head.startsWith("REVOKE ")) {
      add(new RegExp(String.raw`\b(?:TO|FROM) ${list}\s*(?:;|WITH|GRANTED)`, "i").exec(line)?.[1]);
    }
    if (head.startsWith("CREATE POLICY ")) add(new RegExp(String.raw`\bTO ${list}`, "i").exec(line)?.[1]);
    if (head.startsWith("CREATE USER MAPPING FOR ")) add(/^CREATE USER MAPPING FOR ("(?:[^"]|"")+")/i.exec(line)?.[1]);
  }
  return [...names];
}
