import type pg from "pg";
import { SourceError, StrongroomError } from "../../errors.ts";
import type { ChildEnv } from "../../stages/child-env.ts";
import { connect, libpqEnv, type PostgresTarget } from "../postgres/connection.ts";
import { connectionHint } from "./options.ts";

/** Connects with a message for the failures Supabase users meet, and lifts the role's statement_timeout. */
export async function connectSupabase(
  target: PostgresTarget,
  env: NodeJS.ProcessEnv,
  role = "Supabase database",
): Promise<pg.Client> {
  let client: pg.Client;
  try {
    client = await connect(target, role);
  } catch (error) {
    const hint = connectionHint(target, env);
    if (hint && error instanceof StrongroomError)
      throw new SourceError(error.message, { hint, cause: error.cause ?? error });
    throw error;
  }
  // Supabase sets statement_timeout per role (e.g. 2 min for postgres): it would cancel long counts.
  await client.query("set statement_timeout = 0; set idle_in_transaction_session_timeout = 0");
  return client;
}

/** Tool environment: the password plus PGOPTIONS lifting role-level timeouts for the tool's session. */
export function supabaseToolEnv(target: PostgresTarget, base: NodeJS.ProcessEnv): ChildEnv {
  const extra = "-c statement_timeout=0 -c idle_in_transaction_session_timeout=0";
  return libpqEnv(target, base, { PGOPTIONS: base.PGOPTIONS ? `${base.PGOPTIONS} ${extra}` : extra });
}
