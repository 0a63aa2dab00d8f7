import { execFileSync } from "node:child_process";

/** Tests use the real tools; say clearly which one is missing instead of failing obscurely later. */
export default function setup(): void {
  const [major] = process.versions.node.split(".").map(Number);
  if ((major ?? 0) < 24)
    throw new Error(
      `tests run on Node 24 (the action's runtime); got ${process.version}. Run them through npm (npm test), which puts node_modules/.bin/node first.`,
    );
  for (const tool of ["age", "zstd", "gzip", "pg_restore", "psql"]) {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    } catch {
      throw new Error(
        `tests need the '${tool}' command: run 'bash .ci/run' once, or install it (apt-get install age zstd postgresql-client)`,
      );
    }
  }
}
