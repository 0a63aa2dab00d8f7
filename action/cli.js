import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  COMMANDS,
  VERSION,
  dispatch,
  formatBytes,
  formatIdentityFile,
  formatMs,
  generateIdentity,
  textTable
} from "./chunks/chunk-RSFXJZFY.js";
import {
  Redactor,
  displayUrl
} from "./chunks/chunk-VGGCHKCU.js";
import {
  NOTIFY_INPUTS,
  notifyConfigFromEnv,
  reportContextFromEnv,
  reportFromError,
  secretsOf,
  successReport,
  testReport
} from "./chunks/chunk-ZPLNGAGL.js";
import "./chunks/chunk-ZPFAFJRL.js";
import "./chunks/chunk-4BJFLUHV.js";
import "./chunks/chunk-B64D7UZZ.js";
import {
  UsageError,
  exitCodeOf,
  messageOf
} from "./chunks/chunk-BJ7NA7V3.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/commands/keygen.ts
import { writeFile } from "node:fs/promises";
async function runKeygen(out) {
  const identity = generateIdentity();
  const text = formatIdentityFile(identity, /* @__PURE__ */ new Date());
  if (!out) return { recipient: identity.recipient, identityFile: text };
  try {
    await writeFile(out, text, { mode: 384, flag: "wx" });
  } catch (error) {
    const code = error.code;
    throw new UsageError(`cannot write the key to ${out}: ${code === "EEXIST" ? "the file exists" : code}`, {
      hint: code === "EEXIST" ? "choose another path; Strongroom never overwrites a key" : "check the path and permissions"
    });
  }
  return { recipient: identity.recipient, file: out };
}

// src/log/logger.ts
var ConsoleLogger = class {
  constructor(redactor, out = process.stderr, quiet = false) {
    this.redactor = redactor;
    this.out = out;
    this.quiet = quiet;
  }
  redactor;
  out;
  quiet;
  live = false;
  info(message) {
    if (this.quiet) return;
    this.endLive();
    this.out.write(`${this.redactor.redact(message)}
`);
  }
  warn(message) {
    this.endLive();
    this.out.write(`warning: ${this.redactor.redact(message)}
`);
  }
  async group(name, body) {
    this.info(`\u25B8 ${name}`);
    try {
      return await body();
    } finally {
      this.endLive();
    }
  }
  progress(message) {
    if (this.quiet) return;
    const text = this.redactor.redact(message);
    if (this.out.isTTY) {
      this.out.write(`\r\x1B[2K  ${text}`);
      this.live = true;
    } else this.out.write(`  ${text}
`);
  }
  endLive() {
    if (this.live) {
      this.out.write("\n");
      this.live = false;
    }
  }
};

// src/cli/flags.ts
import { parseArgs } from "node:util";
var COMMON = { json: { type: "boolean" }, help: { type: "boolean", short: "h" } };
var COMMAND_FLAGS = {
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
    "include-migrations": { type: "boolean" }
  },
  list: { from: { type: "string" } },
  restore: {
    from: { type: "string" },
    backup: { type: "string" },
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
    "storage-only": { type: "boolean" }
  },
  verify: {
    from: { type: "string" },
    backup: { type: "string" },
    level: { type: "string" },
    identity: { type: "string", multiple: true, short: "i" },
    "passphrase-env": { type: "string" },
    "pg-bin": { type: "string" },
    "restore-into": { type: "string" },
    sample: { type: "string" },
    "no-record": { type: "boolean" }
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
    "dry-run": { type: "boolean" }
  },
  check: {
    from: { type: "string" },
    "max-age": { type: "string" },
    "max-unverified-age": { type: "string" },
    "min-count": { type: "string" },
    "max-total-size": { type: "string" }
  },
  notify: { test: { type: "boolean" } },
  keygen: { out: { type: "string", short: "o" } }
};
function parseCommandLine(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    return { command: "help", options: {}, json: false, help: true };
  }
  if (command === "--version" || command === "version")
    return { command: "version", options: {}, json: false, help: false };
  const spec = COMMAND_FLAGS[command];
  if (!spec) {
    throw new UsageError(`unknown command '${command}'`, {
      hint: `commands: ${Object.keys(COMMAND_FLAGS).join(", ")}`
    });
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: { ...COMMON, ...spec },
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    throw new UsageError(`${command}: ${error.message}`, {
      hint: `run \`strongroom help\` for the flags of ${command}`
    });
  }
  const { json, help, ...options } = values;
  return { command, options, json: json === true, help: help === true };
}

// src/cli/notify.ts
function configured(env) {
  return NOTIFY_INPUTS.some((name) => env[`STRONGROOM_${name.toUpperCase().replace(/-/g, "_")}`]);
}
function configFrom(env, log) {
  const config = notifyConfigFromEnv(env, { redact: log.redactor.list() });
  for (const secret of secretsOf(config)) log.redactor.add(secret);
  return config;
}
async function notifyAfter(command, startedAt, outcome, error, env, log, sourceArg) {
  if (!configured(env) || !COMMANDS.includes(command) || command === "list") return;
  try {
    const config = configFrom(env, log);
    const sourceUrl = command === "backup" ? sourceArg ?? env.DATABASE_URL : void 0;
    const base = {
      command,
      startedAt: startedAt.toISOString(),
      ...reportContextFromEnv(env),
      ...sourceUrl ? { source: displayUrl(sourceUrl) } : {},
      ...outcome?.report
    };
    const report = error === void 0 ? successReport(base) : reportFromError(base, error);
    const { notify } = await import("./chunks/notify-IAXLB76Q.js");
    await notify(log.redactor.redactDeep(report), config, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
  } catch (failure) {
    log.warn(`notifications: ${messageOf(failure)}`);
  }
}
async function runNotifyTest(env, log) {
  const config = configFrom(env, log);
  const { notify } = await import("./chunks/notify-IAXLB76Q.js");
  return notify(testReport({ env }), config, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
}

// src/cli/render.ts
function renderBackup(result) {
  const m = result.manifest;
  const ratio = m.size > 0 ? (m.plainSize / m.size).toFixed(1) : "\u2013";
  return [
    `backup ${m.id}`,
    `  database     ${m.source.display}`,
    `  object       ${m.object}`,
    `  size         ${formatBytes(m.size)} stored, ${formatBytes(m.plainSize)} dumped (${ratio}:1)`,
    `  sha256       ${m.sha256}`,
    `  encryption   ${m.encryption.type === "none" ? "NONE" : `age (${m.encryption.mode})`}`,
    `  duration     ${formatMs(m.durationMs)}`,
    ...result.destinations.map((d) => `  stored in    ${d.destination}${d.ok ? "" : ` \u2014 FAILED: ${d.error}`}`)
  ].join("\n");
}
function renderList(backups) {
  if (backups.length === 0) return "no backups";
  return textTable(
    ["ID", "CREATED (UTC)", "SIZE", "FORMAT", "COMPRESSION", "ENCRYPTION", "VERIFIED", "DATABASE"],
    backups.map((b) => [
      b.id,
      b.createdAt.replace("T", " ").replace(/\.\d+Z$/, ""),
      formatBytes(b.size) + (b.objectPresent ? "" : " (object missing!)"),
      b.format,
      b.compression,
      b.encryption,
      b.verified ? `${b.verified} (${b.verifiedLevel}, ${b.verifiedAt?.slice(0, 10)})` : "never",
      b.database
    ])
  );
}
function renderVerify(outcomes) {
  return outcomes.map(
    (o) => `${o.ok ? "ok    " : "FAILED"} ${o.id} (${o.level}): ${o.ok ? o.checks.join("; ") : `${o.error}${o.hint ? ` \u2014 ${o.hint}` : ""}`}`
  ).join("\n");
}
function renderRestore(result) {
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  const lines = [
    `restored ${result.id} into ${result.target}${result.createdDatabase ? " (database created)" : ""} in ${formatMs(result.durationMs)}`,
    result.rowsChecked ? `  ${result.tables.length} tables, ${rows} rows` : "  rows not counted (--no-row-check): compare with the backup's counts by hand if in doubt"
  ];
  for (const m of result.mismatches)
    lines.push(`  MISMATCH ${m.table}: ${m.restored} rows restored, ${m.expected} at dump time`);
  return lines.join("\n");
}
function renderRotate(result) {
  const rows = result.plan.map((p) => [
    p.createdAt.replace("T", " ").replace(/\.\d+Z$/, ""),
    p.id,
    p.keep ? "keep" : result.dryRun ? "would remove" : "removed",
    p.reasons.join(", ")
  ]);
  const lines = [textTable(["CREATED (UTC)", "ID", "ACTION", "WHY"], rows)];
  lines.push(
    `${result.kept} kept, ${result.removed.length} ${result.dryRun ? "to remove (dry run: nothing changed)" : "removed"}`
  );
  if (result.orphans.length)
    lines.push(
      `${result.orphans.length} orphaned objects ${result.dryRun ? "would be" : ""} removed: ${result.orphans.join(", ")}`
    );
  return lines.join("\n");
}
function renderCheck(result) {
  const lines = [
    `${result.ok ? "ok" : "FAILED"}: ${result.destination}, ${result.count} complete backups, ${formatBytes(result.totalSize)}`
  ];
  if (result.newest) lines.push(`  newest    ${result.newest.id} (${formatMs(result.newest.ageMs)} ago)`);
  if (result.newestVerified)
    lines.push(`  verified  ${result.newestVerified.id} (verified ${result.newestVerified.verifiedAt})`);
  for (const problem of result.problems) lines.push(`  problem   ${problem}`);
  return lines.join("\n");
}
function renderOutcome(command, result) {
  switch (command) {
    case "backup":
      return renderBackup(result);
    case "list":
      return renderList(result);
    case "restore":
      return renderRestore(result);
    case "verify":
      return renderVerify(result);
    case "rotate":
      return renderRotate(result);
    case "check":
      return renderCheck(result);
    default:
      return JSON.stringify(result, null, 2);
  }
}
function jsonOf(command, result) {
  if (command !== "backup") return result;
  const { manifest, destinations } = result;
  const { sealedContents: _sealed, ...visible } = manifest;
  return { ...visible, destinations };
}

// src/cli/usage.ts
var USAGE = `strongroom \u2014 encrypted, verified database backups

  strongroom backup  --source <postgres url>|sqlite:<path>|supabase[:<postgres url>] --to <destination> [--to \u2026]
                     (--recipient <age1\u2026> \u2026 | --passphrase-env <VAR> | --no-encryption)
                     [--compression zstd|gzip|none] [--level N] [--format custom|plain|directory]
                     [--row-counts exact|estimate] [--jobs N] [--pg-bin <dir>] [--json]
                     sqlite: [--vacuum]   supabase: [--supabase-url <url>] [--service-role-key-env <VAR>]
                     [--buckets a,b] [--include-migrations]
  strongroom list    --from <destination> [--json]
  strongroom restore --from <destination> [--backup <id>|latest] --to <postgres url>|<sqlite file>
                     (--identity <file> | --passphrase-env <VAR>) [--clean] [--force] [--no-owner]
                     [--jobs N] [--no-row-check] [--json]   supabase: [--supabase-url <url>] [--service-role-key-env <VAR>]
                     [--skip-storage | --storage-only]
  strongroom verify  --from <destination> [--backup <id>|latest|all] [--level stat|digest|decode|restore]
                     [--identity <file> | --passphrase-env <VAR>] [--restore-into <postgres url>]
                     [--sample N] [--no-record] [--json]
  strongroom rotate  --from <destination> [--keep-last N] [--keep-hourly N] [--keep-daily N]
                     [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--keep-within 30d]
                     [--timezone Europe/Berlin] [--period-representative newest|oldest]
                     [--count-verified-only] [--grace-period 1d] [--dry-run] [--json]
  strongroom check   --from <destination> [--max-age 26h] [--max-unverified-age 8d]
                     [--min-count N] [--max-total-size 10GB] [--json]
  strongroom notify  --test
  strongroom keygen  [--out <file>]

DATABASE_URL is the default --source. Destinations: a folder path, file:<path>, s3://bucket/prefix,
supabase://bucket/prefix, gdrive://<folder id>, artifact:[prefix] (inside GitHub Actions). Notifications: STRONGROOM_SMTP_URL, STRONGROOM_MAIL_FROM,
STRONGROOM_MAIL_TO, STRONGROOM_NOTIFY_ON, STRONGROOM_WEBHOOK_URL, STRONGROOM_WEBHOOK_SECRET.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 source/database, 4 destination, 5 integrity
(digest, decryption, dump), 6 partial (some destinations failed), 7 check failed, 130 cancelled.
`;

// src/cli/main.ts
async function main(argv, env) {
  const redactor = new Redactor();
  redactor.add(env.PGPASSWORD);
  const log = new ConsoleLogger(redactor);
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
  let json = false;
  const startedAt = /* @__PURE__ */ new Date();
  let command = "";
  let sourceArg;
  try {
    const parsed = parseCommandLine(argv);
    json = parsed.json;
    command = parsed.command;
    sourceArg = typeof parsed.options.source === "string" ? parsed.options.source : void 0;
    const context = { log, env, signal: controller.signal };
    if (parsed.help || command === "help") {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command === "version") {
      process.stdout.write(`${VERSION}
`);
      return 0;
    }
    if (command === "keygen") {
      const result2 = await runKeygen(typeof parsed.options.out === "string" ? parsed.options.out : void 0);
      if (result2.identityFile) process.stdout.write(result2.identityFile);
      else {
        process.stderr.write(
          `Secret key written to ${result2.file} (keep it safe, off the machine that runs backups).
`
        );
        process.stdout.write(
          json ? `${JSON.stringify({ recipient: result2.recipient, file: result2.file })}
` : `${result2.recipient}
`
        );
      }
      return 0;
    }
    if (command === "notify") {
      if (!parsed.options.test)
        throw new UsageError("notify needs --test (it sends a test message through every configured channel)");
      const results = await runNotifyTest(env, log);
      process.stdout.write(
        `${json ? JSON.stringify(results, null, 2) : results.map((r) => `${r.status.padEnd(7)} ${r.channel} ${r.target}${r.detail ? ` \u2014 ${r.detail}` : ""}`).join("\n")}
`
      );
      return results.some((r) => r.status === "failed") ? 1 : 0;
    }
    const outcome = await dispatch(command, parsed.options, context);
    const result = redactor.redactDeep(outcome.result);
    process.stdout.write(
      `${json ? JSON.stringify(jsonOf(outcome.command, result), null, 2) : renderOutcome(outcome.command, result)}
`
    );
    await notifyAfter(outcome.command, startedAt, outcome, void 0, env, log, sourceArg);
    return 0;
  } catch (error) {
    const partial = error.result;
    if (json && partial !== void 0)
      process.stdout.write(`${JSON.stringify(redactor.redactDeep(partial), null, 2)}
`);
    const hint = error.hint;
    process.stderr.write(`error: ${redactor.redact(messageOf(error))}
`);
    if (hint) process.stderr.write(`hint: ${redactor.redact(hint)}
`);
    if (exitCodeOf(error) === 1 && error instanceof Error && error.stack)
      process.stderr.write(`${redactor.redact(error.stack)}
`);
    await notifyAfter(command, startedAt, void 0, error, env, log, sourceArg);
    return exitCodeOf(error);
  } finally {
    process.off("SIGINT", abort);
    process.off("SIGTERM", abort);
  }
}

// src/cli/entry.ts
process.exitCode = await main(process.argv.slice(2), process.env);
