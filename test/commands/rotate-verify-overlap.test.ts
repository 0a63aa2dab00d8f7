import { once } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READING_PREFIX } from "../../src/catalog/lease.ts";
import { openDestination } from "../../src/destinations/open.ts";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { runCli } from "../support/cli.ts";
import { listedWhole, objectNames, seedBackups, startCli } from "../support/rotation-fixture.ts";

/**
 * A proxy in front of the S3 server that holds the answer to one GET (the data object a verify
 * reads) until the test lets it go: a verify that is reading, for as long as the test needs.
 */
async function holdingProxy(upstream: string, held: RegExp) {
  const target = new URL(upstream);
  const waiting: (() => void)[] = [];
  let released = false;
  let seen = 0;
  const server: Server = createServer((req, res) => {
    const hold = req.method === "GET" && held.test(req.url ?? "");
    const forward = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (!hold || released) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          return void answer.pipe(res);
        }
        seen++;
        answer.pause();
        waiting.push(() => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    held: () => seen,
    release() {
      released = true;
      for (const go of waiting.splice(0)) go();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe("rotation beside a verify that is reading a backup", () => {
  let s3: S3TestServer;
  let env: Record<string, string>;

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
  });

  it("keeps the backup being read for that run (and says so); the next rotation removes it", async () => {
    const spec = "s3://backups/reading";
    const destination = await openDestination(spec, { env, addSecret: () => {} });
    const [newest, middle, oldest] = await seedBackups(destination, [1, 2, 3]);
    const proxy = await holdingProxy(s3.endpoint, new RegExp(`${oldest!.object}(\\?|$)`));
    try {
      const verify = startCli(
        ["verify", "--from", spec, "--backup", oldest!.id, "--level", "digest", "--no-record", "--json"],
        {
          ...env,
          AWS_ENDPOINT_URL: proxy.endpoint,
        },
      );
      for (let i = 0; i < 600 && proxy.held() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(proxy.held(), `the verify is reading (${verify.stderr()})`).toBe(1);
      expect((await objectNames(destination)).filter((n) => n.startsWith(READING_PREFIX))).toHaveLength(1);

      const rotate = await runCli(["rotate", "--from", spec, "--keep-last", "1", "--json"], { env });
      expect(rotate.code, rotate.stderr).toBe(0);
      const result = JSON.parse(rotate.stdout) as {
        removed: string[];
        plan: { id: string; keep: boolean; reasons: string[] }[];
      };
      expect(result.removed).toEqual([middle!.id]);
      const kept = result.plan.find((p) => p.id === oldest!.id)!;
      expect(kept.keep).toBe(true);
      expect(kept.reasons.join(" ")).toMatch(/being read by a verify \(host \S+ pid \d+\) until .*: kept for this run/);
      expect(rotate.stderr).toContain(`kept ${oldest!.id}: being read by a verify`);
      expect(await listedWhole(spec, env)).toEqual([newest!.id, oldest!.id].sort());

      proxy.release();
      const done = await verify.exited;
      expect(done.code, done.stderr).toBe(0);
      expect(JSON.parse(done.stdout)[0]).toMatchObject({ id: oldest!.id, ok: true });
      expect(
        (await objectNames(destination)).filter((n) => n.startsWith(READING_PREFIX)),
        "mark removed",
      ).toEqual([]);

      const next = await runCli(["rotate", "--from", spec, "--keep-last", "1", "--json"], { env });
      expect(next.code, next.stderr).toBe(0);
      expect(JSON.parse(next.stdout).removed).toEqual([oldest!.id]);
      expect(await listedWhole(spec, env)).toEqual([newest!.id]);
    } finally {
      proxy.release();
      await proxy.close();
    }
  });
});
