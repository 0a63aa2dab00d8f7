import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, statSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { ROOT, runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, SERVER, sql } from "../support/postgres.ts";

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** The real `strongroom` command with umask 000, to be signalled while it runs. */
function startCli(args: readonly string[], env: NodeJS.ProcessEnv) {
  const child = spawn(
    "sh",
    ["-c", 'umask 000 && exec "$@"', "sh", process.execPath, join(ROOT, "scripts/strongroom.mjs"), ...args],
    { env: { ...process.env, DATABASE_URL: "", ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = once(child, "close").then(([code, signal]) => ({
    code: code as number | null,
    stderr: signal ? `${stderr}\n(ended by ${signal})` : stderr,
  }));
  return { child, exited, stderr: () => stderr };
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the CLI cancelled with SIGINT, then SIGTERM", () => {
  it("during a --jobs dump (pg_dump behind a table lock): exit 130, the table files' folder removed, nothing stored", async () => {
    const source = await createDatabase("sr_cancel_jobs");
    const locker = new pg.Client({ connectionString: dbUrl(source) });
    try {
      await sql(
        dbUrl(source),
        "create table a as select g from generate_series(1, 50000) g; create table b as select g from generate_series(1, 50000) g",
      );
      await locker.connect();
      await locker.query("begin");
      await locker.query("lock table b in access exclusive mode");
      const tmp = tempDir();
      const folder = tempDir();
      const run = startCli(
        [
          "backup",
          "--source",
          dbUrl(source),
          "--to",
          folder,
          "--no-encryption",
          "--format",
          "directory",
          "--jobs",
          "2",
        ],
        { TMPDIR: tmp },
      );
      await until("pg_dump to wait on the lock", async () => {
        const { rows } = await sql(
          `${SERVER}/postgres`,
          `select 1 from pg_stat_activity where datname = '${source}' and query ilike 'lock table%' and wait_event_type = 'Lock'`,
        );
        return rows.length ? true : undefined;
      });
      expect(readdirSync(tmp).filter((name) => /^strongroom-pgdump-\d+-/.test(name))).toHaveLength(1);
      run.child.kill("SIGINT");
      // SIGTERM after SIGINT, again and again through the clean-up, and once more when it has
      // reported the cancellation (where the runner's SIGTERM once ended it by signal, not 130).
      let exited = false;
      const exitedRun = run.exited.finally(() => (exited = true));
      while (!exited && !run.stderr().includes("error: cancelled")) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        if (!exited) run.child.kill("SIGTERM");
      }
      if (!exited) run.child.kill("SIGTERM");
      const { code, stderr } = await exitedRun;
      expect(code, stderr).toBe(130);
      expect(stderr).toContain("error: cancelled (SIGINT)");
      expect(readdirSync(tmp), "the plaintext table files are removed").toEqual([]);
      expect(readdirSync(folder), "nothing stored").toEqual([]);
    } finally {
      await locker.end().catch(() => {});
      await dropDatabase(source);
    }
  });
});

describe("a download (restore from S3), held part-way by a proxy", () => {
  let source: string;
  let s3: S3TestServer;
  let hold: Server | undefined;

  beforeAll(async () => {
    s3 = await startS3Server();
    await s3.createBucket("backups");
    source = await createDatabase("sr_download");
    await sql(
      dbUrl(source),
      "create table noise as select g as id, decode(md5(random()::text), 'hex') as bytes from generate_series(1, 20000) g",
    );
  });

  afterAll(async () => {
    hold?.closeAllConnections();
    if (hold) await new Promise((resolve) => hold!.close(resolve));
    await s3?.stop();
    if (source) await dropDatabase(source);
  });

  it("is 0600 in a 0700 folder (umask 000); SIGINT then stops the CLI with exit 130 and removes it", async () => {
    const key = join(tempDir(), "key.txt");
    const recipient = (await runCli(["keygen", "--out", key])).stdout.trim();
    const credentials = {
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: s3.region,
      AWS_EC2_METADATA_DISABLED: "true",
    };
    const backup = await runCli(
      ["backup", "--source", dbUrl(source), "--to", "s3://backups/d", "--recipient", recipient],
      {
        env: { ...credentials, AWS_ENDPOINT_URL: s3.endpoint },
      },
    );
    expect(backup.code, backup.stderr).toBe(0);
    // Forwards everything, but sends only the first 64 KiB of the data object and then stalls.
    const upstream = new URL(s3.endpoint);
    hold = createServer((req, res) => {
      const stall = req.method === "GET" && /\.dump\.zst\.age(\?|$)/.test(req.url ?? "");
      const forward = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          if (!stall) return void answer.pipe(res);
          let sent = 0;
          answer.on("data", (chunk: Buffer) => {
            if (sent < 65_536) res.write(chunk.subarray(0, 65_536 - sent));
            sent += chunk.length;
          });
        },
      );
      forward.on("error", () => res.destroy());
      req.pipe(forward);
    });
    hold.listen(0, "127.0.0.1");
    await once(hold, "listening");
    const tmp = tempDir();
    const run = startCli(
      ["restore", "--from", "s3://backups/d", "--to", dbUrl(`${source}_restored`), "--identity", key],
      { ...credentials, AWS_ENDPOINT_URL: `http://127.0.0.1:${(hold.address() as AddressInfo).port}`, TMPDIR: tmp },
    );
    let file: string | undefined;
    for (let i = 0; i < 300 && !file; i++) {
      const folder = readdirSync(tmp).find((name) => name.startsWith("strongroom-download-"));
      const inside = folder ? readdirSync(join(tmp, folder)) : [];
      if (folder && inside.length && statSync(join(tmp, folder, inside[0]!)).size > 0) {
        expect(modeOf(join(tmp, folder))).toBe(0o700);
        file = join(tmp, folder, inside[0]!);
      } else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(file, `the download started (${run.stderr()})`).toBeDefined();
    expect(modeOf(file!)).toBe(0o600);
    run.child.kill("SIGINT");
    const { code, stderr } = await run.exited;
    expect(code, stderr).toBe(130);
    expect(stderr).toContain("error: cancelled (SIGINT)");
    expect(readdirSync(tmp), "the partial download is removed").toEqual([]);
    const target = await sql(`${SERVER}/postgres`, `select 1 from pg_database where datname = '${source}_restored'`);
    expect(target.rows, "the target was never touched").toEqual([]);
  });
});
