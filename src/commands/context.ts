import type { Logger } from "../log/logger.ts";

/** What every command gets from its front end (CLI or action). */
export interface RunContext {
  readonly log: Logger;
  readonly env: NodeJS.ProcessEnv;
  readonly signal: AbortSignal;
}

export function addSecretTo(context: RunContext): (secret: string | undefined) => void {
  return (secret) => context.log.redactor.add(secret);
}
