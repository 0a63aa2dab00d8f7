import type { RawOptions } from "../config/raw.ts";
import { NOTIFY_INPUTS } from "../notify/config.ts";

/**
 * The action's inputs, by the names in action.yml (shared with the CLI's flags). The runner
 * passes each as INPUT_<NAME> with hyphens kept; `required: true` is not enforced by it.
 */
export const ACTION_INPUTS = [
  "command",
  "source",
  "destinations",
  "recipients",
  "passphrase",
  "allow-unencrypted",
  "identity",
  "backup",
  "target",
  "compression",
  "level",
  "format",
  "row-counts",
  "jobs",
  "supabase-url",
  "service-role-key",
  "buckets",
  "retention-days",
  "verify-level",
  "restore-into",
  "sample",
  "clean",
  "force",
  "keep-last",
  "keep-hourly",
  "keep-daily",
  "keep-weekly",
  "keep-monthly",
  "keep-yearly",
  "keep-within",
  "timezone",
  "period-representative",
  "count-verified-only",
  "grace-period",
  "dry-run",
  "max-age",
  "max-unverified-age",
  "min-count",
  "max-total-size",
  ...NOTIFY_INPUTS,
  "pg-bin",
  "postgres-client",
  "timeout",
] as const;

export type ActionInput = (typeof ACTION_INPUTS)[number];

export function readActionInputs(env: NodeJS.ProcessEnv): Record<ActionInput, string | undefined> {
  const out = {} as Record<ActionInput, string | undefined>;
  for (const name of ACTION_INPUTS) {
    const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    out[name] = value === undefined || value.trim() === "" ? undefined : value;
  }
  return out;
}

/** Inputs as the shared option names the config parsers read (`destinations` → `to` etc.). */
export function rawOptionsFor(command: string, inputs: Record<ActionInput, string | undefined>): RawOptions {
  const raw: Record<string, string | undefined> = { ...inputs };
  if (
    command === "verify" ||
    command === "rotate" ||
    command === "check" ||
    command === "restore" ||
    command === "list"
  ) {
    raw.from = inputs.destinations
      ?.split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith("#"));
    raw.destinations = undefined;
  }
  if (command === "verify") raw.level = inputs["verify-level"];
  if (command === "report") {
    raw.from = inputs.destinations;
    raw.destinations = undefined;
  }
  raw.timeout = undefined; // the action's own: the step's root signal, not a command option
  return raw;
}
