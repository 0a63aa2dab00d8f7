import type { Readable, Writable } from "node:stream";
import type { Manifest, SourceInfo } from "../catalog/manifest.ts";
import type { Logger } from "../logger.ts";
import type { ChildStage } from "../stages/child-process.ts";

/**
 * A running dump: the bytes of one backup's payload plus facts about it. The backup command
 * compresses, encrypts and stores `stream`; it asks for `contents()` only after the stream ended.
 */
export interface DumpSession {
  readonly stream: Readable;
  /**
   * The tool whose stdout `stream` reads, when there is one: a consumer that runs a tool of its
   * own may hand it that pipe instead of reading `stream` (the bytes then skip Node entirely).
   */
  readonly tool?: ChildStage;
  readonly format: Manifest["format"];
  /** About how big the dump will be, when the source can tell in advance (progress shows an ETA). */
  readonly estimatedBytes?: number;
  /** Database name, for the backup id. */
  readonly name: string;
  readonly source: SourceInfo;
  /** A line for the log: what is being dumped with which tool. */
  readonly describe: string;
  /** Facts merged into the manifest (e.g. `{ postgres: {...} }`); no secrets, no data. */
  readonly facts: Readonly<Record<string, unknown>>;
  /** What the dump holds (row counts, files…): sealed in the manifest. Call after `stream` ended. */
  contents(): Promise<unknown>;
  /** Releases connections and temporary files; safe to call twice. */
  close(): Promise<void>;
}

export interface SourceRunContext {
  readonly log: Logger;
  readonly signal: AbortSignal;
  readonly env: NodeJS.ProcessEnv;
}

/** Reads a decoded payload to the end and judges it (verify --level decode). */
export interface PayloadInspector {
  readonly sink: Writable;
  result(): Promise<{ readonly detail: string }>;
  /** Stops the inspector's helpers and removes its scratch files, whatever happened; safe to call twice. */
  dispose?(): Promise<void>;
}
