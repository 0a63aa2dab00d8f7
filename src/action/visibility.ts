import * as github from "@actions/github";

/**
 * Whether the repository is public: from the event payload (present for scheduled runs too),
 * else from the REST API. `undefined` when it cannot be told.
 */
export async function isPublicRepository(
  token: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<boolean | undefined> {
  const repository = github.context.payload.repository as { private?: boolean; visibility?: string } | undefined;
  if (repository?.visibility) return repository.visibility === "public";
  if (typeof repository?.private === "boolean") return !repository.private;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!token || !owner || !repo) return undefined;
  try {
    const octokit = github.getOctokit(token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {});
    const { data } = await octokit.rest.repos.get({ owner, repo });
    return data.visibility ? data.visibility === "public" : !data.private;
  } catch {
    return undefined;
  }
}
