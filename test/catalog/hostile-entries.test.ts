import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newBackupId } from "../../src/catalog/backup-id.ts";
import { type Manifest, manifestName } from "../../src/catalog/manifest.ts";
import { openDestination } from "../../src/destinations/open.ts";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { daysAgo, writeBackupAt } from "../support/catalog-fixture.ts";
import { runCli, tempDir } from "../support/cli.ts";

/**
 * A destination holding two real backups and every kind of damaged or hostile manifest beside
 * them. Written to a local folder `dest` inside `root`, where `root` also holds bait files that a
 * manifest tries to reach (`../bait`, an absolute path, a symbolic link out of the destination).
 */
interface Scenario {
  readonly root: string;
  readonly dest: string;
  readonly older: Manifest;
  readonly newest: Manifest;
  /** Manifest names expected to be reported as damaged. */
  readonly damaged: string[];
  readonly bait: string;
  readonly linkTarget: string;
  /** A manifest whose object is a symbolic link: listed with its data missing. */
  readonly linked?: Manifest;
}

function rewrite(dest: string, manifest: Manifest, change: Record<string, unknown>): void {
  writeFileSync(join(dest, manifestName(manifest.id)), JSON.stringify({ ...manifest, ...change }));
}

function buildScenario(options: { symlink: boolean; huge: boolean }): Scenario {
  const root = tempDir("sr-hostile-");
  const dest = join(root, "dest");
  mkdirSync(dest);
  const bait = join(root, "bait");
  writeFileSync(bait, "outside the destination");
  const linkTarget = join(root, "link-target");
  writeFileSync(linkTarget, "outside the destination, reached by a link");
  mkdirSync(join(dest, "sub"));
  writeFileSync(join(dest, "sub", "x"), "in a sub-folder");

  const older = writeBackupAt(dest, daysAgo(2));
  const newest = writeBackupAt(dest, daysAgo(1));
  const damaged: string[] = [];
  const hostile = (days: number, change: Record<string, unknown>, withObject = false) => {
    const m = writeBackupAt(dest, daysAgo(days), "appdb", { withObject });
    rewrite(dest, m, change);
    damaged.push(manifestName(m.id));
    return m;
  };
  // Issue 16, High 3: an older manifest that claims the newest backup's data.
  hostile(3, { object: newest.object, size: newest.size, sha256: newest.sha256 });
  // Issue 16, Medium 5: dated in 2099 (with its own data), and not a date at all.
  hostile(3, { createdAt: "2099-01-01T00:00:00.000Z", completedAt: "2099-01-01T00:00:01.000Z" }, true);
  hostile(3, { createdAt: "not a date" }, true);
  // Objects out of the destination or across folders.
  hostile(4, { object: "../bait" });
  hostile(4, { object: bait });
  hostile(4, { object: "sub/x" });
  hostile(4, { object: "" });
  // Malformed manifests.
  hostile(5, { source: { kind: "postgres", key: "k" } }, true);
  hostile(5, { size: "64" }, true);
  hostile(5, { encryption: null }, true);
  const notJson = manifestName(newBackupId("appdb", daysAgo(6)));
  writeFileSync(join(dest, notJson), "{ this is not json");
  damaged.push(notJson);
  const array = manifestName(newBackupId("appdb", daysAgo(6)));
  writeFileSync(join(dest, array), "[1, 2, 3]");
  damaged.push(array);
  if (options.huge) {
    const huge = manifestName(newBackupId("appdb", daysAgo(6)));
    writeFileSync(join(dest, huge), Buffer.alloc(17 << 20, 0x20));
    damaged.push(huge);
  }
  let linked: Manifest | undefined;
  if (options.symlink) {
    // A manifest that owns its object name, but the object is a link out of the destination.
    linked = writeBackupAt(dest, daysAgo(3));
    unlinkSync(join(dest, linked.object));
    symlinkSync(linkTarget, join(dest, linked.object));
  }
  return { root, dest, older, newest, damaged, bait, linkTarget, ...(linked ? { linked } : {}) };
}

function ids(stdout: string): string[] {
  return (JSON.parse(stdout) as { id: string }[]).map((b) => b.id);
}

describe("hostile or damaged catalog entries: local folder", () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it("list shows the real backups and names each damaged entry; check, verify and rotate never trust them", async () => {
    const s = buildScenario({ symlink: true, huge: true });
    made.push(s.root);

    const list = await runCli(["list", "--from", s.dest, "--json"]);
    expect(list.code, list.stderr).toBe(0);
    const listed = JSON.parse(list.stdout) as { id: string; objectPresent: boolean }[];
    expect(listed.map((b) => [b.id, b.objectPresent])).toEqual([
      [s.newest.id, true],
      [s.older.id, true],
      [s.linked!.id, false],
    ]);
    for (const name of s.damaged) expect(list.stderr).toContain(`damaged entry ${name}`);
    const human = await runCli(["list", "--from", s.dest]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);

    // The 2099 manifest is not the newest: the real newest is a day old, over a 12h limit.
    const check = await runCli(["check", "--from", s.dest, "--max-age", "12h"]);
    expect(check.code, check.stdout + check.stderr).toBe(7);
    expect(check.stdout + check.stderr).toContain(s.newest.id);
    expect(check.stdout + check.stderr).not.toContain("NaN");

    const verify = await runCli(["verify", "--from", s.dest, "--backup", "all", "--level", "digest", "--json"]);
    // The link is never followed: that backup's data counts as missing.
    expect(verify.code, verify.stderr).toBe(5);
    expect(verify.stderr).toContain(`data object ${s.linked!.object} is missing`);
    const verified = JSON.parse(verify.stdout) as { id: string; ok: boolean }[];
    expect(verified.map((v) => [v.id, v.ok])).toEqual([
      [s.newest.id, true],
      [s.older.id, true],
      [s.linked!.id, false],
    ]);

    const rotate = await runCli(["rotate", "--from", s.dest, "--keep-last", "1", "--json"]);
    expect(rotate.code, rotate.stderr).toBe(0);
    const rotated = JSON.parse(rotate.stdout) as { removed: string[]; orphans: string[] };
    expect(rotated.removed).toEqual([s.older.id]);
    // The linked entry has no data of its own: its manifest goes, the link and what it points at stay.
    expect(rotated.orphans[0]).toBe(manifestName(s.linked!.id));
    for (const orphan of rotated.orphans) expect(orphan.startsWith(`${s.linked!.id}.`)).toBe(true);
    expect(rotated.orphans).not.toContain(s.linked!.object);
    expect(existsSync(join(s.dest, s.newest.object))).toBe(true);
    expect(readFileSync(s.bait, "utf8")).toBe("outside the destination");
    expect(readFileSync(s.linkTarget, "utf8")).toBe("outside the destination, reached by a link");
    expect(readFileSync(join(s.dest, "sub", "x"), "utf8")).toBe("in a sub-folder");
    for (const name of s.damaged) expect(existsSync(join(s.dest, name)), name).toBe(true);
    const after = await runCli(["list", "--from", s.dest, "--json"]);
    expect(ids(after.stdout)).toEqual([s.newest.id]);
  });

  it("a backup id given with '/' or '..' is refused before anything is read", async () => {
    const s = buildScenario({ symlink: false, huge: false });
    made.push(s.root);
    for (const backup of ["../bait", "a/b", "..", `${s.newest.id}/../x`, "/etc/passwd"]) {
      for (const command of ["verify", "restore"]) {
        const args = [command, "--from", s.dest, "--backup", backup];
        if (command === "restore") args.push("--to", join(s.root, "restored.db"));
        const run = await runCli(args);
        expect(run.code, `${command} ${backup}: ${run.stderr}`).toBe(2);
        expect(run.stderr).toContain("is not a backup id");
      }
    }
    expect(existsSync(join(s.root, "restored.db"))).toBe(false);
  });
});

describe("hostile or damaged catalog entries: S3", () => {
  let s3: S3TestServer;
  let env: Record<string, string>;
  const made: string[] = [];
  beforeAll(async () => {
    s3 = await startS3Server();
    await s3.createBucket("backups");
    env = {
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: s3.region,
      AWS_ENDPOINT_URL: s3.endpoint,
      AWS_EC2_METADATA_DISABLED: "true",
    };
  });
  afterAll(async () => {
    await s3?.stop();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it("the same entries in a bucket: listed as damaged, never trusted, the newest backup's data kept", async () => {
    const s = buildScenario({ symlink: false, huge: false });
    made.push(s.root);
    const prefix = `hostile-${randomBytes(4).toString("hex")}`;
    const url = `s3://backups/${prefix}`;
    const destination = await openDestination(url, { env, addSecret: () => {} });
    const names = readdirSync(s.dest).filter((n) => n !== "sub");
    for (const name of names) {
      const body = readFileSync(join(s.dest, name));
      await destination.put(name, Readable.from([body]), { size: body.length });
    }

    const list = await runCli(["list", "--from", url, "--json"], { env });
    expect(list.code, list.stderr).toBe(0);
    expect(ids(list.stdout)).toEqual([s.newest.id, s.older.id]);
    for (const name of s.damaged) expect(list.stderr).toContain(`damaged entry ${name}`);

    const rotate = await runCli(["rotate", "--from", url, "--keep-last", "1", "--json"], { env });
    expect(rotate.code, rotate.stderr).toBe(0);
    expect(JSON.parse(rotate.stdout).removed).toEqual([s.older.id]);
    const keys = await s3.keys("backups");
    expect(keys).toContain(`${prefix}/${s.newest.object}`);
    expect(keys).toContain(`${prefix}/${manifestName(s.newest.id)}`);
    for (const name of s.damaged) expect(keys).toContain(`${prefix}/${name}`);
    expect(keys).not.toContain(`${prefix}/${s.older.object}`);
  });
});
