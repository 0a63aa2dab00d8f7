/**
 * Secrets known to a run. Everything printed (logs, errors, summaries) goes through `redact`.
 * Each secret is kept in its raw and URL-encoded forms, since URLs carry passwords encoded.
 */
export class Redactor {
  private readonly secrets = new Set<string>();
  private readonly listeners: Array<(secret: string) => void> = [];

  add(secret: string | undefined): void {
    if (!secret || secret.length < 3) return;
    for (const form of new Set([secret, encodeURIComponent(secret), encodeURI(secret), ...secret.split(/\r?\n/)])) {
      const trimmed = form.trim();
      if (trimmed.length < 3 || this.secrets.has(trimmed)) continue;
      this.secrets.add(trimmed);
      for (const listener of this.listeners) listener(trimmed);
    }
  }

  /** Called for every secret form, including those added before (the action registers masks). */
  onSecret(listener: (secret: string) => void): void {
    this.listeners.push(listener);
    for (const secret of this.secrets) listener(secret);
  }

  list(): string[] {
    return [...this.secrets];
  }

  /** A copy of plain data with every string redacted (reports, results). */
  redactDeep<T>(value: T): T {
    if (typeof value === "string") return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((item) => this.redactDeep(item)) as T;
    if (value && typeof value === "object" && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactDeep(v)])) as T;
    }
    return value;
  }

  redact(text: string): string {
    let out = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join("***");
    }
    return out;
  }
}

/** A URL for display: no user info password, no query string. */
export function displayUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.toString().replace(/\?$/, "");
  } catch {
    return raw.replace(/\/\/([^@/]*)@/, (_m, userinfo: string) => `//${userinfo.split(":")[0]}@`).replace(/\?.*$/, "");
  }
}
