import * as core from "@actions/core";
import type { Logger } from "../logger.ts";
import type { Redactor } from "../redact.ts";

const PROGRESS_EVERY_MS = 5000;

/** Logs through the runner: groups per stage, warnings as annotations, every secret masked. */
export class ActionsLogger implements Logger {
  private lastProgress = 0;
  constructor(readonly redactor: Redactor) {
    // Registered before anything is printed: the runner masks each secret line from then on.
    redactor.onSecret((secret) => core.setSecret(secret));
  }

  info(message: string): void {
    core.info(this.redactor.redact(message));
  }

  warn(message: string): void {
    core.warning(this.redactor.redact(message));
  }

  group<T>(name: string, body: () => Promise<T>): Promise<T> {
    return core.group(this.redactor.redact(name), body);
  }

  progress(message: string): void {
    const now = Date.now();
    if (now - this.lastProgress < PROGRESS_EVERY_MS) return;
    this.lastProgress = now;
    core.info(this.redactor.redact(message));
  }
}
