import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import { UsageError } from "../../errors.ts";
import { ConnStringProblem, LIBPQ_KEYWORDS, type ParsedConnString, parseConnString } from "./conn-string.ts";

export interface PostgresHost {
  /** A host name, an IP address, or a Unix-socket folder (starts with `/`). */
  readonly host: string;
  readonly port: number;
}

/**
 * A resolved PostgreSQL connection: the string's values, then libpq's PG* variables, then libpq's
 * defaults. `password` is kept apart: tools get it through PGPASSWORD, never argv.
 */
export interface PostgresTarget {
  /** No password, no query string: safe to log and to put in manifests. */
  readonly display: string;
  /** A libpq URL naming every resolved value but the password, for the tools' --dbname. */
  readonly urlWithoutPassword: string;
  /** The first of `hosts`. */
  readonly host: string;
  readonly port: number;
  /** In the order libpq tries them. */
  readonly hosts: readonly PostgresHost[];
  readonly database: string;
  readonly user: string;
  readonly password: string | undefined;
  /** Other libpq keywords the string gave (sslmode, options, …), never the password. */
  readonly params: Readonly<Record<string, string>>;
  /** How the display's prefix reads (`postgres://app@db:5432`), kept for `withDatabase`. */
  readonly shown: { readonly prefix: string; readonly suffix: string };
}

type Env = Readonly<Record<string, string | undefined>>;

/** libpq's environment variable for each keyword it takes from the environment. */
const ENV_OF: Readonly<Record<string, string>> = {
  host: "PGHOST",
  hostaddr: "PGHOSTADDR",
  port: "PGPORT",
  dbname: "PGDATABASE",
  user: "PGUSER",
  password: "PGPASSWORD",
};

/** Where libpq looks for a server's socket when no host is given (Debian's, Red Hat's, upstream's). */
const SOCKET_DIRS = ["/var/run/postgresql", "/run/postgresql", "/tmp"];

/**
 * Reads a postgres:// URL or key=value string as libpq does. Errors name what is wrong but never
 * quote the string, since an un-encoded password may be anywhere in it.
 */
export function parsePostgresUrl(raw: string, role = "source", env: Env = process.env): PostgresTarget {
  let parsed: ParsedConnString;
  try {
    parsed = parseConnString(raw.trim());
  } catch (error) {
    if (!(error instanceof ConnStringProblem)) throw error;
    // Config parsing keeps only the message of each problem: what to do goes in it too.
    const hint = error.hint ?? "use the form postgres://user:password@host:5432/database";
    throw new UsageError(`the ${role} is not a valid PostgreSQL connection string: ${error.message}; ${hint}`, {
      hint,
    });
  }
  return resolveTarget(parsed, role, env);
}

/** A target from libpq's PG* variables alone (no connection string), as `psql` with no arguments. */
export function targetFromEnvironment(env: Env, role = "source"): PostgresTarget {
  return resolveTarget({ values: {}, extras: {} }, role, env);
}

/** Whether the environment names a database the libpq way (PGHOST or PGDATABASE). */
export function environmentNamesDatabase(env: Env): boolean {
  return Boolean(env.PGHOST || env.PGDATABASE);
}

function resolveTarget(parsed: ParsedConnString, role: string, env: Env): PostgresTarget {
  // Our own session could not read pg_service.conf, and must reach the same server as the tools.
  if (parsed.values.service !== undefined)
    throw new UsageError(`the ${role} names a service (pg_service.conf), which Strongroom cannot read`, {
      hint: "give the host, port, user and database in the URL (or PGHOST, PGPORT, PGUSER, PGDATABASE)",
    });
  const get = (key: string): string | undefined =>
    parsed.values[key] || (ENV_OF[key] ? env[ENV_OF[key]!] || undefined : undefined);
  const user = get("user") ?? osUser();
  const database = get("dbname") ?? user;
  // hostaddr alone (no host) is where libpq connects; our session must go there too.
  const hosts = resolveHosts(get("host") ?? get("hostaddr"), get("port"), role);
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed.values)) {
    if (!["host", "port", "dbname", "user", "password"].includes(key)) params[key] = value;
  }
  const target = {
    hosts,
    host: hosts[0]!.host,
    port: hosts[0]!.port,
    database,
    user,
    password: get("password"),
    params,
  };
  const shown = shownParts(parsed, target);
  return {
    ...target,
    shown,
    display: `${shown.prefix}/${encodeURIComponent(database)}${shown.suffix}`,
    urlWithoutPassword: toolUrl(target),
  };
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "postgres";
  }
}

function resolveHosts(hostList: string | undefined, portList: string | undefined, role: string): PostgresHost[] {
  const hosts = (hostList ?? "").split(",");
  const ports = (portList ?? "").split(",").map((text) => {
    if (text.trim() === "") return 5432;
    const port = Number(text.trim());
    if (!/^\s*\d+\s*$/.test(text) || port < 1 || port > 65535)
      throw new UsageError(`the ${role}'s port is not a number from 1 to 65535`, {
        hint: "give the port as host:5432 (or PGPORT=5432)",
      });
    return port;
  });
  if (ports.length !== 1 && ports.length !== hosts.length)
    throw new UsageError(`the ${role} names ${hosts.length} host(s) but ${ports.length} ports`, {
      hint: "give one port for every host, or a single port for all of them",
    });
  return hosts.map((host, i) => {
    const port = ports.length === 1 ? ports[0]! : ports[i]!;
    return { host: host.trim() || defaultHost(port), port };
  });
}

/** libpq's default: the local server's Unix socket; localhost over TCP where there is none. */
function defaultHost(port: number): string {
  return SOCKET_DIRS.find((dir) => existsSync(`${dir}/.s.PGSQL.${port}`)) ?? "localhost";
}

type Resolved = Pick<PostgresTarget, "hosts" | "user" | "params">;

/** The URL as the user wrote it (password and query left out), or one built from the resolved values. */
function shownParts(parsed: ParsedConnString, target: Resolved): PostgresTarget["shown"] {
  const written = parsed.written;
  if (written) {
    const user = written.user ? `${written.user}@` : "";
    // postgres:///db?host=/run/postgresql: the socket is worth showing.
    const queryHost = written.hostspec === "" && parsed.values.host ? `?host=${parsed.values.host}` : "";
    return { prefix: `${written.scheme}://${user}${written.hostspec}`, suffix: queryHost };
  }
  const user = `${encodeURIComponent(target.user)}@`;
  if (target.hosts.every((h) => !h.host.startsWith("/")))
    return { prefix: `postgresql://${user}${hostspecOf(target.hosts)}`, suffix: "" };
  return { prefix: `postgresql://${user}`, suffix: `?host=${target.hosts.map((h) => h.host).join(",")}` };
}

function hostspecOf(hosts: readonly PostgresHost[]): string {
  return hosts.map((h) => `${h.host.includes(":") ? `[${h.host}]` : encodeURIComponent(h.host)}:${h.port}`).join(",");
}

/** Every resolved value in the query (sockets and IPv6 need no special form there); no password. */
function toolUrl(target: Resolved & Pick<PostgresTarget, "database">): string {
  const query = new URLSearchParams();
  query.set("host", target.hosts.map((h) => h.host).join(","));
  query.set("port", target.hosts.map((h) => String(h.port)).join(","));
  query.set("user", target.user);
  for (const [key, value] of Object.entries(target.params)) if (LIBPQ_KEYWORDS.has(key)) query.set(key, value);
  return `postgresql:///${encodeURIComponent(target.database)}?${query.toString().replaceAll("+", "%20")}`;
}

/** The same target with another database name (for CREATE DATABASE and scratch databases). */
export function withDatabase(target: PostgresTarget, database: string): PostgresTarget {
  return {
    ...target,
    database,
    display: `${target.shown.prefix}/${encodeURIComponent(database)}${target.shown.suffix}`,
    urlWithoutPassword: toolUrl({ ...target, database }),
  };
}

/** The same target with its session named `name` (pg_stat_activity's application_name), over any name it had. */
export function withApplicationName(target: PostgresTarget, name: string): PostgresTarget {
  const params = { ...target.params, application_name: name };
  return { ...target, params, urlWithoutPassword: toolUrl({ ...target, params }) };
}

/** The same target narrowed to one of its hosts (the one a session connected to). */
export function withHost(target: PostgresTarget, chosen: PostgresHost): PostgresTarget {
  const hosts = [chosen];
  return { ...target, hosts, host: chosen.host, port: chosen.port, urlWithoutPassword: toolUrl({ ...target, hosts }) };
}
