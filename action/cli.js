import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  useProxyFromEnv
} from "./chunks/chunk-6DW3ORF3.js";
import {
  ByteQueue,
  CHUNK_SIZE,
  COMMANDS,
  LocalFolder,
  MAX_HEADER_SIZE,
  PAYLOAD_NONCE_SIZE,
  PayloadOpener,
  SEALED_CHUNK_SIZE,
  VERSION,
  assertDigest,
  checkPrefix,
  chooseBackup,
  companionNames,
  createDigestStream,
  decodeError,
  decodeStages,
  decryptPlan,
  dispatch,
  encodeHeader,
  encryptPlan,
  encryptionSecrets,
  findHeaderEnd,
  formatIdentityFile,
  generateIdentity,
  headerError,
  isIdShaped,
  manifestName,
  missingObject,
  openContext,
  openDestination,
  parseHeader,
  parseRecipient,
  payloadKey,
  readCatalog,
  readContents,
  readDecryption,
  readSelector,
  sourceDisplay,
  unwrapScrypt,
  unwrapX25519,
  verifyMac,
  wrapX25519,
  writeJsonObject
} from "./chunks/chunk-RFH5ZLOK.js";
import {
  NOTIFY_INPUTS,
  notifyConfigFromEnv,
  notifySecrets
} from "./chunks/chunk-P576NIJE.js";
import {
  OptionReader,
  reportContextFromEnv,
  reportFromError,
  successReport,
  testReport
} from "./chunks/chunk-TIYZLAUU.js";
import "./chunks/chunk-EF2U5OZ6.js";
import "./chunks/chunk-3MRYKAAL.js";
import "./chunks/chunk-FD4C7ZQH.js";
import "./chunks/chunk-IQ5VW7YH.js";
import "./chunks/chunk-R7MMNWVF.js";
import "./chunks/chunk-IFWBUR3M.js";
import "./chunks/chunk-5FHIDL6W.js";
import {
  Redactor
} from "./chunks/chunk-VO6T7KNM.js";
import {
  formatBytes,
  formatMs,
  textTable
} from "./chunks/chunk-PVV747LZ.js";
import {
  CancelledError,
  IntegrityError,
  NotFoundError,
  UsageError,
  exitCodeOf,
  isNotFound,
  messageOf
} from "./chunks/chunk-SI3IGW5R.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/commands/keygen.ts
import { chmod, writeFile } from "node:fs/promises";
async function runKeygen(out) {
  const identity = generateIdentity();
  const text = formatIdentityFile(identity, /* @__PURE__ */ new Date());
  if (!out) return { recipient: identity.recipient, identityFile: text };
  try {
    await writeFile(out, text, { mode: 384, flag: "wx" });
    await chmod(out, 384);
  } catch (error) {
    const code2 = error.code;
    throw new UsageError(`cannot write the key to ${out}: ${code2 === "EEXIST" ? "the file exists" : code2}`, {
      hint: code2 === "EEXIST" ? "choose another path; Strongroom never overwrites a key" : "check the path and permissions"
    });
  }
  return { recipient: identity.recipient, file: out };
}

// src/logger.ts
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
    "include-migrations": { type: "boolean" },
    "retention-days": { type: "string" }
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
    repository: { type: "string" }
  },
  delete: {
    from: { type: "string" },
    backup: { type: "string" },
    yes: { type: "boolean", short: "y" },
    "dry-run": { type: "boolean" },
    force: { type: "boolean" },
    repository: { type: "string" }
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
    "storage-only": { type: "boolean" }
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
    repository: { type: "string" },
    "max-age": { type: "string" },
    "max-unverified-age": { type: "string" },
    "min-count": { type: "string" },
    "max-total-size": { type: "string" }
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
    repository: { type: "string" }
  },
  rekey: {
    from: { type: "string" },
    backup: { type: "string" },
    identity: { type: "string", multiple: true, short: "i" },
    "passphrase-env": { type: "string" },
    recipient: { type: "string", multiple: true, short: "r" },
    "dry-run": { type: "boolean" }
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
  for (const secret of notifySecrets(config)) log.redactor.add(secret);
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
      ...sourceUrl ? { source: sourceDisplay(sourceUrl, env) } : {},
      ...outcome?.report
    };
    const report = error === void 0 ? successReport(base) : reportFromError(base, error);
    const { notify } = await import("./chunks/notify-EVO63JCH.js");
    await notify(log.redactor.redactDeep(report), config, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
  } catch (failure) {
    log.warn(`notifications: ${messageOf(failure)}`);
  }
}
async function runNotifyTest(env, log) {
  const config = configFrom(env, log);
  const { notify } = await import("./chunks/notify-EVO63JCH.js");
  return notify(testReport({ env }), config, { info: (m) => log.info(m), warning: (m) => log.warn(m) });
}

// src/cli/render.ts
function renderBackup(result2) {
  const m = result2.manifest;
  const ratio = m.size > 0 ? (m.plainSize / m.size).toFixed(1) : "\u2013";
  return [
    `backup ${m.id}`,
    `  database     ${m.source.display}`,
    `  object       ${m.object}`,
    `  size         ${formatBytes(m.size)} stored, ${formatBytes(m.plainSize)} dumped (${ratio}:1)`,
    `  sha256       ${m.sha256}`,
    `  encryption   ${m.encryption.type === "none" ? "NONE" : `age (${m.encryption.mode})`}`,
    `  duration     ${formatMs(m.durationMs)}`,
    ...result2.destinations.map((d) => `  stored in    ${d.destination}${d.ok ? "" : ` \u2014 FAILED: ${d.error}`}`)
  ].join("\n");
}
function renderList(backups) {
  if (backups.length === 0) return "no backups";
  return textTable(
    ["ID", "CREATED (UTC)", "SIZE", "FORMAT", "COMPRESSION", "ENCRYPTION", "KEYS", "VERIFIED", "DATABASE"],
    backups.map((b) => [
      b.id,
      b.createdAt.replace("T", " ").replace(/\.\d+Z$/, ""),
      formatBytes(b.size) + (b.objectPresent ? "" : " (object missing!)"),
      b.format,
      b.compression,
      b.encryption,
      b.recipients.length ? b.recipients.map(shortRecipient).join(",") : "\u2013",
      b.verified ? `${b.verified} (${b.verifiedLevel}, ${b.verifiedAt?.slice(0, 10)})` : "never",
      b.database
    ])
  );
}
function shortRecipient(recipient) {
  return recipient.length > 20 ? `${recipient.slice(0, 10)}\u2026${recipient.slice(-6)}` : recipient;
}
function renderVerify(outcomes) {
  return outcomes.map(
    (o) => `${o.ok ? "ok    " : "FAILED"} ${o.id} (${o.level}): ${o.ok ? o.checks.join("; ") : `${o.error}${o.hint ? ` \u2014 ${o.hint}` : ""}`}`
  ).join("\n");
}
var ROWS_FROM = {
  "insert-counters": "the server's insert counters",
  "copy-tags": "the server's COPY tags",
  count: "counted after the restore"
};
function renderRestore(result2) {
  const rows = result2.tables.reduce((sum, t) => sum + t.rows, 0);
  const lines = [
    `restored ${result2.id} into ${result2.target}${result2.createdDatabase ? " (database created)" : ""} in ${formatMs(result2.durationMs)}`,
    result2.rowsChecked ? `  ${result2.tables.length} tables, ${rows} rows${result2.rowsFrom ? ` (${ROWS_FROM[result2.rowsFrom]})` : ""}` : "  rows not counted (--no-row-check): compare with the backup's counts by hand if in doubt"
  ];
  for (const m of result2.mismatches)
    lines.push(`  MISMATCH ${m.table}: ${m.restored} rows restored, ${m.expected} at dump time`);
  return lines.join("\n");
}
function renderRotate(result2) {
  const rows = result2.plan.map((p) => [
    p.createdAt.replace("T", " ").replace(/\.\d+Z$/, ""),
    p.id,
    p.keep ? "keep" : result2.dryRun ? "would remove" : "removed",
    p.reasons.join(", ")
  ]);
  const lines = [textTable(["CREATED (UTC)", "ID", "ACTION", "WHY"], rows)];
  lines.push(
    `${result2.kept} kept, ${result2.removed.length} ${result2.dryRun ? "to remove (dry run: nothing changed)" : "removed"}`
  );
  if (result2.orphans.length)
    lines.push(
      `${result2.orphans.length} orphaned objects ${result2.dryRun ? "would be" : ""} removed: ${result2.orphans.join(", ")}`
    );
  return lines.join("\n");
}
function renderCheck(result2) {
  const lines = [
    `${result2.ok ? "ok" : "FAILED"}: ${result2.destination}, ${result2.count} complete backups, ${formatBytes(result2.totalSize)}`
  ];
  if (result2.newest) lines.push(`  newest    ${result2.newest.id} (${formatMs(result2.newest.ageMs)} ago)`);
  if (result2.newestVerified)
    lines.push(`  verified  ${result2.newestVerified.id} (verified ${result2.newestVerified.verifiedAt})`);
  for (const problem of result2.problems) lines.push(`  problem   ${problem}`);
  return lines.join("\n");
}
function renderReport(result2) {
  const { data } = result2;
  return [
    `report: ${data.verdict} (written to ${result2.out})`,
    ...data.sources.map((s) => `  ${s.verdict.padEnd(8)} ${s.display}: ${s.summary}`),
    ...data.destinations.filter((d) => !d.readable).map((d) => `  unreadable ${d.destination}: ${d.error}`)
  ].join("\n");
}
function renderOutcome(command, result2) {
  switch (command) {
    case "backup":
      return renderBackup(result2);
    case "list":
      return renderList(result2);
    case "restore":
      return renderRestore(result2);
    case "verify":
      return renderVerify(result2);
    case "rotate":
      return renderRotate(result2);
    case "check":
      return renderCheck(result2);
    case "report":
      return renderReport(result2);
    default:
      return JSON.stringify(result2, null, 2);
  }
}
function jsonOf(command, result2) {
  if (command === "report") return result2.status;
  if (command !== "backup") return result2;
  const { manifest, destinations } = result2;
  const { sealedContents: _sealed, ...visible } = manifest;
  return { ...visible, destinations };
}

// src/crypto/age-rewrap.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
var NotEncryptedToKeyError = class extends IntegrityError {
};
async function openHeader(header, plan) {
  const scrypt = header.stanzas.filter((stanza) => stanza.type === "scrypt");
  if (scrypt.length > 0 && header.stanzas.length !== 1)
    throw headerError("an scrypt stanza must be the only stanza in the header");
  let fileKey = null;
  if (plan.kind === "x25519") fileKey = scrypt.length ? null : unwrapX25519(header.stanzas, plan.identities);
  else if (scrypt[0] !== void 0) fileKey = await unwrapScrypt(scrypt[0], plan.passphrase);
  if (fileKey === null) {
    throw new NotEncryptedToKeyError(
      plan.kind === "x25519" ? "not encrypted to the old identity: none of its recipient stanzas opens with the given key" : "not encrypted with the given passphrase",
      { hint: "give the identity (or passphrase) this backup was encrypted with, or leave it as it is" }
    );
  }
  verifyMac(fileKey, header);
  return fileKey;
}
function wrapForRecipients(fileKey, recipients) {
  const plan = encryptPlan({ recipients });
  if (plan.kind !== "x25519") throw new Error("unreachable: recipients give an X25519 plan");
  return encodeHeader(
    plan.recipients.map((recipient) => wrapX25519(fileKey, recipient)),
    fileKey
  );
}
function splitHeader(bytes, complete) {
  checkPrefix(bytes);
  const found = findHeaderEnd(bytes);
  if ("end" in found) return { header: parseHeader(bytes.subarray(0, found.end)), end: found.end };
  if (bytes.length > MAX_HEADER_SIZE) throw headerError(`no MAC line within the first ${MAX_HEADER_SIZE} bytes`);
  if (complete)
    throw new IntegrityError("age: the file ends inside its header: it is truncated", {
      hint: "the backup is damaged or truncated; try another copy"
    });
  return void 0;
}
async function rewrapBuffer(data, decrypt, recipients) {
  const { header, end } = splitHeader(data, true);
  const fileKey = await openHeader(header, decryptPlan(decrypt));
  return Buffer.concat([wrapForRecipients(fileKey, recipients), data.subarray(end)]);
}
function createRewrapStream(decrypt, recipients) {
  const plan = decryptPlan(decrypt);
  encryptPlan({ recipients });
  const hash = createHash("sha256");
  let head = [];
  let headLength = 0;
  let payloadSize = 0;
  let result2;
  let facts;
  const passOn = (stream2, bytes) => {
    if (bytes.length === 0) return;
    hash.update(bytes);
    payloadSize += bytes.length;
    stream2.push(bytes);
  };
  const stream = new Transform({
    transform(chunk, _encoding, callback) {
      if (head === void 0) {
        passOn(this, chunk);
        callback();
        return;
      }
      try {
        head.push(chunk);
        headLength += chunk.length;
        const seen = Buffer.concat(head, headLength);
        head = [seen];
        const split = splitHeader(seen, false);
        if (split === void 0) {
          callback();
          return;
        }
        head = void 0;
        openHeader(split.header, plan).then((fileKey) => {
          if (this.destroyed) return;
          result2 = { header: wrapForRecipients(fileKey, recipients), fileKey };
          this.push(result2.header);
          passOn(this, seen.subarray(split.end));
          callback();
        }, callback);
      } catch (error) {
        callback(error);
      }
    },
    flush(callback) {
      try {
        if (result2 === void 0) {
          if (head === void 0 || headLength === 0) throw new IntegrityError("age: the encrypted file is empty");
          splitHeader(Buffer.concat(head), true);
          throw headerError("missing MAC line");
        }
        facts = { ...result2, payloadSha256: hash.digest("hex"), payloadSize };
        callback();
      } catch (error) {
        callback(error);
      }
    }
  });
  stream.facts = () => {
    if (facts === void 0) throw new Error("re-wrap facts requested before the stream finished");
    return facts;
  };
  return stream;
}

// src/commands/rekey-steps.ts
import { pipeline } from "node:stream/promises";

// src/crypto/age-rewrap-check.ts
import { createHash as createHash2 } from "node:crypto";
function mismatch(problem) {
  return new IntegrityError(`the re-wrapped copy does not match what was written: ${problem}`, {
    hint: "the old object and manifest were left as they were; run rekey again"
  });
}
async function checkRewrapped(source, facts) {
  const whole = createHash2("sha256");
  const payloadHash = createHash2("sha256");
  const queue = new ByteQueue();
  const scratch = Buffer.allocUnsafe(CHUNK_SIZE);
  let size = 0;
  let head = Buffer.alloc(0);
  let opener;
  let payloadSize = 0;
  const openWhole = (final) => {
    if (opener === void 0) {
      if (queue.length < PAYLOAD_NONCE_SIZE) return;
      opener = new PayloadOpener(payloadKey(facts.fileKey, Buffer.from(queue.read(PAYLOAD_NONCE_SIZE))));
    }
    while (queue.length > SEALED_CHUNK_SIZE) opener.open(queue.read(SEALED_CHUNK_SIZE), false, scratch, 0);
    if (final) opener.open(queue.read(queue.length), true, scratch, 0);
  };
  for await (const chunk of source) {
    whole.update(chunk);
    size += chunk.length;
    if (head !== void 0) {
      head = Buffer.concat([head, chunk]);
      const found = findHeaderEnd(head);
      if (!("end" in found)) {
        if (head.length > MAX_HEADER_SIZE) throw mismatch("no header end");
        continue;
      }
      const header = head.subarray(0, found.end);
      if (!header.equals(facts.header)) throw mismatch("the header differs from the one generated");
      verifyMac(facts.fileKey, parseHeader(header));
      const rest = head.subarray(found.end);
      head = void 0;
      payloadHash.update(rest);
      payloadSize += rest.length;
      queue.push(rest);
    } else {
      payloadHash.update(chunk);
      payloadSize += chunk.length;
      queue.push(chunk);
    }
    openWhole(false);
  }
  if (head !== void 0) throw mismatch("the header is incomplete");
  if (opener === void 0 && queue.length < PAYLOAD_NONCE_SIZE) throw mismatch("the payload nonce is missing");
  openWhole(true);
  if (payloadSize !== facts.payloadSize || payloadHash.digest("hex") !== facts.payloadSha256)
    throw mismatch("the payload differs from the original's");
  return { sha256: whole.digest("hex"), size };
}

// src/commands/rekey-steps.ts
function decryptOptionsOf(key) {
  return key.mode === "identities" ? { identities: key.identities } : { passphrase: key.passphrase };
}
var REKEY_MARK = /^\.rekey-\d{8}T\d{9}Z/;
function rekeyedObjectName(manifest, at) {
  const prefix = `${manifest.id}.`;
  if (!manifest.object.startsWith(prefix)) throw new Error(`${manifest.object} does not start with ${prefix}`);
  const rest = manifest.object.slice(manifest.id.length).replace(REKEY_MARK, "");
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(".", "");
  return `${manifest.id}.rekey-${stamp}${rest}`;
}
async function probeOldKey(destination, manifest, key, signal) {
  const stream = await destination.get(manifest.object, { signal });
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of stream) {
      head = Buffer.concat([head, chunk]);
      checkPrefix(head);
      const found = findHeaderEnd(head);
      if ("end" in found) {
        await openHeader(parseHeader(head.subarray(0, found.end)), decryptPlan(decryptOptionsOf(key)));
        return;
      }
      if (head.length > MAX_HEADER_SIZE) break;
    }
  } finally {
    stream.destroy();
  }
  throw new IntegrityError(`${manifest.object}: the age header is incomplete or too long`);
}
async function writeRekeyedCopy(destination, manifest, name, key, recipients, signal) {
  const rewrap = createRewrapStream(decryptOptionsOf(key), recipients);
  const oldDigest = createDigestStream();
  const source = await destination.get(manifest.object, { signal });
  await Promise.all([
    pipeline([source, oldDigest, rewrap], { signal }),
    destination.put(name, rewrap, { signal }).catch((error) => {
      rewrap.destroy(error);
      throw error;
    })
  ]);
  const old = oldDigest.result();
  if (old.sha256 !== manifest.sha256 || old.size !== manifest.size) {
    await removeIfPresent(destination, name);
    throw new IntegrityError(
      `${manifest.object} does not match its manifest (sha256 or size differ): it was left as it is, nothing re-keyed`,
      { hint: "run `strongroom verify --level digest` on this backup; restore it from another copy" }
    );
  }
  return { name, facts: rewrap.facts() };
}
async function checkStoredCopy(destination, copy, signal) {
  const stream = await destination.get(copy.name, { signal });
  try {
    const stored = await checkRewrapped(stream, copy.facts);
    const expected = copy.facts.header.length + copy.facts.payloadSize;
    if (stored.size !== expected) throw new IntegrityError(`${copy.name} holds ${stored.size} bytes, not ${expected}`);
    return stored;
  } finally {
    stream.destroy();
  }
}
async function rekeyedManifest(manifest, copy, key, recipients) {
  const sealed = manifest.sealedContents === void 0 ? {} : {
    sealedContents: (await rewrapBuffer(Buffer.from(manifest.sealedContents, "base64"), decryptOptionsOf(key), recipients)).toString("base64")
  };
  return {
    ...manifest,
    object: copy.name,
    size: copy.size,
    sha256: copy.sha256,
    encryption: { type: "age", mode: "recipients", recipients: [...recipients] },
    ...sealed
  };
}
async function switchManifest(destination, manifest) {
  await writeJsonObject(destination, manifestName(manifest.id), manifest);
}
async function removeIfPresent(destination, name) {
  try {
    await destination.remove(name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

// src/commands/rekey.ts
async function runRekey(config, context, opened) {
  const destination = opened ?? await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  for (const bad of catalog.unreadable)
    context.log.warn(`${destination.display}: ${bad.name} is damaged and was left alone: ${bad.reason}`);
  const chosen = config.backup === "all" ? catalog.backups : catalog.backups.filter((b) => b.manifest.id === config.backup);
  if (config.backup !== "all" && chosen.length === 0)
    throw new NotFoundError(`backup '${config.backup}' not found in ${destination.display}`, {
      hint: "give the exact id from `strongroom list --from \u2026`, or --backup all"
    });
  const backups = [];
  for (const entry of chosen) {
    context.signal.throwIfAborted();
    const outcome = await rekeyOne(destination, entry, config, context);
    const said = outcome.reason ? `: ${outcome.reason}` : "";
    (outcome.status === "failed" ? context.log.warn : context.log.info).call(
      context.log,
      `${outcome.status} ${outcome.id}${said}`
    );
    backups.push(outcome);
  }
  const result2 = {
    destination: destination.display,
    dryRun: config.dryRun,
    recipients: config.recipients,
    backups
  };
  const failed = backups.filter((b) => b.status === "failed");
  if (failed.length > 0) {
    throw Object.assign(
      new IntegrityError(`${failed.length} of ${backups.length} backups could not be re-keyed: ${failed[0].reason}`, {
        hint: "they still decrypt with the old key (their manifests were not switched); fix the cause and run rekey again"
      }),
      { result: result2 }
    );
  }
  return result2;
}
function skipReason(entry, recipients) {
  const { manifest } = entry;
  if (manifest.encryption.type !== "age") return "not encrypted: there is no key to replace";
  if (!manifest.object.startsWith(`${manifest.id}.`))
    return `its manifest names an object it does not own (${manifest.object})`;
  if (entry.object === void 0) return `its data object ${manifest.object} is missing`;
  const current = manifest.encryption.mode === "recipients" ? manifest.encryption.recipients : [];
  if (current.length === recipients.length && recipients.every((r) => current.includes(r)))
    return "already encrypted to exactly these recipients";
  return void 0;
}
async function rekeyOne(destination, entry, config, context) {
  const { manifest } = entry;
  const base = { id: manifest.id, oldObject: manifest.object };
  const skip = skipReason(entry, config.recipients);
  if (skip) return { ...base, status: "skipped", reason: skip };
  const { signal } = context;
  try {
    await probeOldKey(destination, manifest, config.decryption, signal);
  } catch (error) {
    if (error instanceof NotEncryptedToKeyError) return { ...base, status: "skipped", reason: error.message };
    return { ...base, status: "failed", reason: messageOf(error) };
  }
  if (config.dryRun) return { ...base, status: "would-rekey" };
  const name = rekeyedObjectName(manifest, /* @__PURE__ */ new Date());
  let switching = false;
  try {
    const copy = await writeRekeyedCopy(destination, manifest, name, config.decryption, config.recipients, signal);
    const stored = await checkStoredCopy(destination, copy, signal);
    const next = await rekeyedManifest(manifest, { name, ...stored }, config.decryption, config.recipients);
    switching = true;
    await switchManifest(destination, next);
  } catch (error) {
    if (!switching) await removeIfPresent(destination, name).catch(() => void 0);
    if (signal.aborted) throw error;
    const kept = switching ? ` (both ${manifest.object} and ${name} were kept; rotation removes the one not named)` : "";
    return { ...base, status: "failed", reason: `${messageOf(error)}${kept}` };
  }
  const present = await destination.stat(name).then(
    () => true,
    (error) => !isNotFound(error)
  );
  if (!present) {
    await switchManifest(destination, manifest);
    return {
      ...base,
      status: "failed",
      reason: `${name} vanished after the switch: the manifest names ${manifest.object} again`
    };
  }
  try {
    await removeIfPresent(destination, manifest.object);
    return { ...base, status: "rekeyed", object: name };
  } catch (error) {
    context.log.warn(
      `${manifest.id} is re-keyed, but its old object ${manifest.object} could not be removed (${messageOf(error)}); the next rotation removes it after the grace period`
    );
    return { ...base, status: "rekeyed", object: name, leftover: manifest.object };
  }
}

// src/config/rekey.ts
function parseRekeyConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backups");
  if (/^artifact:/i.test(from))
    reader.problems.push(
      "rekey cannot rewrite GitHub artifacts: only the workflow run that made an artifact can write it; copy the backups to another destination with `strongroom get`, or let them expire"
    );
  const backup = reader.string("backup") ?? "all";
  if (backup !== "all" && !/^[A-Za-z0-9_-]+$/.test(backup))
    reader.problems.push(`--backup must be one backup's exact id or 'all', not '${backup}'`);
  if (backup === "latest") reader.problems.push("--backup must be one backup's exact id or 'all', not 'latest'");
  const decryption = readDecryption(reader);
  if (decryption.mode === "none")
    reader.problems.push(
      "--identity <old key file> (or --passphrase-env VAR for passphrase backups) is required: the key the backups are encrypted with now"
    );
  const recipients = reader.list("recipient");
  if (recipients.length === 0)
    reader.problems.push("--recipient age1\u2026 is required: the new public key(s) to encrypt the backups to");
  for (const recipient of recipients) {
    try {
      parseRecipient(recipient);
    } catch (error) {
      reader.problems.push(error.message);
    }
  }
  const dryRun = reader.boolean("dry-run");
  reader.finish();
  return Object.freeze({
    from,
    backup,
    decryption,
    recipients: Object.freeze([...new Set(recipients)]),
    dryRun
  });
}

// src/cli/rekey.ts
async function rekeyCommand(options, context, json, stdout2) {
  const config = parseRekeyConfig(options, context.env);
  for (const secret of encryptionSecrets(config.decryption)) context.log.redactor.add(secret);
  const result2 = await runRekey(config, context);
  stdout2.write(`${json ? JSON.stringify(result2, null, 2) : renderRekey(result2)}
`);
}
function renderRekey(result2) {
  const lines = result2.backups.map((b) => {
    const status = b.status.padEnd(11);
    if (b.status === "rekeyed") return `${status} ${b.id}: ${b.oldObject} \u2192 ${b.object}`;
    return `${status} ${b.id}${b.reason ? `: ${b.reason}` : ""}`;
  });
  const count = (status) => result2.backups.filter((b) => b.status === status).length;
  lines.push(
    result2.dryRun ? `${count("would-rekey")} would be re-keyed for ${result2.recipients.join(", ")}, ${count("skipped")} skipped (dry run: nothing changed)` : `${count("rekeyed")} re-keyed for ${result2.recipients.join(", ")}, ${count("skipped")} skipped, ${count("failed")} failed`
  );
  return lines.join("\n");
}

// src/cli/signals.ts
function cancelOnSignals(log) {
  const controller = new AbortController();
  let warned = false;
  const abort = (name) => {
    if (!controller.signal.aborted) controller.abort(new CancelledError(`cancelled (${name})`));
    else if (!warned) {
      warned = true;
      log.warn(`received ${name} again: still removing what the cancelled run left`);
    }
  };
  process.on("SIGINT", abort);
  process.on("SIGTERM", abort);
  return controller.signal;
}

// src/cli/single-backup.ts
import { createInterface } from "node:readline/promises";

// src/commands/delete.ts
async function runDelete(config, context, confirm) {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  const entry = catalog.backups.find((b) => b.manifest.id === config.backup);
  if (!entry) {
    throw new NotFoundError(`backup '${config.backup}' not found in ${destination.display}`, {
      hint: "give the exact id as `strongroom list --from \u2026` shows it"
    });
  }
  const { manifest } = entry;
  if (!config.force) refuseProtected(entry, catalog.backups);
  const sharedObject = catalog.backups.some((b) => b !== entry && b.manifest.object === manifest.object);
  const companions = companionNames(
    manifest.id,
    catalog.objects.map((o) => o.name)
  );
  const names = [companions[0], ...sharedObject ? [] : [manifest.object], ...companions.slice(1)];
  if (sharedObject) context.log.warn(`${manifest.object} is also named by another backup's manifest: it is kept`);
  const base = { id: manifest.id, source: manifest.source.display, createdAt: manifest.createdAt };
  if (config.dryRun) return { ...base, dryRun: true, removed: names };
  if (!config.yes) {
    if (!confirm) {
      throw new UsageError(`refusing to delete ${manifest.id} without --yes (stdin is not a terminal)`, {
        hint: "check the id with `strongroom list`, then pass --yes (or --dry-run to see what would go)"
      });
    }
    const question = `Delete backup ${manifest.id} of ${manifest.source.display} taken ${manifest.createdAt} (${names.length} objects in ${destination.display})? [y/N] `;
    if (!await confirm(question)) throw new UsageError(`not deleted: ${manifest.id} was kept`);
  }
  const removed = [];
  for (const name of names) {
    context.signal.throwIfAborted();
    try {
      await destination.remove(name);
      removed.push(name);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  context.log.info(`deleted ${manifest.id} from ${destination.display} (${removed.length} objects)`);
  return { ...base, dryRun: false, removed };
}
function refuseProtected(entry, backups) {
  const key = entry.manifest.source.key;
  const time = (e) => Date.parse(e.manifest.createdAt);
  const ofSource = backups.filter((b) => b.manifest.source.key === key).sort((a, b) => time(b) - time(a));
  const newest = ofSource.find((b) => b.object?.size === b.manifest.size);
  const newestVerified = ofSource.find((b) => b.verification?.ok === true);
  const rule = newest === entry ? "it is the newest complete backup of its source" : newestVerified === entry ? "it is the newest verified backup of its source" : void 0;
  if (rule) {
    throw new UsageError(`refusing to delete ${entry.manifest.id}: ${rule} (${entry.manifest.source.display})`, {
      hint: `pass --force to delete it anyway; ${manifestName(entry.manifest.id)} and its data would be gone`
    });
  }
}

// src/commands/get.ts
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod as chmod2, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
function plainName(manifest) {
  return manifest.object.replace(/\.age$/, "").replace(/\.(zst|gz)$/, "");
}
async function runGet(config, context, stdout2) {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  for (const bad of catalog.unreadable) context.log.warn(`${destination.display}: skipped ${bad.name}: ${bad.reason}`);
  const { manifest } = chooseBackup(catalog, config.selector, destination.display);
  if (config.decrypt) {
    if (manifest.encryption.type !== "none" && config.decryption.mode === "none") {
      throw new UsageError(
        `backup ${manifest.id} is encrypted: --decrypt needs --identity <file> or --passphrase-env <VAR>`
      );
    }
    await readContents(manifest, config.decryption);
  }
  const fileName = config.decrypt ? plainName(manifest) : manifest.object;
  const path = config.out === "-" ? "-" : await outputPath(config.out, fileName, config.force);
  const partial = path === "-" ? void 0 : join(dirname(path), `.${basename(path)}.partial-${randomBytes(4).toString("hex")}`);
  const digest = createDigestStream();
  let bytes = 0;
  const counter = async function* (source) {
    for await (const chunk of source) {
      bytes += chunk.length;
      yield chunk;
    }
  };
  try {
    let source;
    try {
      source = await destination.get(manifest.object, { signal: context.signal });
    } catch (error) {
      throw isNotFound(error) ? missingObject(manifest, destination, error) : error;
    }
    const sink = partial ? createWriteStream(partial, { flags: "wx", mode: 384, highWaterMark: 1 << 20 }) : stdout2;
    const stages = config.decrypt ? decodeStages(manifest, config.decryption) : [];
    await context.log.group(
      `Get ${manifest.id} (${manifest.size} bytes) from ${destination.display}`,
      () => pipeline2(
        [source, digest, ...stages, counter, sink],
        {
          signal: context.signal,
          end: partial !== void 0
        }
      ).catch((error) => {
        throw decodeError(error, manifest);
      })
    );
    assertDigest(manifest, digest.result());
    if (!partial) return result(manifest, "-", null, bytes, config.decrypt);
    await chmod2(partial, 384);
    await rename(partial, path);
    const folder = new LocalFolder(dirname(path));
    await writeJsonObject(folder, manifestName(manifest.id), manifest);
    return result(manifest, path, join(dirname(path), manifestName(manifest.id)), bytes, config.decrypt);
  } finally {
    if (partial) await rm(partial, { force: true });
  }
}
async function outputPath(out, fileName, force) {
  const given = resolve(out);
  const existing = await stat(given).catch(() => void 0);
  const path = existing?.isDirectory() ? join(given, fileName) : given;
  const target = path === given ? existing : await stat(path).catch(() => void 0);
  if (target && !force) {
    throw new UsageError(`${path} already exists; nothing was written`, {
      hint: "choose another --out, or pass --force to replace it"
    });
  }
  if (target?.isDirectory()) throw new UsageError(`${path} is a folder`);
  return path;
}
function result(manifest, out, manifestFile, bytes, decrypted) {
  return {
    id: manifest.id,
    source: manifest.source.display,
    createdAt: manifest.createdAt,
    out,
    manifestFile,
    bytes,
    decrypted
  };
}

// src/config/delete.ts
function parseDeleteConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backup");
  const backup = reader.required("backup", "the id of the backup to delete (see `strongroom list`)");
  if (backup === "latest" || backup === "all")
    reader.problems.push(`--backup must be one backup's exact id, not '${backup}'`);
  else if (backup && !isIdShaped(backup))
    reader.problems.push(`'${backup}' is not a backup id: ids hold only letters, digits, '-' and '_'`);
  const yes = reader.boolean("yes");
  const dryRun = reader.boolean("dry-run");
  const force = reader.boolean("force");
  reader.finish();
  return Object.freeze({ from, backup, yes, dryRun, force });
}

// src/config/get.ts
function parseGetConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backup");
  const selector = readSelector(reader);
  const out = reader.required("out", "where to write the backup (a file, a folder, or - for stdout)");
  const decrypt = reader.boolean("decrypt");
  const decryption = readDecryption(reader);
  const force = reader.boolean("force");
  if (!decrypt && decryption.mode !== "none")
    reader.problems.push("--identity/--passphrase-env are only used with --decrypt");
  reader.finish();
  return Object.freeze({ from, selector, out, decrypt, decryption, force });
}

// src/cli/single-backup.ts
async function getCommand(options, context, json, stdout2) {
  const config = parseGetConfig(options, context.env);
  for (const secret of encryptionSecrets(config.decryption)) context.log.redactor.add(secret);
  const result2 = await runGet(config, context, stdout2);
  const text = json ? JSON.stringify(result2, null, 2) : `${result2.out === "-" ? "wrote" : "saved"} ${result2.id} (${result2.source}, ${result2.createdAt}): ${result2.bytes} bytes${result2.decrypted ? " decrypted" : ""} \u2192 ${result2.out}${result2.manifestFile ? `
manifest \u2192 ${result2.manifestFile}` : ""}`;
  (result2.out === "-" ? process.stderr : stdout2).write(`${text}
`);
}
async function deleteCommand(options, context, json, stdout2) {
  const config = parseDeleteConfig(options, context.env);
  const result2 = await runDelete(config, context, process.stdin.isTTY ? askOnTerminal : void 0);
  stdout2.write(
    `${json ? JSON.stringify(result2, null, 2) : `${result2.dryRun ? "would delete" : "deleted"} ${result2.id} (${result2.source}, ${result2.createdAt}):
${result2.removed.map((n) => `  ${n}`).join("\n")}`}
`
  );
}
var askOnTerminal = async (question) => {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
};

// src/cli/usage.ts
var USAGE = `strongroom \u2014 encrypted, verified database backups

  strongroom backup  --source <postgres url>|sqlite:<path>|supabase[:<postgres url>] --to <destination> [--to \u2026]
                     (--recipient <age1\u2026> \u2026 | --passphrase-env <VAR> | --no-encryption)
                     [--compression zstd|gzip|none] [--level N] [--format custom|plain|directory]
                     [--row-counts exact|estimate] [--jobs N] [--pg-bin <dir>] [--json]
                     sqlite: [--vacuum]   supabase: [--supabase-url <url>] [--service-role-key-env <VAR>]
                     [--buckets a,b] [--include-migrations]   artifact: [--retention-days N]
  strongroom list    --from <destination> [--source <key>] [--json]
  strongroom get     --from <destination> [--backup <id>|latest] [--at <time>] [--source <key>] --out <file>|<folder>|-
                     [--decrypt (--identity <file> | --passphrase-env <VAR>)] [--force] [--json]
  strongroom delete  --from <destination> --backup <id> [--yes] [--dry-run] [--force] [--json]
  strongroom restore --from <destination> [--backup <id>|latest] [--at <time>] [--source <key>] --to <postgres url>|<sqlite file>
                     (--identity <file> | --passphrase-env <VAR>) [--clean] [--force] [--no-owner]
                     [--jobs N] [--no-row-check] [--json]   supabase: [--supabase-url <url>] [--service-role-key-env <VAR>]
                     [--skip-storage | --storage-only]
  strongroom verify  --from <destination> [--backup <id>|latest|all] [--at <time>] [--source <key>] [--level stat|digest|decode|restore]
                     [--identity <file> | --passphrase-env <VAR>] [--restore-into <postgres url>]
                     [--sample N] [--no-record] [--json]
  strongroom rotate  --from <destination> [--keep-last N] [--keep-hourly N] [--keep-daily N]
                     [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--keep-within 30d]
                     [--timezone Europe/Berlin] [--period-representative newest|oldest]
                     [--count-verified-only] [--grace-period 1d] [--dry-run] [--json]
  strongroom check   --from <destination> [--max-age 26h] [--max-unverified-age 8d]
                     [--min-count N] [--max-total-size 10GB] [--json]
  strongroom report  --from <destination> [--from \u2026] --out <folder> [--max-age 26h] [--keep-daily N \u2026]
                     [--timezone Europe/Berlin] [--json]   (index.html, badge.svg, status.json)
  strongroom rekey   --from <destination> (--identity <old key file> | --passphrase-env <VAR>)
                     --recipient <new age1\u2026> [--recipient \u2026] [--backup <id>|all] [--dry-run] [--json]
  strongroom notify  --test
  strongroom keygen  [--out <file>]

DATABASE_URL is the default --source. Destinations: a folder path, file:<path>, s3://bucket/prefix,
supabase://bucket/prefix, gdrive://<folder id>, artifact:[prefix] (written inside GitHub Actions; read anywhere with
GITHUB_REPOSITORY or --repository owner/name and GITHUB_TOKEN or GH_TOKEN). --at takes an ISO 8601
time with a zone (2026-11-20T09:00Z) or a date (the end of that day, UTC). Notifications: STRONGROOM_SMTP_URL, STRONGROOM_MAIL_FROM,
STRONGROOM_MAIL_TO, STRONGROOM_NOTIFY_ON, STRONGROOM_WEBHOOK_URL, STRONGROOM_WEBHOOK_SECRET.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 source/database, 4 destination, 5 integrity
(digest, decryption, dump), 6 partial (some destinations failed), 7 check failed, 130 cancelled.
`;

// src/cli/main.ts
async function main(argv, env, stdout2) {
  const redactor = new Redactor();
  redactor.add(env.PGPASSWORD);
  const log = new ConsoleLogger(redactor);
  const signal = cancelOnSignals(log);
  let json = false;
  const startedAt = /* @__PURE__ */ new Date();
  let command = "";
  let sourceArg;
  try {
    const parsed = parseCommandLine(argv);
    json = parsed.json;
    command = parsed.command;
    sourceArg = typeof parsed.options.source === "string" ? parsed.options.source : void 0;
    const repository = typeof parsed.options.repository === "string" ? parsed.options.repository : void 0;
    const context = {
      log,
      env: repository ? { ...env, GITHUB_REPOSITORY: repository } : env,
      signal
    };
    const handled = await runStandalone(parsed, context, stdout2);
    if (handled !== void 0) return handled;
    const outcome = await dispatch(command, parsed.options, context);
    const result2 = redactor.redactDeep(outcome.result);
    stdout2.write(
      `${json ? JSON.stringify(jsonOf(outcome.command, result2), null, 2) : renderOutcome(outcome.command, result2)}
`
    );
    await notifyAfter(outcome.command, startedAt, outcome, void 0, env, log, sourceArg);
    return 0;
  } catch (caught) {
    const error = signal.aborted ? signal.reason : caught;
    const partial = error.result;
    if (json && partial !== void 0) stdout2.write(`${JSON.stringify(redactor.redactDeep(partial), null, 2)}
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
  }
}
async function runStandalone(parsed, context, stdout2) {
  const { command, options, json } = parsed;
  if (parsed.help || command === "help") {
    stdout2.write(USAGE);
    return 0;
  }
  switch (command) {
    case "version":
      stdout2.write(`${VERSION}
`);
      return 0;
    case "keygen":
      await keygenCommand(typeof options.out === "string" ? options.out : void 0, json, stdout2);
      return 0;
    case "get":
    case "delete":
      await (command === "get" ? getCommand : deleteCommand)(options, context, json, stdout2);
      return 0;
    case "rekey":
      await rekeyCommand(options, context, json, stdout2);
      return 0;
    case "notify": {
      if (!options.test)
        throw new UsageError("notify needs --test (it sends a test message through every configured channel)");
      const results = await runNotifyTest(context.env, context.log);
      stdout2.write(
        `${json ? JSON.stringify(results, null, 2) : results.map((r) => `${r.status.padEnd(7)} ${r.channel} ${r.target}${r.detail ? ` \u2014 ${r.detail}` : ""}`).join("\n")}
`
      );
      return results.some((r) => r.status === "failed") ? 1 : 0;
    }
    default:
      return void 0;
  }
}
async function keygenCommand(out, json, stdout2) {
  const result2 = await runKeygen(out);
  if (result2.identityFile) {
    stdout2.write(result2.identityFile);
    return;
  }
  process.stderr.write(`Secret key written to ${result2.file} (keep it safe, off the machine that runs backups).
`);
  stdout2.write(
    json ? `${JSON.stringify({ recipient: result2.recipient, file: result2.file })}
` : `${result2.recipient}
`
  );
}

// src/cli/stdout.ts
function claimStdout() {
  const stdout2 = process.stdout;
  Object.defineProperty(process, "stdout", { configurable: true, enumerable: true, get: () => process.stderr });
  return stdout2;
}

// src/cli/entry.ts
var stdout = claimStdout();
var code = await useProxyFromEnv(process.env).then(
  () => main(process.argv.slice(2), process.env, stdout),
  (error) => {
    process.stderr.write(`error: ${messageOf(error)}
`);
    return exitCodeOf(error);
  }
);
process.exit(code);
