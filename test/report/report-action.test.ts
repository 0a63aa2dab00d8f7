import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStep } from "../action/runner.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifact-server.ts";
import { markVerified, writeBackupAt } from "../support/catalog-fixture.ts";
import { tempDir } from "../support/cli.ts";

describe("the action's command: report", () => {
  let server: ArtifactServer;
  const folders: string[] = [];

  beforeAll(async () => {
    server = await startArtifactServer();
  });

  afterAll(async () => {
    await server?.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it("writes the verdict table into the job summary, exposes verdict and uploads the page as an artifact", async () => {
    const healthy = tempDir();
    const stale = tempDir();
    folders.push(healthy, stale);
    const fresh = writeBackupAt(healthy, new Date(Date.now() - 3_600_000), "orders");
    markVerified(healthy, fresh, true, new Date(Date.now() - 1_800_000));
    writeBackupAt(stale, new Date(Date.now() - 5 * 86_400_000), "billing");

    const one = await runStep("main", { command: "report", destinations: healthy, "keep-daily": "7" }, server.env);
    expect(one.code, one.stdout + one.stderr).toBe(0);
    expect(one.outputs.verdict).toBe("healthy");
    expect(one.summary).toContain("## Backup health: healthy");
    expect(one.summary).toMatch(/\| postgres:\/\/app@db\.example\.com:5432\/orders \| \*\*healthy\*\* \|/);
    expect(one.summary).toContain(fresh.id);
    const uploaded = server.artifacts().filter((a) => a.name === "strongroom-report");
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0]!.finalized).toBe(true);

    const both = await runStep("main", { command: "report", destinations: `${healthy}\n${stale}` }, server.newRun());
    expect(both.code, both.stdout + both.stderr).toBe(0);
    expect(both.outputs.verdict).toBe("stale");
    expect(both.summary).toMatch(/billing \| \*\*stale\*\*/);
  });
});
