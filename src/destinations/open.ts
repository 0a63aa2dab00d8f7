import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { envRetentionDays } from "../config/retention-days.ts";
import { messageOf, UsageError } from "../errors.ts";
import type { Destination } from "./destination.ts";
import type { OpenContext } from "./open-context.ts";
import { LocalFolder } from "./local-folder.ts";
import { type ReplayableDestination, withRetry } from "./retry.ts";

type Opener = (spec: string, context: OpenContext) => Destination | Promise<Destination>;

/**
 * Providers by URL scheme. A spec without a scheme is a local folder path. Client libraries are
 * loaded only when their scheme is used: googleapis alone costs about 100 MB of memory.
 */
const OPENERS: Readonly<Record<string, Opener>> = {
  "file:": (spec) =>
    new LocalFolder(spec.startsWith("file://") ? fileURLToPath(spec) : resolve(spec.slice("file:".length))),
  "artifact:": async (spec, { env, addSecret, retentionDays }) => {
    addSecret(env.ACTIONS_RUNTIME_TOKEN);
    addSecret(env.GITHUB_TOKEN);
    addSecret(env.GH_TOKEN);
    const retention = retentionDays ?? envRetentionDays(env);
    const { GitHubArtifactDestination } = await import("./github-artifact.ts");
    return new GitHubArtifactDestination({
      prefix: spec.slice("artifact:".length),
      env,
      ...(retention !== undefined ? { retentionDays: retention } : {}),
    });
  },
  "supabase:": async (spec, context) => (await import("./supabase-storage.ts")).openSupabaseStorage(spec, context),
  "gdrive:": async (spec, context) => (await import("./google-drive.ts")).openGoogleDrive(spec, context),
  "s3:": async (spec, { env, addSecret }) => {
    const { S3Destination } = await import("./s3.ts");
    const { s3OptionsFromUrl } = await import("./s3/url.ts");
    const options = s3OptionsFromUrl(spec, env);
    addSecret(options.credentials?.secretAccessKey);
    addSecret(options.credentials?.sessionToken);
    return new S3Destination(options);
  },
};

/** Opens a destination from its spec, wrapped in retries with backoff (never for permanent errors). */
export async function openDestination(spec: string, context: OpenContext): Promise<ReplayableDestination> {
  const destination = await openBare(spec, context);
  return withRetry(destination, {
    onRetry: (info) =>
      context.onRetry?.(
        `${destination.display}: ${info.operation} ${info.name ?? ""} failed (attempt ${info.attempt}): ${messageOf(info.error)}; retrying in ${Math.round(info.delayMs)} ms`,
      ),
  });
}

async function openBare(spec: string, context: OpenContext): Promise<Destination> {
  const trimmed = spec.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (!scheme || (scheme.length === 2 && /^[a-z]:$/i.test(scheme))) {
    return new LocalFolder(isAbsolute(trimmed) ? trimmed : resolve(trimmed));
  }
  const opener = OPENERS[scheme];
  if (!opener) {
    throw new UsageError(`unknown destination '${scheme}…' in '${trimmed.replace(/\/\/[^@/]*@/, "//")}'`, {
      hint: `use a folder path or one of: ${Object.keys(OPENERS).join(", ")}`,
    });
  }
  return opener(trimmed, context);
}
