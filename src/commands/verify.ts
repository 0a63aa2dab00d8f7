import { type CatalogEntry, readCatalog, writeJsonObject } from "../catalog/catalog.ts";
import { withReadingMark } from "../catalog/reading-mark.ts";
import { chooseBackup } from "../catalog/select.ts";
import { type VerificationRecord, verificationName } from "../catalog/verification.ts";
import type { VerifyConfig } from "../config/inspect.ts";
import type { Destination } from "../destinations/destination.ts";
import { openDestination } from "../destinations/open.ts";
import { IntegrityError, messageOf, NotFoundError, UsageError } from "../errors.ts";
import { openContext, type RunContext } from "../run-context.ts";
import { type VerifyHooks, type VerifyOutcome, verifyOne } from "../verify/verify-backup.ts";
export type { VerifyHooks, VerifyOutcome } from "../verify/verify-backup.ts";

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
