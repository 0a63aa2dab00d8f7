import { CancelledError } from "../errors.ts";
import type { Logger } from "../logger.ts";

/**
 * The CLI's cancellation: the first SIGINT or SIGTERM aborts the returned signal; another one
 * must not cut the clean-up short (Node's default would exit at once). The handlers stay until
 * entry.ts exits with the command's code, so a late signal never ends the process by itself.
 */
export function cancelOnSignals(log: Pick<Logger, "warn">): AbortSignal {
  const controller = new AbortController();
  let warned = false;
  const abort = (name: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(new CancelledError(`cancelled (${name})`));
    else if (!warned) {
      warned = true;
      log.warn(`received ${name} again: still removing what the cancelled run left`);
    }
  };
  process.on("SIGINT", abort);
  process.on("SIGTERM", abort);
  return controller.signal;
}
