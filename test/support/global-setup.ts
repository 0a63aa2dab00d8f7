import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { leftoverTestDatabases } from "./leftover-databases.ts";

/**
 * Tests use the real tools; say clearly which one is missing instead of failing obscurely later.
 * The whole run gets a fresh temporary folder of its own (TMPDIR, inherited by every worker and
 * every child they start), and the run fails if anything is left in it at the end: a test owns
 * what it creates, and so does Strongroom.
 */
export default function setup(): () => Promise<void> {
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
  const runTemp = mkdtempSync(join(tmpdir(), "strongroom-vitest-"));
  // Like /tmp, others may pass through it: a throwaway cluster runs as the postgres user.
  chmodSync(runTemp, 0o755);
  process.env.TMPDIR = runTemp;
  const runTag = randomBytes(3).toString("hex");
  process.env.STRONGROOM_TEST_RUN = runTag;
  return async () => {
    const left = readdirSync(runTemp);
    rmSync(runTemp, { recursive: true, force: true });
    const databases = await leftoverTestDatabases(runTag);
    const problems = [
      ...left.map((name) => `temporary file or folder: ${join(runTemp, name)}`),
      ...databases.map((name) => `database: ${name}`),
    ];
    if (!problems.length) return;
    // vitest reports an error thrown here but still exits 0: set the exit code as well.
    process.exitCode = 1;
    throw new Error(
      `the tests left ${problems.length} thing(s) behind (each test must remove what it creates, whatever the outcome):\n- ${problems.join("\n- ")}`,
    );
  };
}
