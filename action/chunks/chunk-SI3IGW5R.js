import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);

// src/errors.ts
var ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  source: 3,
  destination: 4,
  integrity: 5,
  partial: 6,
  check: 7,
  cancelled: 130
};
var StrongroomError = class extends Error {
  exitCode = ExitCode.internal;
  hint;
  constructor(message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.name = new.target.name;
    this.hint = details.hint;
  }
};
var UsageError = class extends StrongroomError {
  exitCode = ExitCode.usage;
  problems;
  constructor(problems, details = {}) {
    const list = typeof problems === "string" ? [problems] : problems;
    super(list.length === 1 ? list[0] ?? "" : `${list.length} problems:
- ${list.join("\n- ")}`, details);
    this.problems = list;
  }
};
var SourceError = class extends StrongroomError {
  exitCode = ExitCode.source;
};
var DestinationError = class extends StrongroomError {
  exitCode = ExitCode.destination;
  permanent;
  constructor(message, details = {}) {
    super(message, details);
    this.permanent = details.permanent ?? false;
  }
};
var NotFoundError = class extends DestinationError {
  constructor(message, details = {}) {
    super(message, { ...details, permanent: true });
  }
};
var IntegrityError = class extends StrongroomError {
  exitCode = ExitCode.integrity;
};
var PartialError = class extends StrongroomError {
  exitCode = ExitCode.partial;
};
var CheckFailedError = class extends StrongroomError {
  exitCode = ExitCode.check;
};
var CancelledError = class extends StrongroomError {
  exitCode = ExitCode.cancelled;
};
function isNotFound(error) {
  return error instanceof NotFoundError;
}
function exitCodeOf(error) {
  if (error instanceof StrongroomError) return error.exitCode;
  if (error instanceof Error && error.name === "AbortError") return ExitCode.cancelled;
  return ExitCode.internal;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  ExitCode,
  StrongroomError,
  UsageError,
  SourceError,
  DestinationError,
  NotFoundError,
  IntegrityError,
  PartialError,
  CheckFailedError,
  CancelledError,
  isNotFound,
  exitCodeOf,
  messageOf
};
