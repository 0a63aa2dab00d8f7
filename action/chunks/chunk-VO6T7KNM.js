import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);

// src/redact.ts
var REDACTED = "***";
var MIN_SECRET = 3;
var MIN_BASE64 = 8;
function secretForms(secret) {
  if (!secret) return [];
  const forms = /* @__PURE__ */ new Set();
  for (const value of /* @__PURE__ */ new Set([secret, ...secret.split(/\r?\n/)])) {
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET) continue;
    for (const form of [trimmed, encodeURIComponent(trimmed), encodeURI(trimmed), ...base64Forms(trimmed)])
      if (form.length >= MIN_SECRET) forms.add(form);
  }
  return [...forms];
}
function base64Forms(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const out = [];
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    const start = shift === 0 ? 0 : 4;
    const end = Math.floor((shift + bytes.length) / 3) * 4;
    const core = encoded.slice(start, end);
    if (core.length >= MIN_BASE64) out.push(core, core.replaceAll("+", "-").replaceAll("/", "_"));
  }
  if (bytes.length % 3 !== 0) {
    const whole = bytes.toString("base64");
    if (whole.length >= MIN_BASE64) out.push(whole, whole.replace(/=+$/, ""));
  }
  return out;
}
var URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/@:]*):[^\s/@]+@/gi;
var KEYWORD_PASSWORD = /\b(password|passwd|pwd)=('[^']*'|\S+)/gi;
var HTTP_QUERY = /(https?:\/\/[^\s?#"'<>]+)\?[^\s"'<>]*/gi;
function redactText(text, secrets) {
  return redactWith(text, sortedForms(secrets));
}
function redactDeep(value, secrets) {
  const forms = sortedForms(secrets);
  return deepMap(value, (text) => redactWith(text, forms));
}
function deepMap(value, map) {
  const walk = (item) => {
    if (typeof item === "string") return map(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === "object" && !(item instanceof Date))
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    return item;
  };
  return walk(value);
}
function sortedForms(secrets) {
  return [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
}
function redactWith(text, forms) {
  let out = text;
  for (const form of forms) out = out.split(form).join(REDACTED);
  return out.replace(URL_PASSWORD, `$1:${REDACTED}@`).replace(KEYWORD_PASSWORD, `$1=${REDACTED}`).replace(HTTP_QUERY, "$1");
}
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  listeners = [];
  sorted = [];
  add(secret) {
    for (const form of secretForms(secret)) {
      if (this.secrets.has(form)) continue;
      this.secrets.add(form);
      this.sorted = [...this.secrets].sort((a, b) => b.length - a.length);
      for (const listener of this.listeners) listener(form);
    }
  }
  onSecret(listener) {
    this.listeners.push(listener);
    for (const secret of this.secrets) listener(secret);
  }
  list() {
    return [...this.secrets];
  }
  redactDeep(value) {
    return deepMap(value, (text) => this.redact(text));
  }
  redact(text) {
    return redactWith(text, this.sorted);
  }
};
function webhookSecretParts(url, service) {
  const out = [];
  const segments = url.pathname.split("/").filter(Boolean).map(safeDecode);
  if (service === "slack" && segments.length > 1) out.push(segments.at(-1));
  if (service === "discord") {
    const at = segments.indexOf("webhooks");
    if (at >= 0 && segments[at + 2]) out.push(segments[at + 2]);
  }
  if (service === "ntfy" && segments[0]) out.push(segments[0]);
  out.push(...segments.filter(looksLikeToken));
  out.push(...userinfoSecrets(url));
  for (const [, value] of url.searchParams) out.push(value);
  return out.filter((part) => part.trim().length >= MIN_SECRET);
}
function userinfoSecrets(url) {
  const out = [];
  if (url.password) out.push(safeDecode(url.password));
  const user = safeDecode(url.username);
  if (looksLikeToken(user)) out.push(user);
  return out;
}
function looksLikeToken(text) {
  if (text.length < 16) return false;
  const mixed = /[0-9]/.test(text) && /[a-z]/i.test(text);
  return mixed && entropy(text) >= 3 || text.length >= 32 && entropy(text) >= 3.5;
}
function entropy(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= n / text.length * Math.log2(n / text.length);
  return bits;
}
function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function passwordCandidates(raw) {
  const text = raw.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0];
  if (!scheme) return [];
  const rest = text.slice(scheme.length);
  const query = rest.indexOf("?");
  const ends = /* @__PURE__ */ new Set([rest.lastIndexOf("@", query < 0 ? void 0 : query), rest.lastIndexOf("@")]);
  const out = [];
  for (const end of ends) {
    const colon = rest.indexOf(":");
    if (end < 0 || colon < 0 || colon > end) continue;
    const password = rest.slice(colon + 1, end);
    out.push(password, safeDecode(password));
  }
  return out;
}
function displayUrl(raw) {
  const text = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:\/\/)/i.exec(text)?.[1];
  if (scheme) {
    const rest = text.slice(scheme.length).replace(/[?#].*$/, "");
    const ats = rest.split("@").length - 1;
    const slash = rest.indexOf("/");
    if (ats > 1 || ats === 1 && slash >= 0 && slash < rest.indexOf("@"))
      return `${scheme}\u2026@${rest.slice(rest.lastIndexOf("@") + 1)}`;
  }
  try {
    const url = new URL(text);
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.toString().replace(/\?$/, "");
  } catch {
    return text.replace(/\/\/([^@/]*)@/, (_m, userinfo) => `//${userinfo.split(":")[0]}@`).replace(/[?#].*$/, "");
  }
}

export {
  secretForms,
  redactText,
  redactDeep,
  Redactor,
  webhookSecretParts,
  looksLikeToken,
  passwordCandidates,
  displayUrl
};
