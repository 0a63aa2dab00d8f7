/**
 * The CLI's stdout carries its result alone: JSON, text, or a backup's bytes for `get --out -`.
 * Libraries print there too (inside a workflow job @actions/core writes `::debug::` and progress
 * lines to `process.stdout`), so from here on `process.stdout` is stderr, where the job log still
 * shows them, and the CLI writes its result to the stream returned. Never for the action: the
 * runner reads workflow commands from stdout.
 */
export function claimStdout(): NodeJS.WriteStream {
  const stdout = process.stdout;
  // Read at each use by @actions/core and by the global console (bound on its first call).
  Object.defineProperty(process, "stdout", { configurable: true, enumerable: true, get: () => process.stderr });
  return stdout;
}
