import { Readable } from "node:stream";
import type { Destination, ObjectInfo } from "../destinations/destination.ts";
import type { ReplayableDestination } from "../destinations/retry.ts";
import { IntegrityError, isNotFound } from "../errors.ts";
import { MANIFEST_SUFFIX, type Manifest, manifestName, parseManifest } from "./manifest.ts";
import { entryProblem } from "./ownership.ts";
import { parseVerificationName, type VerificationRecord } from "./verification.ts";

const MAX_SMALL_OBJECT = 16 << 20;
const READ_CONCURRENCY = 8;

export interface CatalogEntry {
  readonly manifest: Manifest;
  /** The data object as the destination reports it; undefined if it is missing. */
  readonly object: ObjectInfo | undefined;
  /** The newest recorded verification of this backup, if any. */
  readonly verification?: VerificationRecord;
}

export interface Catalog {
  /** Complete backups, newest first. */
  readonly backups: readonly CatalogEntry[];
  /** Every object in the destination, for orphan detection. */
  readonly objects: readonly ObjectInfo[];
  /**
   * Damaged entries: manifests that could not be read or parsed, or that name an object they do
   * not own, or carry a creation time that is not a date or lies in the future. Reported, never
   * trusted: they are not backups, never count as the newest, and rotation leaves them alone.
   */
  readonly unreadable: readonly { readonly name: string; readonly reason: string }[];
}

export async function readSmallObject(destination: Destination, name: string): Promise<string> {
  const stream = await destination.get(name);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_SMALL_OBJECT) {
      stream.destroy();
      throw new IntegrityError(`${name} in ${destination.display} is larger than ${MAX_SMALL_OBJECT} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function writeJsonObject(destination: Destination, name: string, value: unknown): Promise<void> {
  const body = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  const open = () => Readable.from([body]);
  const replayable = destination as Partial<ReplayableDestination>;
  if (replayable.putReplayable) await replayable.putReplayable(name, open, { size: body.length });
  else await destination.put(name, open(), { size: body.length });
}

/** Reads every manifest in the destination (bounded concurrency), newest first. */
export async function readCatalog(destination: Destination, now: Date = new Date()): Promise<Catalog> {
  const objects: ObjectInfo[] = [];
  for await (const info of destination.list()) objects.push(info);
  const byName = new Map(objects.map((o) => [o.name, o]));
  const manifestNames = objects.filter((o) => o.name.endsWith(MANIFEST_SUFFIX)).map((o) => o.name);
  const backups: CatalogEntry[] = [];
  const unreadable: { name: string; reason: string }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < manifestNames.length) {
      const name = manifestNames[next++]!;
      try {
        const manifest = parseManifest(await readSmallObject(destination, name), name);
        if (manifestName(manifest.id) !== name) throw new Error(`${name} describes another backup (${manifest.id})`);
        const problem = entryProblem(manifest, now);
        if (problem) throw new Error(`${name} ${problem}`);
        const verification = await latestVerification(destination, manifest.id, objects);
        backups.push({ manifest, object: byName.get(manifest.object), ...(verification ? { verification } : {}) });
      } catch (error) {
        if (isNotFound(error)) continue;
        unreadable.push({ name, reason: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, manifestNames.length) }, worker));
  backups.sort((a, b) =>
    a.manifest.createdAt < b.manifest.createdAt
      ? 1
      : a.manifest.createdAt > b.manifest.createdAt
        ? -1
        : b.manifest.id.localeCompare(a.manifest.id),
  );
  return { backups, objects, unreadable };
}

async function latestVerification(
  destination: Destination,
  id: string,
  objects: readonly ObjectInfo[],
): Promise<VerificationRecord | undefined> {
  let newest: { name: string; stamp: string } | undefined;
  for (const object of objects) {
    const parsed = parseVerificationName(object.name);
    if (parsed?.id === id && (!newest || parsed.stamp > newest.stamp))
      newest = { name: object.name, stamp: parsed.stamp };
  }
  if (!newest) return undefined;
  try {
    const record = JSON.parse(await readSmallObject(destination, newest.name)) as VerificationRecord;
    return record.strongroomVerification === 1 && record.id === id ? record : undefined;
  } catch {
    return undefined;
  }
}
