import { UsageError } from "../../errors.ts";
import type { S3Options } from "../s3.ts";
import { parseDestinationUrl } from "../destination-url.ts";

const QUERY_KEYS = ["region", "endpoint", "path-style", "checksum"] as const;
const CHECKSUMS = { crc32: "CRC32", sha256: "SHA256", none: "none" } as const;

/**
 * `s3://bucket/prefix?region=eu-west-1&endpoint=https://host&path-style=true&checksum=crc32`,
 * completed from the usual AWS variables: the query wins over AWS_REGION / AWS_DEFAULT_REGION and
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL. Keys come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
 * and AWS_SESSION_TOKEN; without them the SDK's default chain is used (AWS_PROFILE, SSO, roles).
 * A custom endpoint defaults to path-style addressing, which every S3-compatible service accepts.
 * Credentials in the URL itself are refused. Throws one UsageError listing every problem.
 */
export function s3OptionsFromUrl(url: string, env: NodeJS.ProcessEnv): S3Options {
  const problems: string[] = [];
  const parsed = parseDestinationUrl(
    url,
    {
      protocol: "s3:",
      what: "the S3 destination",
      shape: "s3://bucket/prefix",
      noCredentials:
        "the S3 URL must not carry credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) instead",
    },
    problems,
  );
  const bucket = parsed.hostname;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(bucket))
    problems.push(`'${bucket}' is not a bucket name (s3://bucket/prefix)`);
  const prefix = decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((part) => part === "." || part === ".."))
    problems.push("the S3 prefix must not contain '.' or '..' segments");
  for (const key of parsed.searchParams.keys()) {
    if (!(QUERY_KEYS as readonly string[]).includes(key))
      problems.push(`unknown S3 URL option '${key}' (allowed: ${QUERY_KEYS.join(", ")})`);
  }
  const query = (key: (typeof QUERY_KEYS)[number]) => parsed.searchParams.get(key) ?? undefined;

  const region = nonEmpty(query("region")) ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION);
  const endpoint = nonEmpty(query("endpoint")) ?? nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
  if (endpoint !== undefined) problems.push(...endpointProblems(endpoint));
  const pathStyle = query("path-style");
  if (pathStyle !== undefined && pathStyle !== "true" && pathStyle !== "false")
    problems.push("path-style must be true or false");
  const checksumName = (query("checksum") ?? "crc32").toLowerCase();
  const checksum = CHECKSUMS[checksumName as keyof typeof CHECKSUMS];
  if (checksum === undefined) problems.push(`checksum must be one of ${Object.keys(CHECKSUMS).join(", ")}`);

  const signIn = credentialsOrProfile(env, problems);
  if (problems.length > 0) throw new UsageError(problems);

  return Object.freeze({
    bucket,
    prefix,
    ...(region !== undefined ? { region } : {}),
    ...(endpoint !== undefined
      ? { endpoint, forcePathStyle: pathStyle !== "false" }
      : pathStyle !== undefined
        ? { forcePathStyle: pathStyle === "true" }
        : {}),
    ...signIn,
    ...(checksum !== undefined && checksum !== "CRC32" ? { checksum } : {}),
    ...proxyOptions(env),
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

function endpointProblems(endpoint: string): string[] {
  const problems: string[] = [];
  try {
    const e = new URL(endpoint);
    if (e.protocol !== "https:" && e.protocol !== "http:")
      problems.push("the S3 endpoint must be an http:// or https:// URL");
    if (e.username || e.password) problems.push("the S3 endpoint must not carry credentials");
  } catch {
    problems.push("the S3 endpoint is not a URL (?endpoint=, AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL)");
  }
  return problems;
}

/** Keys from the environment (both or neither), else AWS_PROFILE, else nothing: the SDK's default chain. */
function credentialsOrProfile(env: NodeJS.ProcessEnv, problems: string[]): Pick<S3Options, "credentials" | "profile"> {
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    problems.push(
      `${accessKeyId === undefined ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID"} is set but ${accessKeyId === undefined ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY"} is not`,
    );
  }
  if (accessKeyId !== undefined && secretAccessKey !== undefined) {
    return {
      credentials: Object.freeze({
        accessKeyId,
        secretAccessKey,
        ...(sessionToken !== undefined ? { sessionToken } : {}),
      }),
    };
  }
  const profile = nonEmpty(env.AWS_PROFILE);
  return profile !== undefined ? { profile } : {};
}

function proxyOptions(env: NodeJS.ProcessEnv): Pick<S3Options, "proxyEnv"> {
  const proxyEnv = {
    HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
    HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
    NO_PROXY: env.NO_PROXY ?? env.no_proxy,
  };
  return proxyEnv.HTTPS_PROXY || proxyEnv.HTTP_PROXY ? { proxyEnv: Object.freeze(stripUndefined(proxyEnv)) } : {};
}

function stripUndefined<T extends Record<string, string | undefined>>(record: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };
}
