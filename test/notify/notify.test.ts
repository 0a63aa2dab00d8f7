import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.ts";
import { notifyConfigFromEnv, notifyConfigFromInputs, secretsOf } from "../../src/notify/config.ts";
import { notify, shouldSend } from "../../src/notify/notify.ts";
import { redactText } from "../../src/redact.ts";
import { type RunReport, reportFromError, runUrlFromEnv, testReport } from "../../src/notify/run-report.ts";
import { HttpReceiver } from "../servers/http-receiver.ts";
import {
  base,
  failureReport,
  GITHUB_TOKEN,
  recordingLog,
  SLACK_TOKEN,
  SMTP_PASSWORD,
  successfulReport,
  WEBHOOK_SECRET,
} from "./fixtures.ts";

describe("notify-on rules (over a real HTTP receiver)", () => {
  let receiver: HttpReceiver;
  beforeAll(async () => {
    receiver = await new HttpReceiver().start();
  });
  afterAll(() => receiver.close());
  beforeEach(() => {
    receiver.requests.length = 0;
  });

  const cases: Array<[string, RunReport, "failure" | "always" | "recovery", boolean]> = [
    ["failure", failureReport(), "failure", true],
    ["failure", failureReport(), "always", true],
    ["failure", failureReport(), "recovery", true],
    ["success", successfulReport(), "failure", false],
    ["success", successfulReport(), "always", true],
    ["success after a failure", successfulReport({ previousStatus: "failure" }), "recovery", true],
    ["success after a success", successfulReport({ previousStatus: "success" }), "recovery", false],
    ["success, previous unknown", successfulReport(), "recovery", false],
    ["success after a failure", successfulReport({ previousStatus: "failure" }), "failure", false],
    ["test report", testReport(), "failure", true],
  ];
  it.each(cases)("%s with notify-on %s -> sent: %s", async (_name, report, notifyOn, sent) => {
    expect(shouldSend(report, notifyOn)).toBe(sent);
    const config = notifyConfigFromInputs({ "notify-on": notifyOn, "webhook-url": `json:${receiver.origin}/rules` });
    const [result] = await notify(report, config, recordingLog());
    expect(result?.status).toBe(sent ? "sent" : "skipped");
    expect(receiver.hooks("/rules")).toHaveLength(sent ? 1 : 0);
  });
});

describe("notify() never throws", () => {
  it("with every channel failing, it resolves one failed result per channel and warns for each", async () => {
    const config = notifyConfigFromInputs(
      {
        "smtp-url": `smtps://u:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:1`,
        "mail-from": "a@example.com",
        "mail-to": "b@example.com",
        "webhook-url": `slack:http://127.0.0.1:1/services/T/B/${SLACK_TOKEN}\nhttp://127.0.0.1:1/json`,
        "github-token": GITHUB_TOKEN,
        "github-issue": "true",
      },
      {
        env: { GITHUB_REPOSITORY: "acme/backups", GITHUB_API_URL: "http://127.0.0.1:1" },
        retry: { attempts: 2, baseDelayMs: 5, timeoutMs: 1000 },
      },
    );
    const log = recordingLog();
    const results = await notify(failureReport(), config, log);
    expect(results.map((r) => [r.channel, r.status])).toEqual([
      ["email", "failed"],
      ["slack", "failed"],
      ["json", "failed"],
      ["github-issue", "failed"],
    ]);
    expect(log.warnings).toHaveLength(4);
    const logged = log.warnings.join("\n") + JSON.stringify(results);
    for (const secret of [SMTP_PASSWORD, encodeURIComponent(SMTP_PASSWORD), SLACK_TOKEN, GITHUB_TOKEN])
      expect(logged).not.toContain(secret);
  });

  it("with nothing configured it returns no results", async () => {
    const log = recordingLog();
    expect(await notify(failureReport(), notifyConfigFromInputs({}), log)).toEqual([]);
    expect(log.infos).toEqual(["notify: no notification channel is configured"]);
  });
});

describe("config", () => {
  it("lists every problem at once, without echoing secrets", () => {
    let error: unknown;
    try {
      notifyConfigFromInputs({
        "smtp-url": "ftp://user:hunter22@mail.example.com",
        "mail-to": "not-an-address",
        "notify-on": "sometimes",
        "webhook-url": `slack:not a url ${SLACK_TOKEN}`,
        "github-issue": "maybe",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    const problems = (error as UsageError).problems;
    expect(problems).toEqual([
      "--notify-on must be one of failure, always, recovery; got 'sometimes'",
      "smtp-url is set but mail-from is empty",
      "mail-to: 'not-an-address' is not an email address",
      "smtp-url: scheme must be one of smtps, smtp; got 'ftp'",
      "webhook-url entry 1: not a URL (expected [slack:|discord:|ntfy:|json:]https://…)",
      "--github-issue must be true or false, got 'maybe'",
    ]);
    expect((error as UsageError).message).not.toContain("hunter22");
    expect((error as UsageError).message).not.toContain(SLACK_TOKEN);
  });

  it("github-issue needs a token and GITHUB_REPOSITORY", () => {
    expect(() => notifyConfigFromInputs({ "github-issue": "true" }, { env: {} })).toThrow(
      /github-token is empty[\s\S]*GITHUB_REPOSITORY/,
    );
  });

  it("is frozen, with defaults and parsed SMTP settings", () => {
    const config = notifyConfigFromInputs({
      "smtp-url": `smtp://mailer%40example.com:${encodeURIComponent(SMTP_PASSWORD)}@mail.example.com`,
      "mail-from": "backups@example.com",
      "mail-to": "a@example.com,b@example.com ; c@example.com",
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(config.notifyOn).toBe("failure");
    expect(config.email).toMatchObject({
      host: "mail.example.com",
      port: 587,
      implicitTls: false,
      user: "mailer@example.com",
      pass: SMTP_PASSWORD,
      to: ["a@example.com", "b@example.com", "c@example.com"],
      display: "smtp://mail.example.com",
    });
    expect(
      notifyConfigFromInputs({ "smtp-url": "smtps://mx.example.com", "mail-from": "a@b.c", "mail-to": "d@e.f" }).email
        ?.port,
    ).toBe(465);
  });

  it("reads the CLI's STRONGROOM_* environment form", () => {
    const config = notifyConfigFromEnv({
      STRONGROOM_NOTIFY_ON: "always",
      STRONGROOM_WEBHOOK_URL: "https://ntfy.sh/topic-abc123",
      STRONGROOM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
    expect(config.notifyOn).toBe("always");
    expect(config.webhooks[0]?.kind).toBe("ntfy");
    expect(secretsOf(config)).toEqual(
      expect.arrayContaining([WEBHOOK_SECRET, "https://ntfy.sh/topic-abc123", "topic-abc123"]),
    );
  });
});

describe("run report", () => {
  it("takes the run link from the Actions environment", () => {
    expect(
      runUrlFromEnv({ GITHUB_SERVER_URL: "https://ghe.example.com", GITHUB_REPOSITORY: "o/r", GITHUB_RUN_ID: "42" }),
    ).toBe("https://ghe.example.com/o/r/actions/runs/42");
    expect(runUrlFromEnv({ GITHUB_REPOSITORY: "o/r" })).toBeUndefined();
  });

  it("reportFromError keeps the hint and exit code, and stays JSON-serialisable", () => {
    const report = reportFromError(base(), new UsageError(["a", "b"], { hint: "fix it" }));
    expect(report).toMatchObject({
      status: "failure",
      exitCode: 2,
      error: { name: "UsageError", hint: "fix it" },
      compressionRatio: 4.05,
    });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    const plain = reportFromError({ command: "check", startedAt: "2026-01-01T00:00:00Z" }, "boom");
    expect(plain).toMatchObject({ status: "failure", exitCode: 1, error: { message: "boom" } });
  });

  it("redacts secrets and URL credentials from text", () => {
    expect(redactText("postgresql://u:p%40ss@h/db and password=abc tok-xyz", ["tok-xyz"])).toBe(
      "postgresql://u:***@h/db and password=*** ***",
    );
  });
});
