import type { Writable } from "node:stream";
import { SourceError } from "../../errors.ts";
import { type ChildStage, spawnStage } from "../../stages/child-process.ts";
import type { PostgresTarget } from "../postgres/connection.ts";
import { findPgTool } from "../postgres/pg-tools.ts";
import { psqlScriptArgs } from "../postgres/restore-tools.ts";
import type { SourceRunContext } from "../source.ts";
import { DATA_SCHEMAS, managedSchemaLikePatterns, PLATFORM_TABLES, quoteLiteral } from "./managed.ts";
import { supabaseToolEnv } from "./session.ts";

export interface LazyPsql {
  write(chunk: Buffer | string): Promise<void>;
  /** The psql process, once the first write started it. */
  stage(): ChildStage | undefined;
}

/**
 * psql reading SQL from stdin, started on the first write with BEGIN (and, with --clean, the
 * drops). A write to a psql that stopped reading throws psql's own error, not the broken pipe.
 */
export async function lazyPsql(
  target: PostgresTarget,
  options: { readonly clean: boolean; readonly pgBin?: string | undefined },
  context: SourceRunContext,
): Promise<LazyPsql> {
  const { log } = context;
  const psql = await findPgTool("psql", 0, { binDir: options.pgBin });
  let stage: ChildStage | undefined;
  let stdin: Writable | undefined;
  const start = () => {
    stage = spawnStage(psql.path, psqlScriptArgs(target), {
      env: supabaseToolEnv(target, context.env),
      stdin: "pipe",
      stdout: "ignore",
      signal: context.signal,
      makeError: (detail) =>
        new SourceError(`restore into ${target.display} failed: ${log.redactor.redact(detail)}`, {
          hint: "nothing was committed (roles, schema and data run in one transaction); fix the cause above and run it again",
        }),
    });
    stdin = stage.child.stdin!;
    stdin.on("error", () => {});
    log.info(`restoring roles, schema and data into ${target.display} with ${psql.path}`);
  };
  /** psql stopped reading: its exit (and stderr) says why, not the broken pipe. */
  const psqlStopped = async (): Promise<never> => {
    await stage!.exited;
    throw new SourceError(`psql exited before reading all of the backup (restore into ${target.display})`, {
      hint: "nothing was committed; run it again",
    });
  };
  const write = async (chunk: Buffer | string) => {
    if (!stage) {
      start();
      await write(`BEGIN;\nSET client_min_messages = warning;\n${options.clean ? cleanSql() : ""}`);
    }
    if (stdin!.destroyed || stage!.child.exitCode !== null) return psqlStopped();
    if (stdin!.write(chunk)) return;
    await drainedOrClosed(stdin!);
    if (stdin!.destroyed) return psqlStopped();
  };
  return { write, stage: () => stage };
}

/**
 * --clean: the project's own schemas go (public is emptied and made again with its default
 * grant), and the rows of auth and storage tables (not the platform's migration tables), before
 * anything of the backup is applied, in the same transaction.
 */
function cleanSql(): string {
  const managed = managedSchemaLikePatterns().map(quoteLiteral).join(", ");
  const platform = PLATFORM_TABLES.map(quoteLiteral).join(", ");
  const data = DATA_SCHEMAS.map(quoteLiteral).join(", ");
  const own = (catalog: string, alias: string) =>
    `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${alias}.oid AND d.deptype = 'e')`;
  return `DO $sr$ DECLARE s text; t text; BEGIN
  FOR s IN SELECT p.pubname FROM pg_publication p WHERE p.pubname NOT LIKE 'supabase\_realtime%' LOOP
    EXECUTE format('DROP PUBLICATION %I', s);
  END LOOP;
  FOR s IN SELECT f.srvname FROM pg_foreign_server f WHERE ${own("pg_foreign_server", "f")} LOOP
    EXECUTE format('DROP SERVER %I CASCADE', s);
  END LOOP;
  FOR s IN SELECT w.fdwname FROM pg_foreign_data_wrapper w WHERE ${own("pg_foreign_data_wrapper", "w")} LOOP
    EXECUTE format('DROP FOREIGN DATA WRAPPER %I CASCADE', s);
  END LOOP;
  FOR s IN SELECT n.nspname FROM pg_namespace n WHERE NOT (n.nspname LIKE ANY (array[${managed}]))
      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
      AND ${own("pg_namespace", "n")} LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
  GRANT USAGE ON SCHEMA public TO PUBLIC;
  BEGIN ALTER SCHEMA public OWNER TO pg_database_owner; EXCEPTION WHEN insufficient_privilege THEN NULL; END;
  FOR t IN SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (array[${data}]) AND NOT (n.nspname || '.' || c.relname = ANY (array[${platform}])) LOOP
    EXECUTE 'TRUNCATE ' || t || ' CASCADE';
  END LOOP;
END $sr$;
`;
}

function drainedOrClosed(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}
