import { DestinationError, NotFoundError, StrongroomError } from "../../errors.ts";
import { redactText as redact } from "../../redact.ts";

/** What a failure of the artifact client or the REST API tells us, read from the error itself. */
interface Failure {
  status: number | undefined;
  rateLimited: boolean;
  message: string;
}

/**
 * Turns an error of @actions/artifact, Octokit or the Azure blob client into a DestinationError:
 * 404/410 are NotFoundError; 400/401/403/409/422 and other 4xx are permanent (except 408, 429
 * and rate-limit 403s); 5xx, network errors and the client's own exhausted retries are transient.
 * Messages keep no URL query strings (signed URLs) and none of `secrets`; the cause is a copy of
 * the original's name and redacted message, never the request object with its headers.
 */
export function classifyArtifactError(
  error: unknown,
  what: string,
  secrets: readonly string[],
  hints: { forbidden?: string } = {},
): Error {
  if (error instanceof StrongroomError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  const failure = inspect(error);
  const message = redact(`${what}: ${failure.message}`, secrets);
  const cause = Object.assign(new Error(redact(failure.message, secrets)), {
    name: error instanceof Error ? error.name : "Error",
  });
  const { status } = failure;
  if (status === 404 || status === 410) return new NotFoundError(message, { cause });
  if (status === 401) {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: "the GitHub token was refused: pass a valid token (github.token works inside the workflow)",
    });
  }
  if (status === 403 && !failure.rateLimited) {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: hints.forbidden ?? "grant the job `permissions: actions: write` (or `actions: read` for list and restore)",
    });
  }
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429 && status !== 403) {
    return new DestinationError(message, { cause, permanent: true });
  }
  if (error instanceof Error && error.name === "UsageError") {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: "the account's artifact storage quota is used up: delete old artifacts or lower retention-days",
    });
  }
  if (error instanceof Error && error.name === "GHESNotSupportedError") {
    return new DestinationError(message, { cause, permanent: true });
  }
  return new DestinationError(message, { cause });
}

function inspect(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  // Octokit's RequestError: `status`, response headers.
  if (typeof record.status === "number") {
    const headers = ((record.response as { headers?: Record<string, string> } | undefined)?.headers ?? {}) as Record<
      string,
      string
    >;
    return {
      status: record.status,
      rateLimited: headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== undefined,
      message,
    };
  }
  // Azure's RestError: `statusCode`.
  if (typeof record.statusCode === "number") {
    return { status: record.statusCode, rateLimited: false, message: `(${record.statusCode}) ${firstLine(message)}` };
  }
  // The Twirp client keeps only a message: "Failed to X: Received non-retryable error: Failed request: (403) ...".
  const twirp = /Received non-retryable error: Failed request: \((\d{3})\)/.exec(message);
  if (twirp?.[1]) return { status: Number(twirp[1]), rateLimited: false, message };
  return { status: undefined, rateLimited: false, message };
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? "";
}

/** A Node-style AbortError carrying the signal's reason. */
