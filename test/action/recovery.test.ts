import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isFailureRecordName } from "../../src/catalog/failure-record.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifact-server.ts";
import { HttpReceiver } from "../servers/http-receiver.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, sql } from "../support/postgres.ts";
import { runStep } from "./runner.ts";

describe("notify-on: recovery in the action: the previous workflow run's conclusion, the destination's record as fallback", () => {
  let server: ArtifactServer;
  let receiver: HttpReceiver;
  let database = "";
  let lateDatabase = "";
  let lateArtifactDatabase = "";
  let recipient = "";
  const dirs: string[] = [];

  beforeAll(async () => {
    server = await startArtifactServer();
    receiver = await new HttpReceiver().start();
    database = await createDatabase("sr_action_recovery");
    await sql(dbUrl(database), "create table t (id int primary key); insert into t values (1), (2)");
    const keyDir = tempDir();
    dirs.push(keyDir);
    recipient = (await runCli(["keygen", "--out", join(keyDir, "key.txt")])).stdout.trim();
  });

  afterAll(async () => {
    await server?.close();
    await receiver?.close();
    if (database) await dropDatabase(database);
    if (lateDatabase) await dropDatabase(lateDatabase);
    if (lateArtifactDatabase) await dropDatabase(lateArtifactDatabase);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const folder = () => {
    const dir = tempDir();
    dirs.push(dir);
    return dir;
  };

  const backup = (env: Record<string, string>, destination: string, source: string, hook: string) =>
    runStep(
      "main",
      {
        command: "backup",
        source,
        destinations: destination,
        recipients: recipient,
        "notify-on": "recovery",
        "webhook-url": `json:${receiver.origin}/${hook}`,
        "github-token": env.GITHUB_TOKEN!,
      },
      env,
    );
  const runsRequests = () => server.requests.filter((r) => r.path.includes("/actions/workflows/backup.yml/runs"));
  const report = (hook: string, index: number) => JSON.parse(receiver.hooks(`/${hook}`)[index]!.body).report;

  it("sends one recovery message after a failed workflow run, then none, with no record in the destination", async () => {
    const hook = "rest-hook";
    const first = server.newRun();
    const failed = await backup(first, folder(), dbUrl(`${database}_missing`), hook);
    expect(failed.code).not.toBe(0);
    expect(receiver.hooks(`/${hook}`)).toHaveLength(1);
    server.finishRun(first.GITHUB_RUN_ID!, "failure");

    // A fresh destination: nothing recorded there, so only the REST API can tell the last run failed.
    const dest = folder();
    const second = server.newRun();
    const recovered = await backup(second, dest, dbUrl(database), hook);
    expect(recovered.code, recovered.stdout).toBe(0);
    expect(runsRequests().length).toBeGreaterThan(0);
    expect(runsRequests().every((r) => r.status === 200 && r.authorization)).toBe(true);
    expect(receiver.hooks(`/${hook}`)).toHaveLength(2);
    expect(report(hook, 1)).toMatchObject({
      status: "success",
      previousStatus: "failure",
      previousFailure: {
        runUrl: `https://github.com/${server.owner}/${server.repo}/actions/runs/${first.GITHUB_RUN_ID}`,
      },
    });
    server.finishRun(second.GITHUB_RUN_ID!, "success");

    const third = server.newRun();
    const normal = await backup(third, dest, dbUrl(database), hook);
    expect(normal.code, normal.stdout).toBe(0);
    expect(receiver.hooks(`/${hook}`)).toHaveLength(2);
    expect(normal.stdout).toContain("previous run of this workflow: success");
  });

  it("falls back to the destination's failure record when the API refuses, and clears it", async () => {
    const hook = "record-hook";
    const dest = folder();
    const first = server.newRun();
    // The same source fails (its database does not exist yet), then works.
    const late = `${database}_late`;
    lateDatabase = late;
    const failed = await backup(first, dest, dbUrl(late), hook);
    expect(failed.code).not.toBe(0);
    expect(readdirSync(dest).filter(isFailureRecordName)).toHaveLength(1);
    server.finishRun(first.GITHUB_RUN_ID!, "failure");

    await sql(dbUrl("postgres"), `create database ${late}`);
    server.fail("rest", 403, { match: "/actions/workflows/", times: 1 });
    const recovered = await backup(server.newRun(), dest, dbUrl(late), hook);
    expect(recovered.code, recovered.stdout).toBe(0);
    expect(recovered.stdout).toContain("could not read the previous run of this workflow");
    expect(receiver.hooks(`/${hook}`), recovered.stdout).toHaveLength(2);
    expect(report(hook, 1)).toMatchObject({
      status: "success",
      previousStatus: "failure",
      previousFailure: { stage: "connect" },
    });
    expect(readdirSync(dest).filter(isFailureRecordName)).toEqual([]);
  });
  it("keeps the record as an artifact across workflow runs and removes it at the next success", async () => {
    const hook = "artifact-hook";
    const late = `${database}_art`;
    lateArtifactDatabase = late;
    const failed = await backup(server.newRun(), "artifact:", dbUrl(late), hook);
    expect(failed.code).not.toBe(0);
    const records = () => server.artifacts().filter((a) => isFailureRecordName(a.name));
    expect(records()).toHaveLength(1);
    const record = JSON.parse(records()[0]!.content!.toString("utf8"));
    expect(record).toMatchObject({ stage: "connect", sourceKey: `postgres://127.0.0.1:5432/${late}` });
    expect(record.runUrl).toMatch(/\/actions\/runs\/\d+$/);

    await sql(dbUrl("postgres"), `create database ${late}`);
    server.fail("rest", 403, { match: "/actions/workflows/", times: 1 });
    const recovered = await backup(server.newRun(), "artifact:", dbUrl(late), hook);
    expect(recovered.code, recovered.stdout).toBe(0);
    expect(receiver.hooks(`/${hook}`), recovered.stdout).toHaveLength(2);
    expect(report(hook, 1)).toMatchObject({ previousStatus: "failure", previousFailure: { stage: "connect" } });
    expect(records()).toEqual([]);
  });
});
