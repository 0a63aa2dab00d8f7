/**
 * @actions/artifact reads its configuration from process.env, not from arguments. Every variable
 * that says which run and service to talk to (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
 * GITHUB_SERVER_URL, GITHUB_RETENTION_DAYS) is read synchronously at the start of
 * `uploadArtifact`, `deleteArtifact` and `downloadArtifact` (6.2.1: before their first `await`),
 * so setting them for the synchronous part of the call and restoring them before returning the
 * promise gives each destination its own environment without a window where another caller
 * could see it. Later reads (upload concurrency and chunk timeout) see the real process.env.
 */
export function withClientEnv<T>(env: Readonly<Record<string, string | undefined>>, call: () => T): T {
  const saved: [string, string | undefined][] = [];
  for (const [key, value] of Object.entries(env)) {
    saved.push([key, process.env[key]]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    return call();
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
