import { isFailureRecordName } from "../../src/catalog/failure-record.ts";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalFolder } from "../../src/destinations/local-folder.ts";
import { writeAll } from "../../src/destinations/synced-file.ts";
import { DestinationError, ExitCode } from "../../src/errors.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";

const SMALL = 2 << 20;

/** A 2 MiB tmpfs, or the reason it could not be mounted (not root, no CAP_SYS_ADMIN, a container). */
function mountSmallDisk(at: string): string | undefined {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${SMALL}`, "tmpfs", at], { stdio: "pipe" });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim();
  }
}

describe("a destination folder that fills up (issue 16, High 1)", () => {
  const root = tempDir("sr-full-disk-");
  const disk = join(root, "disk");
  let cannotMount: string | undefined;
  let database: string | undefined;
  beforeAll(() => {
    mkdirSync(disk);
    cannotMount = mountSmallDisk(disk);
    if (cannotMount) console.warn(`skipping the full-disk tests: cannot mount a tmpfs here (${cannotMount})`);
  });
  afterAll(async () => {
    if (!cannotMount) execFileSync("umount", [disk]);
    rmSync(root, { recursive: true, force: true });
    if (database) await dropDatabase(database);
  });

  it("a write the disk stores only part of fails naming the folder and the room needed; nothing is left", async (context) => {
    if (cannotMount) return context.skip();
    const folder = new LocalFolder(join(disk, "backups"));
    const size = SMALL + 700_000;
    // One chunk: the whole object goes to the disk in one write, which stores the first 2 MiB and returns.
    const put = folder.put("20261205T000000000Z-appdb-000000000001.dump", Readable.from([randomBytes(size)]), {
      size,
    });
    const error = await put.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DestinationError);
    expect((error as DestinationError).exitCode).toBe(ExitCode.destination);
    expect((error as Error).message).toContain(`the folder ${join(disk, "backups")} is full`);
    expect((error as Error).message).toContain(`needs ${size} bytes`);
    expect((error as DestinationError).hint).toContain(`free at least ${size} bytes`);
    expect(readdirSync(join(disk, "backups")).filter((n) => !isFailureRecordName(n))).toEqual([]);
    const listed = [];
    for await (const info of folder.list()) listed.push(info);
    expect(listed).toEqual([]);
  });

  it("backup to a full folder and a roomy one: the full one fails (exit 6), lists nothing, keeps no partial file", async (context) => {
    if (cannotMount) return context.skip();
    database = await createDatabase("sr_full");
    // About 3 MB that does not compress: more than the small disk holds.
    await sql(
      dbUrl(database),
      "create table noise as select g as id, decode(md5(random()::text) || md5(random()::text), 'hex') as bytes from generate_series(1, 100000) g",
    );
    const full = join(disk, "nightly");
    const roomy = join(root, "roomy");
    const run = await runCli([
      "backup",
      "--source",
      dbUrl(database),
      "--to",
      full,
      "--to",
      roomy,
      "--no-encryption",
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(ExitCode.partial);
    expect(run.stderr).toContain(`the folder ${full} is full`);
    expect(run.stderr).toMatch(/needs \d+ bytes/);
    // Only the failure record the next successful run reads (notify-on: recovery) may be there.
    expect(readdirSync(full).filter((n) => !isFailureRecordName(n))).toEqual([]);
    const listFull = await runCli(["list", "--from", full, "--json"]);
    expect(JSON.parse(listFull.stdout)).toEqual([]);
    const listRoomy = await runCli(["list", "--from", roomy, "--json"]);
    const [backup] = JSON.parse(listRoomy.stdout) as { objectPresent: boolean }[];
    expect(backup?.objectPresent).toBe(true);
  });
});

describe("writeAll", () => {
  /** A real file whose writes store at most `limit` bytes each time, as a filling disk or a signal can make them. */
  async function shortWriter(path: string, limit: number) {
    const { open } = await import("node:fs/promises");
    const file = await open(path, "w");
    const calls: number[] = [];
    return {
      file,
      calls,
      handle: {
        async writev(buffers: Buffer[]) {
          const joined = Buffer.concat(buffers);
          calls.push(joined.length);
          return file.write(joined, 0, Math.min(limit, joined.length));
        },
      },
    };
  }

  it("writes the rest after a short write, across buffer boundaries", async () => {
    const dir = tempDir("sr-short-write-");
    try {
      for (const limit of [1, 7, 100, 4096]) {
        const path = join(dir, `f${limit}`);
        const { file, handle, calls } = await shortWriter(path, limit);
        const buffers = [randomBytes(10), Buffer.alloc(0), randomBytes(4000), randomBytes(3)];
        expect(await writeAll(handle, buffers)).toBe(4013);
        await file.close();
        const { readFileSync } = await import("node:fs");
        expect(readFileSync(path).equals(Buffer.concat(buffers))).toBe(true);
        expect(calls.length).toBe(Math.ceil(4013 / limit));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a write that stores nothing is a full disk, not a loop", async () => {
    const dir = tempDir("sr-short-write-");
    try {
      const { file, handle } = await shortWriter(join(dir, "f"), 0);
      await expect(writeAll(handle, [randomBytes(10)])).rejects.toMatchObject({ code: "ENOSPC" });
      await file.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
