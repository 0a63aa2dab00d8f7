import type { Readable } from "node:stream";

/** One stored file in a destination, named relative to the destination's root. */
export interface ObjectInfo {
  readonly name: string;
  readonly size: number;
  readonly modified: Date;
}

export interface PutOptions {
  readonly signal?: AbortSignal;
  /** Known length of the body, when the caller has it (spooled files). */
  readonly size?: number;
}

export interface GetOptions {
  readonly signal?: AbortSignal;
}

/**
 * The contract every provider implements (modelled on restic's backend). Names are flat,
 * `/`-free file names; a provider maps them under its own root or prefix.
 *
 * - `put` is atomic: the object is visible under `name` only once all its bytes are stored; on
 *   error or abort nothing is visible and partial uploads are cleaned up.
 * - `get`, `stat` and `remove` throw `NotFoundError` for a missing object.
 * - Provider failures are `DestinationError`s with `permanent` set where retrying cannot help.
 */
export interface Destination {
  /** The location without credentials or query strings, safe to log. */
  readonly display: string;
  /** Largest object the provider accepts in one piece, if it has such a limit. */
  readonly maxObjectSize?: number;
  /** For storage on this machine: the object's path, so it can be read in place. */
  readonly localPath?: (name: string) => string;
  put(name: string, body: Readable, options?: PutOptions): Promise<ObjectInfo>;
  get(name: string, options?: GetOptions): Promise<Readable>;
  stat(name: string): Promise<ObjectInfo>;
  list(): AsyncIterable<ObjectInfo>;
  remove(name: string): Promise<void>;
}
