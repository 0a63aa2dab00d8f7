import { DestinationError, NotFoundError } from "../../errors.ts";
import { redactText as redact } from "../../redact.ts";
import { parseRetryAfter } from "../../backoff.ts";
import { RetryAfterError } from "../retry.ts";

export interface SupabaseClassifyContext {
  /** "could not upload x.age", for the message. */
  readonly what: string;
  readonly display: string;
  /** Credential values to cut out of anything we report. */
  readonly secrets: readonly string[];
}

const KEY_HINT =
  "check SUPABASE_SERVICE_ROLE_KEY (the service_role key, or a secret key, from the project's API settings; not the anon key) and that SUPABASE_URL is this project's URL";
const SIZE_HINT =
  "the object is larger than the file size limit (the project's global limit, 50 MB on the free plan, or the bucket's own, whichever is lower; see Storage settings): set ?max-object-size= on the destination to at most that limit, for example ?max-object-size=50MB, so backups are stored in parts (0 turns splitting off)";
const NETWORK =
  /ECONNRESET|ECONNREFUSED|ECONNABORTED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|UND_ERR|socket hang up|fetch failed|other side closed|network|timed? ?out/i;

/**
 * Maps a storage-js error (`StorageApiError` with `status` and the service's `statusCode`), a
 * tus-js-client `DetailedError` (with its response) or a network failure to Strongroom's
 * classification. The hosted service answers some failures with HTTP 400 and the real code in
 * the body's `statusCode` ("404", "403", "413"), so both are read.
 */
export function classifySupabaseError(error: unknown, context: SupabaseClassifyContext): Error {
  if (error instanceof DestinationError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  const e = (error ?? {}) as {
    name?: string;
    message?: string;
    status?: number;
    statusCode?: string;
    originalError?: unknown;
    originalResponse?: TusResponse | null;
    causingError?: unknown;
  };
  if (e.originalError instanceof DestinationError) return e.originalError;
  const tusStatus = e.originalResponse?.getStatus?.();
  const status = typeof e.status === "number" ? e.status : tusStatus;
  const code = Number(e.statusCode ?? status ?? Number.NaN);
  // A tus DetailedError's message already carries the request, the status and the response text.
  const text = redact(
    `${e.message ?? String(error)}${status && e.originalResponse === undefined ? ` (HTTP ${status})` : ""}${causeText(e)}`,
    context.secrets,
  );
  const message = `${context.what} in ${context.display}: ${text}`;
  const cause = new Error(text);

  if (/bucket not found/i.test(text)) {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: "create the bucket first (Storage in the Supabase dashboard; a private bucket), and check the bucket name in supabase://bucket/prefix",
    });
  }
  if (status === 404 || code === 404 || /object not found|not_found/i.test(e.message ?? ""))
    return new NotFoundError(message, { cause });
  if (
    status === 401 ||
    status === 403 ||
    code === 401 ||
    code === 403 ||
    /invalid signature|invalid compact jws|jwt|unauthorized|invalid api key/i.test(text)
  ) {
    return new DestinationError(message, { cause, permanent: true, hint: KEY_HINT });
  }
  if (
    status === 413 ||
    code === 413 ||
    /payload too large|exceeded the maximum allowed size|maximum size exceeded|upload's size exceeded/i.test(text)
  ) {
    return new DestinationError(message, { cause, permanent: true, hint: SIZE_HINT });
  }
  if (
    status === 429 ||
    code === 429 ||
    status === 408 ||
    (status !== undefined && status >= 500) ||
    (Number.isFinite(code) && code >= 500)
  ) {
    const retryAfter = parseRetryAfter(e.originalResponse?.getHeader?.("Retry-After"));
    return retryAfter === undefined
      ? new DestinationError(message, { cause })
      : new RetryAfterError(message, retryAfter, { cause });
  }
  if (status !== undefined && status >= 400) return new DestinationError(message, { cause, permanent: true });
  if (NETWORK.test(text)) return new DestinationError(message, { cause });
  if (/ERR_INVALID_URL|Invalid URL|CERT|SELF_SIGNED/.test(text)) {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: "check SUPABASE_URL: it is https://<project ref>.supabase.co (the project URL, without /storage/v1)",
    });
  }
  return new DestinationError(message, { cause });
}

interface TusResponse {
  getStatus(): number;
  getHeader(name: string): string | undefined;
}

function causeText(e: { originalError?: unknown }): string {
  const inner = e.originalError;
  if (!(inner instanceof Error)) return "";
  const deeper = inner.cause instanceof Error ? ` (${inner.cause.message})` : "";
  return ` [${inner.message}${deeper}]`;
}
