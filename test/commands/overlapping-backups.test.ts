import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, fingerprint, sql } from "../support/postgres.ts";
import { listedWhole, startCli } from "../support/rotation-fixture.ts";

describe("two backups of one database to the same destinations at the same time (a scheduled and a manual run)", () => {
  let s3: S3TestServer;
  let env: Record<string, string>;
  let source: string;
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
    source = await createDatabase("sr_overlap");
    made.push(source);
    await sql(
      dbUrl(source),
      "create table t as select g as id, md5(g::text) as v from generate_series(1, 20000) g; create sequence s; select setval('s', 42)",
    );
  });

  afterAll(async () => {
    await s3?.stop();
    for (const name of made) await dropDatabase(name);
  });

  it("ids never collide; both are listed complete in each destination; each restores identically", async () => {
    const folder = tempDir();
    const bucket = "s3://backups/overlap";
    const identity = join(tempDir(), "key.txt");
    const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
    const args = ["backup", "--source", dbUrl(source), "--to", folder, "--to", bucket, "--recipient", recipient];
    const runs = await Promise.all(
      [startCli([...args, "--json"], env), startCli([...args, "--json"], env)].map((r) => r.exited),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const manifests = runs.map(
      (run) => JSON.parse(run.stdout) as { id: string; createdAt: string; completedAt: string },
    );
    const ids = manifests.map((m) => m.id);
    expect(new Set(ids).size).toBe(2);
    // They really ran at the same time: each started before the other finished.
    const [a, b] = manifests.map((m) => [Date.parse(m.createdAt), Date.parse(m.completedAt)] as const);
    expect(Math.max(a![0], b![0])).toBeLessThan(Math.min(a![1], b![1]));
    const original = await fingerprint(dbUrl(source));
    for (const from of [folder, bucket]) {
      expect(await listedWhole(from, env)).toEqual([...ids].sort());
      for (const id of ids) {
        const target = `${source}_${made.length}`;
        made.push(target);
        const restore = await runCli(
          ["restore", "--from", from, "--backup", id, "--to", dbUrl(target), "--identity", identity],
          { env },
        );
        expect(restore.code, `${from} ${id}: ${restore.stderr}`).toBe(0);
        expect(await fingerprint(dbUrl(target))).toEqual(original);
      }
    }
  });
});
