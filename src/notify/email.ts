import nodemailer from "nodemailer";
import { DEFAULT_RETRY, type RetryConfig } from "./config.ts";
import type { EmailConfig } from "./email-config.ts";
import { headline, reportFacts, statusWord, whatRan } from "./render.ts";
import type { RetryVerdict } from "../backoff.ts";
import { deliverWithRetries } from "./retry.ts";
import type { RunReport } from "./run-report.ts";

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Subject, plain-text and HTML bodies carrying the same facts. The report must already be redacted. */
export function renderEmail(report: RunReport): RenderedEmail {
  const facts = reportFacts(report);
  const title = `Strongroom ${report.test ? "TEST " : ""}${statusWord(report)}: ${whatRan(report)}`;
  const width = Math.max(...facts.map((f) => f.label.length));
  const textLines = [title, "=".repeat(Math.min(title.length, 72)), ""];
  for (const fact of facts) {
    const [first = "", ...rest] = fact.value.split("\n");
    textLines.push(`${`${fact.label}:`.padEnd(width + 2)}${first}`);
    for (const line of rest) textLines.push(`${" ".repeat(width + 2)}${line}`);
  }
  const retention = report.retention;
  if (retention && (retention.keptIds?.length || retention.removedIds?.length)) {
    textLines.push("", "Retention plan:");
    for (const id of retention.keptIds ?? []) textLines.push(`  keep    ${id}`);
    for (const id of retention.removedIds ?? [])
      textLines.push(`  ${retention.dryRun ? "would remove" : "removed"} ${id}`);
  }
  textLines.push("", "-- ", "Sent by Strongroom. Configure with notify-on / mail-to.");

  const color = report.status === "failure" ? "#b60205" : "#1a7f37";
  const rows = facts
    .map(
      (f) =>
        `<tr><th style="text-align:left;vertical-align:top;padding:4px 12px 4px 0;white-space:nowrap">${escapeHtml(f.label)}</th>` +
        `<td style="padding:4px 0">${htmlValue(f.label, f.value)}</td></tr>`,
    )
    .join("\n");
  let plan = "";
  if (retention && (retention.keptIds?.length || retention.removedIds?.length)) {
    const items = [
      ...(retention.keptIds ?? []).map((id) => `<li>keep <code>${escapeHtml(id)}</code></li>`),
      ...(retention.removedIds ?? []).map(
        (id) => `<li>${retention.dryRun ? "would remove" : "removed"} <code>${escapeHtml(id)}</code></li>`,
      ),
    ];
    plan = `<h3>Retention plan</h3>\n<ul>${items.join("")}</ul>`;
  }
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(headline(report))}</title></head>
<body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:14px;color:#1f2328">
<h2 style="color:${color};margin:0 0 12px">${escapeHtml(title)}</h2>
<table style="border-collapse:collapse">
${rows}
</table>
${plan}
<p style="color:#59636e;font-size:12px">Sent by Strongroom.</p>
</body></html>
`;
  return { subject: headline(report), text: `${textLines.join("\n")}\n`, html };
}

function htmlValue(label: string, value: string): string {
  if (label === "Workflow run" && /^https?:\/\//.test(value)) {
    return `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`;
  }
  return escapeHtml(value).replace(/\n/g, "<br>");
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Send the report over SMTP. `smtps://` is TLS from the first byte; `smtp://` must upgrade with
 * STARTTLS (requireTLS) before AUTH, so a password never crosses the wire in clear. Certificates
 * are always verified; trust a private CA with NODE_EXTRA_CA_CERTS or `ca`.
 */
export async function sendEmail(
  report: RunReport,
  config: EmailConfig,
  retry: RetryConfig = DEFAULT_RETRY,
): Promise<{ messageId: string; response: string }> {
  const message = renderEmail(report);
  const { value } = await deliverWithRetries(retry, classifySmtpFailure, () => sendOnce(message, config));
  return value;
}

/** The SMTP failures a later try can get past; bad credentials, certificates and 5xx refusals cannot. */
const TRANSIENT_SMTP = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNRESET", "ECONNREFUSED"]);

/** No connection, a dropped or timed-out one, or a 4xx reply (SMTP's "try again later"). */
export function classifySmtpFailure(error: unknown): RetryVerdict {
  const { code, responseCode } = error as { code?: string; responseCode?: number };
  if (typeof responseCode === "number") return { transient: responseCode >= 400 && responseCode < 500 };
  return { transient: code !== undefined && TRANSIENT_SMTP.has(code) };
}

async function sendOnce(
  { subject, text, html }: RenderedEmail,
  config: EmailConfig,
): Promise<{ messageId: string; response: string }> {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.implicitTls,
    requireTLS: !config.implicitTls,
    ...(config.user ? { auth: { user: config.user, pass: config.pass ?? "" } } : {}),
    tls: {
      rejectUnauthorized: true,
      minVersion: "TLSv1.2",
      ...(config.ca ? { ca: [config.ca] } : {}),
    },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
    debug: false,
  });
  try {
    const info = await transport.sendMail({ from: config.from, to: [...config.to], subject, text, html });
    if (info.rejected.length > 0 && info.accepted.length === 0) {
      const codes = (info.rejectedErrors ?? []).map((e) => (e as { responseCode?: number }).responseCode);
      throw Object.assign(new Error(`every recipient was rejected: ${String(info.response)}`), {
        // Temporary (4xx) when every recipient was refused only for now.
        ...(codes.length > 0 && codes.every((c) => c !== undefined && c >= 400 && c < 500)
          ? { responseCode: codes[0] }
          : { responseCode: 550 }),
      });
    }
    return { messageId: info.messageId, response: String(info.response) };
  } finally {
    transport.close();
  }
}
