/**
 * The environment a child process gets: an allow-list, never the run's whole environment, so
 * credentials (AWS, Supabase, Google, GitHub, webhooks, a passphrase variable) cannot be read from
 * /proc/<pid>/environ of pg_dump, zstd or tar.
 */

declare const CHILD_ENV: unique symbol;
/** Built only here: `spawnStage` refuses a plain `process.env`. */
export type ChildEnv = Readonly<Record<string, string>> & { readonly [CHILD_ENV]: true };

type Env = Readonly<Record<string, string | undefined>>;

/** What any tool needs to find programs, write temporary files and speak the user's locale. */
const BASICS = ["PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "SYSTEMROOT"] as const;

/** libpq's own variables (PostgreSQL docs, "Environment Variables"), PGPASSWORD excepted. */
export const LIBPQ_VARIABLES = [
  "PGHOST",
  "PGHOSTADDR",
  "PGPORT",
  "PGDATABASE",
  "PGUSER",
  "PGPASSFILE",
  "PGCHANNELBINDING",
  "PGSERVICE",
  "PGSERVICEFILE",
  "PGSYSCONFDIR",
  "PGOPTIONS",
  "PGAPPNAME",
  "PGSSLMODE",
  "PGREQUIRESSL",
  "PGSSLNEGOTIATION",
  "PGSSLCOMPRESSION",
  "PGSSLCERT",
  "PGSSLKEY",
  "PGSSLCERTMODE",
  "PGSSLROOTCERT",
  "PGSSLCRL",
  "PGSSLCRLDIR",
  "PGSSLSNI",
  "PGREQUIREPEER",
  "PGREQUIREAUTH",
  "PGSSLMINPROTOCOLVERSION",
  "PGSSLMAXPROTOCOLVERSION",
  "PGMINPROTOCOLVERSION",
  "PGMAXPROTOCOLVERSION",
  "PGGSSENCMODE",
  "PGKRBSRVNAME",
  "PGGSSLIB",
  "PGGSSDELEGATION",
  "PGCONNECT_TIMEOUT",
  "PGCLIENTENCODING",
  "PGTARGETSESSIONATTRS",
  "PGLOADBALANCEHOSTS",
  "PGDATESTYLE",
  "PGTZ",
  "PGGEQO",
  "PGLOCALEDIR",
] as const;

/** The basics from `from`, plus `extra` (values given as undefined are left out). */
export function childEnv(from: Env = process.env, extra: Env = {}): ChildEnv {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(from)) {
    if (value !== undefined && ((BASICS as readonly string[]).includes(name) || name.startsWith("LC_")))
      env[name] = value;
  }
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) env[name] = value;
  return env as ChildEnv;
}

/** For libpq tools (pg_dump, pg_restore, psql): the basics, libpq's variables, and this password only. */
export function libpqChildEnv(from: Env, password: string | undefined, extra: Env = {}): ChildEnv {
  const libpq: Record<string, string | undefined> = {};
  for (const name of LIBPQ_VARIABLES) libpq[name] = from[name];
  return childEnv(from, { ...libpq, ...extra, PGPASSWORD: password });
}
