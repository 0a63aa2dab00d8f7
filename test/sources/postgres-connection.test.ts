import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parsePostgresUrl } from "../../src/sources/postgres/connection.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";

/** This machine's server socket folder (Debian's); the tests that need it say so when it is missing. */
const SOCKET_DIR = ["/var/run/postgresql", "/run/postgresql", "/tmp"].find((dir) => existsSync(`${dir}/.s.PGSQL.5432`));

describe("connection strings read as libpq reads them", () => {
  const none = {};

  it("a Unix-socket folder in the query is the host, not localhost", () => {
    const target = parsePostgresUrl("postgres:///app?host=/var/run/postgresql", "source", none);
    expect(target.hosts).toEqual([{ host: "/var/run/postgresql", port: 5432 }]);
    expect(target.database).toBe("app");
    expect(target.display).toBe("postgres:///app?host=/var/run/postgresql");
    const encoded = parsePostgresUrl("postgresql://app@%2Frun%2Fpostgresql:5433/db", "source", none);
    expect(encoded.hosts).toEqual([{ host: "/run/postgresql", port: 5433 }]);
  });

  it("several hosts, with a port each or one for all, IPv6 in brackets", () => {
    expect(parsePostgresUrl("postgres://u@a:5432,b:5433/db", "source", none).hosts).toEqual([
      { host: "a", port: 5432 },
      { host: "b", port: 5433 },
    ]);
    expect(parsePostgresUrl("postgres://u@a,b/db?port=6000", "source", none).hosts).toEqual([
      { host: "a", port: 6000 },
      { host: "b", port: 6000 },
    ]);
    expect(parsePostgresUrl("postgres://u@[::1]:5432,[fe80::1]/db", "source", none).hosts).toEqual([
      { host: "::1", port: 5432 },
      { host: "fe80::1", port: 5432 },
    ]);
    expect(() => parsePostgresUrl("postgres://u@a,b,c/db?port=1,2", "source", none)).toThrow(/3 host\(s\) but 2 ports/);
  });

  it("key=value strings, quoted values and backslash escapes", () => {
    const target = parsePostgresUrl(
      "host=db.internal port=6432 dbname='my db' user=app password='it\\'s a secret' sslmode=require",
      "source",
      none,
    );
    expect(target).toMatchObject({ host: "db.internal", port: 6432, database: "my db", user: "app" });
    expect(target.password).toBe("it's a secret");
    expect(target.params).toEqual({ sslmode: "require" });
    expect(target.urlWithoutPassword).not.toContain("secret");
  });

  it("PG* variables fill what the string leaves out, and the string wins", () => {
    const env = {
      PGHOST: "pg.internal",
      PGPORT: "6543",
      PGUSER: "backup",
      PGPASSWORD: "from-env",
      PGDATABASE: "sales",
    };
    expect(parsePostgresUrl("postgres://", "source", env)).toMatchObject({
      host: "pg.internal",
      port: 6543,
      user: "backup",
      database: "sales",
      password: "from-env",
    });
    expect(parsePostgresUrl("postgres://app:pw@db/orders", "source", env)).toMatchObject({
      host: "db",
      port: 6543,
      user: "app",
      database: "orders",
      password: "pw",
    });
  });

  it("libpq's keywords reach the tools; other query parameters (pgbouncer, schema) do not", () => {
    const target = parsePostgresUrl(
      "postgres://u:pw@h/db?sslmode=verify-full&schema=public&password=x",
      "source",
      none,
    );
    expect(target.urlWithoutPassword).toBe("postgresql:///db?host=h&port=5432&user=u&sslmode=verify-full");
  });

  it("hostaddr alone is where both our session and the tools connect", () => {
    expect(parsePostgresUrl("hostaddr=127.0.0.1 port=5432 dbname=x", "source", none).hosts).toEqual([
      { host: "127.0.0.1", port: 5432 },
    ]);
  });

  it("a service name is refused: our own session could not read pg_service.conf", () => {
    expect(() => parsePostgresUrl("service=prod", "source", none)).toThrow(/names a service/);
    expect(() => parsePostgresUrl("postgres:///?service=prod", "source", none)).toThrow(/names a service/);
  });

  describe("a password that was not percent-encoded", () => {
    // The exact cases of issue 16, item 6.
    for (const [url, parts] of [
      ["postgres://u:abc/Secret@host/db", ["abc/Secret", "Secret", "abc"]],
      ["postgres://u:ab@Cd/Secret9@host/db", ["ab@Cd/Secret9", "Secret9", "Cd"]],
      ["postgres://u:a/b?c@host/db", ["a/b?c"]],
      ["postgres://u:p@ss@host:5432/db", ["p@ss"]],
    ] as const) {
      it(`is refused without quoting it: ${url}`, () => {
        let message = "";
        try {
          parsePostgresUrl(url, "source", none);
        } catch (error) {
          message = `${(error as Error).message} ${(error as { hint?: string }).hint ?? ""}`;
        }
        expect(message).toMatch(/percent-encode/);
        expect(message).toContain("@ → %40");
        for (const part of parts) expect(message).not.toContain(part);
      });
    }

    it("an encoded one works", () => {
      expect(parsePostgresUrl("postgres://u:ab%40Cd%2FSecret9@host/db", "source", none).password).toBe("ab@Cd/Secret9");
    });
  });
});

describe("connection strings from the CLI bundle against the local server", () => {
  let db: string;
  const made: string[] = [];
  const dir = (): string => {
    const path = tempDir();
    made.push(path);
    return path;
  };

  beforeAll(async () => {
    db = await createDatabase("sr_conn");
    await sql(dbUrl(db), "create table t as select g as id from generate_series(1, 1234) g");
  });
  afterAll(async () => {
    await dropDatabase(db);
  });
  afterEach(() => {
    for (const path of made.splice(0)) rmSync(path, { recursive: true, force: true });
  });

  const backup = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const dest = dir();
    const run = runCli(["backup", ...args, "--to", dest, "--no-encryption", "--json"], {
      env: { TMPDIR: dir(), ...env },
    });
    return { dest, run };
  };

  const rowsIn = (dest: string): number => {
    const manifest = readdirSync(dest).find((f) => f.endsWith(".manifest.json"))!;
    const parsed = JSON.parse(readFileSync(join(dest, manifest), "utf8"));
    return JSON.stringify(parsed).includes('"rows":1234') ? 1234 : -1;
  };

  it.skipIf(!SOCKET_DIR)("backs up through a Unix socket (postgres:///db?host=<socket folder>)", async () => {
    const { dest, run } = backup(["--source", `postgres:///${db}?host=${SOCKET_DIR}&user=postgres`]);
    const result = await run;
    expect(result.code, result.stderr).toBe(0);
    expect(rowsIn(dest)).toBe(1234);
    expect(result.stdout).toContain(`postgres:///${db}?host=${SOCKET_DIR}`);
  });

  it("backs up from a multi-host URL whose first host is down", async () => {
    const { dest, run } = backup(["--source", `postgres://postgres@127.0.0.1:1,127.0.0.1:5432/${db}`]);
    const result = await run;
    expect(result.code, result.stderr).toBe(0);
    expect(rowsIn(dest)).toBe(1234);
  });

  it("backs up with PG* variables alone (no --source, no DATABASE_URL)", async () => {
    const { dest, run } = backup([], { PGHOST: "127.0.0.1", PGPORT: "5432", PGUSER: "postgres", PGDATABASE: db });
    const result = await run;
    expect(result.code, result.stderr).toBe(0);
    expect(rowsIn(dest)).toBe(1234);
  });

  it("refuses an un-encoded password with exit 2, before any lookup, and never prints it", async () => {
    for (const [password, parts] of [
      ["abc/Secret", ["Secret"]],
      ["ab@Cd/Secret9", ["Secret9", "Cd/"]],
    ] as const) {
      const { run } = backup(["--source", `postgres://u:${password}@127.0.0.1:5432/${db}`]);
      const result = await run;
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/percent-encode/);
      for (const part of [password, ...parts]) expect(result.stdout + result.stderr).not.toContain(part);
      expect(result.stderr).not.toMatch(/resolve host/);
    }
  });
});
