import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  looksLikeToken,
  secretForms,
  webhookSecretParts
} from "./chunk-VO6T7KNM.js";
import {
  UsageError
} from "./chunk-SI3IGW5R.js";

// src/notify/config.ts
var NOTIFY_INPUTS = [
  "smtp-url",
  "mail-from",
  "mail-to",
  "notify-on",
  "webhook-url",
  "webhook-secret",
  "github-token",
  "github-issue"
];
var NOTIFY_ON = ["failure", "always", "recovery"];
var FAILURE_LABEL = "strongroom-failure";
var DEFAULT_RETRY = Object.freeze({
  attempts: 4,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4,
  timeoutMs: 15e3
});
var TRUE = /* @__PURE__ */ new Set(["true", "yes", "on", "1"]);
var FALSE = /* @__PURE__ */ new Set(["false", "no", "off", "0", ""]);
function text(raw, name) {
  const value = raw[name];
  if (value === void 0 || value === null) return "";
  return String(value).trim();
}
function notifyConfigFromInputs(raw, options = {}) {
  const env = options.env ?? process.env;
  const problems = [];
  const notifyOnText = text(raw, "notify-on").toLowerCase() || "failure";
  let notifyOn = "failure";
  if (NOTIFY_ON.includes(notifyOnText)) notifyOn = notifyOnText;
  else problems.push(`notify-on: '${notifyOnText}' is not one of ${NOTIFY_ON.join(", ")}`);
  const email = parseEmail(raw, options, problems);
  const webhooks = [];
  const lines = text(raw, "webhook-url").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  lines.forEach((line, index) => {
    const target = parseWebhook(line, `webhook-url entry ${index + 1}`, problems);
    if (target) webhooks.push(target);
  });
  const webhookSecret = text(raw, "webhook-secret") || void 0;
  const githubToken = text(raw, "github-token") || void 0;
  const issueText = text(raw, "github-issue").toLowerCase();
  let wantIssue = false;
  if (TRUE.has(issueText)) wantIssue = true;
  else if (!FALSE.has(issueText)) problems.push(`github-issue: '${issueText}' is not one of true, false`);
  let github;
  if (wantIssue) {
    const repository = env.GITHUB_REPOSITORY?.trim() ?? "";
    const [owner, repo, extra] = repository.split("/");
    if (!githubToken)
      problems.push("github-issue is true but github-token is empty (pass secrets.GITHUB_TOKEN with issues: write)");
    if (!owner || !repo || extra !== void 0) {
      problems.push("github-issue is true but GITHUB_REPOSITORY ('owner/repo') is not set");
    }
    if (githubToken && owner && repo && extra === void 0) {
      const apiUrl = (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
      github = Object.freeze({ token: githubToken, owner, repo, apiUrl, label: FAILURE_LABEL });
    }
  }
  const retry = Object.freeze({ ...DEFAULT_RETRY, ...options.retry });
  if (!(retry.attempts >= 1) || !Number.isInteger(retry.attempts))
    problems.push("retry attempts must be a positive integer");
  if (problems.length > 0) {
    throw new UsageError(problems, {
      hint: "Fix the notification settings (smtp-url, mail-*, notify-on, webhook-*, github-*)."
    });
  }
  return Object.freeze({
    notifyOn,
    ...email ? { email } : {},
    webhooks: Object.freeze(webhooks),
    ...webhookSecret ? { webhookSecret } : {},
    ...github ? { github } : {},
    ...githubToken ? { githubToken } : {},
    retry,
    redact: Object.freeze([...options.redact ?? []].filter((s) => s !== ""))
  });
}
function notifyConfigFromEnv(env = process.env, options = {}) {
  const raw = {};
  for (const name of NOTIFY_INPUTS) {
    const value = env[`STRONGROOM_${name.toUpperCase().replace(/-/g, "_")}`];
    if (value !== void 0) raw[name] = value;
  }
  return notifyConfigFromInputs(raw, { ...options, env });
}
function parseEmail(raw, options, problems) {
  const smtpUrl = text(raw, "smtp-url");
  const from = text(raw, "mail-from");
  const to = text(raw, "mail-to").split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== "");
  if (!smtpUrl) {
    if (from || to.length > 0) problems.push("mail-from/mail-to are set but smtp-url is empty");
    return void 0;
  }
  let url;
  try {
    url = new URL(smtpUrl);
  } catch {
    problems.push("smtp-url is not a URL (expected smtps://user:pass@host:465 or smtp://user:pass@host:587)");
  }
  if (!from) problems.push("smtp-url is set but mail-from is empty");
  else if (!looksLikeAddress(from)) problems.push(`mail-from: '${from}' is not an email address`);
  if (to.length === 0) problems.push("smtp-url is set but mail-to is empty");
  for (const address of to)
    if (!looksLikeAddress(address)) problems.push(`mail-to: '${address}' is not an email address`);
  if (!url) return void 0;
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    problems.push(`smtp-url: scheme '${url.protocol.replace(/:$/, "")}' is not one of smtps, smtp`);
    return void 0;
  }
  if (!url.hostname) {
    problems.push("smtp-url has no host");
    return void 0;
  }
  if (url.password && !url.username) problems.push("smtp-url has a password but no user name");
  const implicitTls = url.protocol === "smtps:";
  const port = url.port ? Number(url.port) : implicitTls ? 465 : 587;
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const user = safeDecode(url.username);
  const pass = safeDecode(url.password);
  return Object.freeze({
    host,
    port,
    implicitTls,
    ...user ? { user } : {},
    ...pass ? { pass } : {},
    from,
    to: Object.freeze(to),
    ...options.smtpCa ? { ca: options.smtpCa } : {},
    display: `${url.protocol}//${url.host}`
  });
}
function looksLikeAddress(value) {
  const angle = /<([^<>]+)>\s*$/.exec(value);
  const address = angle?.[1] ?? value;
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address.trim());
}
function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function parseWebhook(line, where, problems) {
  const prefixed = /^(slack|discord|ntfy|json):(?!\/\/)(.+)$/i.exec(line);
  const explicit = prefixed?.[1]?.toLowerCase();
  const rest = prefixed?.[2] ?? line;
  let url;
  try {
    url = new URL(rest);
  } catch {
    problems.push(`${where}: not a URL (expected [slack:|discord:|ntfy:|json:]https://\u2026)`);
    return void 0;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    problems.push(`${where}: scheme '${url.protocol.replace(/:$/, "")}' is not one of https, http`);
    return void 0;
  }
  const kind = explicit ?? detectKind(url);
  const user = safeDecode(url.username);
  const pass = safeDecode(url.password);
  const bare = new URL(url.href);
  bare.username = "";
  bare.password = "";
  return Object.freeze({
    kind,
    url: bare.href,
    ...user || pass ? { basicAuth: Object.freeze({ user, pass }) } : {},
    display: `${kind} (${url.host})`,
    raw: line
  });
}
function detectKind(url) {
  const host = url.hostname.toLowerCase();
  if (host === "hooks.slack.com") return "slack";
  if (/(^|\.)discord(app)?\.com$/.test(host) && url.pathname.startsWith("/api/webhooks/")) return "discord";
  if (host === "ntfy.sh") return "ntfy";
  return "json";
}
function secretsOf(config) {
  const out = /* @__PURE__ */ new Set();
  const add = (value) => {
    if (value && value.trim().length >= 3) out.add(value);
  };
  add(config.email?.pass);
  for (const hook of config.webhooks) {
    add(hook.raw);
    add(hook.url);
    add(hook.basicAuth?.pass);
    if (hook.basicAuth && looksLikeToken(hook.basicAuth.user)) add(hook.basicAuth.user);
    for (const part of webhookSecretParts(new URL(hook.url), hook.kind)) add(part);
  }
  add(config.webhookSecret);
  add(config.githubToken);
  add(config.github?.token);
  for (const extra of config.redact) add(extra);
  return [...new Set([...out].flatMap(secretForms))].sort((a, b) => b.length - a.length);
}

export {
  NOTIFY_INPUTS,
  DEFAULT_RETRY,
  notifyConfigFromInputs,
  notifyConfigFromEnv,
  secretsOf
};
