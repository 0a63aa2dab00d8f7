import { CancelledError } from "../errors.ts";
import type { Logger } from "../logger.ts";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * The CLI's cancellation: the first SIGINT or SIGTERM aborts the returned signal; another one
 * must not cut the clean-up short (Node's default would exit at once). Call `settled` once the
 * exit code is decided: a late signal then ends the process with that code at once (unhandled,
 * Node would end it by the signal, and a cancelled run would not report 130).
 */
export function cancelOnSignals(log: Pick<Logger, "warn">): { signal: AbortSignal; settled(): void } {
  const controller = new AbortController();
  let warned = false;
  const abort = (name: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(new CancelledError(`cancelled (${name})`));
    else if (!warned) {
      warned = true;
      log.warn(`received ${name} again: still removing what the cancelled run left`);
    }
  };
  for (const name of SIGNALS) process.on(name, abort);
  return {
    signal: controller.signal,
    settled() {
      const exitNow = () => process.exit();
      for (const name of SIGNALS) process.off(name, abort).on(name, exitNow);
    },
  };
}
