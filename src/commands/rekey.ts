import { type CatalogEntry, readCatalog } from "../catalog/catalog.ts";
import type { RekeyConfig } from "../config/rekey.ts";
import { NotEncryptedToKeyError } from "../crypto/age-rewrap.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import { IntegrityError, isNotFound, messageOf, NotFoundError } from "../errors.ts";
import { openContext, type RunContext } from "../run-context.ts";
import {
  checkStoredCopy,
  probeOldKey,
  rekeyedManifest,
  rekeyedObjectName,
  removeIfPresent,
  switchManifest,
  writeRekeyedCopy,
} from "./rekey-steps.ts";

export interface RekeyedBackup {
  readonly id: string;
  readonly status: "rekeyed" | "would-rekey" | "skipped" | "failed";
  /** Why it was skipped or failed. */
  readonly reason?: string;
  /** The data object before, and (once switched) after. */
  readonly oldObject: string;
  readonly object?: string;
  /** A leftover the next rotation removes (the old object could not be removed). */
  readonly leftover?: string;
}

export interface RekeyResult {
  readonly destination: string;
  readonly dryRun: boolean;
  readonly recipients: readonly string[];
  readonly backups: readonly RekeyedBackup[];
}

/**
 * Re-wraps backups for new recipients, one after the other; the payload is copied, never
 * decrypted to disk. A backup the old key does not open is reported and skipped; one that
 * fails keeps its old object and manifest, and the command then exits with an integrity error.
 */
export async function runRekey(config: RekeyConfig, context: RunContext, opened?: Destination): Promise<RekeyResult> {
  const destination = opened ?? (await openDestination(config.from, openContext(context)));
  const catalog = await readCatalog(destination);
  for (const bad of catalog.unreadable)
    context.log.warn(`${destination.display}: ${bad.name} is damaged and was left alone: ${bad.reason}`);
  const chosen =
    config.backup === "all" ? catalog.backups : catalog.backups.filter((b) => b.manifest.id === config.backup);
  if (config.backup !== "all" && chosen.length === 0)
    throw new NotFoundError(`backup '${config.backup}' not found in ${destination.display}`, {
      hint: "give the exact id from `strongroom list --from …`, or --backup all",
    });
  const backups: RekeyedBackup[] = [];
  for (const entry of chosen) {
    context.signal.throwIfAborted();
    const outcome = await rekeyOne(destination, entry, config, context);
    const said = outcome.reason ? `: ${outcome.reason}` : "";
    (outcome.status === "failed" ? context.log.warn : context.log.info).call(
      context.log,
      `${outcome.status} ${outcome.id}${said}`,
    );
    backups.push(outcome);
  }
  const result: RekeyResult = {
    destination: destination.display,
    dryRun: config.dryRun,
    recipients: config.recipients,
    backups,
  };
  const failed = backups.filter((b) => b.status === "failed");
  if (failed.length > 0) {
    throw Object.assign(
      new IntegrityError(`${failed.length} of ${backups.length} backups could not be re-keyed: ${failed[0]!.reason}`, {
        hint: "they still decrypt with the old key (their manifests were not switched); fix the cause and run rekey again",
      }),
      { result },
    );
  }
  return result;
}

function skipReason(entry: CatalogEntry, recipients: readonly string[]): string | undefined {
  const { manifest } = entry;
  if (manifest.encryption.type !== "age") return "not encrypted: there is no key to replace";
  if (!manifest.object.startsWith(`${manifest.id}.`))
    return `its manifest names an object it does not own (${manifest.object})`;
  if (entry.object === undefined) return `its data object ${manifest.object} is missing`;
  const current = manifest.encryption.mode === "recipients" ? manifest.encryption.recipients : [];
  if (current.length === recipients.length && recipients.every((r) => current.includes(r)))
    return "already encrypted to exactly these recipients";
  return undefined;
}

async function rekeyOne(
  destination: Destination,
  entry: CatalogEntry,
  config: RekeyConfig,
  context: RunContext,
): Promise<RekeyedBackup> {
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
  const name = rekeyedObjectName(manifest, new Date());
  // Once the manifest put has started, a failure may still have switched it: the new object is then kept.
  let switching = false;
  try {
    const copy = await writeRekeyedCopy(destination, manifest, name, config.decryption, config.recipients, signal);
    const stored = await checkStoredCopy(destination, copy, signal);
    const next = await rekeyedManifest(manifest, { name, ...stored }, config.decryption, config.recipients);
    switching = true;
    await switchManifest(destination, next);
  } catch (error) {
    if (!switching) await removeIfPresent(destination, name).catch(() => undefined);
    if (signal.aborted) throw error;
    const kept = switching
      ? ` (both ${manifest.object} and ${name} were kept; rotation removes the one not named)`
      : "";
    return { ...base, status: "failed", reason: `${messageOf(error)}${kept}` };
  }
  // A rotation that took the new copy for an orphan (a re-key slower than the grace period) must not cost the data.
  const present = await destination.stat(name).then(
    () => true,
    (error: unknown) => !isNotFound(error),
  );
  if (!present) {
    await switchManifest(destination, manifest);
    return {
      ...base,
      status: "failed",
      reason: `${name} vanished after the switch: the manifest names ${manifest.object} again`,
    };
  }
  try {
    await removeIfPresent(destination, manifest.object);
    return { ...base, status: "rekeyed", object: name };
  } catch (error) {
    context.log.warn(
      `${manifest.id} is re-keyed, but its old object ${manifest.object} could not be removed (${messageOf(error)}); the next rotation removes it after the grace period`,
    );
    return { ...base, status: "rekeyed", object: name, leftover: manifest.object };
  }
}
