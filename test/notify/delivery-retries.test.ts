import { type AddressInfo, createServer, connect, type Server, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notifyConfigFromInputs } from "../../src/notify/config.ts";
import { notify } from "../../src/notify/notify.ts";
import { HttpReceiver } from "../servers/http-receiver.ts";
import { makeCertificate, startSmtpServer, type TestCertificate, type TestSmtpServer } from "../servers/smtp-server.ts";
import { failureReport, GITHUB_TOKEN, recordingLog, SMTP_PASSWORD } from "./fixtures.ts";

const fast = { attempts: 3, baseDelayMs: 20, maxDelayMs: 2_000, timeoutMs: 2_000 };
const USER = "strongroom@example.com";

describe("the GitHub failure issue is retried on transient failures", () => {
  let api: HttpReceiver;
  beforeAll(async () => {
    api = await new HttpReceiver(GITHUB_TOKEN).start();
  });
  afterAll(() => api.close());
  afterEach(() => {
    api.issues.length = 0;
    api.labels.clear();
    api.requests.length = 0;
  });

  const config = (token = GITHUB_TOKEN) =>
    notifyConfigFromInputs(
      { "github-token": token, "github-issue": "true" },
      { env: { GITHUB_REPOSITORY: "acme/backups", GITHUB_API_URL: api.origin }, retry: fast },
    );

  it("opens the issue once after two 502s", async () => {
    api.failGitHubNext(2, { status: 502, body: '{"message":"Bad Gateway"}' });
    const [result] = await notify(failureReport(), config(), recordingLog());
    expect(result).toMatchObject({ channel: "github-issue", status: "sent", detail: "opened issue #1" });
    expect(api.issues).toHaveLength(1);
  });

  it("waits as a secondary rate limit (403 with Retry-After) asks, then succeeds", async () => {
    api.failGitHubNext(1, {
      status: 403,
      headers: { "retry-after": "1" },
      body: '{"message":"You have exceeded a secondary rate limit"}',
    });
    const started = Date.now();
    const [result] = await notify(failureReport(), config(), recordingLog());
    expect(result).toMatchObject({ status: "sent", detail: "opened issue #1" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("does not retry bad credentials, and gives up after the configured tries on persistent 503s", async () => {
    const [denied] = await notify(failureReport(), config("ghs_wrong"), recordingLog());
    expect(denied).toMatchObject({ status: "failed" });
    expect(api.githubCalls()).toHaveLength(1);

    api.requests.length = 0;
    api.failGitHubNext(5, { status: 503, body: '{"message":"Service Unavailable"}' });
    const [unavailable] = await notify(failureReport(), config(), recordingLog());
    expect(unavailable).toMatchObject({ status: "failed" });
    expect(unavailable?.detail).toContain("503");
    expect(api.githubCalls()).toHaveLength(fast.attempts);
    expect(api.issues).toHaveLength(0);
  });
});

describe("email is retried on transient failures", () => {
  let certificate: TestCertificate;
  let smtp: TestSmtpServer;
  let flaky: Server;
  let dropsLeft = 0;
  let connections = 0;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    certificate = makeCertificate();
    smtp = await startSmtpServer({ implicitTls: true, user: USER, pass: SMTP_PASSWORD, certificate });
    // In front of the SMTP server: drops the first connections as an overloaded relay does.
    flaky = createServer((client) => {
      connections += 1;
      sockets.add(client);
      client.on("close", () => sockets.delete(client));
      client.on("error", () => undefined);
      if (dropsLeft > 0) {
        dropsLeft -= 1;
        client.destroy();
        return;
      }
      const upstream = connect(smtp.port, "127.0.0.1");
      sockets.add(upstream);
      upstream.on("close", () => sockets.delete(upstream));
      upstream.on("error", () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => flaky.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => flaky?.close(() => resolve()));
    await smtp?.close();
  });
  afterEach(() => {
    smtp.received.length = 0;
    smtp.logins.length = 0;
    connections = 0;
  });

  const config = (pass = SMTP_PASSWORD) =>
    notifyConfigFromInputs(
      {
        "smtp-url": `smtps://${encodeURIComponent(USER)}:${encodeURIComponent(pass)}@127.0.0.1:${(flaky.address() as AddressInfo).port}`,
        "mail-from": "Strongroom <backups@example.com>",
        "mail-to": "ops@example.com",
      },
      { smtpCa: certificate.cert, retry: fast },
    );

  it("sends once after two dropped connections", async () => {
    dropsLeft = 2;
    const [result] = await notify(failureReport(), config(), recordingLog());
    expect(result).toMatchObject({ channel: "email", status: "sent" });
    expect(connections).toBe(3);
    expect(smtp.received).toHaveLength(1);
  });

  it("does not retry a refused login", async () => {
    const [result] = await notify(failureReport(), config("wrong password"), recordingLog());
    expect(result).toMatchObject({ channel: "email", status: "failed" });
    expect(smtp.logins).toEqual([expect.objectContaining({ ok: false })]);
    expect(connections).toBe(1);
  });

  it("gives up after the configured tries when the relay keeps dropping connections", async () => {
    dropsLeft = 10;
    const [result] = await notify(failureReport(), config(), recordingLog());
    expect(result).toMatchObject({ channel: "email", status: "failed" });
    expect(connections).toBe(fast.attempts);
    expect(smtp.received).toHaveLength(0);
    dropsLeft = 0;
  });
});
