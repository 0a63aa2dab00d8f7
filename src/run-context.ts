import type { OpenContext } from "./destinations/open-context.ts";
import type { Logger } from "./logger.ts";

/** What every command gets from its front end (CLI or action). */
export interface RunContext {
  readonly log: Logger;
  readonly env: NodeJS.ProcessEnv;
  readonly signal: AbortSignal;
}

export function addSecretTo(context: RunContext): (secret: string | undefined) => void {
  return (secret) => context.log.redactor.add(secret);
}

/** How a command opens destinations: credentials masked, retries logged as warnings. */
export function openContext(context: RunContext): OpenContext {
  return {
    env: context.env,
    addSecret: addSecretTo(context),
    onRetry: (message) => context.log.warn(message),
    onInfo: (message) => context.log.info(message),
    onWarning: (message) => context.log.warn(message),
  };
}
