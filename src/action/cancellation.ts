import * as core from "@actions/core";
import { formatDuration } from "../config/duration.ts";
import { CancelledError } from "../errors.ts";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * The step's root abort signal. The runner cancels a job with SIGINT, then SIGTERM about 7.5 s
 * later, then SIGKILL 2.5 s after that: the first signal aborts everything under this signal
 * (dump, uploads, which abort their multipart/resumable uploads), the second is only noted, so
 * the clean-up under way is not cut short by Node's default SIGTERM exit (main.ts exits with
 * the handlers still installed). The optional
 * `timeout` input aborts the same way.
 */
export class Cancellation {
  readonly #controller = new AbortController();
  #timer: NodeJS.Timeout | undefined;
  readonly #onSignal = (name: NodeJS.Signals) => {
    if (this.signal.aborted) {
      core.info(`received ${name} again: still removing what the cancelled run left`);
      return;
    }
    core.warning(`received ${name}: cancelling (stopping the dump and uploads, removing temporary files)`);
    this.#controller.abort(new CancelledError(`cancelled (${name})`, { hint: CANCELLED_HINT }));
  };

  constructor() {
    for (const name of SIGNALS) process.on(name, this.#onSignal);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Aborts the run after `ms` milliseconds (the `timeout` input). */
  startTimeout(ms: number): void {
    this.#timer = setTimeout(
      () =>
        this.#controller.abort(
          new CancelledError(`cancelled: the step ran longer than its timeout of ${formatDuration(ms)}`, {
            hint: "raise the 'timeout' input, or make the run smaller (another destination, --jobs)",
          }),
        ),
      ms,
    );
    this.#timer.unref();
  }
}

const CANCELLED_HINT = "run it again: a backup cut short is never listed, and its temporary files were removed";
