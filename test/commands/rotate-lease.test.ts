import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEASE_PREFIX } from "../../src/catalog/lease.ts";
import { TEST_PAUSE_ENV } from "../../src/commands/rotate.ts";
import type { Destination } from "../../src/destinations/destination.ts";
import { openDestination } from "../../src/destinations/open.ts";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import {
  expireLeases,
  leaseNames,
  listedWhole,
  objectNames,
  seedBackups,
  startCli,
} from "../support/rotation-fixture.ts";

let s3: S3TestServer;
let s3Env: Record<string, string>;
let counter = 0;

beforeAll(async () => {
  s3 = await startS3Server();
  await s3.createBucket("backups");
  s3Env = {
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    AWS_REGION: s3.region,
    AWS_ENDPOINT_URL: s3.endpoint,
    AWS_EC2_METADATA_DISABLED: "true",
  };
});

afterAll(async () => {
  await s3?.stop();
});

interface Place {
  readonly spec: string;
  readonly env: Record<string, string>;
  readonly destination: Destination;
}

async function place(kind: "folder" | "s3"): Promise<Place> {
  const spec = kind === "folder" ? tempDir("sr-lease-") : `s3://backups/lease-${++counter}`;
  const env = kind === "folder" ? {} : s3Env;
  return { spec, env, destination: await openDestination(spec, { env, addSecret: () => {} }) };
}

const leases = (p: Place) => leaseNames(p.destination);
const expire = (p: Place) => expireLeases(p.destination);

describe.each(["folder", "s3"] as const)("the rotation lease (%s)", (kind) => {
  it("two rotations started together: exactly one proceeds, the other exits 4 naming the holder", async () => {
    const p = await place(kind);
    const backups = await seedBackups(p.destination, [1, 2, 3, 4, 5, 6]);
    const args = ["rotate", "--from", p.spec, "--keep-last", "2", "--json"];
    const env = { ...p.env, [TEST_PAUSE_ENV]: "150" };
    const runs = [startCli(args, env), startCli(args, env)];
    const results = await Promise.all(runs.map((r) => r.exited));
    const codes = results.map((r) => r.code).sort();
    expect(codes, results.map((r) => r.stderr).join("\n---\n")).toEqual([0, 4]);
    const winner = results.findIndex((r) => r.code === 0);
    const loser = results[1 - winner]!;
    expect(loser.stderr).toMatch(
      new RegExp(`another rotation holds the lease on .*: host \\S+ pid ${runs[winner]!.pid}, since .*, until \\d{4}-`),
    );
    expect(loser.stderr).toMatch(/hint: two rotations must not remove backups at once/);
    expect(JSON.parse(results[winner]!.stdout).removed.sort()).toEqual(
      backups
        .slice(2)
        .map((b) => b.id)
        .sort(),
    );
    expect(await listedWhole(p.spec, p.env)).toEqual(
      backups
        .slice(0, 2)
        .map((b) => b.id)
        .sort(),
    );
    expect(await leases(p), "both released their lease objects").toEqual([]);
  });

  it("a lease left by a killed rotation: refused, naming it, until it expires; then taken over", async () => {
    const p = await place(kind);
    const backups = await seedBackups(p.destination, [1, 2, 3, 4]);
    const killed = startCli(["rotate", "--from", p.spec, "--keep-last", "1"], { ...p.env, [TEST_PAUSE_ENV]: "60000" });
    await killed.waitFor(/test pause after removing/);
    killed.kill("SIGKILL");
    await killed.exited;
    expect(await leases(p)).toHaveLength(1);

    // The lease never shows as a backup, and list and check work beside it.
    const whole = await listedWhole(p.spec, p.env);
    expect(whole).toHaveLength(3);
    const check = await runCli(["check", "--from", p.spec, "--max-age", "2d"], { env: p.env });
    expect(check.code, check.stderr).toBe(0);
    const report = await runCli(["report", "--from", p.spec, "--out", tempDir(), "--max-age", "2d", "--json"], {
      env: p.env,
    });
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).sources[0].backups).toBe(3);

    const refused = await runCli(["rotate", "--from", p.spec, "--keep-last", "1"], { env: p.env });
    expect(refused.code, refused.stderr).toBe(4);
    expect(refused.stderr).toContain(`pid ${killed.pid}`);
    expect(refused.stderr).toMatch(/a lease of a killed run expires by itself at \d{4}-/);
    expect(await listedWhole(p.spec, p.env)).toEqual(whole);

    await expire(p);
    const took = await runCli(["rotate", "--from", p.spec, "--keep-last", "1", "--json"], { env: p.env });
    expect(took.code, took.stderr).toBe(0);
    expect(took.stderr).toContain(`took over the expired rotation lease of host`);
    expect(took.stderr).toContain(`pid ${killed.pid}`);
    expect(await listedWhole(p.spec, p.env)).toEqual([backups[0]!.id]);
    expect(await leases(p)).toEqual([]);
  });
});

describe("rotate cancelled (SIGINT or SIGTERM) between deletions", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s: stops before the next removal, exit 130, the lease released; a re-run converges",
    async (signal) => {
      const p = await place("folder");
      const backups = await seedBackups(p.destination, [1, 2, 3, 4, 5]);
      const run = startCli(["rotate", "--from", p.spec, "--keep-last", "1"], { [TEST_PAUSE_ENV]: "60000" });
      await run.waitFor(/test pause after removing/);
      const before = await objectNames(p.destination);
      const started = Date.now();
      run.kill(signal);
      const { code, stderr } = await run.exited;
      expect(code, stderr).toBe(130);
      expect(Date.now() - started, "it did not wait out the pause").toBeLessThan(10_000);
      expect(stderr).toContain(`error: cancelled (${signal})`);
      expect(stderr.match(/test pause after removing/g)).toHaveLength(1);
      expect(await leases(p)).toEqual([]);
      // Nothing was removed after the signal.
      expect((await objectNames(p.destination)).filter((n) => !n.startsWith(LEASE_PREFIX))).toEqual(
        before.filter((n) => !n.startsWith(LEASE_PREFIX)),
      );
      expect(await listedWhole(p.spec)).toHaveLength(4);
      const again = await runCli(["rotate", "--from", p.spec, "--keep-last", "1"]);
      expect(again.code, again.stderr).toBe(0);
      expect(await listedWhole(p.spec)).toEqual([backups[0]!.id]);
    },
  );
});
