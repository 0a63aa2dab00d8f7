import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyConfigFromInputs, secretsOf } from "../../src/notify/config.ts";
import { notify } from "../../src/notify/notify.ts";
import { makeCertificate, startSmtpServer, type TestCertificate, type TestSmtpServer } from "../servers/smtp-server.ts";
import {
  DB_PASSWORD,
  DISCORD_TOKEN,
  failureReport,
  GITHUB_TOKEN,
  recordingLog,
  SLACK_TOKEN,
  SMTP_PASSWORD,
  successfulReport,
  WEBHOOK_SECRET,
} from "./fixtures.ts";

const USER = "strongroom@example.com";
let certificate: TestCertificate;
let starttls: TestSmtpServer;
let implicit: TestSmtpServer;

beforeAll(async () => {
  certificate = makeCertificate();
  starttls = await startSmtpServer({ implicitTls: false, user: USER, pass: SMTP_PASSWORD, certificate });
  implicit = await startSmtpServer({ implicitTls: true, user: USER, pass: SMTP_PASSWORD, certificate });
});
afterAll(async () => {
  await starttls?.close();
  await implicit?.close();
});

function config(smtpUrl: string, extra: Record<string, string> = {}, ca: string | null = certificate.cert) {
  return notifyConfigFromInputs(
    {
      "smtp-url": smtpUrl,
      "mail-from": "Strongroom <backups@example.com>",
      "mail-to": "ops@example.com, dba@example.com",
      // Secrets elsewhere in the config must not leak into the mail either.
      "webhook-url": `slack:http://127.0.0.1:9/services/T/B/${SLACK_TOKEN}`,
      "github-token": GITHUB_TOKEN,
      ...extra,
    },
    { ...(ca ? { smtpCa: ca } : {}), redact: [DB_PASSWORD], retry: { attempts: 1, timeoutMs: 500 } },
  );
}

function assertNoSecrets(raw: string): void {
  for (const secret of [
    DB_PASSWORD,
    SMTP_PASSWORD,
    encodeURIComponent(SMTP_PASSWORD),
    SLACK_TOKEN,
    DISCORD_TOKEN,
    GITHUB_TOKEN,
    WEBHOOK_SECRET,
  ]) {
    expect(raw).not.toContain(secret);
  }
}

describe("email over SMTP", () => {
  it.each([
    ["STARTTLS (smtp://)", () => starttls],
    ["implicit TLS (smtps://)", () => implicit],
  ])("sends a failure mail with %s, AUTH checked, text and HTML with the same facts", async (_name, server) => {
    const smtp = server();
    const before = smtp.received.length;
    const log = recordingLog();
    const results = await notify(failureReport(), config(smtp.url(USER, SMTP_PASSWORD)), log);
    const email = results.find((r) => r.channel === "email");
    expect(email).toMatchObject({
      status: "sent",
      target: `2 recipient(s) via ${smtp.url("", "").replace(":@", "").replace("//@", "//")}`,
    });
    expect(smtp.received.length).toBe(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.secure).toBe(true);
    expect(mail.user).toBe(USER);
    expect(smtp.logins.at(-1)).toMatchObject({ ok: true, secure: true });
    expect(mail.envelopeTo).toEqual(["ops@example.com", "dba@example.com"]);
    expect(mail.parsed.subject).toBe(
      "[strongroom] FAILED backup postgres appdb@db.example.com:5432 — 2026-11-24 09:15 UTC",
    );
    expect(mail.parsed.from?.value[0]).toMatchObject({ address: "backups@example.com", name: "Strongroom" });
    const text = mail.parsed.text ?? "";
    const html = String(mail.parsed.html);
    for (const fact of [
      "appdb-20261124T091502Z",
      "postgres appdb@db.example.com:5432",
      "4.8 MiB plain, 1.2 MiB stored, ratio 4.05:1",
      "dump 40.0 s, compress 12.0 s, upload 2.1 s",
      "s3://acme-backups/prod: success",
      "github-artifact: failure",
      "passed (digest)",
      "2 kept, 1 removed",
      "appdb-20261101",
      "Exit code",
      "https://github.com/acme/backups/actions/runs/987654",
      "2026-11-24 09:15:02 UTC",
      "2026-11-24 09:16:30 UTC",
    ]) {
      expect(text).toContain(fact);
      expect(html).toContain(fact);
    }
    expect(text).toContain("Check that the database accepts connections from the runner & the password is current.");
    expect(html).toContain(
      "Check that the database accepts connections from the runner &amp; the password is current.",
    );
    // Untrusted text is escaped in HTML, never live markup.
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(text).toContain("postgres://backup:***@db.example.com/appdb");
    assertNoSecrets(mail.raw);
    assertNoSecrets(text + html + (mail.parsed.subject ?? ""));
    assertNoSecrets(log.infos.join("\n") + log.warnings.join("\n"));
  });

  it("a wrong password is a failed result and a warning, not a throw", async () => {
    const log = recordingLog();
    const results = await notify(failureReport(), config(starttls.url(USER, "wrong-password")), log);
    expect(results.find((r) => r.channel === "email")).toMatchObject({ status: "failed" });
    expect(starttls.logins.at(-1)).toMatchObject({ ok: false, secure: true });
    expect(log.warnings.some((w) => w.startsWith("notify: email"))).toBe(true);
    expect(log.warnings.join("\n")).not.toContain("wrong-password");
  });

  it("verifies the certificate: a self-signed server is refused without the CA", async () => {
    const before = implicit.received.length;
    const log = recordingLog();
    const results = await notify(failureReport(), config(implicit.url(USER, SMTP_PASSWORD), {}, null), log);
    const email = results.find((r) => r.channel === "email");
    expect(email?.status).toBe("failed");
    expect(email?.detail).toMatch(/self[- ]signed|certificate/i);
    expect(implicit.received.length).toBe(before);
    expect(implicit.logins.filter((l) => l.ok === false && l.user === USER && !l.secure)).toEqual([]);
  });

  it("a dead SMTP server (closed port) resolves with a failed result and a warning", async () => {
    const dead = await startSmtpServer({ implicitTls: true, user: USER, pass: SMTP_PASSWORD, certificate });
    const url = dead.url(USER, SMTP_PASSWORD);
    await dead.close();
    const log = recordingLog();
    const results = await notify(failureReport(), config(url), log);
    expect(results.find((r) => r.channel === "email")).toMatchObject({ status: "failed" });
    expect(results.find((r) => r.channel === "email")?.detail).toContain("ECONNREFUSED");
    expect(log.warnings.find((w) => w.startsWith("notify: email"))).toBeDefined();
    assertNoSecrets(log.warnings.join("\n"));
  });

  it("success mails follow notify-on; the recovery subject says RECOVERED", async () => {
    const url = starttls.url(USER, SMTP_PASSWORD);
    const count = () => starttls.received.length;
    const before = count();
    const skipped = await notify(successfulReport(), config(url), recordingLog());
    expect(skipped.find((r) => r.channel === "email")).toMatchObject({ status: "skipped" });
    expect(count()).toBe(before);

    await notify(
      successfulReport({ previousStatus: "failure" }),
      config(url, { "notify-on": "recovery" }),
      recordingLog(),
    );
    expect(count()).toBe(before + 1);
    expect(starttls.received.at(-1)?.parsed.subject).toBe(
      "[strongroom] RECOVERED backup postgres appdb@db.example.com:5432 — 2026-11-24 09:15 UTC",
    );

    await notify(
      successfulReport({ previousStatus: "success" }),
      config(url, { "notify-on": "recovery" }),
      recordingLog(),
    );
    expect(count()).toBe(before + 1);

    await notify(successfulReport(), config(url, { "notify-on": "always" }), recordingLog());
    expect(count()).toBe(before + 2);
    expect(starttls.received.at(-1)?.parsed.subject).toBe(
      "[strongroom] OK backup postgres appdb@db.example.com:5432 — 2026-11-24 09:15 UTC",
    );
  });

  it("registers the SMTP password raw and URL-encoded for masking", () => {
    const secrets = secretsOf(config(starttls.url(USER, SMTP_PASSWORD)));
    expect(secrets).toContain(SMTP_PASSWORD);
    expect(secrets).toContain(encodeURIComponent(SMTP_PASSWORD));
    expect(secrets).toContain(GITHUB_TOKEN);
    expect(secrets).not.toContain(USER);
  });
});
