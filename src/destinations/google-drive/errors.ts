import { DestinationError, NotFoundError } from "../../errors.ts";
import { redactText as redact } from "../../redact.ts";
import { headerValue, parseRetryAfter } from "../../backoff.ts";
import { RetryAfterError } from "../retry.ts";

export interface DriveClassifyContext {
  readonly what: string;
  readonly display: string;
  readonly secrets: readonly string[];
  /** Which credentials are in use, for the hint. */
  readonly auth: "oauth" | "service-account";
}

/** An HTTP answer from Drive or its token endpoint, as our own requests and gaxios report it. */
export class DriveHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string | undefined,
    readonly retryAfter: string | null | undefined,
  ) {
    super(message);
    this.name = "DriveHttpError";
  }
}

const RATE_REASONS = new Set([
  "rateLimitExceeded",
  "userRateLimitExceeded",
  "sharingRateLimitExceeded",
  "backendError",
  "internalError",
]);
const NETWORK =
  /ECONNRESET|ECONNREFUSED|ECONNABORTED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|UND_ERR|socket hang up|fetch failed|other side closed|terminated|network|timed? ?out/i;

function authHint(auth: DriveClassifyContext["auth"]): string {
  return auth === "oauth"
    ? "check GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN (a refresh token issued to that client with the drive or drive.file scope; it is revoked when the user removes access or, for apps in testing, after 7 days)"
    : "check GOOGLE_APPLICATION_CREDENTIALS (the service account's JSON key file) and that the key is not disabled or deleted";
}

/**
 * Maps Drive failures (gaxios errors from googleapis, our own resumable requests, token endpoint
 * answers, network errors) to Strongroom's classification. Raw errors are not kept as causes:
 * gaxios errors carry the request configuration, Authorization header included.
 */
export function classifyDriveError(error: unknown, context: DriveClassifyContext): Error {
  if (error instanceof DestinationError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  const e = (error ?? {}) as {
    message?: string;
    status?: number;
    code?: string | number;
    reason?: string;
    retryAfter?: string | null;
    response?: { status?: number; headers?: Headers | Record<string, string>; data?: unknown };
    cause?: unknown;
  };
  const status = e.status ?? e.response?.status ?? (typeof e.code === "number" ? e.code : undefined);
  const data = e.response?.data as
    { error?: string | { message?: string; errors?: { reason?: string }[] }; error_description?: string } | undefined;
  const apiError = typeof data?.error === "object" ? data.error : undefined;
  const reason =
    e.reason ?? apiError?.errors?.[0]?.reason ?? (typeof data?.error === "string" ? data.error : undefined);
  const detail = apiError?.message ?? data?.error_description ?? e.message ?? String(error);
  const causeText =
    e.cause instanceof Error
      ? ` [${e.cause.message}${(e.cause as { code?: string }).code ? ` ${(e.cause as { code?: string }).code}` : ""}]`
      : "";
  const text = redact(
    `${detail}${status ? ` (HTTP ${status}${reason ? `, ${reason}` : ""})` : ""}${causeText}`,
    context.secrets,
  );
  const message = `${context.what} in ${context.display}: ${text}`;
  const details = { cause: new Error(text) };

  // Token endpoint answers: the refresh token or client is wrong.
  if (reason === "invalid_grant" || reason === "invalid_client" || reason === "unauthorized_client" || status === 401) {
    return new DestinationError(message, { ...details, permanent: true, hint: authHint(context.auth) });
  }
  if (status === 404) {
    if (/upload session/i.test(detail)) return new DestinationError(message, { ...details, permanent: false });
    return new NotFoundError(message, details);
  }
  const headerRetry = e.retryAfter ?? headerValue(e.response?.headers, "retry-after");
  if (
    status === 429 ||
    (status === 403 && reason !== undefined && RATE_REASONS.has(reason)) ||
    status === 408 ||
    (status !== undefined && status >= 500)
  ) {
    const wait = parseRetryAfter(headerRetry);
    return wait === undefined ? new DestinationError(message, details) : new RetryAfterError(message, wait, details);
  }
  if (status === 403) {
    const hint =
      reason === "storageQuotaExceeded"
        ? "the account has no storage left; a service account has no My Drive quota at all: put the folder on a shared drive and add the service account as a member, or use an OAuth refresh token (GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN)"
        : `share the folder with the account Strongroom uses (as Editor or Content manager), and ${authHint(context.auth)}`;
    return new DestinationError(message, { ...details, permanent: true, hint });
  }
  if (status !== undefined && status >= 400) return new DestinationError(message, { ...details, permanent: true });
  if (/no such file|ENOENT|Unexpected token|not valid JSON|private_key|client_email/i.test(text)) {
    return new DestinationError(message, { ...details, permanent: true, hint: authHint(context.auth) });
  }
  if (NETWORK.test(text)) return new DestinationError(message, details);
  return new DestinationError(message, details);
}
