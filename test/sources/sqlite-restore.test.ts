import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntegrityError, UsageError } from "../../src/errors.ts";
import {
  restoreSqlite,
  type SqliteContents,
  sqliteInspector,
  startSqliteDump,
} from "../../src/sources/sqlite/source.ts";
import {
  context,
  createLedger,
  drain,
  entries,
  integrityOf,
  ledgerOf,
  manifestFor,
  privateTmpdir,
} from "../fixtures/sqlite/support.ts";

let tmp: string;
let work: string;
let payload: Buffer;
let contents: SqliteContents;
let sourcePath: string;

/** A payload stream in 64 KiB chunks that fails after `failAfter` bytes (if given). */
function payloadStream(bytes: Buffer, failAfter?: number): Readable {
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += 1 << 16) {
      if (failAfter !== undefined && at >= failAfter) throw new Error("storage connection reset");
      yield bytes.subarray(at, at + (1 << 16));
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

let folderCount = 0;
function folder(): string {
  const dir = join(work, `restore-${++folderCount}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  tmp = privateTmpdir();
  work = join(tmp, "..", `sr-sqlite-restore-${process.pid}`);
  mkdirSync(work, { recursive: true });
  sourcePath = join(work, "shop.db");
  createLedger(sourcePath, 3000);
  const session = await startSqliteDump(sourcePath, { vacuum: false }, context());
  try {
    payload = await drain(session);
    contents = (await session.contents()) as SqliteContents;
  } finally {
    await session.close();
  }
});

afterAll(() => {
  // Nothing the module made under os.tmpdir() may outlive a test.
  expect(entries(tmp)).toEqual([]);
  rmSync(tmp, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe("restoreSqlite", () => {
  it("writes a new file: sound, same data, row counts returned, nothing else left in the folder", async () => {
    const dir = folder();
    const target = join(dir, "nested", "shop.db");
    const result = await restoreSqlite(payloadStream(payload), target, { force: false });
    expect(result.path).toBe(target);
    expect(result.tables).toEqual(contents.tables);
    expect(readFileSync(target).equals(payload)).toBe(true);
    expect(entries(join(dir, "nested"))).toEqual(["shop.db"]);
    expect(integrityOf(target)).toEqual(["ok"]);
    expect(ledgerOf(target)).toEqual(ledgerOf(sourcePath));
  });

  it("refuses an existing target without force, and leaves it as it was", async () => {
    const dir = folder();
    const target = join(dir, "app.db");
    writeFileSync(target, "precious");
    const stream = payloadStream(payload);
    const error = await restoreSqlite(stream, target, { force: false }).catch((e: unknown) => e);
    expect(stream.destroyed).toBe(true);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/already exists/);
    expect((error as UsageError).hint).toMatch(/--force/);
    expect(readFileSync(target, "utf8")).toBe("precious");
    expect(entries(dir)).toEqual(["app.db"]);
  });

  it("refuses a leftover -wal of a deleted database without force", async () => {
    const dir = folder();
    const target = join(dir, "app.db");
    writeFileSync(`${target}-wal`, "stale");
    await expect(restoreSqlite(payloadStream(payload), target, { force: false })).rejects.toBeInstanceOf(UsageError);
    expect(entries(dir)).toEqual(["app.db-wal"]);
  });

  it("with force replaces the target, keeps its permissions, and drops the old database's WAL", async () => {
    const dir = folder();
    const target = join(dir, "app.db");
    // An old database that crashed with committed transactions still in its WAL: if that WAL were
    // left beside the restored file, SQLite would replay it into the restored database.
    const old = join(work, `old-${process.pid}.db`);
    const db = new DatabaseSync(old);
    db.exec(
      "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE debits(id INTEGER PRIMARY KEY, amount INTEGER)",
    );
    db.exec("INSERT INTO debits(amount) VALUES (1), (2), (3)");
    copyFileSync(old, target);
    copyFileSync(`${old}-wal`, `${target}-wal`);
    db.close();
    chmodSync(target, 0o640);
    const result = await restoreSqlite(payloadStream(payload), target, { force: true });
    expect(result.tables).toEqual(contents.tables);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(entries(dir)).toEqual(["app.db"]);
    expect(integrityOf(target)).toEqual(["ok"]);
    expect(ledgerOf(target)).toEqual(ledgerOf(sourcePath));
  });

  it("a payload stream that fails midway leaves the target untouched and no temp files", async () => {
    const dir = folder();
    const fresh = join(dir, "fresh.db");
    await expect(restoreSqlite(payloadStream(payload, payload.length / 2), fresh, { force: false })).rejects.toThrow(
      "storage connection reset",
    );
    expect(entries(dir)).toEqual([]);

    const kept = join(dir, "kept.db");
    writeFileSync(kept, "old contents");
    writeFileSync(`${kept}-journal`, "old journal");
    await expect(restoreSqlite(payloadStream(payload, 1 << 16), kept, { force: true })).rejects.toThrow(
      "storage connection reset",
    );
    expect(readFileSync(kept, "utf8")).toBe("old contents");
    expect(readFileSync(`${kept}-journal`, "utf8")).toBe("old journal");
    expect(entries(dir)).toEqual(["kept.db", "kept.db-journal"]);
  });

  it("a payload that is not a SQLite database, or a truncated one, is an IntegrityError; target untouched", async () => {
    const dir = folder();
    const target = join(dir, "app.db");
    writeFileSync(target, "old contents");
    const notSqlite = await restoreSqlite(payloadStream(Buffer.from("PGDMP custom dump".repeat(1000))), target, {
      force: true,
    }).catch((e: unknown) => e);
    expect(notSqlite).toBeInstanceOf(IntegrityError);
    expect((notSqlite as Error).message).toMatch(/not a SQLite database/);
    const truncated = await restoreSqlite(payloadStream(payload.subarray(0, payload.length - 8192)), target, {
      force: true,
    }).catch((e: unknown) => e);
    expect(truncated).toBeInstanceOf(IntegrityError);
    expect(readFileSync(target, "utf8")).toBe("old contents");
    expect(entries(dir)).toEqual(["app.db"]);
  });

  it("abort via signal: AbortError, target not created, no temp files", async () => {
    const dir = folder();
    const target = join(dir, "app.db");
    const controller = new AbortController();
    let sent = 0;
    async function* slow() {
      for (let at = 0; at < payload.length; at += 1 << 16) {
        if (++sent === 3) controller.abort();
        await new Promise((r) => setTimeout(r, 2));
        yield payload.subarray(at, at + (1 << 16));
      }
    }
    await expect(
      restoreSqlite(Readable.from(slow()), target, { force: false, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(existsSync(target)).toBe(false);
    expect(entries(dir)).toEqual([]);
  });

  it("refuses a folder as target", async () => {
    const dir = folder();
    await expect(restoreSqlite(payloadStream(payload), dir, { force: true })).rejects.toBeInstanceOf(UsageError);
  });
});

describe("sqliteInspector", () => {
  const manifest = manifestFor("shop-20250101T000000Z");

  async function inspect(bytes: Buffer | Readable, recorded: unknown) {
    const inspector = sqliteInspector(manifest, recorded);
    await pipeline(bytes instanceof Readable ? bytes : payloadStream(bytes), inspector.sink);
    return inspector.result();
  }

  it("accepts a sound payload whose row counts match, and removes its temp file", async () => {
    const { detail } = await inspect(payload, contents);
    expect(detail).toMatch(/integrity_check ok/);
    expect(detail).toMatch(/4 tables, \d+ rows; row counts match the manifest/);
    expect(entries(tmp)).toEqual([]);
  });

  it("without contents (sealed, no key) it still checks the database", async () => {
    const { detail } = await inspect(payload, undefined);
    expect(detail).toMatch(/not compared/);
    expect(entries(tmp)).toEqual([]);
  });

  it("names the backup and every table whose row count differs", async () => {
    const altered = {
      rowCounts: "exact",
      tables: [
        ...contents.tables
          .filter((t) => t.name !== "counter")
          .map((t) => (t.name === "debits" ? { ...t, rows: t.rows + 1 } : t)),
        { schema: "main", name: "ghosts", rows: 7 },
      ],
    };
    const error = await inspect(payload, altered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    const message = (error as Error).message;
    expect(message).toContain(manifest.id);
    expect(message).toMatch(/3 tables/);
    expect(message).toMatch(/main\.debits: \d+ rows in the manifest, \d+ in the backup/);
    expect(message).toMatch(/main\.ghosts: 7 rows in the manifest, table missing from the backup/);
    expect(message).toMatch(/main\.counter: 1 rows in the backup, table not in the manifest/);
    expect(message).not.toMatch(/credits/);
    expect(entries(tmp)).toEqual([]);
  });

  it("rejects contents that are not row counts", async () => {
    await expect(inspect(payload, { tables: "nope" })).rejects.toBeInstanceOf(IntegrityError);
    expect(entries(tmp)).toEqual([]);
  });

  it("a non-SQLite payload fails the pipeline at its first bytes; result() agrees; nothing left behind", async () => {
    const inspector = sqliteInspector(manifest, contents);
    const error = await pipeline(
      payloadStream(Buffer.from("-- PostgreSQL database dump\n".repeat(10_000))),
      inspector.sink,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as Error).message).toContain(`backup ${manifest.id}: the decoded data is not a SQLite database`);
    await expect(inspector.result()).rejects.toBe(error);
    expect(entries(tmp)).toEqual([]);
  });

  it("a header split across tiny chunks is still recognised", async () => {
    const tiny = Readable.from(
      (function* () {
        for (let at = 0; at < 20; at++) yield payload.subarray(at, at + 1);
        yield payload.subarray(20);
      })(),
      { objectMode: false },
    );
    await expect(inspect(tiny, contents)).resolves.toMatchObject({ detail: expect.stringMatching(/row counts match/) });
  });

  it("an empty or a truncated payload is an IntegrityError", async () => {
    await expect(inspect(Buffer.alloc(0), contents)).rejects.toThrow(/empty/);
    await expect(inspect(payload.subarray(0, 10), contents)).rejects.toThrow(/not a SQLite database/);
    const truncated = await inspect(payload.subarray(0, payload.length - 8192), contents).catch((e: unknown) => e);
    expect(truncated).toBeInstanceOf(IntegrityError);
    expect(entries(tmp)).toEqual([]);
  });

  it("late source error: the pipeline fails and the temp file is removed", async () => {
    const inspector = sqliteInspector(manifest, contents);
    await expect(pipeline(payloadStream(payload, payload.length - (1 << 16)), inspector.sink)).rejects.toThrow(
      "storage connection reset",
    );
    expect(entries(tmp)).toEqual([]);
    await expect(inspector.result()).rejects.toThrow("storage connection reset");
  });
});
