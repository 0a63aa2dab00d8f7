/** What a provider is given when it is opened: the environment, and where to report. */
export interface OpenContext {
  readonly env: NodeJS.ProcessEnv;
  /** Told about each retry (with the error), so logs show flaky storage. */
  readonly onRetry?: (message: string) => void;
  /** A provider's note on a setting it worked out (a size limit read from the service). */
  readonly onInfo?: (message: string) => void;
  /** A provider's note on a setting it had to change (a size above the service's limit). */
  readonly onWarning?: (message: string) => void;
  /** Receives every credential a provider reads, so logs can mask it. */
  readonly addSecret: (secret: string | undefined) => void;
  /** How long GitHub keeps what is stored in artifact: destinations (else STRONGROOM_RETENTION_DAYS). */
  readonly retentionDays?: number | undefined;
}
