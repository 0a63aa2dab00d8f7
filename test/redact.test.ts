import { describe, expect, it } from "vitest";
import { registerInputSecrets } from "../src/action/secrets.ts";
import { notifyConfigFromInputs, secretsOf } from "../src/notify/config.ts";
import { renderEmail } from "../src/notify/email.ts";
import { displayUrl, Redactor, redactDeep, redactText } from "../src/redact.ts";
import { failureReport } from "./notify/fixtures.ts";

const SLACK_SECRET = "Zk3xQ9mPw2Lr7VtY5nBc8dFa";
const DISCORD_TOKEN = "Xy7-Qw3_Er5Ty9Ui1Op0As2Df4Gh6Jk8Lz";
const NTFY_TOPIC = "acme-db-alerts-k2";
const GENERIC_TOKEN = "tok_4f9a8b7c6d5e4f3a2b1c0d9e";
const PATH_TOKEN = "3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c";
const BASIC_PASSWORD = "basic-pass-2718";
const DB_PASSWORD = "db-Pa55word-31415";

const WEBHOOKS = [
  `https://hooks.slack.com/services/T0123ABCD/B0456EFGH/${SLACK_SECRET}`,
  `https://discord.com/api/webhooks/112233445566778899/${DISCORD_TOKEN}`,
  `https://ntfy.sh/${NTFY_TOPIC}`,
  `https://alerts:${BASIC_PASSWORD}@example.com/hooks/nightly-backups/notify?token=${GENERIC_TOKEN}`,
  `https://hooks.example.org/incoming/${PATH_TOKEN}`,
];

function setup() {
  const config = notifyConfigFromInputs({ "webhook-url": WEBHOOKS.join("\n"), "notify-on": "always" });
  const secrets = secretsOf(config);
  // The action's own registration too: every input and the source URL's password.
  const redactor = new Redactor();
  registerInputSecrets(
    { source: `postgres://app:${DB_PASSWORD}@db.example.com:5432/appdb`, "webhook-url": WEBHOOKS.join("\n") } as never,
    redactor,
    {},
  );
  for (const secret of secrets) redactor.add(secret);
  return { config, secrets, redactor };
}

const SECRET_PARTS = [SLACK_SECRET, DISCORD_TOKEN, NTFY_TOPIC, GENERIC_TOKEN, PATH_TOKEN, BASIC_PASSWORD, DB_PASSWORD];

describe("masking what is secret, not the words near it", () => {
  it("the README's example subject keeps the database user", () => {
    const { secrets, redactor } = setup();
    const subject = "[strongroom] FAILED backup postgres://app@db.example.com:5432/appdb — 2026-11-24 03:17 UTC";
    expect(redactText(subject, secrets)).toBe(subject);
    expect(redactor.redact(subject)).toBe(subject);
    const report = failureReport({ source: "postgres://app@db.example.com:5432/appdb" });
    expect(renderEmail(redactDeep(report, secrets)).subject).toContain("postgres://app@db.example.com:5432/appdb");
    // A password in a URL is masked, its user stays.
    expect(redactor.redact(`postgres://app:${DB_PASSWORD}@db.example.com/appdb`)).toBe(
      "postgres://app:***@db.example.com/appdb",
    );
  });

  it("a bucket or database named like a webhook path word stays readable, and so do the log lines", () => {
    const { secrets, redactor } = setup();
    for (const line of [
      "stored in s3://nightly-backups/app and supabase://notify/daily",
      "backup of postgres://app@db/hooks done",
      "notify: json → json (example.com): sent (HTTP 200)",
      "notify: slack → slack (hooks.slack.com): sent",
      "3 incoming services",
    ]) {
      expect(redactor.redact(line)).toBe(line);
      expect(redactText(line, secrets)).toBe(line);
    }
    expect(secrets).not.toContain("nightly-backups");
    expect(secrets).not.toContain("notify");
    expect(secrets).not.toContain("incoming");
    expect(secrets).not.toContain("T0123ABCD");
  });

  it("the secret parts are masked raw, URL-encoded and base64-encoded, at any alignment", () => {
    const { secrets, redactor } = setup();
    for (const part of SECRET_PARTS) {
      const all = [...secrets, DB_PASSWORD];
      for (const mask of [(t: string) => redactText(t, all), (t: string) => redactor.redact(t)]) {
        expect(mask(`a ${part} b`)).toBe("a *** b");
        expect(mask(`a ${encodeURIComponent(part)} b`)).not.toContain(encodeURIComponent(part));
        for (const prefix of ["", "x", "xy", "user:"]) {
          const encoded = Buffer.from(`${prefix}${part}`).toString("base64");
          const out = mask(`Authorization: Basic ${encoded}`);
          if (part.length >= 8) {
            expect(out, `${part} after '${prefix}'`).toContain("***");
            expect(Buffer.from(out.split(" ").at(-1)!.replace("***", ""), "base64").toString()).not.toContain(part);
          }
        }
      }
    }
    // Whole webhook URLs too, as written.
    for (const url of WEBHOOKS) expect(redactor.redact(`posting to ${url}`)).not.toContain(url);
  });

  it("a URL whose password was not percent-encoded is never shown with any of it", () => {
    for (const [url, parts] of [
      ["postgres://u:abc/Secret@host/db", ["abc/Secret", "Secret"]],
      ["postgres://u:ab@Cd/Secret9@host/db", ["ab@Cd", "Cd/", "Secret9"]],
    ] as const) {
      const shown = displayUrl(url);
      for (const part of parts) expect(shown).not.toContain(part);
      const redactor = new Redactor();
      registerInputSecrets({ source: url } as never, redactor, {});
      expect(redactor.redact(`source ${url}`)).not.toMatch(/Secret/);
    }
  });
});
