import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpReceiver } from "../servers/http-receiver.ts";
import { makeCertificate, startSmtpServer, type TestSmtpServer } from "../servers/smtp-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { dbUrl, dropDatabase, SERVER, sql } from "../support/postgres.ts";

const DB_PASSWORD = "Rec0very-db-Secret";
const SMTP_PASSWORD = "smtp-Rec0very-pass";
const WEBHOOK_TOKEN = "hook-token-9f8e7d6c";

describe("notify-on: recovery from the CLI: failure, then exactly one recovery message, then none", () => {
  let smtp: TestSmtpServer;
  let receiver: HttpReceiver;
  const dirs: string[] = [];
  let database = "";
  let folders: string[] = [];

  beforeAll(async () => {
    const certificate = makeCertificate();
    const caDir = tempDir();
    dirs.push(caDir);
    writeFileSync(join(caDir, "ca.pem"), certificate.cert);
    smtp = await startSmtpServer({ implicitTls: false, user: "mailer", pass: SMTP_PASSWORD, certificate });
    receiver = await new HttpReceiver().start();
    folders = [tempDir(), tempDir()];
    dirs.push(...folders);
    // Not created yet: the first run fails on a database that does not exist.
    database = `sr_recovery_${Math.random().toString(16).slice(2, 10)}`;
    process.env.SR_RECOVERY_CA = join(caDir, "ca.pem");
  });

  afterAll(async () => {
    await smtp?.close();
    await receiver?.close();
    if (database) await dropDatabase(database);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    delete process.env.SR_RECOVERY_CA;
  });

  const backup = () =>
    runCli(
      [
        "backup",
        "--source",
        dbUrl(database, DB_PASSWORD),
        ...folders.flatMap((f) => ["--to", f]),
        "--no-encryption",
        "--compression",
        "gzip",
      ],
      {
        env: {
          NODE_EXTRA_CA_CERTS: process.env.SR_RECOVERY_CA!,
          STRONGROOM_NOTIFY_ON: "recovery",
          STRONGROOM_SMTP_URL: smtp.url("mailer", SMTP_PASSWORD),
          STRONGROOM_MAIL_FROM: "Strongroom <backups@example.com>",
          STRONGROOM_MAIL_TO: "ops@example.com",
          STRONGROOM_WEBHOOK_URL: `json:${receiver.origin}/hooks/${WEBHOOK_TOKEN}`,
        },
      },
    );
  const records = (folder: string) => readdirSync(folder).filter((name) => name.startsWith("strongroom-failure."));
  const secrets = [DB_PASSWORD, SMTP_PASSWORD, WEBHOOK_TOKEN];

  it("runs three backups and sends: failure, recovery, nothing", async () => {
    const failed = await backup();
    expect(failed.code, failed.stderr).toBe(3);
    expect(failed.stderr).toContain("does not exist");
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.parsed.subject).toMatch(/^\[strongroom\] FAILED backup /);
    expect(receiver.hooks()).toHaveLength(1);
    expect(JSON.parse(receiver.hooks()[0]!.body).report).toMatchObject({ status: "failure" });

    // The failure is recorded beside the backups in every destination, without secrets.
    for (const folder of folders) {
      const names = records(folder);
      expect(names).toHaveLength(1);
      const text = readFileSync(join(folder, names[0]!), "utf8");
      for (const secret of secrets) expect(text).not.toContain(secret);
      const record = JSON.parse(text);
      expect(record).toMatchObject({
        strongroomFailure: 1,
        command: "backup",
        sourceKey: `postgres://127.0.0.1:5432/${database}`,
        stage: "connect",
      });
      expect(record.reason).toContain("does not exist");
      expect(Date.now() - Date.parse(record.failedAt)).toBeLessThan(120_000);
    }

    await sql(`${SERVER}/postgres`, `create database ${database}`);
    await sql(dbUrl(database), "create table t (id int primary key, note text); insert into t values (1, 'one')");

    const recovered = await backup();
    expect(recovered.code, recovered.stderr).toBe(0);
    expect(smtp.received).toHaveLength(2);
    const mail = smtp.received[1]!;
    expect(mail.parsed.subject).toMatch(/^\[strongroom\] RECOVERED backup /);
    expect(mail.parsed.text).toContain("Previous run");
    expect(mail.parsed.text).toContain("at connect");
    expect(receiver.hooks()).toHaveLength(2);
    const body = JSON.parse(receiver.hooks()[1]!.body).report;
    expect(body).toMatchObject({ status: "success", previousStatus: "failure", previousFailure: { stage: "connect" } });
    for (const folder of folders) expect(records(folder)).toEqual([]);

    const normal = await backup();
    expect(normal.code, normal.stderr).toBe(0);
    expect(smtp.received).toHaveLength(2);
    expect(receiver.hooks()).toHaveLength(2);
    expect(normal.stderr).toMatch(/notify: email .*skipped/);

    for (const text of [
      ...smtp.received.map((m) => m.raw),
      ...receiver.hooks().map((h) => h.body),
      failed.stderr,
      recovered.stderr,
      normal.stderr,
    ])
      for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
