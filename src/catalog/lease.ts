import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type { Destination, ObjectInfo } from "../destinations/destination.ts";
import { isNotFound, messageOf } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { runUrlFromEnv } from "../notify/run-report.ts";
import { readSmallObject, writeJsonObject } from "./catalog.ts";

/**
 * Small objects with an expiry that say "someone is working here": the rotation lease
 * (`strongroom-lease.<token>.json`, one rotation at a time per destination) and reading marks
 * (`strongroom-reading.<backup id>.<token>.json`, a verify is reading that backup). The holder
 * renews the object while it works and removes it when done; a holder that died leaves an object
 * that others ignore once `expiresAt` has passed.
 *
 * The names start with a letter, so they are no backup id, and do not end in `.manifest.json`:
 * `list`, `check`, `report`, `verify` and `restore` (this version and older ones) read only
 * manifests, and rotation's orphan sweep only touches names that start with a backup id, so
 * these objects are never listed as backups and never swept as orphans.
 */
export interface LeaseRecord {
  readonly strongroomLease: 1;
  readonly kind: "rotate" | "read";
  readonly token: string;
  /** Who holds it, for people: host, pid and, in GitHub Actions, the workflow run. */
  readonly holder: string;
  /** The backup being read (reading marks). */
  readonly backup?: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  /** Rotation lease: "candidate" while its writer checks for rivals, "held" once it won. */
  readonly state?: "candidate" | "held";
  /** Rotation lease: the destination's time of the first write, which orders rival candidates. */
  readonly queuedAt?: string;
}

/** A lease object as found in the destination. */
export interface FoundLease {
  readonly name: string;
  readonly record: LeaseRecord;
  readonly modified: Date;
}

export const LEASE_PREFIX = "strongroom-lease.";
export const READING_PREFIX = "strongroom-reading.";
const TOKEN = /^[0-9a-f]{16}$/;

/**
 * How long a writer waits before it relies on what others wrote: longer than a rival's small
 * write takes and than a listing's clock resolution (S3 reports whole seconds). A folder on this
 * machine shows a write at once.
 */
export const SETTLE_LOCAL_MS = 200;
export const SETTLE_REMOTE_MS = 1_500;

export function settleMsFor(destination: Destination): number {
  return destination.localPath ? SETTLE_LOCAL_MS : SETTLE_REMOTE_MS;
}

export function newToken(): string {
  return randomBytes(8).toString("hex");
}

export function leaseName(token: string): string {
  return `${LEASE_PREFIX}${token}.json`;
}

export function readingMarkName(backupId: string, token: string): string {
  return `${READING_PREFIX}${backupId}.${token}.json`;
}

/** "host builder-7 pid 4242, run https://github.com/o/r/actions/runs/9" */
export function describeHolder(env: NodeJS.ProcessEnv): string {
  const run = runUrlFromEnv(env);
  return `host ${hostname()} pid ${process.pid}${run ? `, run ${run}` : ""}`;
}

/** No lease or mark is written to last longer than this: one dated further ahead was not written by a holder and holds nothing. */
export const MAX_LEASE_AHEAD_MS = 60 * 60_000;

export function isLive(record: LeaseRecord, now: number): boolean {
  const expires = Date.parse(record.expiresAt);
  return expires > now && expires <= now + MAX_LEASE_AHEAD_MS;
}

/** Reads every lease object whose name passes `wanted`; damaged ones are skipped (with a warning). */
export async function readLeases(
  destination: Destination,
  wanted: (name: string) => boolean,
  log?: Logger,
  objects?: readonly ObjectInfo[],
): Promise<FoundLease[]> {
  const found: FoundLease[] = [];
  const infos: ObjectInfo[] = [];
  if (objects) infos.push(...objects.filter((o) => wanted(o.name)));
  else for await (const info of destination.list()) if (wanted(info.name)) infos.push(info);
  for (const info of infos) {
    try {
      const record = parseLease(await readSmallObject(destination, info.name));
      if (record) found.push({ name: info.name, record, modified: info.modified });
      else log?.warn(`${destination.display}: ${info.name} is not a lease Strongroom wrote; ignored`);
    } catch (error) {
      if (!isNotFound(error)) log?.warn(`${destination.display}: could not read ${info.name}: ${messageOf(error)}`);
    }
  }
  return found;
}

/** Only what this version writes, in the shape it writes: the object comes from storage. */
function parseLease(text: string): LeaseRecord | undefined {
  let value: Partial<Record<keyof LeaseRecord, unknown>>;
  try {
    value = JSON.parse(text) as typeof value;
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || value.strongroomLease !== 1) return undefined;
  const short = (v: unknown) => typeof v === "string" && v.length <= 500;
  if (value.kind !== "rotate" && value.kind !== "read") return undefined;
  if (typeof value.token !== "string" || !TOKEN.test(value.token)) return undefined;
  if (!short(value.holder) || !short(value.createdAt) || !short(value.expiresAt)) return undefined;
  if (!Number.isFinite(Date.parse(value.expiresAt as string))) return undefined;
  if (value.backup !== undefined && !short(value.backup)) return undefined;
  if (value.queuedAt !== undefined && !short(value.queuedAt)) return undefined;
  return value as LeaseRecord;
}

export interface HeldObjectOptions {
  readonly ttlMs: number;
  /** How often the expiry is pushed forward; default a third of the TTL. */
  readonly renewEveryMs?: number;
  readonly log: Logger;
}

/**
 * One lease object this process wrote: renewed on a timer (each renewal first checks that the
 * object is still ours), removed by `release`. When a renewal finds the object gone or replaced,
 * or cannot renew before the expiry, `lost` becomes true: the holder must stop.
 */
export class HeldObject {
  private record: LeaseRecord;
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> = Promise.resolve();
  private lostReason: string | undefined;
  private released = false;
  private written = false;

  constructor(
    private readonly destination: Destination,
    readonly name: string,
    record: LeaseRecord,
    private readonly options: HeldObjectOptions,
  ) {
    this.record = record;
  }

  get current(): LeaseRecord {
    return this.record;
  }

  /** Why the object is no longer ours, or undefined while it is. */
  get lost(): string | undefined {
    if (!this.lostReason && !isLive(this.record, Date.now()))
      this.lostReason = `it expired at ${this.record.expiresAt}`;
    return this.lostReason;
  }

  /** Writes the record (with a fresh expiry) and starts renewing it. */
  async write(change: Partial<LeaseRecord> = {}): Promise<void> {
    // After any renewal in flight, so an older record never lands over this one.
    const writing = this.renewing.then(async () => {
      this.record = { ...this.record, ...change, expiresAt: expiry(this.options.ttlMs) };
      await writeJsonObject(this.destination, this.name, this.record);
      this.written = true;
    });
    this.renewing = writing.catch(() => {});
    await writing;
    if (!this.timer) {
      const every = this.options.renewEveryMs ?? Math.floor(this.options.ttlMs / 3);
      this.timer = setInterval(() => {
        this.renewing = this.renewing.then(() => this.renew());
      }, every);
      this.timer.unref();
    }
  }

  private async renew(): Promise<void> {
    if (this.released || this.lostReason) return;
    try {
      const stored = parseLease(await readSmallObject(this.destination, this.name));
      if (stored?.token !== this.record.token) {
        this.lostReason = `${this.name} was replaced by another holder`;
        return;
      }
      if (this.released) return;
      this.record = { ...this.record, expiresAt: expiry(this.options.ttlMs) };
      await writeJsonObject(this.destination, this.name, this.record);
    } catch (error) {
      if (isNotFound(error)) this.lostReason = `${this.name} was removed by someone else`;
      else this.options.log.warn(`could not renew ${this.name} in ${this.destination.display}: ${messageOf(error)}`);
    }
  }

  /** Stops renewing and removes the object; a failure is a warning (the object expires by itself). */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    await this.renewing;
    if (!this.written) return;
    try {
      await this.destination.remove(this.name);
    } catch (error) {
      if (isNotFound(error)) return;
      // Where removing fails but writing works, an expired record frees the lease just as well.
      const expired = { ...this.record, expiresAt: new Date().toISOString() };
      const freed = await writeJsonObject(this.destination, this.name, expired).then(
        () => true,
        () => false,
      );
      if (!freed)
        this.options.log.warn(
          `could not remove ${this.name} from ${this.destination.display} (${messageOf(error)}); it expires by itself at ${this.record.expiresAt}`,
        );
    }
  }
}

function expiry(ttlMs: number): string {
  return new Date(Date.now() + ttlMs).toISOString();
}

/** Waits `ms`, or throws the signal's reason as soon as it aborts. */
export async function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return signal.throwIfAborted();
  await sleep(ms, undefined, { signal }).catch((error: unknown) => {
    throw signal.aborted ? signal.reason : error;
  });
}
