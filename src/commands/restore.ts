import { pipeline } from "node:stream/promises";
import { readCatalog, selectBackup } from "../catalog/catalog.ts";
import type { Manifest } from "../catalog/manifest.ts";
import type { RestoreConfig } from "../config/restore.ts";
import { openDestination } from "../destinations/open.ts";
import { SourceError, UsageError } from "../errors.ts";
import { libpqEnv, type PostgresTarget } from "../sources/postgres/connection.ts";
import type { DumpContents } from "../sources/postgres/facts.ts";
import { findPgTool } from "../sources/postgres/pg-tools.ts";
import { openTarget, type RestoredTable, tableRowCounts, userRelationCount } from "../sources/postgres/target.ts";
import { spawnStage } from "../stages/child-process.ts";
import { decodeError, decodeStages, readContents, verifiedCopy } from "./backup-reader.ts";
import { addSecretTo, type RunContext } from "./context.ts";

export interface RestoreResult {
  readonly id: string;
  readonly target: string;
  readonly createdDatabase: boolean;
  readonly tables: readonly RestoredTable[];
  /** Tables whose restored row count differs from the count recorded at dump time. */
  readonly mismatches: readonly { table: string; expected: number; restored: number }[];
  readonly durationMs: number;
}

/**
 * Checks the object's digest and the key before touching the target, refuses a target that
 * already holds data unless told otherwise, then streams decrypt → decompress → pg_restore/psql.
 */
export async function runRestore(config: RestoreConfig, context: RunContext): Promise<RestoreResult> {
  const started = Date.now();
  const destination = await openDestination(config.from, { env: context.env, addSecret: addSecretTo(context) });
  const entry = selectBackup(await readCatalog(destination), config.backup, destination.display);
  const manifest = entry.manifest;
  if (manifest.format === "plain" && config.clean) {
    throw new UsageError("--clean works with custom-format backups only; this one is plain SQL", {
      hint: "restore into an empty database, or use --force to apply it on top of what is there",
    });
  }
  const contents = (await readContents(manifest, config.decryption)) as DumpContents | undefined;
  const tool = await findTool(manifest, config);
  const copy = await context.log.group(`Check ${manifest.id} (${manifest.size} bytes)`, () =>
    verifiedCopy(destination, manifest, context.signal),
  );
  try {
    const { client, created } = await openTarget(config.target);
    try {
      const existing = await userRelationCount(client);
      if (existing > 0 && !config.clean && !config.force) {
        throw new UsageError(`the target database '${config.target.database}' already holds ${existing} relations; nothing was restored`, {
          hint: "restore into a new or empty database, or pass --clean (drop and recreate the backup's objects) or --force (restore on top)",
        });
      }
      await context.log.group(`Restore into ${config.target.display}`, async () => {
        const stage = spawnStage(tool, restoreArgs(manifest, config, config.target), {
          env: libpqEnv(config.target),
          stdin: "pipe",
          stdout: "ignore",
          signal: context.signal,
          makeError: (detail) =>
            new SourceError(`restore into ${config.target.display} failed: ${context.log.redactor.redact(detail)}`, {
              hint: "nothing was committed (the restore runs in one transaction); fix the cause above and run it again",
            }),
        });
        try {
          await pipeline([copy.open(), ...decodeStages(manifest, config.decryption), stage.child.stdin!], { signal: context.signal });
        } catch (error) {
          stage.child.kill();
          await stage.exited.catch(() => {});
          throw decodeError(error, manifest);
        }
        await stage.exited;
      });
      const tables = await tableRowCounts(client);
      return {
        id: manifest.id,
        target: config.target.display,
        createdDatabase: created,
        tables,
        mismatches: compareCounts(contents, tables),
        durationMs: Date.now() - started,
      };
    } finally {
      await client.end().catch(() => {});
    }
  } finally {
    await copy.dispose();
  }
}

async function findTool(manifest: Manifest, config: RestoreConfig): Promise<string> {
  if (manifest.format === "custom") {
    return (await findPgTool("pg_restore", manifest.postgres?.pgDumpMajor ?? 0, { binDir: config.pgBin })).path;
  }
  return (await findPgTool("psql", 0, { binDir: config.pgBin })).path;
}

function restoreArgs(manifest: Manifest, config: RestoreConfig, target: PostgresTarget): string[] {
  if (manifest.format === "custom") {
    const args = [`--dbname=${target.urlWithoutPassword}`, "--no-password", "--exit-on-error", "--single-transaction"];
    if (config.clean) args.push("--clean", "--if-exists");
    if (config.noOwner) args.push("--no-owner", "--no-privileges");
    return args;
  }
  return [`--dbname=${target.urlWithoutPassword}`, "--no-password", "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction", "--file=-"];
}

function compareCounts(contents: DumpContents | undefined, tables: readonly RestoredTable[]): RestoreResult["mismatches"] {
  if (!contents || contents.rowCounts !== "exact") return [];
  const restored = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t.rows]));
  return contents.tables
    .map((t) => ({ table: `${t.schema}.${t.name}`, expected: t.rows, restored: restored.get(`${t.schema}.${t.name}`) ?? -1 }))
    .filter((m) => m.expected !== m.restored);
}
