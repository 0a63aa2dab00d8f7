import { once } from "node:events";
import { readdirSync } from "node:fs";
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, SERVER, sql } from "../support/postgres.ts";
import { runStep, type StepRun, startStep } from "./runner.ts";

const RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

/**
 * What the runner does on a cancel: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that. The
 * SIGTERM comes as soon as the step has said it is cancelling, so it lands during the clean-up,
 * which it must not cut short. (A fixed 20 ms was once too late: a clean-up that only had to stop
 * a pg_dump waiting on a lock had already finished. Sent together, the two signals may be handled
 * in either order.)
 */
async function cancelLikeTheRunner(
  child: ReturnType<typeof startStep>["child"],
  onTermSent: () => void = () => {},
): Promise<number> {
  const started = Date.now();
  const cancelling = new Promise<void>((resolve) => {
    let seen = "";
    const done = () => {
      clearTimeout(runnerDelay);
      child.stdout?.off("data", watch);
      resolve();
    };
    const watch = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes("received SIGINT")) done();
    };
    const runnerDelay = setTimeout(done, 7_500);
    child.stdout?.on("data", watch);
  });
  child.kill("SIGINT");
  await cancelling;
  child.kill("SIGTERM");
  onTermSent();
  const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
  if (child.exitCode === null && child.signalCode === null) await once(child, "close");
  clearTimeout(kill);
  return Date.now() - started;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectCancelled(run: StepRun): void {
  const log = run.stdout + run.stderr;
  expect(run.code, log).toBe(130);
  expect(run.stdout).toMatch(/::error::cancelled \(SIGINT\)/);
  expect(run.stdout).toContain("received SIGTERM again");
  expect(run.state.phase).toBe("cancelled");
  expect(run.state.cancelled).toBe("cancelled (SIGINT)");
  expect(run.summary).toContain("CANCELLED");
  expect(run.leftInRunnerTemp, "temporary files left in RUNNER_TEMP").toEqual([]);
}

async function expectPostReportsCancelled(run: StepRun): Promise<void> {
  const post = await runStep("post", {}, {}, run.state);
  expect(post.code, post.stdout + post.stderr).toBe(0);
  expect(post.stdout).toContain("the backup step was cancelled (SIGINT)");
  expect(post.stdout).not.toMatch(/did not finish|crashed|failed/);
}

describe("a cancelled job: the action's main step, signalled as the runner signals it", () => {
  let source: string;
  let s3: S3TestServer;
  let hold: Server | undefined;
  let locker: pg.Client | undefined;

  beforeAll(async () => {
    s3 = await startS3Server();
    await s3.createBucket("backups");
    source = await createDatabase("sr_cancel");
    // About 10 MB that does not compress: more than one 8 MiB part, so S3 gets a multipart upload.
    await sql(
      dbUrl(source),
      "create table noise as select g as id, decode(md5(random()::text) || md5(random()::text), 'hex') as bytes from generate_series(1, 330000) g",
    );
  });

  afterEach(async () => {
    await locker?.end().catch(() => {});
    locker = undefined;
    hold?.closeAllConnections();
    if (hold) await new Promise((resolve) => hold!.close(resolve));
    hold = undefined;
  });

  afterAll(async () => {
    await s3?.stop();
    if (source) await dropDatabase(source);
  });

  it("during the dump (pg_dump waits on a table lock): stopped, nothing stored, exit 130, post step says cancelled", async () => {
    locker = new pg.Client({ connectionString: dbUrl(source) });
    await locker.connect();
    await locker.query("begin");
    await locker.query("lock table noise in access exclusive mode");
    const folder = tempDir();
    const step = startStep(
      "main",
      { command: "backup", source: dbUrl(source), destinations: folder, recipients: RECIPIENT },
      {},
    );
    // Wait until pg_dump itself is blocked behind the lock.
    await until("pg_dump to wait on the lock", async () => {
      const { rows } = await sql(
        `${SERVER}/postgres`,
        `select 1 from pg_stat_activity where datname = '${source}' and query ilike 'lock table%' and wait_event_type = 'Lock'`,
      );
      return rows.length ? true : undefined;
    });
    const ms = await cancelLikeTheRunner(step.child);
    const run = await step.done;
    expectCancelled(run);
    expect(ms, "the step must end before the runner's SIGKILL").toBeLessThan(7_500);
    expect(readdirSync(folder), "nothing stored or listed").toEqual([]);
    // pg_dump and our snapshot connection are gone: only the test's own locking session is left.
    const left = await sql(
      `${SERVER}/postgres`,
      `select application_name from pg_stat_activity where datname = '${source}' and pid <> ${(locker as unknown as { processID: number }).processID}`,
    );
    expect(left.rows).toEqual([]);
    await expectPostReportsCancelled(run);
  });

  it("during an S3 multipart upload: the upload is aborted, nothing listed, exit 130, post step says cancelled", async () => {
    // Between the action and S3: holds the first part's upload, so the cancel lands mid-upload.
    let partHeld: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (partHeld = resolve));
    // Released once the step has handled the SIGTERM (logged it), not merely once it was sent: a
    // busy machine may deliver the signal after the clean-up's answer.
    let termHandled: () => void = () => {};
    const termSent = new Promise<void>((resolve) => (termHandled = resolve));
    const upstream = new URL(s3.endpoint);
    hold = createServer((req, res) => {
      if (req.method === "PUT" && req.url?.includes("uploadId=")) {
        partHeld!();
        req.resume();
        return; // never answered: the client's abort ends it
      }
      // The clean-up's AbortMultipartUpload waits for the SIGTERM, so that signal lands during it.
      const cleanup = req.method === "DELETE" && req.url?.includes("uploadId=") ? termSent : Promise.resolve();
      void cleanup.then(() => forwardRequest(req, res));
    });
    const forwardRequest = (req: IncomingMessage, res: ServerResponse) => {
      const forward = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on("error", () => res.destroy());
      req.pipe(forward);
    };
    hold.listen(0, "127.0.0.1");
    await once(hold, "listening");
    const env = {
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: s3.region,
      AWS_ENDPOINT_URL: `http://127.0.0.1:${(hold.address() as AddressInfo).port}`,
      AWS_EC2_METADATA_DISABLED: "true",
    };
    const step = startStep(
      "main",
      { command: "backup", source: dbUrl(source), destinations: "s3://backups/nightly", recipients: RECIPIENT },
      env,
    );
    let output = "";
    step.child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("received SIGTERM again")) termHandled();
    });
    await held;
    expect(await s3.openUploads("backups")).toHaveLength(1);
    const ms = await cancelLikeTheRunner(step.child);
    const run = await step.done;
    expectCancelled(run);
    expect(ms).toBeLessThan(7_500);
    expect(await s3.openUploads("backups"), "the multipart upload was aborted").toEqual([]);
    expect(await s3.keys("backups"), "nothing stored or listed").toEqual([]);
    await expectPostReportsCancelled(run);
  });

  it("the timeout input cancels the same way", async () => {
    locker = new pg.Client({ connectionString: dbUrl(source) });
    await locker.connect();
    await locker.query("begin");
    await locker.query("lock table noise in access exclusive mode");
    const folder = tempDir();
    const run = await runStep(
      "main",
      { command: "backup", source: dbUrl(source), destinations: folder, recipients: RECIPIENT, timeout: "2s" },
      {},
    );
    expect(run.code, run.stdout + run.stderr).toBe(130);
    expect(run.stdout).toContain("::error::cancelled: the step ran longer than its timeout of 2s");
    expect(run.state.phase).toBe("cancelled");
    expect(readdirSync(folder)).toEqual([]);
    expect(run.leftInRunnerTemp).toEqual([]);
    const post = await runStep("post", {}, {}, run.state);
    expect(post.stdout).toContain("the backup step was cancelled: the step ran longer than its timeout of 2s");
  });
});
