import { UsageError } from "../errors.ts";

export interface DestinationUrlForm {
  /** "s3:" */
  readonly protocol: string;
  /** "the S3 destination" */
  readonly what: string;
  /** "s3://bucket/prefix" */
  readonly shape: string;
  /** The problem to report when the URL carries a user name or password. */
  readonly noCredentials: string;
}

/**
 * A provider URL (`s3://…`, `gdrive://…`, `supabase://…`): a UsageError when `spec` is no URL at
 * all; a wrong scheme or credentials in it are added to `problems`, so one error lists them all.
 */
export function parseDestinationUrl(spec: string, form: DestinationUrlForm, problems: string[]): URL {
  let parsed: URL;
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
