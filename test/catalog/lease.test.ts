import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalog, readSmallObject } from "../../src/catalog/catalog.ts";
import { LEASE_PREFIX } from "../../src/catalog/lease.ts";
import type { RunContext } from "../../src/run-context.ts";
import { LocalFolder } from "../../src/destinations/local-folder.ts";
import { ConsoleLogger } from "../../src/logger.ts";
import { Redactor } from "../../src/redact.ts";
import { acquireRotationLease, LeaseHeldError } from "../../src/retention/lease.ts";
import { daysAgo, writeBackupAt } from "../support/catalog-fixture.ts";
import { tempDir } from "../support/cli.ts";

const quiet: RunContext = {
  log: new ConsoleLogger(new Redactor(), process.stderr, true),
  env: {},
  signal: new AbortController().signal,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the rotation lease object", () => {
  it("is renewed while held, so it outlives its TTL; released, it is gone", async () => {
    const dir = tempDir();
    const folder = new LocalFolder(dir);
    const lease = await acquireRotationLease(folder, quiet, { ttlMs: 600 });
    const read = async () =>
      JSON.parse(await readSmallObject(folder, lease.name)) as { expiresAt: string; state: string };
    const first = await read();
    expect(first.state).toBe("held");
    await sleep(1_500);
    const later = await read();
    expect(Date.parse(later.expiresAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(later.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
    expect(() => lease.assertHeld()).not.toThrow();
    // Held, it keeps a second contender out.
    await expect(acquireRotationLease(folder, quiet, { ttlMs: 600 })).rejects.toBeInstanceOf(LeaseHeldError);
    await lease.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a holder whose lease was removed (taken over after expiring) finds out at its next renewal", async () => {
    const dir = tempDir();
    const folder = new LocalFolder(dir);
    const lease = await acquireRotationLease(folder, quiet, { ttlMs: 600 });
    rmSync(join(dir, lease.name));
    await sleep(400);
    expect(() => lease.assertHeld()).toThrow(
      /rotation stopped: the rotation lease .* was lost \(.* removed by someone else\)/,
    );
    await lease.release();
  });

  it("is never a backup, never damaged, never an orphan", async () => {
    const dir = tempDir();
    const folder = new LocalFolder(dir);
    const backup = writeBackupAt(dir, daysAgo(3));
    const lease = await acquireRotationLease(folder, quiet);
    const catalog = await readCatalog(folder);
    expect(catalog.backups.map((b) => b.manifest.id)).toEqual([backup.id]);
    expect(catalog.unreadable).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.startsWith(LEASE_PREFIX))).toEqual([lease.name]);
    await lease.release();
  });

  it("a lease dated to last for years was not written by a rotation: it blocks nothing and is removed", async () => {
    const dir = tempDir();
    const folder = new LocalFolder(dir);
    const forever = {
      strongroomLease: 1,
      kind: "rotate",
      token: "0123456789abcdef",
      holder: "host nowhere pid 1",
      createdAt: new Date().toISOString(),
      expiresAt: "2099-01-01T00:00:00.000Z",
      state: "held",
    };
    writeFileSync(join(dir, `${LEASE_PREFIX}0123456789abcdef.json`), JSON.stringify(forever));
    const lease = await acquireRotationLease(folder, quiet);
    expect(readdirSync(dir)).toEqual([lease.name]);
    await lease.release();
  });
});
