/**
 * An interrupted `rekey` loses nothing: killed with SIGKILL at every file-system step it takes, or
 * stopped between its steps at the source level, every listed backup decrypts with the key its
 * manifest names (old or new), `list` works, a second run converges, and rotation removes the
 * leftover copy only once it is older than the grace period.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, utimesSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../src/catalog/catalog.ts";
import { verificationName } from "../../src/catalog/verification.ts";
import type { RunContext } from "../../src/run-context.ts";
import {
  checkStoredCopy,
  rekeyedManifest,
  rekeyedObjectName,
  removeIfPresent,
  switchManifest,
  writeRekeyedCopy,
} from "../../src/commands/rekey-steps.ts";
import { runRotate } from "../../src/commands/rotate.ts";
import { parseRotateConfig } from "../../src/config/rotate.ts";
import { parseIdentityFile } from "../../src/crypto/age-keys.ts";
import { LocalFolder } from "../../src/destinations/local-folder.ts";
import { ConsoleLogger } from "../../src/logger.ts";
import { Redactor } from "../../src/redact.ts";
import { ROOT, runCli, tempDir } from "../support/cli.ts";
import { dbUrl, dropDatabase, richDatabase } from "../support/postgres.ts";

interface Key {
  readonly file: string;
  readonly recipient: string;
  readonly secret: string;
}

interface Listed {
  readonly id: string;
  readonly object: string;
  readonly recipients: readonly string[];
  readonly objectPresent: boolean;
}

const quiet: RunContext = {
  log: new ConsoleLogger(new Redactor(), process.stderr, true),
  env: {},
  signal: new AbortController().signal,
};

function ageDecrypts(key: Key, file: string): boolean {
  try {
    execFileSync("age", ["-d", "-i", key.file, "-o", "/dev/null", file], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** Runs rekey and SIGKILLs it at the `killAt`-th file-system event in `folder`; returns the events seen. */
function rekeyKilledAt(folder: string, args: readonly string[], killAt: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts/strongroom.mjs"), "rekey", "--from", folder, ...args], {
      stdio: "ignore",
    });
    let events = 0;
    const watcher = watch(folder, () => {
      if (++events === killAt) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("close", () => {
      watcher.close();
      resolve(events);
    });
  });
}

describe("an interrupted rekey", () => {
  const dirs: string[] = [];
  let source: string;
  let pristine: string;
  let oldKey: Key;
  let newKey: Key;
  const dir = () => {
    const made = tempDir();
    dirs.push(made);
    return made;
  };
  const keygen = async (): Promise<Key> => {
    const file = join(dir(), "key.txt");
    const run = await runCli(["keygen", "--out", file]);
    expect(run.code, run.stderr).toBe(0);
    return { file, recipient: run.stdout.trim(), secret: parseIdentityFile(readFileSync(file, "utf8"))[0]! };
  };
  const copyOfPristine = () => {
    const folder = dir();
    cpSync(pristine, folder, { recursive: true });
    return folder;
  };

  /** Every listed backup decrypts (whole payload, real age CLI) with the key its manifest names, and only that one. */
  async function assertRestorable(folder: string, count: number): Promise<Listed[]> {
    const list = await runCli(["list", "--from", folder, "--json"]);
    expect(list.code, list.stderr).toBe(0);
    const listed = JSON.parse(list.stdout) as Listed[];
    expect(listed).toHaveLength(count);
    for (const backup of listed) {
      expect(backup.objectPresent).toBe(true);
      const named = backup.recipients[0] === newKey.recipient ? newKey : oldKey;
      expect(backup.recipients).toEqual([named.recipient]);
      expect(ageDecrypts(named, join(folder, backup.object)), `${backup.object} with ${named.recipient}`).toBe(true);
    }
    return listed;
  }

  beforeAll(async () => {
    source = await richDatabase();
    [oldKey, newKey] = [await keygen(), await keygen()];
    pristine = dir();
    for (let i = 0; i < 3; i++) {
      const run = await runCli([
        "backup",
        "--source",
        dbUrl(source),
        "--to",
        pristine,
        "--recipient",
        oldKey.recipient,
      ]);
      expect(run.code, run.stderr).toBe(0);
    }
  });

  afterAll(async () => {
    if (source) await dropDatabase(source);
    for (const made of dirs) rmSync(made, { recursive: true, force: true });
  });

  it("SIGKILL at each file-system event: every backup decrypts with the key its manifest names; a second run converges", async () => {
    const args = ["--identity", oldKey.file, "--recipient", newKey.recipient];
    const total = await rekeyKilledAt(copyOfPristine(), args, Number.POSITIVE_INFINITY);
    expect(total).toBeGreaterThan(6);
    const states = new Set<string>();
    for (let killAt = 1; killAt <= total; killAt++) {
      const folder = copyOfPristine();
      await rekeyKilledAt(folder, args, killAt);
      const listed = await assertRestorable(folder, 3);
      states.add(listed.map((b) => (b.recipients[0] === newKey.recipient ? "new" : "old")).join(","));
      const rerun = await runCli(["rekey", "--from", folder, ...args]);
      expect(rerun.code, rerun.stderr).toBe(0);
      const after = await assertRestorable(folder, 3);
      expect(after.every((b) => b.recipients[0] === newKey.recipient)).toBe(true);
      // Leftovers (a copy never switched to, an old object never removed) go with the next rotation after the grace period.
      const rotate = { ...parseRotateConfig({ from: folder, "keep-last": "10" }, {}), graceMs: 0 };
      await runRotate(rotate, quiet);
      expect(
        readdirSync(folder)
          .filter((n) => !n.startsWith("."))
          .sort(),
      ).toEqual(after.flatMap((b) => [b.object, `${b.id}.manifest.json`]).sort());
      await assertRestorable(folder, 3);
    }
    // The kills landed between backups, not only before or after all of them.
    expect(states.size).toBeGreaterThanOrEqual(3);
  });

  it("stopped after each step (copy written, copy checked, manifest switched): restorable, and rotation sweeps the leftover only after the grace period", async () => {
    for (const stopAfter of ["write", "check", "switch"] as const) {
      const folder = copyOfPristine();
      const destination = new LocalFolder(folder);
      const [entry] = (await readCatalog(destination)).backups;
      const manifest = entry!.manifest;
      const name = rekeyedObjectName(manifest, new Date());
      const key = { mode: "identities", identities: [oldKey.secret] } as const;
      const copy = await writeRekeyedCopy(destination, manifest, name, key, [newKey.recipient], quiet.signal);
      if (stopAfter !== "write") {
        const stored = await checkStoredCopy(destination, copy, quiet.signal);
        if (stopAfter === "switch")
          await switchManifest(
            destination,
            await rekeyedManifest(manifest, { name, ...stored }, key, [newKey.recipient]),
          );
      }
      // The backup's verification record is the backup's, not the leftover's: it survives the sweep.
      const record = verificationName(manifest.id, new Date(Date.now() - 3 * 86_400_000));
      writeFileSync(join(folder, record), JSON.stringify({ strongroomVerification: 1, id: manifest.id, ok: true }));
      utimesSync(join(folder, record), new Date(0), new Date(0));
      const listed = await assertRestorable(folder, 3);
      const leftover = stopAfter === "switch" ? manifest.object : name;
      expect(listed.find((b) => b.id === manifest.id)!.object).toBe(stopAfter === "switch" ? name : manifest.object);
      expect(readdirSync(folder)).toContain(leftover);

      const withinGrace = await runRotate(
        parseRotateConfig({ from: folder, "keep-last": "10", "grace-period": "1h" }, {}),
        quiet,
      );
      expect(withinGrace.orphans).toEqual([]);
      expect(readdirSync(folder)).toContain(leftover);
      const pastGrace = await runRotate(
        { ...parseRotateConfig({ from: folder, "keep-last": "10" }, {}), graceMs: 0 },
        quiet,
      );
      expect(pastGrace.orphans).toEqual([leftover]);
      expect(readdirSync(folder)).not.toContain(leftover);
      expect(readdirSync(folder)).toContain(record);
      await assertRestorable(folder, 3);
      await removeIfPresent(destination, leftover);
    }
  });
});
