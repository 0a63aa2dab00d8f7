import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FAILURE_LABEL, notifyConfigFromInputs } from "../../src/notify/config.ts";
import { notify } from "../../src/notify/notify.ts";
import { testReport } from "../../src/notify/run-report.ts";
import { HttpReceiver } from "../servers/http-receiver.ts";
import { DB_PASSWORD, failureReport, GITHUB_TOKEN, recordingLog, successfulReport } from "./fixtures.ts";

let api: HttpReceiver;

beforeAll(async () => {
  api = await new HttpReceiver(GITHUB_TOKEN).start();
});
afterAll(() => api.close());
beforeEach(() => {
  api.issues.length = 0;
  api.labels.clear();
  api.requests.length = 0;
});

function config(token = GITHUB_TOKEN) {
  return notifyConfigFromInputs(
    { "github-token": token, "github-issue": "true", "notify-on": "failure" },
    { env: { GITHUB_REPOSITORY: "acme/backups", GITHUB_API_URL: api.origin }, redact: [DB_PASSWORD] },
  );
}

describe("GitHub failure issue", () => {
  it("opens one issue, comments on further failures, closes it on success", async () => {
    const log = recordingLog();
    const first = await notify(failureReport(), config(), log);
    expect(first).toEqual([
      expect.objectContaining({
        channel: "github-issue",
        target: "acme/backups",
        status: "sent",
        detail: "opened issue #1",
      }),
    ]);
    expect(api.labels.has(FAILURE_LABEL)).toBe(true);
    expect(api.issues).toHaveLength(1);
    const issue = api.issues[0]!;
    expect(issue).toMatchObject({
      state: "open",
      labels: [FAILURE_LABEL],
      title: "Strongroom: backup postgres appdb@db.example.com:5432 is failing",
    });
    expect(issue.body).toContain("| **Backup** | `appdb-20261124T091502Z` |");
    expect(issue.body).not.toContain(DB_PASSWORD);

    // Second failure: label creation is not even attempted again; a comment, still one issue.
    const second = await notify(failureReport({ startedAt: "2026-11-25T09:15:00.000Z" }), config(), log);
    expect(second[0]).toMatchObject({ status: "sent", detail: "commented issue #1" });
    expect(api.issues).toHaveLength(1);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]).toContain("Failed again: 2026-11-25 09:15 UTC");
    expect(api.githubCalls().filter((r) => r.method === "POST" && r.path.endsWith("/labels"))).toHaveLength(1);

    // Success closes it with a comment.
    const third = await notify(successfulReport(), config(), log);
    expect(third[0]).toMatchObject({ status: "sent", detail: "closed issue #1" });
    expect(issue).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(issue.comments).toHaveLength(2);
    expect(issue.comments[1]).toContain("succeeded; closing");

    // Another success: nothing open, nothing written.
    const writes = api.githubCalls().filter((r) => r.method !== "GET").length;
    const fourth = await notify(successfulReport(), config(), log);
    expect(fourth[0]).toMatchObject({ status: "skipped" });
    expect(api.githubCalls().filter((r) => r.method !== "GET").length).toBe(writes);

    // The next failure opens a new issue; the label already exists (422 tolerated).
    const fifth = await notify(failureReport(), config(), log);
    expect(fifth[0]).toMatchObject({ status: "sent", detail: "opened issue #2" });
    expect(api.issues.filter((i) => i.state === "open")).toHaveLength(1);
    expect(log.warnings).toEqual([]);
  });

  it("keeps separate issues for separate sources", async () => {
    await notify(failureReport(), config(), recordingLog());
    await notify(failureReport({ source: "postgres other@db2.example.com" }), config(), recordingLog());
    expect(api.issues.filter((i) => i.state === "open")).toHaveLength(2);
    await notify(successfulReport({ source: "postgres other@db2.example.com" }), config(), recordingLog());
    expect(api.issues.map((i) => i.state)).toEqual(["open", "closed"]);
  });

  it("a bad token is a failed result with a hint, and the token is never logged", async () => {
    const log = recordingLog();
    const results = await notify(failureReport(), config("ghs_wrong_token_value"), log);
    expect(results[0]).toMatchObject({ channel: "github-issue", status: "failed" });
    expect(results[0]?.detail).toContain("GitHub API answered 401");
    expect(results[0]?.detail).toContain("issues: write");
    expect(log.warnings.join("\n")).not.toContain("ghs_wrong_token_value");
    expect(api.issues).toHaveLength(0);
  });

  it("a test report only reads (no issue, no label)", async () => {
    const results = await notify(testReport({ status: "failure" }), config(), recordingLog());
    expect(results[0]).toMatchObject({ status: "sent" });
    expect(api.githubCalls().every((r) => r.method === "GET")).toBe(true);
    expect(api.issues).toHaveLength(0);
  });
});
