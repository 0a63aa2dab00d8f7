import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/throwaway-postgres.ts";
import { HttpReceiver } from "../servers/http-receiver.ts";
import { makeCertificate, startSmtpServer, type TestSmtpServer } from "../servers/smtp-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { expectNoSecrets } from "../support/secret-scan.ts";
import { runStep } from "./runner.ts";

const DB_PASSWORD = "correct-Db-passw0rd";
const SMTP_PASSWORD = "smtp-Pa55word";
const GITHUB_TOKEN = "ghs_notifyflowtoken123456";
const WEBHOOK_SECRET = "hmac-secret-value";

describe("failure notifications through the action: email, webhooks, one GitHub issue", () => {
  let database: ThrowawayPostgres;
  let smtp: TestSmtpServer;
  let api: HttpReceiver;
  let caFile: string;
  let recipient: string;

  beforeAll(async () => {
    database = await startThrowawayPostgres({ password: DB_PASSWORD });
    const certificate = makeCertificate();
    caFile = join(tempDir(), "ca.pem");
    writeFileSync(caFile, certificate.cert);
    smtp = await startSmtpServer({ implicitTls: false, user: "mailer", pass: SMTP_PASSWORD, certificate });
    api = await new HttpReceiver(GITHUB_TOKEN).start();
    recipient = (await runCli(["keygen", "--out", join(tempDir(), "key.txt")])).stdout.trim();
  });

  afterAll(async () => {
    await database?.stop();
    await smtp?.close();
    await api?.close();
  });

  const run = (password: string) =>
    runStep(
      "main",
      {
        command: "backup",
        source: database.url().replace(DB_PASSWORD, password),
        destinations: tempDir(),
        recipients: recipient,
        "smtp-url": smtp.url("mailer", SMTP_PASSWORD),
        "mail-from": "Strongroom <backups@example.com>",
        "mail-to": "ops@example.com",
        "webhook-url": `slack:${api.origin}/slack-hook\njson:${api.origin}/json-hook`,
        "webhook-secret": WEBHOOK_SECRET,
        "github-issue": "true",
        "github-token": GITHUB_TOKEN,
      },
      {
        GITHUB_API_URL: api.origin,
        GITHUB_REPOSITORY: "acme/backups",
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_RUN_ID: "42",
        NODE_EXTRA_CA_CERTS: caFile,
      },
    );

  const secrets = [DB_PASSWORD, "wrong-password-xyz", SMTP_PASSWORD, GITHUB_TOKEN, WEBHOOK_SECRET];

  it("a failing run notifies once per channel, a second failure comments, the next success closes the issue", async () => {
    const first = await run("wrong-password-xyz");
    expect(first.code).not.toBe(0);
    expect(first.stdout).toContain("password authentication failed");
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.parsed.subject).toMatch(/^\[strongroom\] FAILED backup /);
    expect(mail.parsed.text).toContain("password authentication failed");
    expect(mail.parsed.text).toContain("https://github.com/acme/backups/actions/runs/42");
    expect(api.hooks("/slack-hook")).toHaveLength(1);
    expect(api.hooks("/json-hook")).toHaveLength(1);
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.state).toBe("open");

    const second = await run("wrong-password-xyz");
    expect(second.code).not.toBe(0);
    expect(smtp.received).toHaveLength(2);
    expect(api.hooks()).toHaveLength(4);
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.comments).toHaveLength(1);

    const third = await run(DB_PASSWORD);
    expect(third.code, third.stdout).toBe(0);
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.state).toBe("closed");
    expect(smtp.received).toHaveLength(2);
    // Step output, summary and files are scanned by runStep; what reached the services is scanned here.
    expectNoSecrets(secrets, {
      ...Object.fromEntries(smtp.received.map((mail, i) => [`email ${i + 1}`, mail.raw])),
      ...Object.fromEntries(api.hooks().map((hook, i) => [`webhook body ${i + 1}`, hook.body])),
      "issue bodies and comments": JSON.stringify(api.issues),
    });
  });

  it("a dead mail server and a failing webhook leave a good backup's exit code alone", async () => {
    const result = await runStep(
      "main",
      {
        command: "backup",
        source: database.url(),
        destinations: tempDir(),
        recipients: recipient,
        "notify-on": "always",
        "smtp-url": "smtp://mailer:x@127.0.0.1:1",
        "mail-from": "backups@example.com",
        "mail-to": "ops@example.com",
        "webhook-url": `json:${api.origin}/broken`,
      },
      { GITHUB_REPOSITORY: "acme/backups" },
    ).then(async (r) => r);
    api.failNext(10, { status: 500 });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::.*(email|smtp)/i);
  });
});
