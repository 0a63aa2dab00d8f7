import { rm } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { type CatalogEntry, readCatalog, writeJsonObject } from "../catalog/catalog.ts";
import { withReadingMark } from "../catalog/reading-mark.ts";
import { chooseBackup } from "../catalog/select.ts";
import type { Manifest } from "../catalog/manifest.ts";
import { type VerificationRecord, verificationName } from "../catalog/verification.ts";
import type { VerifyConfig, VerifyLevel } from "../config/inspect.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import { IntegrityError, isNotFound, messageOf, NotFoundError, UsageError } from "../errors.ts";
import type { DumpContents } from "../sources/postgres/facts.ts";
import { directorySink, plainSink, tocSink } from "../sources/postgres/inspect.ts";
import { findPgTool } from "../sources/postgres/pg-tools.ts";
import type { PayloadInspector } from "../sources/source.ts";
import { assertRowCounts, restoreSqlite, sqliteInspector } from "../sources/sqlite/source.ts";
import { createDigestStream } from "../stages/digest.ts";
import { makeScratchFolder } from "../stages/scratch.ts";
import { differencesError, type RestoreCheckOptions, restoreCheck } from "../verify/restore-check.ts";
import { supabaseRestoreCheck } from "../verify/supabase-restore-check.ts";
import { checkDigest, missingObject, verifiedCopy } from "../catalog/verified-copy.ts";
import { decodeError, decodeStages, readContents, withDecodedPayload } from "../stages/decode.ts";
import { openContext, type RunContext } from "../run-context.ts";

export interface VerifyOutcome {
  readonly id: string;
  readonly level: VerifyLevel;
  readonly ok: boolean;
  readonly checks: readonly string[];
  /** restore level: tables, sequences or large objects that differ from the dump. */
  readonly differences?: readonly string[];
  readonly error?: string;
  readonly hint?: string;
}

export interface VerifyHooks {
  /** restore level: runs between restore and comparison (tests alter the scratch copy with it). */
  readonly afterRestore?: RestoreCheckOptions["afterRestore"];
}

export async function runVerify(
  config: VerifyConfig,
  context: RunContext,
  hooks: VerifyHooks = {},
): Promise<VerifyOutcome[]> {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  const chosen =
    config.backup === "all"
      ? [...catalog.backups]
      : [
          chooseBackup(
            catalog,
            { backup: config.backup, at: config.at, source: config.sourceKey },
            destination.display,
          ),
        ];
  if (chosen.length === 0) {
    throw new NotFoundError(`no backups found in ${destination.display}`, { hint: "check the destination" });
  }
  chosen.push(...sampleOthers(catalog.backups, chosen, config.sample));
  refuseMissingKey(chosen, config);
  const outcomes: VerifyOutcome[] = [];
  for (const entry of chosen) {
    const level =
      config.level ??
      (entry.manifest.encryption.type === "none" || config.decryption.mode !== "none" ? "decode" : "digest");
    // A reading mark keeps a concurrent rotation from removing the backup while it is read.
    const outcome = await withReadingMark(destination, entry.manifest.id, context, () =>
      context.log.group(`Verify ${entry.manifest.id} (${level})`, () =>
        verifyOne(destination, entry, level, config, context, hooks),
      ),
    );
    if (!outcome) {
      context.log.warn(`${entry.manifest.id} was removed (by a rotation) before it could be read; skipped`);
      continue;
    }
    context.log.info(outcome.ok ? `  ok: ${outcome.checks.join("; ")}` : `  FAILED: ${outcome.error}`);
    if (config.record) await record(destination, outcome, context);
    outcomes.push(outcome);
  }
  if (outcomes.length === 0) throw new NotFoundError(`the backups chosen in ${destination.display} were removed`);
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) {
    const first = failed[0]!;
    throw Object.assign(
      new IntegrityError(
        failed.length === 1
          ? first.error!
          : `${failed.length} of ${outcomes.length} backups failed verification; first: ${first.error}`,
        { hint: first.hint ?? "use another backup, and find out what changed the stored object" },
      ),
      { result: outcomes },
    );
  }
  return outcomes;
}

/**
 * A missing key is the caller's mistake, not the backup's: refused (exit 2) before anything is
 * verified, so no failed verification is recorded against a good backup.
 */
function refuseMissingKey(chosen: readonly CatalogEntry[], config: VerifyConfig): void {
  if (config.decryption.mode !== "none" || (config.level !== "decode" && config.level !== "restore")) return;
  const encrypted = chosen.find((entry) => entry.manifest.encryption.type !== "none");
  if (!encrypted) return;
  throw new UsageError(`backup ${encrypted.manifest.id} is encrypted: --level ${config.level} needs its key`, {
    hint: "give --identity <file> or --passphrase-env <VAR>, or verify with --level digest",
  });
}

/** `--sample N`: N random older backups besides the chosen ones, spreading the cost over runs. */
function sampleOthers(all: readonly CatalogEntry[], chosen: readonly CatalogEntry[], count: number): CatalogEntry[] {
  const pool = all.filter((b) => !chosen.includes(b) && b.manifest.createdAt < (chosen[0]?.manifest.createdAt ?? ""));
  const picked: CatalogEntry[] = [];
  while (picked.length < count && pool.length) picked.push(...pool.splice(Math.floor(Math.random() * pool.length), 1));
  return picked;
}

/** Writes the result beside the backup: rotation counts verified backups, `list` shows them. */
async function record(destination: Destination, outcome: VerifyOutcome, context: RunContext): Promise<void> {
  const now = new Date();
  const value: VerificationRecord = {
    strongroomVerification: 1,
    id: outcome.id,
    level: outcome.level,
    verifiedAt: now.toISOString(),
    ok: outcome.ok,
    checks: outcome.checks,
    ...(outcome.error ? { error: outcome.error } : {}),
    ...(outcome.differences ? { differences: outcome.differences } : {}),
  };
  try {
    await writeJsonObject(destination, verificationName(outcome.id, now), value);
  } catch (error) {
    context.log.warn(
      `could not record the verification of ${outcome.id} in ${destination.display}: ${messageOf(error)}`,
    );
  }
}

async function verifyOne(
  destination: Destination,
  entry: CatalogEntry,
  level: VerifyLevel,
  config: VerifyConfig,
  context: RunContext,
  hooks: VerifyHooks,
): Promise<VerifyOutcome> {
  const { manifest } = entry;
  const checks: string[] = [];
  try {
    const info = await destination.stat(manifest.object).catch((error: unknown) => {
      throw isNotFound(error) ? missingObject(manifest, destination) : error;
    });
    if (info.size !== manifest.size) {
      throw new IntegrityError(
        `backup ${manifest.id}: the stored object has ${info.size} bytes, the manifest says ${manifest.size}`,
        {
          hint: "the object was truncated or replaced; use another backup",
        },
      );
    }
    checks.push(`object present, ${info.size} bytes`);
    if (level === "digest") {
      await checkDigest(destination, manifest, undefined, context.signal);
      checks.push("sha256 matches");
    } else if (level === "decode") {
      checks.push(...(await decodeCheck(destination, manifest, config, context)));
    } else if (level === "restore" && manifest.format === "sqlite") {
      checks.push(...(await sqliteRestoreCheck(destination, manifest, config, context)));
    } else if (level === "restore") {
      if (!config.restoreInto) {
        throw new UsageError(
          `--level restore of a ${manifest.format === "supabase" ? "Supabase" : "PostgreSQL"} backup needs --restore-into postgres://user:password@host:5432/postgres`,
          {
            hint: "a server where Strongroom may create, fill and drop a scratch database (in CI: a postgres service container; supabase/postgres for Supabase backups)",
          },
        );
      }
      const contents = (await readContents(manifest, config.decryption)) as DumpContents | undefined;
      const copy = await verifiedCopy(destination, manifest, context.signal);
      checks.push("sha256 matches");
      try {
        const check = manifest.format === "supabase" ? supabaseRestoreCheck : restoreCheck;
        const result = await check(
          copy,
          manifest,
          contents,
          {
            server: config.restoreInto!,
            decryption: config.decryption,
            pgBin: config.pgBin,
            afterRestore: hooks.afterRestore,
          },
          context,
        );
        checks.push(...result.checks.slice(0, result.differences.length ? 1 : undefined));
        if (result.differences.length) {
          const error = differencesError(manifest, result.differences);
          return {
            id: manifest.id,
            level,
            ok: false,
            checks,
            differences: result.differences,
            error: error.message,
            ...(error.hint ? { hint: error.hint } : {}),
          };
        }
      } finally {
        await copy.dispose();
      }
    }
    return { id: manifest.id, level, ok: true, checks };
  } catch (error) {
    // Only a verdict on the backup becomes a failed verification (and is recorded as one); a
    // cancelled run, a usage mistake or a storage/database outage keeps its own error and exit code.
    if (!(error instanceof IntegrityError)) throw error;
    const hint = error.hint;
    return {
      id: manifest.id,
      level,
      ok: false,
      checks,
      error: context.log.redactor.redact(messageOf(error)),
      ...(hint ? { hint } : {}),
    };
  }
}

/** One pass: sha256 of the stored bytes, authenticated decryption, decompression, dump inspection. */
async function decodeCheck(
  destination: Destination,
  manifest: Manifest,
  config: VerifyConfig,
  context: RunContext,
): Promise<string[]> {
  await readContents(manifest, config.decryption);
  const digest = createDigestStream();
  const source = await destination.get(manifest.object, { signal: context.signal });
  // The inspector (a child process, maybe a scratch folder) starts only once there is a stream to feed it.
  const inspector = await inspectorFor(manifest, config).catch((error: unknown) => {
    source.destroy();
    throw error;
  });
  let inspection: { detail: string };
  try {
    try {
      await pipeline([source, digest, ...decodeStages(manifest, config.decryption), inspector.sink], {
        signal: context.signal,
      });
    } catch (error) {
      // A decode failure on altered bytes is first of all a digest mismatch: say that.
      await checkDigest(destination, manifest, undefined, context.signal);
      throw decodeError(error, manifest);
    }
    const { sha256, size } = digest.result();
    if (sha256 !== manifest.sha256 || size !== manifest.size)
      await checkDigest(destination, manifest, undefined, context.signal);
    inspection = await inspector.result();
  } finally {
    await inspector.dispose?.();
  }
  return [
    "sha256 matches",
    manifest.encryption.type === "none" ? "not encrypted" : "decrypted and authenticated",
    manifest.compression.algorithm === "none" ? "not compressed" : `${manifest.compression.algorithm} stream intact`,
    inspection.detail,
  ];
}

/** SQLite at restore level: write the file to a scratch folder, open it, compare row counts, delete it. */
async function sqliteRestoreCheck(
  destination: Destination,
  manifest: Manifest,
  config: VerifyConfig,
  context: RunContext,
): Promise<string[]> {
  const contents = await readContents(manifest, config.decryption);
  const copy = await verifiedCopy(destination, manifest, context.signal);
  const dir = await makeScratchFolder("verify");
  try {
    const restored = await withDecodedPayload(copy, manifest, config.decryption, context.signal, (payload) =>
      restoreSqlite(payload, join(dir, "restored.sqlite"), { force: false, signal: context.signal }),
    );
    assertRowCounts(contents, restored.tables, manifest.id);
    const rows = restored.tables.reduce((sum, t) => sum + t.rows, 0);
    return [
      "sha256 matches",
      "restored to a scratch file that passes integrity_check",
      `${restored.tables.length} tables and ${rows} rows match the counts recorded at dump time`,
    ];
  } finally {
    await copy.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}

async function inspectorFor(manifest: Manifest, config: VerifyConfig): Promise<PayloadInspector> {
  if (manifest.format === "sqlite") return sqliteInspector(manifest, await readContents(manifest, config.decryption));
  if (manifest.format === "supabase")
    return (await import("../sources/supabase/index.ts")).supabaseInspector(
      manifest,
      await readContents(manifest, config.decryption),
      config.pgBin,
    );
  if (manifest.format === "custom") {
    const pgRestore = await findPgTool("pg_restore", manifest.postgres?.pgDumpMajor ?? 0, { binDir: config.pgBin });
    return tocSink(pgRestore.path, manifest.id);
  }
  if (manifest.format === "directory") {
    const pgRestore = await findPgTool("pg_restore", manifest.postgres?.pgDumpMajor ?? 0, { binDir: config.pgBin });
    return directorySink(pgRestore.path, manifest.id);
  }
  return plainSink(manifest.id);
}
