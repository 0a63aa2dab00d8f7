import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  parseDestinationUrl
} from "./chunk-2URYL5WL.js";
import {
  UsageError
} from "./chunk-SI3IGW5R.js";
import "./chunk-EWK3MTLA.js";

// src/destinations/s3/url.ts
var QUERY_KEYS = ["region", "endpoint", "path-style", "checksum"];
var CHECKSUMS = { crc32: "CRC32", sha256: "SHA256", none: "none" };
function s3OptionsFromUrl(url, env) {
  const problems = [];
  const parsed = parseDestinationUrl(
    url,
    {
      protocol: "s3:",
      what: "the S3 destination",
      shape: "s3://bucket/prefix",
      noCredentials: "the S3 URL must not carry credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) instead"
    },
    problems
  );
  const bucket = parsed.hostname;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(bucket))
    problems.push(`'${bucket}' is not a bucket name (s3://bucket/prefix)`);
  const prefix = decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((part) => part === "." || part === ".."))
    problems.push("the S3 prefix must not contain '.' or '..' segments");
  for (const key of parsed.searchParams.keys()) {
    if (!QUERY_KEYS.includes(key))
      problems.push(`unknown S3 URL option '${key}' (allowed: ${QUERY_KEYS.join(", ")})`);
  }
  const query = (key) => parsed.searchParams.get(key) ?? void 0;
  const region = nonEmpty(query("region")) ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION);
  const endpoint = nonEmpty(query("endpoint")) ?? nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
  if (endpoint !== void 0) problems.push(...endpointProblems(endpoint));
  const pathStyle = query("path-style");
  if (pathStyle !== void 0 && pathStyle !== "true" && pathStyle !== "false")
    problems.push("path-style must be true or false");
  const checksumName = (query("checksum") ?? "crc32").toLowerCase();
  const checksum = CHECKSUMS[checksumName];
  if (checksum === void 0) problems.push(`checksum must be one of ${Object.keys(CHECKSUMS).join(", ")}`);
  const signIn = credentialsOrProfile(env, problems);
  if (problems.length > 0) throw new UsageError(problems);
  return Object.freeze({
    bucket,
    prefix,
    ...region !== void 0 ? { region } : {},
    ...endpoint !== void 0 ? { endpoint, forcePathStyle: pathStyle !== "false" } : pathStyle !== void 0 ? { forcePathStyle: pathStyle === "true" } : {},
    ...signIn,
    ...checksum !== void 0 && checksum !== "CRC32" ? { checksum } : {},
    ...proxyOptions(env)
  });
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
function endpointProblems(endpoint) {
  const problems = [];
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
function credentialsOrProfile(env, problems) {
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
  if (accessKeyId === void 0 !== (secretAccessKey === void 0)) {
    problems.push(
      `${accessKeyId === void 0 ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID"} is set but ${accessKeyId === void 0 ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY"} is not`
    );
  }
  if (accessKeyId !== void 0 && secretAccessKey !== void 0) {
    return {
      credentials: Object.freeze({
        accessKeyId,
        secretAccessKey,
        ...sessionToken !== void 0 ? { sessionToken } : {}
      })
    };
  }
  const profile = nonEmpty(env.AWS_PROFILE);
  return profile !== void 0 ? { profile } : {};
}
function proxyOptions(env) {
  const proxyEnv = {
    HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
    HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
    NO_PROXY: env.NO_PROXY ?? env.no_proxy
  };
  return proxyEnv.HTTPS_PROXY || proxyEnv.HTTP_PROXY ? { proxyEnv: Object.freeze(stripUndefined(proxyEnv)) } : {};
}
function stripUndefined(record) {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== void 0));
}
export {
  s3OptionsFromUrl
};
