import { DestinationError, NotFoundError } from "../../errors.ts";
import { redactText as redact } from "../../redact.ts";
import { headerValue, retryAfterFrom } from "../../backoff.ts";
import { RetryAfterError } from "../retry.ts";

/** What an AWS SDK v3 error looks like from outside (service errors and network failures). */
interface SdkErrorShape {
  name?: string;
  message?: string;
  code?: string;
  Code?: string;
  $fault?: "client" | "server";
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $response?: { statusCode?: number; headers?: Record<string, string | undefined> };
}

const NOT_FOUND = new Set(["NoSuchKey", "NotFound"]);
const AUTH = new Set([
  "AccessDenied",
  "Forbidden",
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "InvalidToken",
  "TokenRefreshRequired",
  "AccountProblem",
  "AllAccessDisabled",
  "CredentialsProviderError",
  "InvalidClientTokenId",
]);
const REGION = new Set(["PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException"]);
const THROTTLING = new Set([
  "SlowDown",
  "Throttling",
  "ThrottlingException",
  "TooManyRequests",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
]);
const TRANSIENT_CODES = new Set([
  "RequestTimeout",
  "RequestTimeTooSkewed",
  "InternalError",
  "ServiceUnavailable",
  "BadDigest",
  "XAmzContentSHA256Mismatch",
  "IncompleteBody",
]);
const NETWORK = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EAI_AGAIN",
  "ENOTFOUND",
  "UND_ERR_SOCKET",
]);
const NETWORK_NAMES = new Set(["TimeoutError", "RequestTimeout", "NetworkingError"]);
const TLS = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|DEPTH_ZERO|ERR_TLS/;

export interface ClassifyContext {
  /** "could not upload x.age", for the message. */
  readonly what: string;
  readonly display: string;
  /** Credential values to cut out of anything we report. */
  readonly secrets: readonly string[];
}

/**
 * Maps an SDK failure to Strongroom's classification: missing objects are `NotFoundError`,
 * credential, permission, bucket and region problems are permanent with a hint, throttling,
 * 5xx and network failures are transient (`RetryAfterError` when the server says how long to
 * wait). Aborts pass through untouched. The SDK error itself is not kept as the cause: some
 * carry the request's signature details; a summary of it is.
 */
export function classifyS3Error(error: unknown, context: ClassifyContext): Error {
  if (error instanceof DestinationError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  const e = (error ?? {}) as SdkErrorShape;
  const code = e.Code ?? e.name ?? "Error";
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  const errno = typeof e.code === "string" ? e.code : undefined;
  const text = redact(`${code}${status ? ` (HTTP ${status})` : ""}: ${e.message ?? String(error)}`, context.secrets);
  const message = `${context.what} in ${context.display}: ${text}`;
  const cause = new Error(`${text}${e.$metadata?.requestId ? ` [request id ${e.$metadata.requestId}]` : ""}`);
  const details = { cause };

  if (NOT_FOUND.has(code) || (status === 404 && code !== "NoSuchBucket" && code !== "NoSuchUpload")) {
    return new NotFoundError(message, details);
  }
  if (code === "NoSuchBucket") {
    return new DestinationError(message, {
      ...details,
      permanent: true,
      hint: "check the bucket name, and the region or endpoint (?region=, ?endpoint=, AWS_REGION, AWS_ENDPOINT_URL_S3): the bucket must exist already",
    });
  }
  if (AUTH.has(code) || status === 401 || status === 403) {
    return new DestinationError(message, {
      ...details,
      permanent: true,
      hint:
        code === "ExpiredToken" || code === "TokenRefreshRequired"
          ? "the temporary credentials have expired: refresh AWS_SESSION_TOKEN (with its AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
          : `check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (plus AWS_SESSION_TOKEN for temporary keys) or AWS_PROFILE, and that they may list, read, write and delete in ${context.display}`,
    });
  }
  if (REGION.has(code) || status === 301) {
    return new DestinationError(message, {
      ...details,
      permanent: true,
      hint: "set the bucket's region with ?region= or AWS_REGION",
    });
  }
  const retryAfter = retryAfterMs(e.$response?.headers);
  if (
    THROTTLING.has(code) ||
    TRANSIENT_CODES.has(code) ||
    status === 408 ||
    status === 429 ||
    (status !== undefined && status >= 500)
  ) {
    return retryAfter === undefined
      ? new DestinationError(message, details)
      : new RetryAfterError(message, retryAfter, details);
  }
  if (status !== undefined) return new DestinationError(message, { ...details, permanent: true });
  if (errno !== undefined && TLS.test(errno)) {
    return new DestinationError(message, {
      ...details,
      permanent: true,
      hint: "the endpoint's TLS certificate is not trusted: put its CA in NODE_EXTRA_CA_CERTS",
    });
  }
  if (
    (errno !== undefined && NETWORK.has(errno)) ||
    NETWORK_NAMES.has(code) ||
    /socket hang up|ECONNRESET|EPIPE|timed? ?out/i.test(e.message ?? "")
  ) {
    return new DestinationError(message, details);
  }
  // Anything else (a body that does not match its declared size, too many parts) will fail again.
  return new DestinationError(message, { ...details, permanent: true });
}

function retryAfterMs(headers: Record<string, string | undefined> | undefined): number | undefined {
  const amz = headerValue(headers, "x-amz-retry-after");
  if (amz !== undefined && /^\d+$/.test(amz)) return Number(amz);
  return retryAfterFrom(headers);
}
