import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A self-signed certificate for 127.0.0.1/localhost, made with the openssl CLI (smtp-server's own has expired). */
export interface TestCertificate {
  readonly key: string;
  readonly cert: string;
}

export function makeCertificate(): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), "strongroom-cert-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReceivedMail {
  readonly raw: string;
  readonly parsed: ParsedMail;
  readonly envelopeFrom: string;
  readonly envelopeTo: string[];
  /** The session was encrypted when the message arrived (implicit TLS or after STARTTLS). */
  readonly secure: boolean;
  readonly user: string | undefined;
}

export interface TestSmtpServer {
  readonly port: number;
  readonly url: (user: string, pass: string) => string;
  readonly received: ReceivedMail[];
  /** AUTH attempts: method and whether the password matched. */
  readonly logins: Array<{ method: string; user: string; ok: boolean; secure: boolean }>;
  close(): Promise<void>;
}

export interface SmtpServerOptions {
  /** true: TLS from the first byte (smtps://, port 465 style); false: plain greeting + STARTTLS. */
  readonly implicitTls: boolean;
  readonly user: string;
  readonly pass: string;
  readonly certificate: TestCertificate;
}

/** A real SMTP server on 127.0.0.1:random, requiring AUTH (PLAIN/LOGIN) and TLS before it. */
export async function startSmtpServer(options: SmtpServerOptions): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const logins: TestSmtpServer["logins"] = [];
  const server = new SMTPServer({
    secure: options.implicitTls,
    key: options.certificate.key,
    cert: options.certificate.cert,
    authMethods: ["PLAIN", "LOGIN"],
    allowInsecureAuth: false,
    authOptional: false,
    logger: false,
    disableReverseLookup: true,
    onAuth(auth, session, callback) {
      const ok = auth.username === options.user && auth.password === options.pass;
      logins.push({ method: auth.method, user: auth.username ?? "", ok, secure: Boolean(session.secure) });
      if (!ok) return callback(new Error("Invalid username or password"));
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              raw,
              parsed,
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              secure: Boolean(session.secure),
              user: typeof session.user === "string" ? session.user : undefined,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  server.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const scheme = options.implicitTls ? "smtps" : "smtp";
  return {
    port,
    url: (user, pass) => `${scheme}://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}`,
    received,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
