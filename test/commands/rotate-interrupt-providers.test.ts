import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEASE_PREFIX, READING_PREFIX } from "../../src/catalog/lease.ts";
import { manifestName } from "../../src/catalog/manifest.ts";
import { TEST_PAUSE_ENV } from "../../src/commands/rotate.ts";
import type { Destination } from "../../src/destinations/destination.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifact-server.ts";
import { type DriveTestServer, startDriveServer } from "../servers/drive-server.ts";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { type SupabaseStorageTestServer, startSupabaseStorageServer } from "../servers/supabase-storage-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { expireLeases, listedWhole, objectNames, seedBackups, startCli } from "../support/rotation-fixture.ts";

// @actions/github reads GITHUB_API_URL once, when it is first loaded (by the first artifact destination).
const artifacts: ArtifactServer = await startArtifactServer();
process.env.GITHUB_API_URL = artifacts.env.GITHUB_API_URL;
const { openDestination } = await import("../../src/destinations/open.ts");

let s3: S3TestServer;
let supabase: SupabaseStorageTestServer;
let drive: DriveTestServer;

beforeAll(async () => {
  [s3, supabase, drive] = await Promise.all([startS3Server(), startSupabaseStorageServer(), startDriveServer()]);
  await s3.createBucket("backups");
  supabase.createBucket("backups");
  drive.createFolder("rotation-folder");
});

afterAll(async () => {
  await Promise.all([s3?.stop(), supabase?.stop(), drive?.stop(), artifacts.close()]);
});

const PROVIDERS: Record<string, () => { spec: string; env: Record<string, string> }> = {
  "local folder": () => ({ spec: tempDir("sr-rotate-kill-"), env: {} }),
  S3: () => ({
    spec: "s3://backups/rotation",
    env: {
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: s3.region,
      AWS_ENDPOINT_URL: s3.endpoint,
      AWS_EC2_METADATA_DISABLED: "true",
    },
  }),
  "Supabase Storage": () => ({
    spec: "supabase://backups/rotation",
    env: { SUPABASE_URL: supabase.url, SUPABASE_SERVICE_ROLE_KEY: supabase.serviceRoleKey },
  }),
  "Google Drive": () => ({
    spec: "gdrive://rotation-folder",
    env: {
      GOOGLE_CLIENT_ID: drive.client.clientId,
      GOOGLE_CLIENT_SECRET: drive.client.clientSecret,
      GOOGLE_REFRESH_TOKEN: drive.client.refreshToken,
      GOOGLE_DRIVE_ROOT_URL: drive.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: drive.tokenUrl,
    },
  }),
  // The rotations run as steps of one workflow job, with its runtime token.
  "GitHub artifact": () => ({ spec: "artifact:rotation-", env: artifacts.newRun({ actions: "write" }) }),
};

/** Every listed backup has its data, and its digest matches (a real verify reads each one). */
async function everyListedBackupWhole(spec: string, env: Record<string, string>): Promise<string[]> {
  const ids = await listedWhole(spec, env);
  const verify = await runCli(["verify", "--from", spec, "--backup", "all", "--level", "digest", "--no-record"], {
    env,
  });
  expect(verify.code, verify.stderr).toBe(0);
  return ids;
}

describe.each(Object.keys(PROVIDERS))("rotate killed (SIGKILL) between deletions: %s", (provider) => {
  it("no listed backup ever lacks its data, and re-running converges", async () => {
    const { spec, env } = PROVIDERS[provider]!();
    const destination: Destination = await openDestination(spec, { env, addSecret: () => {} });
    const backups = await seedBackups(destination, [1, 2, 3, 4, 5]);
    const ids = backups.map((b) => b.id);
    // Killed after the 1st removal (a manifest gone, its data not yet), then after the 2nd (a backup fully gone).
    for (const [round, after] of [1, 2].entries()) {
      const run = startCli(["rotate", "--from", spec, "--keep-last", "1"], {
        ...env,
        // Long enough to be killed in the pause it is waited for.
        [TEST_PAUSE_ENV]: after === 1 ? "60000" : "3000",
      });
      await run.waitFor(/test pause after removing/, after);
      run.kill("SIGKILL");
      expect((await run.exited).signal).toBe("SIGKILL");
      const listed = await everyListedBackupWhole(spec, env);
      // Newest first: the 2nd newest goes first (its manifest only, in round 1), then the 3rd.
      expect(listed, `after kill ${round + 1}`).toEqual([ids[0]!, ...ids.slice(2 + round)].sort());
      // The killed run's lease would block rotations for five minutes: let that time pass.
      await expireLeases(destination);
    }
    const finish = await runCli(["rotate", "--from", spec, "--keep-last", "1", "--json"], { env });
    expect(finish.code, finish.stderr).toBe(0);
    expect(await everyListedBackupWhole(spec, env)).toEqual([ids[0]]);
    // Converged: only the kept backup and, unlisted, the data object whose manifest the first killed
    // run removed. It was stored moments ago, so it stays until it is older than the grace period
    // (a backup still being written looks the same); then it is swept as an orphan.
    const left = (await objectNames(destination)).filter(
      (n) => !n.startsWith(LEASE_PREFIX) && !n.startsWith(READING_PREFIX),
    );
    expect(left.sort()).toEqual([backups[0]!.object, manifestName(ids[0]!), backups[1]!.object].sort());
    expect(JSON.parse(finish.stdout).orphans).toEqual([]);
    expect(await objectNames(destination)).toEqual(left.sort());
  });
});
