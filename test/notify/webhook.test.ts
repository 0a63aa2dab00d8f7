import { createHmac, timingSafeEqual } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notifyConfigFromInputs, secretsOf } from "../../src/notify/config.ts";
import { notify } from "../../src/notify/notify.ts";
import { HttpReceiver } from "../servers/http-receiver.ts";
import {
  DB_PASSWORD,
  DISCORD_TOKEN,
  failureReport,
  recordingLog,
  SLACK_TOKEN,
  successfulReport,
  WEBHOOK_SECRET,
} from "./fixtures.ts";

const fast = { attempts: 4, baseDelayMs: 20, maxDelayMs: 2_000, timeoutMs: 2_000 };
let receiver: HttpReceiver;

beforeAll(async () => {
  receiver = await new HttpReceiver().start();
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.requests.length = 0;
});

function config(lines: string[], extra: Record<string, string> = {}) {
  return notifyConfigFromInputs({ "webhook-url": lines.join("\n"), ...extra }, { retry: fast, redact: [DB_PASSWORD] });
}

const slackPath = `/services/T000/B000/${SLACK_TOKEN}`;
const discordPath = `/api/webhooks/123456/${DISCORD_TOKEN}`;

describe("webhook payloads", () => {
  it("Slack gets an incoming-webhook JSON body with text and blocks", async () => {
    const log = recordingLog();
    const results = await notify(failureReport(), config([`slack:${receiverUrl(slackPath)}`]), log);
    expect(results).toEqual([expect.objectContaining({ channel: "slack", status: "sent", attempts: 1 })]);
    const [req] = receiver.hooks(slackPath);
    expect(req?.method).toBe("POST");
    expect(req?.headers["content-type"]).toBe("application/json");
    const body = JSON.parse(req?.body ?? "{}");
    expect(body.text).toContain("[strongroom] FAILED backup postgres appdb@db.example.com:5432 — 2026-11-24 09:15 UTC");
    expect(body.blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text" } });
    const section = body.blocks[1].text.text as string;
    expect(section).toContain("*Backup:* appdb-20261124T091502Z");
    expect(section).toContain("&lt;script&gt;"); // Slack's three escapes applied to untrusted text
    expect(body.blocks[2].elements[0].text).toBe(
      "<https://github.com/acme/backups/actions/runs/987654|View the workflow run>",
    );
    expect(req?.body).not.toContain(DB_PASSWORD);
    // Logs name the kind and the host, never the token.
    expect(log.infos.join("\n")).toContain("slack (127.0.0.1:");
    expect(log.infos.join("\n")).not.toContain(SLACK_TOKEN);
  });

  it("Discord gets one embed with fields, red on failure, mentions disabled", async () => {
    await notify(failureReport(), config([`discord:${receiverUrl(discordPath)}`]), recordingLog());
    const body = JSON.parse(receiver.hooks(discordPath)[0]?.body ?? "{}");
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds).toHaveLength(1);
    const embed = body.embeds[0];
    expect(embed.color).toBe(0xb60205);
    expect(embed.url).toBe("https://github.com/acme/backups/actions/runs/987654");
    expect(embed.title).toMatch(/^FAILED: backup postgres appdb@db.example.com/);
    const fields = Object.fromEntries(embed.fields.map((f: { name: string; value: string }) => [f.name, f.value]));
    expect(fields.Size).toBe("4.8 MiB plain, 1.2 MiB stored, ratio 4.05:1");
    expect(fields.Hint).toContain("Check that the database accepts connections");
    expect(fields["Exit code"]).toBe("3");
    expect(JSON.stringify(body)).not.toContain(DB_PASSWORD);
  });

  it("ntfy gets plain text with Title, Priority, Tags and Click headers", async () => {
    await notify(failureReport(), config([`ntfy:${receiverUrl("/backup-alerts-x7")}`]), recordingLog());
    const [req] = receiver.hooks("/backup-alerts-x7");
    expect(req?.headers.title).toBe("Strongroom FAILED: backup postgres appdb@db.example.com:5432");
    expect(req?.headers.priority).toBe("high");
    expect(req?.headers.tags).toBe("rotating_light,strongroom");
    expect(req?.headers.click).toBe("https://github.com/acme/backups/actions/runs/987654");
    expect(req?.headers["content-type"]).toMatch(/^text\/plain/);
    expect(req?.body).toContain("Backup: appdb-20261124T091502Z");
    expect(req?.body).toContain("Retention: 2 kept, 1 removed");
  });

  it("ntfy encodes a non-ASCII title as an RFC 2047 word instead of failing", async () => {
    const report = successfulReport({ source: "postgres données@db" });
    await notify(report, config([`ntfy:${receiverUrl("/t-unicode")}`], { "notify-on": "always" }), recordingLog());
    const title = receiver.hooks("/t-unicode")[0]?.headers.title as string;
    expect(title).toMatch(/^=\?UTF-8\?B\?/);
    const decoded = Buffer.from(title.slice(10, -2), "base64").toString("utf8");
    expect(decoded).toBe("Strongroom OK: backup postgres données@db");
  });

  it("generic JSON carries the report and an HMAC-SHA256 signature of the raw body", async () => {
    await notify(
      failureReport(),
      config([`json:${receiverUrl("/hook")}`], { "webhook-secret": WEBHOOK_SECRET }),
      recordingLog(),
    );
    const [req] = receiver.hooks("/hook");
    const signature = String(req?.headers["x-strongroom-signature"]);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const expected = `sha256=${createHmac("sha256", WEBHOOK_SECRET)
      .update(req?.body ?? "")
      .digest("hex")}`;
    expect(timingSafeEqual(Buffer.from(signature), Buffer.from(expected))).toBe(true);
    const wrong = `sha256=${createHmac("sha256", "other-secret")
      .update(req?.body ?? "")
      .digest("hex")}`;
    expect(signature).not.toBe(wrong);
    const body = JSON.parse(req?.body ?? "{}");
    expect(body).toMatchObject({
      event: "strongroom.run",
      version: 1,
      report: { command: "backup", status: "failure", exitCode: 3 },
    });
    expect(body.report.error.message).toContain("postgres://backup:***@db.example.com/appdb");
    expect(req?.body).not.toContain(DB_PASSWORD);
    expect(req?.body).not.toContain(WEBHOOK_SECRET);
  });

  it("credentials in a webhook URL go as Basic auth, not in the URL", async () => {
    const url = receiverUrl("/basic").replace("http://", "http://alice:s3cr%2Ft@");
    await notify(failureReport(), config([`ntfy:${url}`]), recordingLog());
    const [req] = receiver.hooks("/basic");
    expect(req?.headers.authorization).toBe(`Basic ${Buffer.from("alice:s3cr/t").toString("base64")}`);
  });

  it("detects the kind from the host when there is no prefix", () => {
    const c = notifyConfigFromInputs({
      "webhook-url": [
        `https://hooks.slack.com/services/T1/B1/${SLACK_TOKEN}`,
        `https://discord.com/api/webhooks/1/${DISCORD_TOKEN}`,
        "https://ntfy.sh/strongroom-topic-1",
        "# a comment line",
        "",
        "https://example.com/hooks/x",
      ].join("\n"),
    });
    expect(c.webhooks.map((w) => w.kind)).toEqual(["slack", "discord", "ntfy", "json"]);
    expect(c.webhooks.map((w) => w.display)).toEqual([
      "slack (hooks.slack.com)",
      "discord (discord.com)",
      "ntfy (ntfy.sh)",
      "json (example.com)",
    ]);
    const secrets = secretsOf(c);
    expect(secrets).toContain(SLACK_TOKEN);
    expect(secrets).toContain(DISCORD_TOKEN);
    expect(secrets).toContain("strongroom-topic-1");
    expect(secrets).toContain(`https://hooks.slack.com/services/T1/B1/${SLACK_TOKEN}`);
    expect(secrets).not.toContain("services");
    expect(secrets).not.toContain("webhooks");
  });
});

describe("webhook retries", () => {
  it("retries 500s and then succeeds", async () => {
    receiver.failNext(2, { status: 500, body: "boom" });
    const log = recordingLog();
    const [result] = await notify(failureReport(), config([`json:${receiverUrl("/flaky")}`]), log);
    expect(result).toMatchObject({ status: "sent", attempts: 3 });
    expect(receiver.hooks("/flaky")).toHaveLength(3);
    expect(log.warnings).toEqual([]);
  });

  it("honours 429 Retry-After", async () => {
    receiver.failNext(1, { status: 429, headers: { "Retry-After": "1" } });
    const started = Date.now();
    const [result] = await notify(failureReport(), config([`json:${receiverUrl("/limited")}`]), recordingLog());
    expect(result).toMatchObject({ status: "sent", attempts: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("does not retry a 400 and reports it as a failed result with a warning", async () => {
    receiver.failNext(1, { status: 400, body: "invalid_payload" });
    const log = recordingLog();
    const [result] = await notify(failureReport(), config([`slack:${receiverUrl(slackPath)}`]), log);
    expect(result).toMatchObject({ channel: "slack", status: "failed", attempts: 1 });
    expect(result?.detail).toContain("HTTP 400");
    expect(receiver.hooks(slackPath)).toHaveLength(1);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain("slack (127.0.0.1:");
    expect(log.warnings[0]).not.toContain(SLACK_TOKEN);
  });

  it("gives up after the configured attempts on persistent 503s", async () => {
    receiver.failNext(4, { status: 503 });
    const [result] = await notify(failureReport(), config([`json:${receiverUrl("/down")}`]), recordingLog());
    expect(result).toMatchObject({ status: "failed", attempts: 4 });
    expect(result?.detail).toContain("after 4 attempt(s): HTTP 503");
    expect(receiver.hooks("/down")).toHaveLength(4);
  });

  it("retries network errors (closed port) and never throws", async () => {
    const dead = new HttpReceiver();
    await dead.start();
    const url = `${dead.origin}/gone/${SLACK_TOKEN}`;
    await dead.close();
    const log = recordingLog();
    const [result] = await notify(failureReport(), config([`json:${url}`]), log);
    expect(result).toMatchObject({ status: "failed", attempts: 4 });
    expect(result?.detail).toContain("ECONNREFUSED");
    expect(log.warnings.join("\n")).not.toContain(SLACK_TOKEN);
  });

  it("times out a receiver that never answers", async () => {
    const { createServer } = await import("node:http");
    const hang = createServer(() => undefined);
    await new Promise<void>((r) => hang.listen(0, "127.0.0.1", r));
    const port = (hang.address() as { port: number }).port;
    const c = notifyConfigFromInputs(
      { "webhook-url": `json:http://127.0.0.1:${port}/slow` },
      { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 300 } },
    );
    const [result] = await notify(failureReport(), c, recordingLog());
    hang.closeAllConnections();
    hang.close();
    expect(result).toMatchObject({ status: "failed", attempts: 2 });
    expect(result?.detail).toContain("no answer within 300 ms");
  });
});

function receiverUrl(path: string): string {
  return `${receiver.origin}${path}`;
}
