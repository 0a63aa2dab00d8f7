/**
 * PostgreSQL connection strings read the way libpq reads them (`conninfo_uri_parse_options` and
 * `conninfo_parse` in fe-connect.c): `postgres[ql]://[user[:password]@][host][:port][,...][/dbname][?k=v&...]`
 * and `key=value key='quoted value'`. Several hosts, Unix-socket folders (`?host=/run/postgresql`
 * or `%2Frun%2Fpostgresql`), bracketed IPv6 and query keywords overriding the rest all work.
 *
 * Where libpq would guess (an un-encoded `@` or `/` in a password makes it read part of the
 * password as a host), this refuses instead. No message here ever quotes the string.
 */

/** A problem with a connection string; its message never contains any part of the string. */
export class ConnStringProblem extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export const PERCENT_ENCODE_HINT =
  "percent-encode reserved characters in the user name and password (@ → %40, / → %2F, : → %3A, ? → %3F, # → %23, % → %25, space → %20), or leave the password out of the URL and set PGPASSWORD";

/** libpq's connection keywords (PostgreSQL 17 docs, "Parameter Key Words"). */
export const LIBPQ_KEYWORDS = new Set([
  "host",
  "hostaddr",
  "port",
  "dbname",
  "user",
  "password",
  "passfile",
  "require_auth",
  "channel_binding",
  "connect_timeout",
  "client_encoding",
  "options",
  "application_name",
  "fallback_application_name",
  "keepalives",
  "keepalives_idle",
  "keepalives_interval",
  "keepalives_count",
  "tcp_user_timeout",
  "replication",
  "gssencmode",
  "sslmode",
  "requiressl",
  "sslnegotiation",
  "sslcompression",
  "sslcert",
  "sslkey",
  "sslpassword",
  "sslcertmode",
  "sslrootcert",
  "sslcrl",
  "sslcrldir",
  "sslsni",
  "requirepeer",
  "ssl_min_protocol_version",
  "ssl_max_protocol_version",
  "min_protocol_version",
  "max_protocol_version",
  "krbsrvname",
  "gsslib",
  "gssdelegation",
  "service",
  "target_session_attrs",
  "load_balance_hosts",
]);

export interface ParsedConnString {
  /** libpq keywords given, decoded; `host` and `port` may be comma-separated lists. */
  readonly values: Readonly<Record<string, string>>;
  /** Query parameters libpq does not know (`pgbouncer`, `schema`, …): never handed to libpq tools. */
  readonly extras: Readonly<Record<string, string>>;
  /** For URLs: the parts as written, for display (no password, no query). */
  readonly written?: {
    readonly scheme: string;
    readonly user: string;
    readonly hostspec: string;
    readonly path: string;
  };
}

const URI_PREFIX = /^(postgres(?:ql)?):\/\//i;

export function isPostgresUri(text: string): boolean {
  return URI_PREFIX.test(text);
}

/** `host=… dbname=…`: starts with a libpq keyword and `=`. */
export function isConninfo(text: string): boolean {
  const match = /^\s*([a-z_]+)\s*=/i.exec(text);
  return match !== null && LIBPQ_KEYWORDS.has(match[1]!.toLowerCase());
}

export function parseConnString(text: string): ParsedConnString {
  if (isPostgresUri(text)) return parseUri(text);
  if (isConninfo(text)) return parseConninfo(text);
  throw new ConnStringProblem(
    "it is neither a postgres:// (or postgresql://) URL nor a key=value connection string",
    "use the form postgres://user:password@host:5432/database",
  );
}

function ambiguous(): ConnStringProblem {
  return new ConnStringProblem(
    "the URL is ambiguous: it has a second '@', or an '@' after a '/' (a password with an un-encoded '@', '/' or '?')",
    PERCENT_ENCODE_HINT,
  );
}

function decode(text: string, what: string): string {
  if (/%(?![0-9a-f]{2})/i.test(text) || /%00/.test(text))
    throw new ConnStringProblem(`the ${what} has a '%' that is not followed by two hex digits`, PERCENT_ENCODE_HINT);
  try {
    return decodeURIComponent(text);
  } catch {
    throw new ConnStringProblem(`the ${what} has percent-encoded bytes that are not UTF-8`, PERCENT_ENCODE_HINT);
  }
}

function parseUri(text: string): ParsedConnString {
  const scheme = URI_PREFIX.exec(text)![1]!;
  const rest = text.slice(scheme.length + 3);
  // libpq: user info ends at the first '@', unless a '/' comes before it.
  let i = 0;
  while (i < rest.length && rest[i] !== "@" && rest[i] !== "/") i++;
  const userinfo = rest[i] === "@" ? rest.slice(0, i) : undefined;
  const netStart = userinfo === undefined ? 0 : i + 1;
  const queryAt = rest.indexOf("?", netStart);
  // A second '@' (or one after a '/') means a password held '@' or '/': libpq would take part of it as a host.
  if (rest.slice(netStart, queryAt < 0 ? undefined : queryAt).includes("@")) throw ambiguous();
  // No user info but an '@' in the query: a user=…@… parameter, or a password holding '/' and '?'.
  const suspicious = userinfo === undefined && rest.includes("@");
  try {
    return parseUriParts(scheme, rest, userinfo, netStart, suspicious);
  } catch (error) {
    if (suspicious && error instanceof ConnStringProblem) throw ambiguous();
    throw error;
  }
}

function parseUriParts(
  scheme: string,
  rest: string,
  userinfo: string | undefined,
  netStart: number,
  suspicious: boolean,
): ParsedConnString {
  const values: Record<string, string> = {};
  const extras: Record<string, string> = {};
  let shownUser = "";
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(":");
    shownUser = colon < 0 ? userinfo : userinfo.slice(0, colon);
    if (shownUser) values.user = decode(shownUser, "user name");
    if (colon >= 0 && colon < userinfo.length - 1) values.password = decode(userinfo.slice(colon + 1), "password");
  }
  const hosts: string[] = [];
  const ports: string[] = [];
  let p = netStart;
  let term = "";
  for (;;) {
    if (rest[p] === "[") {
      const close = rest.indexOf("]", p);
      if (close < 0) throw new ConnStringProblem("an IPv6 host address has no closing ']'");
      if (close === p + 1) throw new ConnStringProblem("an IPv6 host address in brackets is empty");
      hosts.push(rest.slice(p + 1, close));
      p = close + 1;
      if (p < rest.length && !":/?,".includes(rest[p]!))
        throw new ConnStringProblem("an IPv6 host address in brackets must be followed by ':', '/', '?' or ','");
    } else {
      const start = p;
      while (p < rest.length && !":/?,".includes(rest[p]!)) p++;
      hosts.push(rest.slice(start, p));
    }
    term = rest[p] ?? "";
    let port = "";
    if (term === ":") {
      const start = ++p;
      while (p < rest.length && !"/?,".includes(rest[p]!)) p++;
      port = rest.slice(start, p);
      term = rest[p] ?? "";
    }
    ports.push(port);
    if (term !== ",") break;
    p++;
  }
  const hostspec = rest.slice(netStart, p);
  if (hosts.join(",")) values.host = decode(hosts.join(","), "host");
  if (ports.join(",")) values.port = decode(ports.join(","), "port");
  let path = "";
  if (term === "/") {
    const start = ++p;
    while (p < rest.length && rest[p] !== "?") p++;
    path = rest.slice(start, p);
    if (path) values.dbname = decode(path, "database name");
    term = rest[p] ?? "";
  }
  if (term === "?") {
    for (const pair of rest.slice(p + 1).split("&")) {
      if (!pair) continue;
      const eq = pair.indexOf("=");
      if (eq <= 0) throw new ConnStringProblem("a query parameter of the URL is not key=value");
      const key = decode(pair.slice(0, eq), "query parameter");
      const value = decode(pair.slice(eq + 1), "query parameter");
      if (key === "ssl" && value === "true") values.sslmode = "require";
      else if (LIBPQ_KEYWORDS.has(key)) values[key] = value;
      else if (suspicious) throw new ConnStringProblem("unknown query parameter");
      else extras[key] = value;
    }
  }
  return { values, extras, written: { scheme, user: shownUser, hostspec, path } };
}

const SPACE = /\s/;

/** `key=value` pairs separated by spaces; values may be 'single-quoted' with backslash escapes. */
function parseConninfo(text: string): ParsedConnString {
  const values: Record<string, string> = {};
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && SPACE.test(text[i]!)) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !SPACE.test(text[i]!) && text[i] !== "=") i++;
    const key = text.slice(start, i);
    while (i < n && SPACE.test(text[i]!)) i++;
    if (text[i] !== "=")
      throw new ConnStringProblem(
        "the connection string has a word without '=' after it",
        "write key=value pairs, and quote values that hold spaces: password='two words'",
      );
    i++;
    while (i < n && SPACE.test(text[i]!)) i++;
    let value = "";
    if (text[i] === "'") {
      i++;
      for (;;) {
        if (i >= n) throw new ConnStringProblem("the connection string has a quoted value without its closing quote");
        const c = text[i]!;
        if (c === "\\" && i + 1 < n) {
          value += text[i + 1];
          i += 2;
        } else if (c === "'") {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
    } else {
      while (i < n && !SPACE.test(text[i]!)) {
        if (text[i] === "\\" && i + 1 < n) i++;
        value += text[i];
        i++;
      }
    }
    if (!LIBPQ_KEYWORDS.has(key))
      throw new ConnStringProblem(
        "the connection string has a keyword libpq does not know",
        "the keywords are libpq's: host, port, dbname, user, password, sslmode, …",
      );
    values[key] = value;
  }
  return { values, extras: {} };
}
