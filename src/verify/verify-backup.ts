import { rm } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { type CatalogEntry } from "../catalog/catalog.ts";
import type { Manifest } from "../catalog/manifest.ts";
import type { VerifyConfig, VerifyLevel } from "../config/inspect.ts";
import type { Destination } from "../destinations/destination.ts";
import { IntegrityError, isNotFound, messageOf, UsageError } from "../errors.ts";
import type { DumpContents } from "../sources/postgres/facts.ts";
import { directorySink, plainSink, tocSink } from "../sources/postgres/inspect.ts";
import { findPgTool } from "../sources/postgres/pg-tools.ts";
import type { PayloadInspector } from "../sources/source.ts";
import { assertRowCounts, restoreSqlite, sqliteInspector } from "../sources/sqlite/source.ts";
import { createDigestStream } from "../stages/digest.ts";
import { makeScratchFolder } from "../stages/scratch.ts";
import { differencesError, type RestoreCheckOptions, restoreCheck } from "./restore-check.ts";
import { supabaseRestoreCheck } from "./supabase-restore-check.ts";
import { checkDigest, missingObject, verifiedCopy } from "../catalog/verified-copy.ts";
import { decodeError, decodeStages, readContents, withDecodedPayload } from "../stages/decode.ts";
import type { RunContext } from "../run-context.ts";

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

/**
 * Graded verification of one backup (stat → digest → decode → restore): the checks, without the
 * command's choosing, sampling and recording.
 */
export async function verifyOne(
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
    checks.push(`object present, ${await storedSize(destination, manifest)} bytes`);
    if (level === "digest") {
      await checkDigest(destination, manifest, undefined, context.signal);
      checks.push("sha256 matches");
    } else if (level === "decode") {
      checks.push(...(await decodeCheck(destination, manifest, config, context)));
    } else if (level === "restore" && manifest.format === "sqlite") {
      checks.push(...(await sqliteRestoreCheck(destination, manifest, config, context)));
    } else if (level === "restore") {
      const differences = await databaseRestoreCheck(destination, manifest, config, context, hooks, checks);
      if (differences.length) {
        const error = differencesError(manifest, differences);
        return {
          id: manifest.id,
          level,
          ok: false,
          checks,
          differences,
          error: error.message,
          ...(error.hint ? { hint: error.hint } : {}),
        };
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

/** The stored object's size, which must be the manifest's. */
async function storedSize(destination: Destination, manifest: Manifest): Promise<number> {
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
  return info.size;
}

/**
 * restore level of a PostgreSQL or Supabase backup: a verified copy is restored into a scratch
 * database on --restore-into and compared with the dump's contents. Adds its checks to `checks`
 * as they pass; returns what differs.
 */
async function databaseRestoreCheck(
  destination: Destination,
  manifest: Manifest,
  config: VerifyConfig,
  context: RunContext,
  hooks: VerifyHooks,
  checks: string[],
): Promise<readonly string[]> {
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
        server: config.restoreInto,
        decryption: config.decryption,
        pgBin: config.pgBin,
        afterRestore: hooks.afterRestore,
      },
      context,
    );
    checks.push(...result.checks.slice(0, result.differences.length ? 1 : undefined));
    return result.differences;
  } finally {
    await copy.dispose();
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
