import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { startArtifactServer } from "../servers/artifact-server.ts";
import { describeConformance } from "./conformance.ts";

// @actions/github reads GITHUB_API_URL once, when it is first imported: start the server first.
const server = await startArtifactServer();
process.env.GITHUB_API_URL = server.env.GITHUB_API_URL;
const { GitHubArtifactDestination } = await import("../../src/destinations/github-artifact.ts");
for (const key of ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL", "GITHUB_TOKEN"]) delete process.env[key];

// Spooled uploads go to a folder of our own, so a leftover file is visible.
const spool = mkdtempSync(join(tmpdir(), "artifact-conformance-"));
process.env.TMPDIR = spool;
let subjects = 0;

afterAll(async () => {
  await server.close();
  rmSync(spool, { recursive: true, force: true });
});

// @actions/artifact uploads 8 MiB blocks, 5 at a time, through 8 MiB stream buffers: its working set
// is over 100 MiB whatever the size, so "not held whole" is shown with an object well above that.
describeConformance(
  "GitHubArtifactDestination (local artifact service)",
  async () => {
    const prefix = `c${++subjects}-`;
    const env = server.newRun();
    return {
      destination: new GitHubArtifactDestination({ prefix, token: env.GITHUB_TOKEN ?? "", env }),
      leftovers: async () => [
        ...server
          .artifacts()
          .filter((a) => a.name.startsWith(prefix) && !a.finalized)
          .map((a) => `unfinalized artifact ${a.name}`),
        ...readdirSync(spool).map((file) => `spool file ${file}`),
      ],
      cleanup: async () => {},
    };
  },
  { largeSize: 256 * 1024 * 1024 },
);
