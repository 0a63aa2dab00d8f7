import { defaults as githubDefaults } from "@actions/github/lib/utils";
import { UsageError } from "../../errors.ts";

export interface GitHubArtifactOptions {
  /** Prepended to every object name to form the artifact name, e.g. `strongroom-prod-`. */
  readonly prefix: string;
  /** A token for the REST API (`actions: read` to list and download, `actions: write` to remove). Default: GITHUB_TOKEN. */
  readonly token?: string;
  /** `owner/name`. Default: GITHUB_REPOSITORY. */
  readonly repository?: string;
  /** Days the artifact is kept (1-400; GitHub caps it at the repository's setting). Default: the repository's setting. */
  readonly retentionDays?: number;
  /** Where to read the runner's variables. Default: process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

/** The validated, frozen settings of one artifact destination. Secrets stay out of `display`. */
export interface ArtifactSettings {
  readonly prefix: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly retentionDays: number | undefined;
  readonly apiUrl: string;
  /** Inside a workflow job (runtime token and results URL present): uploads and removals work. Elsewhere the REST API reads only. */
  readonly writable: boolean;
  /** The variables @actions/artifact reads from process.env at the start of a call. */
  readonly clientEnv: Readonly<Record<string, string | undefined>>;
}

/** Characters GitHub rejects in artifact names. */
const INVALID_NAME_CHARACTERS = /[":<>|*?\r\n\\/]/;

/**
 * Builds the settings or throws one UsageError listing every problem. The runtime token and results
 * URL exist only in the process of a JavaScript action the runner started (not in `run:` steps);
 * without them the destination reads through the REST API alone (list, get, stat).
 */
export function resolveSettings(options: GitHubArtifactOptions): ArtifactSettings {
  const env = options.env ?? process.env;
  const problems: string[] = [];
  const hints: string[] = [];

  const runtimeToken = env.ACTIONS_RUNTIME_TOKEN;
  const resultsUrl = env.ACTIONS_RESULTS_URL;
  const writable = Boolean(runtimeToken && resultsUrl);
  if (resultsUrl && !isUrl(resultsUrl)) {
    problems.push("artifact: ACTIONS_RESULTS_URL is not a URL");
  }

  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  if (!isUrl(serverUrl)) {
    problems.push(`artifact: GITHUB_SERVER_URL '${serverUrl}' is not a URL`);
  } else if (!/^(github\.com|.+\.ghe\.com|.+\.localhost)$/i.test(new URL(serverUrl).hostname.trim())) {
    problems.push(`artifact: destinations are not supported on GitHub Enterprise Server (${new URL(serverUrl).host})`);
    hints.push("artifacts v4 exist only on github.com and GHE.com: choose another destination");
  }

  const apiUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const clientApiUrl = (githubDefaults.baseUrl ?? "https://api.github.com").replace(/\/+$/, "");
  if (apiUrl !== clientApiUrl) {
    problems.push(
      `artifact: GITHUB_API_URL is ${apiUrl} but @actions/github read ${clientApiUrl} when it was loaded; downloads would go to the wrong host`,
    );
    hints.push("set GITHUB_API_URL before Strongroom starts");
  }

  const token = options.token || env.GITHUB_TOKEN || env.GH_TOKEN || "";
  if (!token) {
    problems.push("artifact: a GitHub token is needed to find backups made by other workflow runs");
    hints.push(
      writable
        ? "pass the github-token input (the workflow's github.token works) and grant the job `permissions: actions: write` (read is enough for list, verify and restore)"
        : "outside a workflow set GH_TOKEN (GH_TOKEN=$(gh auth token) works) or GITHUB_TOKEN to a token that may read the repository's Actions (fine-grained: Actions read)",
    );
  }

  const repository = options.repository ?? env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...extra] = repository.split("/");
  if (!owner || !repo || extra.length > 0) {
    problems.push(
      repository
        ? `artifact: repository '${repository}' is not owner/name`
        : "artifact: which repository? set GITHUB_REPOSITORY=owner/name or pass --repository owner/name",
    );
  }

  if (INVALID_NAME_CHARACTERS.test(options.prefix)) {
    problems.push(
      `artifact: prefix '${options.prefix}' contains a character artifact names reject (" : < > | * ? \\ / or a line break)`,
    );
  }

  const retentionDays = options.retentionDays;
  if (retentionDays !== undefined && !(Number.isInteger(retentionDays) && retentionDays >= 1 && retentionDays <= 400)) {
    problems.push(`artifact: retention days must be a whole number from 1 to 400, got ${retentionDays}`);
  }

  if (problems.length > 0) throw new UsageError(problems, hints.length > 0 ? { hint: hints.join("; ") } : {});
  return Object.freeze({
    prefix: options.prefix,
    token,
    owner: owner ?? "",
    repo: repo ?? "",
    retentionDays,
    apiUrl,
    writable,
    clientEnv: Object.freeze({
      ACTIONS_RUNTIME_TOKEN: runtimeToken,
      ACTIONS_RESULTS_URL: resultsUrl,
      GITHUB_SERVER_URL: env.GITHUB_SERVER_URL,
      GITHUB_RETENTION_DAYS: env.GITHUB_RETENTION_DAYS,
    }),
  });
}

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
