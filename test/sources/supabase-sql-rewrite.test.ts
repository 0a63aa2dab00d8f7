import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { transactionPoolerProblem } from "../../src/sources/supabase/options.ts";
import { schemaFilter } from "../../src/sources/supabase/schema-filter.ts";
import { rolesNamedIn, scratchLine } from "../../src/sources/supabase/scratch-rewrite.ts";

async function filtered(text: string, chunk = 7): Promise<string> {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += chunk) parts.push(text.slice(i, i + chunk));
  let out = "";
  for await (const piece of Readable.from(parts).compose(schemaFilter())) out += String(piece);
  return out;
}

describe("the Supabase schema rewrite (pg_dump's everything mode, applied to another project)", () => {
  it("keeps Realtime's table list, makes its publication only when missing, drops the platform's event triggers", async () => {
    const out = await filtered(
      [
        `CREATE PUBLICATION "supabase_realtime" WITH (publish = 'insert, update, delete, truncate');`,
        `ALTER PUBLICATION "supabase_realtime" OWNER TO "postgres";`,
        `ALTER PUBLICATION "supabase_realtime" ADD TABLE ONLY "public"."posts";`,
        `CREATE PUBLICATION "mine" FOR ALL TABLES WITH (publish = 'insert');`,
        `CREATE EVENT TRIGGER "issue_pg_cron_access" ON "ddl_command_end"`,
        `         WHEN TAG IN ('CREATE EXTENSION')`,
        `   EXECUTE FUNCTION "extensions"."grant_pg_cron_access"();`,
        `ALTER EVENT TRIGGER "issue_pg_cron_access" OWNER TO "postgres";`,
        `CREATE EVENT TRIGGER "audit_ddl" ON "ddl_command_end"`,
        `   EXECUTE FUNCTION "public"."audit"();`,
        `ALTER DEFAULT PRIVILEGES FOR ROLE "supabase_admin" IN SCHEMA "public" GRANT ALL ON TABLES  TO "anon";`,
        `ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON TABLES  TO "anon";`,
        `ALTER FOREIGN DATA WRAPPER "stripe_wrapper" OWNER TO "postgres";`,
        `CREATE SERVER "stripe_server" FOREIGN DATA WRAPPER "stripe_wrapper" OPTIONS (`,
        `    "api_key_id" 'abc'`,
        `);`,
        `CREATE SCHEMA "app";`,
        "",
      ].join("\n"),
    );
    expect(out.split("\n")).toEqual([
      `DO $sr$ BEGIN CREATE PUBLICATION "supabase_realtime" WITH (publish = 'insert, update, delete, truncate'); EXCEPTION WHEN duplicate_object THEN NULL; END $sr$;`,
      `ALTER PUBLICATION "supabase_realtime" ADD TABLE ONLY "public"."posts";`,
      `CREATE PUBLICATION "mine" FOR ALL TABLES WITH (publish = 'insert');`,
      `-- strongroom: platform event trigger "issue_pg_cron_access" left out`,
      `CREATE EVENT TRIGGER "audit_ddl" ON "ddl_command_end"`,
      `   EXECUTE FUNCTION "public"."audit"();`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON TABLES  TO "anon";`,
      `CREATE SERVER "stripe_server" FOREIGN DATA WRAPPER "stripe_wrapper" OPTIONS (`,
      `    "api_key_id" 'abc'`,
      `);`,
      `CREATE SCHEMA IF NOT EXISTS "app";`,
      "",
    ]);
  });
});

describe("the scratch-project rewrite (verify --level restore)", () => {
  it("gives managed tables the columns the rows name and leaves COPY rows and user tables alone", () => {
    const state = { inCopy: false };
    const lines = [
      `COPY "auth"."users" ("id", "email", "is_anonymous") FROM stdin;`,
      `COPY "public"."x" ("a") FROM stdin;`,
      `\\.`,
      `COPY "public"."posts" ("id") FROM stdin;`,
      `\\.`,
      `SELECT pg_catalog.setval('"auth"."refresh_tokens_id_seq"', 5, true);`,
      `CREATE EXTENSION IF NOT EXISTS "pg_graphql" WITH SCHEMA "graphql";`,
    ].map((line) => scratchLine(line, state));
    expect(lines[0]).toBe(
      `CREATE TABLE IF NOT EXISTS "auth"."users" ();\nALTER TABLE "auth"."users" ADD COLUMN IF NOT EXISTS "id" text, ADD COLUMN IF NOT EXISTS "email" text, ADD COLUMN IF NOT EXISTS "is_anonymous" text;\nCOPY "auth"."users" ("id", "email", "is_anonymous") FROM stdin;`,
    );
    expect(lines[1]).toBe(`COPY "public"."x" ("a") FROM stdin;`); // a row inside the COPY block
    expect(lines[3]).toBe(`COPY "public"."posts" ("id") FROM stdin;`);
    expect(lines[5]).toMatch(
      /^CREATE SEQUENCE IF NOT EXISTS "auth"."refresh_tokens_id_seq";\nSELECT pg_catalog.setval/,
    );
    expect(lines[6]).toMatch(
      /pg_available_extensions WHERE name = 'pg_graphql'.*CREATE SCHEMA IF NOT EXISTS "graphql"; CREATE EXTENSION/,
    );
  });

  it("finds the roles a schema names: owners, grantees, policy roles, default-privilege owners, user mappings", () => {
    expect(
      rolesNamedIn(
        [
          `ALTER TABLE "public"."posts" OWNER TO "app_owner";`,
          `GRANT SELECT ON TABLE "public"."posts" TO "app_reader";`,
          `REVOKE ALL ON TABLE "public"."posts" FROM "old ""quoted"" role";`,
          `CREATE POLICY "p" ON "public"."posts" FOR SELECT TO "anon", "authenticated" USING (true);`,
          `ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON TABLES  TO "service_role";`,
          `CREATE USER MAPPING FOR "mapper" SERVER "s" OPTIONS (`,
          `CREATE VIEW "public"."v" AS SELECT 1 FROM "public"."posts";`,
        ].join("\n"),
      ).sort(),
    ).toEqual(
      [
        'old "quoted" role',
        "anon",
        "app_owner",
        "app_reader",
        "authenticated",
        "mapper",
        "postgres",
        "service_role",
      ].sort(),
    );
  });
});

describe("transaction pooler refusal", () => {
  const target = (host: string, port: number) => ({ host, port }) as never;
  it("refuses port 6543 on any host, with the Supabase hint only for Supabase hosts", () => {
    expect(
      transactionPoolerProblem(target("supavisor.internal", 6543), "postgres://u@supavisor.internal:6543/db"),
    ).toMatch(/transaction pooler .*6543.*session pooler \(Supavisor's port 5432\)/);
    expect(
      transactionPoolerProblem(
        target("aws-0-eu-central-1.pooler.supabase.com", 6543),
        "postgres://x@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
      ),
    ).toMatch(/pooler\.supabase\.com:5432/);
    expect(transactionPoolerProblem(target("db.internal", 5432), "postgres://u@db.internal:5432/db")).toBeUndefined();
  });
});
