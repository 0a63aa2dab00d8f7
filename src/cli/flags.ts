import { parseArgs } from "node:util";
import type { RawOptions } from "../config/raw.ts";
import { UsageError } from "../errors.ts";

type FlagSpec = { type: "string" | "boolean"; multiple?: boolean; short?: string };

const COMMON: Record<string, FlagSpec> = { json: { type: "boolean" }, help: { type: "boolean", short: "h" } };

/** Flags per command; names are shared with the action's inputs. */
export const COMMAND_FLAGS: Record<string, Record<string, FlagSpec>> = {
  backup: {
    source: { type: "string" },
    to: { type: "string", multiple: true },
    recipient: { type: "string", multiple: true, short: "r" },
    "passphrase-env": { type: "string" },
    "no-encryption": { type: "boolean" },
    compression: { type: "string" },
    level: { type: "string" },
    format: { type: "string" },
    "row-counts": { type: "string" },
    "pg-bin": { type: "string" },
    vacuum: { type: "boolean" },
    jobs: { type: "string", short: "j" },
    "supabase-url": { type: "string" },
    "service-role-key-env": { type: "string" },
    buckets: { type: "string", multiple: true },
    "include-migrations": { type: "boolean" },
    "retention-days": { type: "string" },
  },
  list: { from: { type: "string" }, source: { type: "string" }, repository: { type: "string" } },
  get: {
    from: { type: "string" },
    backup: { type: "string" },
    at: { type: "string" },
    source: { type: "string" },
    out: { type: "string", short: "o" },
    decrypt: { type: "boolean" },
    identity: { type: "string", multiple: true, short: "i" },
    "passphrase-env": { type: "string" },
    force: { type: "boolean" },
    repository: { type: "string" },
  },
  delete: {
    from: { type: "string" },
    backup: { type: "string" },
    yes: { type: "boolean", short: "y" },
    "dry-run": { type: "boolean" },
    force: { type: "boolean" },
    repository: { type: "string" },
  },
  restore: {
    from: { type: "string" },
    backup: { type: "string" },
    at: { type: "string" },
    source: { type: "string" },
    repository: { type: "string" },
    to: { type: "string" },
    identity: { type: "string", multiple: true, short: "i" },
    "passphrase-env": { type: "string" },
    clean: { type: "boolean" },
    force: { type: "boolean" },
    "no-owner": { type: "boolean" },
    "no-row-check": { type: "boolean" },
    "pg-bin": { type: "string" },
    "supabase-url": { type: "string" },
    "service-role-key-env": { type: "string" },
    "skip-storage": { type: "boolean" },
    jobs: { type: "string", short: "j" },
    "storage-only": { type: "boolean" },
  },
  verify: {
    from: { type: "string" },
    backup: { type: "string" },
    at: { type: "string" },
    source: { type: "string" },
    repository: { type: "string" },
    level: { type: "string" },
    identity: { type: "string", multiple: true, short: "i" },
    "passphrase-env": { type: "string" },
    "pg-bin": { type: "string" },
    "restore-into": { type: "string" },
    sample: { type: "string" },
    "no-record": { type: "boolean" },
  },
  rotate: {
    from: { type: "string" },
    "keep-last": { type: "string" },
    "keep-hourly": { type: "string" },
    "keep-daily": { type: "string" },
    "keep-weekly": { type: "string" },
    "keep-monthly": { type: "string" },
    "keep-yearly": { type: "string" },
    "keep-within": { type: "string" },
    timezone: { type: "string" },
    "period-representative": { type: "string" },
    "count-verified-only": { type: "boolean" },
    "grace-period": { type: "string" },
    "dry-run": { type: "boolean" },
  },
  check: {
    from: { type: "string" },
    repository: { type: "string" },
    "max-age": { type: "string" },
    "max-unverified-age": { type: "string" },
    "min-count": { type: "string" },
    "max-total-size": { type: "string" },
  },
  report: {
    from: { type: "string", multiple: true },
    out: { type: "string", short: "o" },
    "max-age": { type: "string" },
    "keep-last": { type: "string" },
    "keep-hourly": { type: "string" },
    "keep-daily": { type: "string" },
    "keep-weekly": { type: "string" },
    "keep-monthly": { type: "string" },
    "keep-yearly": { type: "string" },
    "keep-within": { type: "string" },
    timezone: { type: "string" },
    "period-representative": { type: "string" },
    "count-verified-only": { type: "boolean" },
    repository: { type: "string" },
  },
  rekey: {
    from: { type: "string" },
    backup: { type: "string" },
    identity: { type: "string", multiple: true, short: "i" },
    "passphrase-env": { type: "string" },
    recipient: { type: "string", multiple: true, short: "r" },
    "dry-run": { type: "boolean" },
  },
  notify: { test: { type: "boolean" } },
  keygen: { out: { type: "string", short: "o" } },
};

export interface ParsedCommand {
  readonly command: string;
  readonly options: RawOptions;
  readonly json: boolean;
  readonly help: boolean;
}

export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    return { command: "help", options: {}, json: false, help: true };
  }
  if (command === "--version" || command === "version")
    return { command: "version", options: {}, json: false, help: false };
  const spec = COMMAND_FLAGS[command];
  if (!spec) {
    throw new UsageError(`unknown command '${command}'`, {
      hint: `commands: ${Object.keys(COMMAND_FLAGS).join(", ")}`,
    });
  }
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: { ...COMMON, ...spec },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}`, {
      hint: `run \`strongroom help\` for the flags of ${command}`,
    });
  }
  const { json, help, ...options } = values;
  return { command, options: options as RawOptions, json: json === true, help: help === true };
}
