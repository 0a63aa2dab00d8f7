/** Notifications: every channel renders one finished `RunReport`. */
export * from "./config.ts";
export { escapeHtml, renderEmail, sendEmail } from "./email.ts";
export { markerFor, syncFailureIssue } from "./github-issue.ts";
export { type NotifyChannel, type NotifyLog, type NotifyResult, notify, shouldSend } from "./notify.ts";
export { redactDeep as redactReport, redactText } from "../redact.ts";
export { headline, reportFacts } from "./render.ts";
export * from "./run-report.ts";
export { markdownCell, renderSummaryMarkdown } from "./summary.ts";
export { discordPayload, jsonRequest, ntfyRequest, SIGNATURE_HEADER, signBody, slackPayload } from "./webhook.ts";
