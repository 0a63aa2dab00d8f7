import { StringDecoder } from "node:string_decoder";
import { IntegrityError, UsageError } from "../../errors.ts";
import type { PostgresTarget } from "../postgres/connection.ts";
import { tableRowCounts } from "../postgres/target.ts";
import type { SourceRunContext } from "../source.ts";
import { connectSupabase } from "./session.ts";
import {
  DATA_SCHEMAS,
  isManagedSchema,
  MIGRATIONS_SCHEMA,
  managedSchemaLikePatterns,
  quoteLiteral,
} from "./managed.ts";
import type { ScratchHooks } from "./options.ts";
import type { SqlMember } from "./payload.ts";
import { lazyPsql } from "./restore-psql.ts";
import { rolesNamedIn, scratchLine } from "./scratch-rewrite.ts";

export interface DatabaseRestoreOptions {
  /** Restore on top of what the target holds (a conflict still rolls everything back). */
  readonly force: boolean;
  /** Replace what the target holds: its own schemas and the auth/storage rows, in the same transaction. */
  readonly clean: boolean;
  /**
   * A throw-away project-like database (verify --level restore): roles.sql is left out (the
   * caller made the roles), and managed tables take the columns the backup's rows need.
   */
  readonly scratch?: ScratchHooks | undefined;
  readonly pgBin?: string | undefined;
}

export interface DatabaseRestore {
  apply(member: SqlMember, entry: AsyncIterable<Uint8Array>): Promise<void>;
  /** Sends COMMIT, ends psql's input and waits for its exit; safe to call again. */
  finish(): Promise<void>;
  /** Kills psql without a COMMIT: nothing it received is kept. */
  abort(): Promise<void>;
  /** psql's own error (with its stderr tail) when it has failed; undefined otherwise. */
  failure(): Promise<Error | undefined>;
  counts(): Promise<{ schema: string; name: string; rows: number }[]>;
}

/**
 * Checks the target (connection, emptiness, replica mode, psql) before anything is written, then
 * returns a psql session that applies the SQL members in one explicit transaction: BEGIN first,
 * COMMIT only after the last member, so an input cut short (even by kill -9) commits nothing.
 * The user's policies and triggers on auth/storage tables (managed.sql) are applied after the
 * data, so a trigger such as "create a profile for each new user" does not fire on restored rows.
 */
export async function openDatabaseRestore(
  target: PostgresTarget,
  options: DatabaseRestoreOptions,
  context: SourceRunContext,
): Promise<DatabaseRestore> {
  const replica = await checkTarget(target, options, context);
  const psql = await lazyPsql(target, options, context);
  const { write } = psql;
  const { before, after } = memberFraming(replica);
  let finished: Promise<void> | undefined;
  let pendingManaged: Buffer[] | undefined;
  const send = async (entry: AsyncIterable<Uint8Array>, scratch: boolean) => {
    if (!scratch) {
      for await (const chunk of entry) await write(Buffer.from(chunk));
      return;
    }
    for await (const text of scratchLines(entry)) await write(text);
  };
  const applyManaged = async () => {
    if (!pendingManaged) return;
    const body = Buffer.concat(pendingManaged);
    pendingManaged = undefined;
    await write(`\n-- strongroom: managed.sql\n`);
    await write(body);
    await write("\n");
  };
  return {
    async apply(member, entry) {
      if (finished) throw new IntegrityError(`the backup's ${member} comes after its Storage files`);
      if (member === "roles.sql" && options.scratch !== undefined) {
        for await (const _ of entry);
        return;
      }
      if (member === "managed.sql") {
        pendingManaged = [];
        for await (const chunk of entry) pendingManaged.push(Buffer.from(chunk));
        return;
      }
      if (options.scratch && member === "schema.sql") entry = await withScratchRoles(entry, options.scratch);
      await write(`\n-- strongroom: ${member}\n${before[member] ?? ""}`);
      await send(entry, options.scratch !== undefined && (member === "data.sql" || member === "schema.sql"));
      await write(`\n${after[member] ?? ""}`);
      if (member === "data.sql") await applyManaged();
    },
    finish() {
      finished ??= (async () => {
        await applyManaged();
        const stage = psql.stage();
        if (!stage) return;
        await write("COMMIT;\n");
        stage.child.stdin!.end();
        await stage.exited;
      })();
      return finished;
    },
    async abort() {
      const stage = psql.stage();
      if (!stage) return;
      stage.child.kill("SIGKILL");
      await stage.exited.catch(() => {});
    },
    async failure() {
      const stage = psql.stage();
      if (!stage) return undefined;
      // psql that stopped reading is exiting: give it a moment to say why.
      const settled = await Promise.race([
        stage.exited.then(
          () => ({ error: undefined }),
          (error: unknown) => ({ error: error as Error }),
        ),
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2000).unref()),
      ]);
      return settled?.error;
    },
    counts: () => restoredCounts(target, context.env),
  };
}

/**
 * Refuses a target whose own schemas hold relations (unless --force or --clean); then whether
 * the restore user may load data with session_replication_role = replica.
 */
async function checkTarget(
  target: PostgresTarget,
  options: DatabaseRestoreOptions,
  context: SourceRunContext,
): Promise<boolean> {
  const client = await connectSupabase(target, context.env, "restore target");
  let replica = false;
  try {
    const { rows } = await client.query<{ n: string; names: string | null }>(
      `select count(*) as n, string_agg(distinct n.nspname, ', ') as names
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r','p','v','m','S','f') and not (n.nspname like any($1)) and n.nspname not like 'pg\\_temp%'
         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`,
      [managedSchemaLikePatterns()],
    );
    const existing = Number(rows[0]!.n);
    if (existing > 0 && !options.force && !options.clean) {
      throw new UsageError(
        `the target project's database already holds ${existing} relations in its own schemas (${rows[0]!.names}); nothing was restored`,
        {
          hint: "restore into a new Supabase project, pass --clean (replace the project's schemas and auth/storage rows) or --force (restore on top), or use --storage-only to restore only the files",
        },
      );
    }
    replica = await canUseReplicaMode(client);
  } finally {
    await client.end().catch(() => {});
  }
  if (!replica) {
    context.log.warn(
      "the restore user may not set session_replication_role: data is loaded with foreign keys checked and the restored tables' own triggers switched off during the load",
    );
  }
  return replica;
}

/** What goes before and after a member's SQL: data loads with triggers off, migrations replace the target's. */
function memberFraming(replica: boolean): {
  before: Partial<Record<SqlMember, string>>;
  after: Partial<Record<SqlMember, string>>;
} {
  return {
    before: {
      "data.sql": replica ? "SET session_replication_role = replica;\n" : DISABLE_OWN_TRIGGERS,
      // The backup's history replaces the target's (a new project's is empty or absent).
      "migrations.sql": `DROP SCHEMA IF EXISTS "${MIGRATIONS_SCHEMA}" CASCADE;\n`,
    },
    after: {
      "data.sql": replica ? "SET session_replication_role = DEFAULT;\n" : ENABLE_OWN_TRIGGERS,
    },
  };
}

/**
 * A schema dump is small: read whole, it tells which roles the scratch project needs first; those
 * are made, and the same text is returned to be applied.
 */
async function withScratchRoles(
  entry: AsyncIterable<Uint8Array>,
  scratch: ScratchHooks,
): Promise<AsyncIterable<Uint8Array>> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks);
  await scratch.ensureRoles(rolesNamedIn(text.toString("utf8")));
  return (async function* () {
    yield text;
  })();
}

/** Row counts of what a restore wrote: the user's schemas, auth, storage and the migration history. */
async function restoredCounts(target: PostgresTarget, env: NodeJS.ProcessEnv) {
  const counter = await connectSupabase(target, env, "restore target");
  try {
    const all = await tableRowCounts(counter);
    const kept = new Set<string>([...DATA_SCHEMAS, MIGRATIONS_SCHEMA]);
    return all.filter((t) => !isManagedSchema(t.schema) || kept.has(t.schema)).map((t) => ({ ...t }));
  } finally {
    await counter.end().catch(() => {});
  }
}

/**
 * Superusers, roles granted SET on it (PostgreSQL 15+) and, on Supabase, the postgres role (the
 * supautils extension lets it set this parameter) may: tried, not inferred from attributes.
 */
async function canUseReplicaMode(client: import("pg").Client): Promise<boolean> {
  try {
    await client.query("begin");
    await client.query("set local session_replication_role = replica");
    return true;
  } catch {
    return false;
  } finally {
    await client.query("rollback").catch(() => {});
  }
}

/** Without replica mode: the user triggers of tables the restorer owns (it just created them) are off during the load. */
const OWN_TRIGGERS = `select t.tgrelid::regclass as rel, t.tgname as name
  from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
  where not t.tgisinternal and t.tgenabled <> 'D' and pg_has_role(c.relowner, 'USAGE')
    and not (n.nspname like any (array[${managedSchemaLikePatterns().map(quoteLiteral).join(", ")}]))`;
const DISABLE_OWN_TRIGGERS = `CREATE TEMP TABLE strongroom_paused_triggers ON COMMIT DROP AS ${OWN_TRIGGERS};
DO $sr$ DECLARE r record; BEGIN FOR r IN SELECT * FROM strongroom_paused_triggers LOOP
  EXECUTE format('ALTER TABLE %s DISABLE TRIGGER %I', r.rel, r.name); END LOOP; END $sr$;
`;
const ENABLE_OWN_TRIGGERS = `DO $sr$ DECLARE r record; BEGIN FOR r IN SELECT * FROM strongroom_paused_triggers LOOP
  EXECUTE format('ALTER TABLE %s ENABLE TRIGGER %I', r.rel, r.name); END LOOP; END $sr$;
`;

/** The member's text, line by line through scratchLine (see scratch-rewrite.ts). */
async function* scratchLines(entry: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  const state = { inCopy: false };
  let rest = "";
  for await (const chunk of entry) {
    const lines = (rest + decoder.write(Buffer.from(chunk))).split("\n");
    rest = lines.pop() ?? "";
    yield lines.map((line) => `${scratchLine(line, state)}\n`).join("");
  }
  rest += decoder.end();
  if (rest) yield `${scratchLine(rest, state)}\n`;
}
