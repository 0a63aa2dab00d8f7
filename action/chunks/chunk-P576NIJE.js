import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  OptionReader
} from "./chunk-TIYZLAUU.js";
import {
  looksLikeToken,
  secretForms,
  webhookSecretParts
} from "./chunk-VO6T7KNM.js";

// src/notify/webhook-config.ts
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
    problems.push(`${where}: scheme must be one of https, http; got '${url.protocol.replace(/:$/, "")}'`);
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
function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// src/notify/email-config.ts
function parseEmail(reader, smtpCa, problems) {
  const smtpUrl = reader.string("smtp-url") ?? "";
  const from = reader.string("mail-from") ?? "";
  const to = (reader.string("mail-to") ?? "").split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== "");
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
    problems.push(`smtp-url: scheme must be one of smtps, smtp; got '${url.protocol.replace(/:$/, "")}'`);
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
    ...smtpCa ? { ca: smtpCa } : {},
    display: `${url.protocol}//${url.host}`
  });
}
function looksLikeAddress(value) {
  const angle = /<([^<>]+)>\s*$/.exec(value);
  const address = angle?.[1] ?? value;
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address.trim());
}

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
function notifyConfigFromInputs(raw, options = {}) {
  const env = options.env ?? process.env;
  const notifyOnText = raw["notify-on"];
  const reader = new OptionReader(
    { ...raw, ...typeof notifyOnText === "string" ? { "notify-on": notifyOnText.trim().toLowerCase() } : {} },
    env
  );
  const problems = reader.problems;
  const notifyOn = reader.choice("notify-on", NOTIFY_ON, "failure");
  const email = parseEmail(reader, options.smtpCa, problems);
  const webhooks = [];
  reader.list("webhook-url").forEach((line, index) => {
    const target = parseWebhook(line, `webhook-url entry ${index + 1}`, problems);
    if (target) webhooks.push(target);
  });
  const webhookSecret = reader.string("webhook-secret");
  const githubToken = reader.string("github-token");
  const github = reader.boolean("github-issue") ? issueConfig(githubToken, env, problems) : void 0;
  const retry = Object.freeze({ ...DEFAULT_RETRY, ...options.retry });
  if (!(retry.attempts >= 1) || !Number.isInteger(retry.attempts))
    problems.push("retry attempts must be a positive integer");
  reader.finish("Fix the notification settings (smtp-url, mail-*, notify-on, webhook-*, github-*).");
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
function issueConfig(githubToken, env, problems) {
  const repository = env.GITHUB_REPOSITORY?.trim() ?? "";
  const [owner, repo, extra] = repository.split("/");
  if (!githubToken)
    problems.push("github-issue is true but github-token is empty (pass secrets.GITHUB_TOKEN with issues: write)");
  if (!owner || !repo || extra !== void 0) {
    problems.push("github-issue is true but GITHUB_REPOSITORY ('owner/repo') is not set");
  }
  if (!githubToken || !owner || !repo || extra !== void 0) return void 0;
  const apiUrl = (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
  return Object.freeze({ token: githubToken, owner, repo, apiUrl, label: FAILURE_LABEL });
}
function notifyConfigFromEnv(env = process.env, options = {}) {
  const raw = {};
  for (const name of NOTIFY_INPUTS) {
    const value = env[`STRONGROOM_${name.toUpperCase().replace(/-/g, "_")}`];
    if (value !== void 0) raw[name] = value;
  }
  return notifyConfigFromInputs(raw, { ...options, env });
}
function notifySecrets(config) {
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
  return [...out];
}
function secretsOf(config) {
  const secrets = [...notifySecrets(config), ...config.redact.filter((extra) => extra.trim().length >= 3)];
  return [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
}

export {
  NOTIFY_INPUTS,
  DEFAULT_RETRY,
  notifyConfigFromInputs,
  notifyConfigFromEnv,
  notifySecrets,
  secretsOf
};
