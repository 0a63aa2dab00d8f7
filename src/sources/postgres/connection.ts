import { readFileSync } from "node:fs";
import pg from "pg";
import { SourceError } from "../../errors.ts";
import { type ChildEnv, libpqChildEnv } from "../../stages/child-env.ts";
import { type PostgresHost, type PostgresTarget, withHost } from "./postgres-target.ts";

export {
  environmentNamesDatabase,
  type PostgresHost,
  type PostgresTarget,
  parsePostgresUrl,
  targetFromEnvironment,
  withApplicationName,
  withDatabase,
  withHost,
} from "./postgres-target.ts";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Environment for libpq tools: the allow-listed basics, libpq's own variables, and the password
 * (here, never on the command line). `extra` adds variables such as PGOPTIONS.
 */
export function libpqEnv(target: PostgresTarget, base: Env = process.env, extra: Env = {}): ChildEnv {
  return libpqChildEnv(base, target.password, {
    PGAPPNAME: "strongroom",
    PGCONNECT_TIMEOUT: base.PGCONNECT_TIMEOUT ?? "15",
    ...extra,
  });
}

export async function connect(target: PostgresTarget, role = "source"): Promise<pg.Client> {
  return (await connectTo(target, role)).client;
}

/**
 * Tries the target's hosts in order, as libpq does (node-pg takes one host), honouring
 * target_session_attrs. `target` in the result is narrowed to the host that answered: tools that
 * must reach the same server (pg_dump on our exported snapshot) get that one host.
 */
export async function connectTo(
  target: PostgresTarget,
  role = "source",
  env: Env = process.env,
): Promise<{ client: pg.Client; target: PostgresTarget }> {
  const wanted = (target.params.target_session_attrs ?? env.PGTARGETSESSIONATTRS ?? "any").toLowerCase();
  const passes = wanted === "prefer-standby" ? ["standby", "any"] : [wanted];
  let last: { error: unknown; host: PostgresHost } | undefined;
  for (const pass of passes) {
    for (const host of target.hosts) {
      const client = new pg.Client(clientConfig(target, host, env));
      client.on("error", () => {});
      try {
        await client.connect();
        if (await fits(client, pass)) return { client, target: withHost(target, host) };
        last = { error: Object.assign(new Error(`the server is not ${pass}`), { code: "SESSION_ATTRS" }), host };
      } catch (error) {
        last = { error, host };
      }
      await client.end().catch(() => {});
    }
  }
  const failed = withHost(target, last!.host);
  const error = connectionError(last!.error, failed, role);
  if (target.hosts.length === 1) throw error;
  throw new SourceError(`${role}: none of its ${target.hosts.length} hosts could be used; the last: ${error.message}`, {
    hint: error.hint ?? "check the hosts and ports",
    cause: last!.error,
  });
}

async function fits(client: pg.Client, attrs: string): Promise<boolean> {
  if (attrs === "any") return true;
  const { rows } = await client.query<{ recovery: boolean; ro: string }>(
    "select pg_is_in_recovery() as recovery, current_setting('transaction_read_only') as ro",
  );
  const { recovery, ro } = rows[0]!;
  if (attrs === "read-write") return ro === "off";
  if (attrs === "read-only") return ro === "on";
  if (attrs === "primary") return !recovery;
  if (attrs === "standby") return recovery;
  return true;
}

function clientConfig(target: PostgresTarget, host: PostgresHost, env: Env): pg.ClientConfig {
  const param = (key: string, variable: string) => target.params[key] ?? env[variable];
  const ssl = sslConfig(param("sslmode", "PGSSLMODE"), {
    ca: param("sslrootcert", "PGSSLROOTCERT"),
    cert: param("sslcert", "PGSSLCERT"),
    key: param("sslkey", "PGSSLKEY"),
  });
  const timeout = Number(param("connect_timeout", "PGCONNECT_TIMEOUT") ?? 15);
  const options = param("options", "PGOPTIONS");
  return {
    host: host.host,
    port: host.port,
    user: target.user,
    database: target.database,
    ...(target.password !== undefined ? { password: target.password } : {}),
    ...(ssl !== undefined ? { ssl } : {}),
    ...(options ? { options } : {}),
    connectionTimeoutMillis: (Number.isFinite(timeout) && timeout > 0 ? timeout : 15) * 1000,
    application_name: "strongroom",
  };
}

/**
 * The ssl keywords read as node-pg's own connection-string parser reads them (what a
 * connectionString gave before): `disable` is off, `no-verify` skips the certificate check, any
 * other mode verifies it; undefined leaves node-pg to read PGSSLMODE itself.
 */
function sslConfig(
  mode: string | undefined,
  files: Record<"ca" | "cert" | "key", string | undefined>,
): pg.ClientConfig["ssl"] | undefined {
  const given = Object.entries(files).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (!mode && given.length === 0) return undefined;
  if (mode === "disable") return false;
  const ssl: Record<string, unknown> = Object.fromEntries(
    given.map(([name, path]) => [name, readFileSync(path, "utf8")]),
  );
  if (mode === "no-verify") ssl.rejectUnauthorized = false;
  return ssl;
}

/** Turns a connection failure into a message that says what to do; never includes the password. */
export function connectionError(error: unknown, target: PostgresTarget, role: string): SourceError {
  const err = error as NodeJS.ErrnoException & { code?: string };
  const where = target.host.startsWith("/")
    ? `the socket in ${target.host} (port ${target.port})`
    : `${target.host}:${target.port}`;
  const make = (message: string, hint: string) => new SourceError(`${role}: ${message}`, { hint, cause: error });
  switch (err.code) {
    case "ECONNREFUSED":
      return make(
        `cannot connect to ${where}: connection refused`,
        "check the host and port, and that PostgreSQL is running and listening on TCP",
      );
    case "ENOENT":
      return make(
        `cannot connect to ${where}: no such socket`,
        "check the socket folder (unix_socket_directories on the server) and the port",
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return make(`cannot resolve host '${target.host}'`, "check the host name in the URL");
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return make(`cannot reach ${where} (${err.code})`, "check the host, the port, and any firewall in between");
    case "SESSION_ATTRS":
      return make(`${where}: ${err.message}`, "check target_session_attrs and which server is the primary");
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
