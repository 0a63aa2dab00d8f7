import { spawn } from "node:child_process";
import { once } from "node:events";
import { createReadStream, readdirSync } from "node:fs";
import { join } from "node:path";
import { readSmallObject, writeJsonObject } from "../../src/catalog/catalog.ts";
import { LEASE_PREFIX } from "../../src/catalog/lease.ts";
import type { Manifest } from "../../src/catalog/manifest.ts";
import type { Destination } from "../../src/destinations/destination.ts";
import { ROOT, runCli, tempDir } from "./cli.ts";
import { writeBackupAt } from "./catalog-fixture.ts";
import { destinationTexts, expectNoSecrets, secretsOf } from "./secret-scan.ts";

/** The real `strongroom` command, started in the background so a test can watch, signal or kill it. */
export interface StartedCli {
  readonly pid: number;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  stderr(): string;
  /** Resolves once `pattern` has appeared `count` times on stderr (fails when the process ends first). */
  waitFor(pattern: RegExp, count?: number, ms?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): StartedCli {
  const child = spawn(process.execPath, [join(ROOT, "scripts/strongroom.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let done = false;
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = once(child, "close").then(([code, signal]) => {
    done = true;
    // Scanned like every runCli run (test/support/secret-scan.ts).
    expectNoSecrets(secretsOf(env, args), { stdout, stderr, ...destinationTexts(args) });
    return { code: code as number | null, signal: signal as NodeJS.Signals | null, stdout, stderr };
  });
  return {
    pid: child.pid!,
    exited,
    stderr: () => stderr,
    kill: (signal) => child.kill(signal),
    async waitFor(pattern, count = 1, ms = 60_000) {
      const deadline = Date.now() + ms;
      const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
      while ((stderr.match(global) ?? []).length < count) {
        if (done) throw new Error(`the process ended before ${pattern} appeared ${count} times:\n${stderr}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** Writes fixture backups (real manifest format, random data) dated `daysAgo` days back, into `destination`. */
export async function seedBackups(destination: Destination, ages: readonly number[]): Promise<Manifest[]> {
  const dir = tempDir("sr-seed-");
  const now = Date.now();
  const made = ages.map((days) => writeBackupAt(dir, new Date(now - days * 86_400_000)));
  for (const name of readdirSync(dir)) await destination.put(name, createReadStream(join(dir, name)));
  return made;
}

export async function objectNames(destination: Destination): Promise<string[]> {
  const names: string[] = [];
  for await (const info of destination.list()) names.push(info.name);
  return names.sort();
}

/** `list --json`, asserting every listed backup has its whole data object. */
export async function listedWhole(from: string, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const run = await runCli(["list", "--from", from, "--json"], { env });
  if (run.code !== 0) throw new Error(`list failed: ${run.stderr}`);
  const rows = JSON.parse(run.stdout) as { id: string; objectPresent: boolean }[];
  const broken = rows.filter((r) => !r.objectPresent).map((r) => r.id);
  if (broken.length) throw new Error(`listed backups without their data: ${broken.join(", ")}`);
  return rows.map((r) => r.id).sort();
}

export async function leaseNames(destination: Destination): Promise<string[]> {
  return (await objectNames(destination)).filter((n) => n.startsWith(LEASE_PREFIX));
}

/** What the lease's five minutes passing does to a lease a killed rotation left: its expiry is behind us. */
export async function expireLeases(destination: Destination): Promise<void> {
  for (const name of await leaseNames(destination)) {
    const record = JSON.parse(await readSmallObject(destination, name)) as Record<string, unknown>;
    await writeJsonObject(destination, name, { ...record, expiresAt: new Date(Date.now() - 60_000).toISOString() });
  }
}
