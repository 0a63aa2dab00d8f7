import {
  describeHolder,
  type FoundLease,
  HeldObject,
  isLive,
  LEASE_PREFIX,
  type LeaseRecord,
  leaseName,
  newToken,
  pause,
  readLeases,
  settleMsFor,
} from "../catalog/lease.ts";
import type { RunContext } from "../run-context.ts";
import type { Destination } from "../destinations/destination.ts";
import { DestinationError, messageOf } from "../errors.ts";

/** How long a lease lasts without renewal: a killed rotation blocks the next one at most this long. */
export const LEASE_TTL_MS = 5 * 60_000;

/** Another rotation holds the destination's lease. Exit 4 (destination): nothing was changed; try again later. */
export class LeaseHeldError extends DestinationError {
  constructor(message: string, hint: string) {
    super(message, { permanent: true, hint });
  }
}

export interface RotationLease {
  readonly name: string;
  /** Throws when the lease was lost (removed after it expired, or not renewed in time): stop deleting. */
  assertHeld(): void;
  release(): Promise<void>;
}

export interface LeaseOptions {
  readonly ttlMs?: number;
  readonly settleMs?: number;
}

/**
 * Takes the destination's rotation lease, or throws LeaseHeldError naming who holds it.
 * Destinations have no compare-and-swap, so each contender writes its own candidate object
 * (`strongroom-lease.<token>.json`), waits for the destination to settle, then lists them all:
 * a live lease already "held" by another wins; among live candidates the one the destination
 * stored first wins (its time, then its name, so every contender picks the same one). A rival
 * that writes after we listed stores later than us and will see us. Expired leases are ignored,
 * and removed once we hold the lease.
 */
export async function acquireRotationLease(
  destination: Destination,
  context: RunContext,
  options: LeaseOptions = {},
): Promise<RotationLease> {
  const ttlMs = options.ttlMs ?? LEASE_TTL_MS;
  const token = newToken();
  const now = new Date();
  const record: LeaseRecord = {
    strongroomLease: 1,
    kind: "rotate",
    token,
    holder: describeHolder(context.env),
    createdAt: now.toISOString(),
    expiresAt: now.toISOString(),
    state: "candidate",
  };
  const held = new HeldObject(destination, leaseName(token), record, { ttlMs, log: context.log });
  try {
    const started = Date.now();
    await held.write();
    const settle = options.settleMs ?? settleMsFor(destination);
    await pause(Math.max(settle, 2 * (Date.now() - started)), context.signal);
    const leases = await readLeases(destination, (name) => name.startsWith(LEASE_PREFIX), context.log);
    const mine = leases.find((l) => l.record.token === token);
    if (!mine) throw new DestinationError(`the rotation lease just written to ${destination.display} is not listed`);
    const rival = winnerOver(mine, leases);
    if (rival) throw heldError(destination, rival.record);
    await held.write({ state: "held", queuedAt: mine.modified.toISOString() });
    await removeExpired(destination, leases, context);
  } catch (error) {
    await held.release();
    throw error;
  }
  return {
    name: held.name,
    assertHeld() {
      const lost = held.lost;
      if (lost)
        throw new DestinationError(
          `rotation stopped: the rotation lease in ${destination.display} was lost (${lost})`,
          {
            hint: "another rotation may have taken over after the lease expired; what was removed so far is consistent, run rotate again",
          },
        );
    },
    release: () => held.release(),
  };
}

/** The live lease that beats ours, if any. */
function winnerOver(mine: FoundLease, leases: readonly FoundLease[]): FoundLease | undefined {
  const now = Date.now();
  const others = leases.filter((l) => l !== mine && l.record.kind === "rotate" && isLive(l.record, now));
  const held = others.find((l) => l.record.state === "held");
  if (held) return held;
  const order = (l: FoundLease) => l.record.queuedAt ?? l.modified.toISOString();
  const first = [mine, ...others].sort((a, b) =>
    order(a) !== order(b) ? (Date.parse(order(a)) < Date.parse(order(b)) ? -1 : 1) : a.name < b.name ? -1 : 1,
  )[0];
  return first === mine ? undefined : first;
}

function heldError(destination: Destination, holder: LeaseRecord): LeaseHeldError {
  return new LeaseHeldError(
    `another rotation holds the lease on ${destination.display}: ${holder.holder}, since ${holder.createdAt}, until ${holder.expiresAt} unless renewed`,
    `two rotations must not remove backups at once: run rotate again after that one ends; a lease of a killed run expires by itself at ${holder.expiresAt}`,
  );
}

async function removeExpired(destination: Destination, leases: readonly FoundLease[], context: RunContext) {
  const now = Date.now();
  for (const lease of leases) {
    if (isLive(lease.record, now)) continue;
    try {
      await destination.remove(lease.name);
      context.log.info(
        Date.parse(lease.record.expiresAt) > now
          ? `removed ${lease.name}: its expiry ${lease.record.expiresAt} is further ahead than any rotation takes a lease for`
          : `took over the expired rotation lease of ${lease.record.holder} (expired ${lease.record.expiresAt})`,
      );
    } catch (error) {
      context.log.warn(`could not remove the expired lease ${lease.name}: ${messageOf(error)}`);
    }
  }
}
