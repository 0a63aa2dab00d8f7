/**
 * Every failure Strongroom reports is one of these: a name, an exit code, a hint that says what to
 * do, and the cause. Exit codes are mapped here and nowhere else (documented in the README).
 */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  source: 3,
  destination: 4,
  integrity: 5,
  partial: 6,
  check: 7,
  cancelled: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface ErrorDetails {
  hint?: string;
  cause?: unknown;
}

export class StrongroomError extends Error {
  readonly exitCode: ExitCode = ExitCode.internal;
  readonly hint: string | undefined;
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.hint = details.hint;
  }
}

/** Bad flags, inputs or configuration: nothing was attempted. */
export class UsageError extends StrongroomError {
  override readonly exitCode = ExitCode.usage;
  readonly problems: readonly string[];
  constructor(problems: string | readonly string[], details: ErrorDetails = {}) {
    const list = typeof problems === "string" ? [problems] : problems;
    super(list.length === 1 ? (list[0] ?? "") : `${list.length} problems:\n- ${list.join("\n- ")}`, details);
    this.problems = list;
  }
}

/** The database or the dump tool failed. */
export class SourceError extends StrongroomError {
  override readonly exitCode = ExitCode.source;
}

/** Storage failed. `permanent` errors are never retried; `notFound` is a kind of permanent error. */
export class DestinationError extends StrongroomError {
  override readonly exitCode = ExitCode.destination;
  readonly permanent: boolean;
  constructor(message: string, details: ErrorDetails & { permanent?: boolean } = {}) {
    super(message, details);
    this.permanent = details.permanent ?? false;
  }
}

export class NotFoundError extends DestinationError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, { ...details, permanent: true });
  }
}

/** A backup is not what its manifest says: wrong digest, failed decryption, bad dump, wrong key. */
export class IntegrityError extends StrongroomError {
  override readonly exitCode = ExitCode.integrity;
}

/** Some destinations succeeded and some failed. */
export class PartialError extends StrongroomError {
  override readonly exitCode = ExitCode.partial;
}

/** `check` found the backups stale, missing or over a limit. */
export class CheckFailedError extends StrongroomError {
  override readonly exitCode = ExitCode.check;
}

export class CancelledError extends StrongroomError {
  override readonly exitCode = ExitCode.cancelled;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof NotFoundError;
}

export function isPermanent(error: unknown): boolean {
  return error instanceof DestinationError ? error.permanent : error instanceof StrongroomError;
}

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof StrongroomError) return error.exitCode;
  if (error instanceof Error && error.name === "AbortError") return ExitCode.cancelled;
  return ExitCode.internal;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
