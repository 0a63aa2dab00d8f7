import pg from "pg";
import { SourceError, UsageError } from "../../errors.ts";
import { displayUrl } from "../../redact.ts";

/** A parsed PostgreSQL URL. `password` is kept apart: tools get it through PGPASSWORD, never argv. */
export interface PostgresTarget {
  /** The URL without password or query string: safe to log and to put in manifests. */
  readonly display: string;
  /** The URL without the password (query kept: sslmode and friends), for libpq tools' --dbname. */
  readonly urlWithoutPassword: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  readonly password: string | undefined;
}

export function parsePostgresUrl(raw: string, role = "source"): PostgresTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`the ${role} is not a valid URL: ${displayUrl(raw)}`, {
      hint: "use the form postgres://user:password@host:5432/database",
    });
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new UsageError(`the ${role} must be a postgres:// or postgresql:// URL, got ${url.protocol}//…`);
  }
  const password = url.password ? decodeURIComponent(url.password) : (url.searchParams.get("password") ?? undefined);
  const withoutPassword = new URL(url.toString());
  withoutPassword.password = "";
  withoutPassword.searchParams.delete("password");
  const database =
    decodeURIComponent(url.pathname.replace(/^\//, "")) || decodeURIComponent(url.username) || "postgres";
  return {
    display: displayUrl(raw),
    urlWithoutPassword: withoutPassword.toString(),
    host: url.hostname.replace(/^\[|\]$/g, "") || "localhost",
    port: url.port ? Number(url.port) : 5432,
    database,
    user: decodeURIComponent(url.username) || process.env.PGUSER || process.env.USER || "postgres",
    password: password ?? process.env.PGPASSWORD,
  };
}

/** The same target with another database name (for CREATE DATABASE and scratch databases). */
export function withDatabase(target: PostgresTarget, database: string): PostgresTarget {
  const swap = (raw: string): string => {
    const url = new URL(raw);
    url.pathname = `/${encodeURIComponent(database)}`;
    return url.toString();
  };
  return { ...target, database, urlWithoutPassword: swap(target.urlWithoutPassword), display: swap(target.display) };
}

/** Environment for libpq tools: the password travels here, never on the command line. */
export function libpqEnv(target: PostgresTarget, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    PGAPPNAME: "strongroom",
    PGCONNECT_TIMEOUT: base.PGCONNECT_TIMEOUT ?? "15",
  };
  delete env.PGPASSWORD;
  delete env.DATABASE_URL;
  if (target.password !== undefined) env.PGPASSWORD = target.password;
  return env;
}

export async function connect(target: PostgresTarget, role = "source"): Promise<pg.Client> {
  // pg lets the connection string override explicit fields, so the password goes inside it (memory only).
  const url = new URL(target.urlWithoutPassword);
  if (target.password !== undefined) url.password = encodeURIComponent(target.password);
  if (!url.username) url.username = encodeURIComponent(target.user);
  const client = new pg.Client({
    connectionString: url.toString(),
    connectionTimeoutMillis: 15_000,
    application_name: "strongroom",
  });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw connectionError(error, target, role);
  }
  return client;
}

/** Cancels the query a session of ours is running (pg_cancel_backend works on the user's own sessions). */
export async function cancelBackend(target: PostgresTarget, pid: number): Promise<void> {
  const client = await connect(target);
  try {
    await client.query("select pg_cancel_backend($1)", [pid]);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Turns a connection failure into a message that says what to do; never includes the password. */
export function connectionError(error: unknown, target: PostgresTarget, role: string): SourceError {
  const err = error as NodeJS.ErrnoException & { code?: string };
  const where = `${target.host}:${target.port}`;
  const make = (message: string, hint: string) => new SourceError(`${role}: ${message}`, { hint, cause: error });
  switch (err.code) {
    case "ECONNREFUSED":
      return make(
        `cannot connect to ${where}: connection refused`,
        "check the host and port, and that PostgreSQL is running and listening on TCP",
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return make(`cannot resolve host '${target.host}'`, "check the host name in the URL");
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return make(`cannot reach ${where} (${err.code})`, "check the host, the port, and any firewall in between");
    case "28P01":
      return make(
        `password authentication failed for user '${target.user}' at ${where}`,
        "check the password in the URL (or PGPASSWORD)",
      );
    case "28000":
      return make(
        `the server at ${where} rejected user '${target.user}': ${err.message}`,
        "check pg_hba.conf on the server and the user name",
      );
    case "3D000":
      return make(
        `database '${target.database}' does not exist on ${where}`,
        "check the database name in the URL (psql -l lists them)",
      );
    default:
      if (/timeout/i.test(err.message ?? "")) {
        return make(`timed out connecting to ${where}`, "check the host, the port, and any firewall in between");
      }
      return make(
        `cannot connect to ${where}: ${err.message ?? String(error)}`,
        "check the URL and that the server is reachable",
      );
  }
}
