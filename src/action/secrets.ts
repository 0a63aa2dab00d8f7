import { passwordCandidates, type Redactor } from "../redact.ts";
import { parsePostgresUrl } from "../sources/postgres/connection.ts";
import type { ActionInput } from "./inputs.ts";

const SECRET_INPUTS: readonly ActionInput[] = [
  "service-role-key",
  "github-token",
  "passphrase",
  "identity",
  "smtp-url",
  "webhook-url",
  "webhook-secret",
];
const URL_INPUTS: readonly ActionInput[] = ["source", "target", "restore-into"];

/** Every credential the inputs carry, registered before anything is logged. */
export function registerInputSecrets(
  inputs: Record<ActionInput, string | undefined>,
  redactor: Redactor,
  env: NodeJS.ProcessEnv,
): void {
  for (const name of SECRET_INPUTS) redactor.add(inputs[name]);
  for (const name of URL_INPUTS) passwordOf(inputs[name], redactor, env);
  passwordOf(env.DATABASE_URL, redactor, env);
  for (const variable of [
    "PGPASSWORD",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "SUPABASE_SERVICE_ROLE_KEY",
    "ACTIONS_RUNTIME_TOKEN",
    "GITHUB_TOKEN",
  ]) {
    redactor.add(env[variable]);
  }
  for (const line of (inputs["smtp-url"] ?? "").split(/\r?\n/)) passwordOf(line, redactor, env);
}

/** A URL's password, also where the URL cannot be read (an un-encoded '@' or '/' in the password). */
function passwordOf(value: string | undefined, redactor: Redactor, env: NodeJS.ProcessEnv): void {
  if (!value) return;
  const url = value.trim().replace(/^supabase:(?!\/\/)/i, "");
  for (const candidate of passwordCandidates(url)) redactor.add(candidate);
  try {
    const parsed = new URL(url);
    if (parsed.password) redactor.add(decodeURIComponent(parsed.password));
    redactor.add(parsed.searchParams.get("password") ?? undefined);
  } catch {}
  try {
    redactor.add(parsePostgresUrl(url, "source", env).password);
  } catch {}
}
