import { UsageError } from "../../errors.ts";
import { type PostgresTarget, parsePostgresUrl } from "../postgres/connection.ts";

export interface SupabaseSourceOptions {
  databaseUrl: string;
  projectUrl: string;
  serviceRoleKey: string;
  /** Buckets whose files are backed up; absent means every bucket. */
  buckets?: readonly string[];
  includeMigrations: boolean;
  pgBin?: string;
}

/** What a scratch restore (verify --level restore) asks of the project it restores into. */
export interface ScratchHooks {
  /** Makes the roles among these that the server lacks (they are dropped with the scratch project). */
  ensureRoles(names: readonly string[]): Promise<void>;
}

export interface SupabaseRestoreOptions {
  databaseUrl: string;
  projectUrl?: string;
  serviceRoleKey?: string;
  skipStorage: boolean;
  storageOnly: boolean;
  /** Restore on top of what the target holds; a conflict still rolls the whole database part back. */
  force?: boolean;
  /** Replace the target's own schemas and auth/storage rows, in the restore's transaction. */
  clean?: boolean;
  /** A throw-away project-like database (verify --level restore); see database-restore.ts. */
  scratch?: ScratchHooks;
  pgBin?: string;
}

export interface SupabaseRawOptions {
  source?: string;
  "supabase-url"?: string;
  "service-role-key"?: string;
  buckets?: string[];
  "include-migrations"?: boolean;
}

const TRANSACTION_POOLER_PORT = 6543;
const SESSION_POOLER_HINT =
  "use the session pooler URL from the dashboard (Connect → Session pooler): " +
  "postgresql://postgres.<ref>:<password>@aws-0-<region>.pooler.supabase.com:5432/postgres";

/** `db.<ref>.supabase.co`: the direct host, which has IPv6 addresses only (unless the IPv4 add-on is on). */
export function directHostRef(host: string): string | undefined {
  return /^db\.([a-z0-9]+)\.supabase\.(?:co|com)$/i.exec(host)?.[1]?.toLowerCase();
}

export function isPoolerHost(host: string): boolean {
  return /(^|\.)pooler\.supabase\.com$/i.test(host);
}

/**
 * Why a URL cannot run pg_dump, if it cannot: Supavisor's transaction mode (port 6543, on
 * Supabase's hosts and on self-hosted Supavisor alike) hands each statement to any backend, so
 * pg_dump's snapshot, SETs and COPY break in confusing ways.
 */
export function transactionPoolerProblem(target: PostgresTarget, raw: string): string | undefined {
  const supabaseHost = isPoolerHost(target.host) || directHostRef(target.host) !== undefined;
  const pgbouncerFlag = /[?&]pgbouncer=true\b/i.test(raw);
  if (target.port === TRANSACTION_POOLER_PORT || (supabaseHost && pgbouncerFlag)) {
    return (
      `the database URL points at a transaction pooler (${target.host}:${target.port}; Supavisor's transaction mode listens on ${TRANSACTION_POOLER_PORT}), which cannot run pg_dump ` +
      `(no session state, no snapshots); ${supabaseHost ? SESSION_POOLER_HINT : "use the session pooler (Supavisor's port 5432) or the database's own port"}`
    );
  }
  return undefined;
}

/** The project ref a database URL belongs to, when it says: db.<ref>.supabase.co or user postgres.<ref>. */
export function databaseRef(target: PostgresTarget): string | undefined {
  return (
    directHostRef(target.host) ??
    (isPoolerHost(target.host) ? /^[^.]+\.([a-z0-9]+)$/i.exec(target.user)?.[1]?.toLowerCase() : undefined)
  );
}

export function projectRef(projectUrl: string): string | undefined {
  try {
    return /^([a-z0-9]+)\.supabase\.(?:co|com)$/i.exec(new URL(projectUrl).hostname)?.[1]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/** A hint for a failed connection to a Supabase database, or undefined when nothing specific applies. */
export function connectionHint(target: PostgresTarget, env: NodeJS.ProcessEnv): string | undefined {
  if (directHostRef(target.host) === undefined) return undefined;
  const onActions = env.GITHUB_ACTIONS === "true";
  return (
    `${target.host} is Supabase's direct database host, which has only IPv6 addresses` +
    `${onActions ? " and GitHub-hosted runners have no IPv6" : ""}; ${SESSION_POOLER_HINT}`
  );
}

function keyProblems(key: string): string[] {
  if (/^sb_publishable_/.test(key)) {
    return ["the service-role key is a publishable key; give the secret key (sb_secret_…) or the service_role JWT"];
  }
  const parts = key.split(".");
  if (parts.length === 3) {
    try {
      const payload = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as { role?: unknown };
      if (typeof payload.role === "string" && payload.role !== "service_role") {
        return [
          `the service-role key is a '${payload.role}' key; Storage backups need the service_role key (dashboard: Project Settings → API keys)`,
        ];
      }
    } catch {}
  }
  return [];
}

function projectUrlProblems(raw: string): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return ["the Supabase project URL is not a valid URL (expected https://<ref>.supabase.co)"];
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return [`the Supabase project URL must be https://…, got ${url.protocol}//…`];
  if (url.username || url.password || url.search)
    return ["the Supabase project URL must not carry credentials or a query string"];
  return [];
}

/** Names given as several values or one comma-separated value. */
function splitList(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const names = values.flatMap((v) => v.split(/[,\s]+/)).filter(Boolean);
  return names.length ? [...new Set(names)] : undefined;
}

/**
 * Builds the Supabase source from flags/inputs and the environment (DATABASE_URL, SUPABASE_URL,
 * SUPABASE_SERVICE_ROLE_KEY). Throws one UsageError listing every problem.
 */
export function supabaseOptionsFrom(raw: SupabaseRawOptions, env: NodeJS.ProcessEnv): SupabaseSourceOptions {
  const problems: string[] = [];
  const source = raw.source?.trim();
  let databaseUrl: string | undefined;
  if (source && source !== "supabase") {
    if (!source.startsWith("supabase:"))
      problems.push(`a Supabase source is 'supabase' or 'supabase:postgresql://…', got '${source.split(":")[0]}:…'`);
    else databaseUrl = source.slice("supabase:".length) || undefined;
  }
  databaseUrl ??= env.DATABASE_URL || undefined;
  const projectUrl = (raw["supabase-url"] ?? env.SUPABASE_URL)?.trim().replace(/\/+$/, "") || undefined;
  const serviceRoleKey = (raw["service-role-key"] ?? env.SUPABASE_SERVICE_ROLE_KEY)?.trim() || undefined;

  let target: PostgresTarget | undefined;
  if (!databaseUrl) {
    problems.push(
      "no database URL: give --source supabase:postgresql://… or set DATABASE_URL (the session pooler URL, port 5432)",
    );
  } else {
    try {
      target = parsePostgresUrl(databaseUrl, "Supabase database URL");
      const pooler = transactionPoolerProblem(target, databaseUrl);
      if (pooler) problems.push(pooler);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (!projectUrl)
    problems.push("no Supabase project URL: give --supabase-url https://<ref>.supabase.co or set SUPABASE_URL");
  else problems.push(...projectUrlProblems(projectUrl));
  if (!serviceRoleKey) problems.push("no service-role key: give --service-role-key or set SUPABASE_SERVICE_ROLE_KEY");
  else problems.push(...keyProblems(serviceRoleKey));
  if (target && projectUrl) {
    const dbRef = databaseRef(target);
    const apiRef = projectRef(projectUrl);
    if (dbRef && apiRef && dbRef !== apiRef) {
      problems.push(
        `the database URL belongs to project '${dbRef}' but the project URL to '${apiRef}'; both must name the same project`,
      );
    }
  }
  const buckets = splitList(raw.buckets);
  for (const bucket of buckets ?? []) if (bucket.includes("/")) problems.push(`bucket names have no '/': '${bucket}'`);
  if (problems.length) {
    throw new UsageError(problems, {
      hint: "Supabase backups need the database URL, the project URL and the service-role key",
    });
  }
  const options: SupabaseSourceOptions = {
    databaseUrl: databaseUrl!,
    projectUrl: projectUrl!,
    serviceRoleKey: serviceRoleKey!,
    includeMigrations: raw["include-migrations"] ?? false,
  };
  if (buckets) options.buckets = Object.freeze(buckets);
  if (env.STRONGROOM_PG_BIN) options.pgBin = env.STRONGROOM_PG_BIN;
  return Object.freeze(options);
}

/** Every secret these options hold, for the redactor: the key, the database password, and their encoded forms. */
export function supabaseSecrets(options: SupabaseSourceOptions | SupabaseRestoreOptions): string[] {
  const secrets = new Set<string>();
  if (options.serviceRoleKey) secrets.add(options.serviceRoleKey);
  try {
    const password = parsePostgresUrl(options.databaseUrl).password;
    if (password) secrets.add(password);
  } catch {}
  return [...secrets];
}
