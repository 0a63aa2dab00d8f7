import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  UsageError
} from "./chunk-SI3IGW5R.js";

// src/destinations/destination-url.ts
function parseDestinationUrl(spec, form, problems) {
  let parsed;
  try {
    parsed = new URL(spec);
  } catch {
    throw new UsageError(`${form.what} must look like ${form.shape}`);
  }
  if (parsed.protocol !== form.protocol)
    problems.push(`${form.what} must start with ${form.protocol}// (got ${parsed.protocol}//)`);
  if (parsed.username || parsed.password) problems.push(form.noCredentials);
  return parsed;
}

export {
  parseDestinationUrl
};
