import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SourceError, UsageError } from "../../src/errors.ts";
import { isSqliteSpec, sqlitePathOf, startSqliteDump } from "../../src/sources/sqlite/source.ts";
import {
  committedBetween,
  context,
  createLedger,
  drain,
  entries,
  integrityOf,
  ledgerOf,
  privateTmpdir,
  Writer,
} from "../fixtures/sqlite/support.ts";
import { isRoot, reachableByNobody, runAsNobody } from "../support/unprivileged.ts";

const TRY_DUMP = new URL("../fixtures/sqlite/try-dump.ts", import.meta.url).pathname;

let tmp: string;
let work: string;
let seeded: string;

beforeAll(() => {
  tmp = privateTmpdir();
  work = join(tmp, "..", `sr-sqlite-work-${process.pid}`);
  mkdirSync(work, { recursive: true });
  seeded = join(work, "seeded.db");
  createLedger(seeded, 4000, "delete");
});

afterAll(() => {
  // Nothing the module made under os.tmpdir() may outlive a test.
  expect(entries(tmp)).toEqual([]);
  rmSync(tmp, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe("isSqliteSpec / sqlitePathOf", () => {
  it.each([
    ["sqlite:data/app.db", true, resolve("data/app.db")],
    ["sqlite:/var/lib/app.db", true, "/var/lib/app.db"],
    ["sqlite:///var/lib/app%20x.db", true, "/var/lib/app x.db"],
    ["sqlite://localhost/var/lib/app.db", true, "/var/lib/app.db"],
    ["SQLITE:/srv/store", true, "/srv/store"],
    ["./app.sqlite3", true, resolve("app.sqlite3")],
    ["/srv/app.SQLITE", true, "/srv/app.SQLITE"],
    ["app.db", true, resolve("app.db")],
  ])("%s", (spec, isSqlite, path) => {
    expect(isSqliteSpec(spec)).toBe(isSqlite);
    expect(sqlitePathOf(spec)).toBe(path);
  });

  it.each(["postgres://host/app.db", "postgresql://u@h/shop", "s3://bucket/app.sqlite", "app.dump", "app.db.bak"])(
    "%s is not a SQLite source",
    (spec) => expect(isSqliteSpec(spec)).toBe(false),
  );

  it("rejects a remote host and an empty path", () => {
    expect(() => sqlitePathOf("sqlite://db.example.com/app.db")).toThrow(UsageError);
    expect(() => sqlitePathOf("sqlite:")).toThrow(UsageError);
  });
});

describe("startSqliteDump under concurrent writes from another process", () => {
  for (const vacuum of [false, true]) {
    it(`${vacuum ? "VACUUM INTO" : "single-step backup"}: the snapshot is consistent, checked and counted`, async () => {
      const db = join(work, `live-${vacuum}.db`);
      createLedger(db, 30_000);
      const writer = new Writer(db);
      let session: Awaited<ReturnType<typeof startSqliteDump>> | undefined;
      try {
        await writer.started();
        const t0 = Date.now();
        session = await startSqliteDump(db, { vacuum }, context());
        const t1 = Date.now();
        const bytes = await drain(session);
        const contents = (await session.contents()) as {
          rowCounts: string;
          tables: { schema: string; name: string; rows: number }[];
        };
        await new Promise((r) => setTimeout(r, 100));
        const final = await writer.stop();

        // The writer really was committing while the dump ran (its rows carry their commit time;
        // VACUUM INTO blocks this process's event loop, so the child's own clock is the witness).
        expect(committedBetween(db, t0, t1)).toBeGreaterThan(0);

        const copy = join(work, `copy-${vacuum}.db`);
        writeFileSync(copy, bytes);
        expect(integrityOf(copy)).toEqual(["ok"]);
        const snap = ledgerOf(copy);
        expect(snap.debits).toBe(snap.credits);
        expect(snap.debitSum).toBe(snap.creditSum);
        // Some of the writer's commits are in it, and later ones are not.
        expect(snap.debits).toBeGreaterThan(30_000);
        const live = ledgerOf(db);
        expect(live.debits).toBe(30_000 + final * 20);
        expect(live.debits).toBeGreaterThan(snap.debits);
        expect((snap.debits - 30_000) % 20).toBe(0);

        expect(contents.rowCounts).toBe("exact");
        expect(contents.tables).toEqual([
          { schema: "main", name: "counter", rows: 1 },
          { schema: "main", name: "credits", rows: snap.credits },
          { schema: "main", name: "debits", rows: snap.debits },
          { schema: "main", name: 'odd "name"', rows: 3 },
        ]);

        const facts = session.facts.sqlite as Record<string, unknown>;
        expect(facts.journalMode).toBe("wal");
        expect(facts.version).toMatch(/^3\.\d+\.\d+$/);
        expect(facts.pageSize).toBe(4096);
        expect(facts.pageCount).toBe(bytes.length / 4096);
        expect(facts.sourceSize).toBeGreaterThan(0);
        expect(session.format).toBe("sqlite");
        expect(session.name).toBe(`live-${vacuum}`);
        expect(session.source).toEqual({
          kind: "sqlite",
          display: db,
          database: `live-${vacuum}`,
          key: `sqlite://${hostname()}${db}`,
        });
        // The header says whether the copy is in WAL mode: the backup API keeps the source's
        // mode, VACUUM INTO writes a rollback-journal database.
        expect(bytes[18]).toBe(vacuum ? 1 : 2);
      } finally {
        if (writer.child.exitCode === null) await writer.stop().catch(() => {});
        await session?.close();
      }
      expect(entries(tmp)).toEqual([]);
    });
  }

  it("backs up a rollback-journal database and leaves the source untouched", async () => {
    const before = readFileSync(seeded);
    const session = await startSqliteDump(seeded, { vacuum: false }, context());
    try {
      const bytes = await drain(session);
      // Page for page the same database (only header counters such as the change counter differ).
      expect(bytes.length).toBe(before.length);
      expect(bytes.subarray(100).equals(before.subarray(100))).toBe(true);
      const copy = join(work, "seeded-copy.sqlite");
      writeFileSync(copy, bytes);
      expect(ledgerOf(copy)).toEqual(ledgerOf(seeded));
      expect((session.facts.sqlite as { journalMode: string }).journalMode).toBe("delete");
    } finally {
      await session.close();
      await session.close();
    }
    expect(readFileSync(seeded).equals(before)).toBe(true);
    expect(entries(work).filter((n) => n.startsWith("seeded"))).toEqual(["seeded-copy.sqlite", "seeded.db"]);
  });
});

describe("the dump stream (compliance matrix)", () => {
  const CHUNK = 1 << 20;

  it("success: pipeline() delivers every byte in 1 MiB chunks; finished() resolves; temp files go when it ends", async () => {
    const session = await startSqliteDump(seeded, { vacuum: false }, context());
    const sizes: number[] = [];
    const done = finished(session.stream);
    await pipeline(
      session.stream,
      new Writable({
        write(chunk: Buffer, _e, cb) {
          sizes.push(chunk.length);
          cb();
        },
      }),
    );
    await done;
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBe(readFileSync(seeded).length);
    expect(total).toBeGreaterThan(3 * CHUNK);
    expect(sizes.slice(0, -1).every((s) => s === CHUNK)).toBe(true);
    // Removed once the stream closed, before close() is called (it runs in the background).
    await vi.waitFor(() => expect(entries(tmp)).toEqual([]), { timeout: 5000 });
    await expect(session.contents()).resolves.toMatchObject({ rowCounts: "exact" });
    await session.close();
  });

  for (const [name, failAt] of [
    ["early error", 0],
    ["late error", 3],
  ] as const) {
    it(`${name}: the consumer's error rejects pipeline(), close() removes the snapshot`, async () => {
      const session = await startSqliteDump(seeded, { vacuum: false }, context());
      expect(entries(tmp)).toHaveLength(1);
      let seen = 0;
      const boom = new Error(`consumer failed after ${failAt} chunks`);
      await expect(
        pipeline(
          session.stream,
          new Writable({
            write(_chunk, _e, cb) {
              cb(seen++ === failAt ? boom : null);
            },
          }),
        ),
      ).rejects.toBe(boom);
      await expect(finished(session.stream)).rejects.toThrow();
      await session.close();
      expect(entries(tmp)).toEqual([]);
    });
  }

  it("abort via the run's signal: the stream fails with AbortError, temp files go", async () => {
    const controller = new AbortController();
    const session = await startSqliteDump(seeded, { vacuum: false }, context(controller.signal));
    let seen = 0;
    const run = pipeline(
      session.stream,
      new Writable({
        write(_chunk, _e, cb) {
          if (++seen === 2) controller.abort();
          setTimeout(cb, 5);
        },
      }),
    );
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toBeLessThan(5);
    await session.close();
    expect(entries(tmp)).toEqual([]);
  });

  it("an already aborted signal stops before anything is made", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(startSqliteDump(seeded, { vacuum: false }, context(controller.signal))).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(entries(tmp)).toEqual([]);
  });
});

describe("bad sources", () => {
  async function sourceError(path: string): Promise<SourceError> {
    const error = await startSqliteDump(path, { vacuum: false }, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).hint).toBeTruthy();
    expect(entries(tmp)).toEqual([]);
    return error as SourceError;
  }

  it("a missing file: not created", async () => {
    const path = join(work, "missing.db");
    expect((await sourceError(path)).message).toMatch(/does not exist/);
    expect(existsSync(path)).toBe(false);
  });

  it("a text file named .db", async () => {
    const path = join(work, "notes.db");
    writeFileSync(path, "this is a text file, not a database\n".repeat(10));
    expect((await sourceError(path)).message).toMatch(/not a SQLite database/);
  });

  it("an empty file and a folder", async () => {
    const empty = join(work, "empty.db");
    writeFileSync(empty, "");
    expect((await sourceError(empty)).message).toMatch(/empty/);
    const folder = join(work, "folder.db");
    mkdirSync(folder, { recursive: true });
    expect((await sourceError(folder)).message).toMatch(/folder/);
  });

  // Root reads any file whatever its mode: then the dump runs as nobody.
  it("an unreadable file", async () => {
    const path = join(work, "locked.db");
    createLedger(path, 10, "delete");
    chmodSync(path, 0o000);
    try {
      if (!isRoot) {
        const error = await sourceError(path);
        expect(error.message).toMatch(/permission denied/);
        expect(error.hint).toMatch(/user that can read/);
        return;
      }
      reachableByNobody(work);
      const outcome = runAsNobody<{ name: string; message: string; hint: string }>(TRY_DUMP, [path]);
      expect(outcome).toMatchObject({ name: "SourceError", message: expect.stringMatching(/permission denied/) });
      expect(outcome.hint).toMatch(/user that can read/);
    } finally {
      chmodSync(path, 0o644);
    }
  });

  it("a damaged database fails integrity_check and is not stored", async () => {
    const path = join(work, "damaged.db");
    createLedger(path, 2000, "delete");
    const db = new DatabaseSync(path, { readOnly: true });
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'debits_amount'").get() as {
      rootpage: number;
    };
    db.close();
    // Scribble over the index's root page header: the table data still reads, the index does not.
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(12, 0x5a), 0, 12, (rootpage - 1) * 4096);
    closeSync(fd);
    const error = await sourceError(path);
    expect(error.message).toMatch(/integrity_check/);
    expect(error.hint).toMatch(/recover/);
  });
});
