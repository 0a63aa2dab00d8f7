import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previousWorkflowRun, withPreviousRun, workflowFile } from "../../src/notify/previous-run.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifact-server.ts";

describe("the previous run of this workflow, from the REST API", () => {
  let server: ArtifactServer;
  beforeAll(async () => {
    server = await startArtifactServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const lookup = (env: Record<string, string>) => previousWorkflowRun(env.GITHUB_TOKEN, env);

  it("reads the newest completed run before this one and maps its conclusion", async () => {
    const first = server.env;
    expect(await lookup(first)).toBeUndefined(); // no earlier run
    const second = server.newRun();
    expect(await lookup(second)).toBeUndefined(); // the first is still running
    server.finishRun(first.GITHUB_RUN_ID!, "cancelled");
    expect(await lookup(second)).toMatchObject({
      status: "failure",
      failure: { reason: "workflow run cancelled", runUrl: expect.stringContaining(`/runs/${first.GITHUB_RUN_ID}`) },
    });
    const third = server.newRun();
    server.finishRun(second.GITHUB_RUN_ID!, "skipped");
    expect(await lookup(third)).toBeUndefined(); // neither success nor failure: the destination decides
    server.finishRun(second.GITHUB_RUN_ID!, "success");
    expect(await lookup(third)).toEqual({ status: "success" });
    // A later run that finished first is not "previous".
    const fourth = server.newRun();
    server.finishRun(fourth.GITHUB_RUN_ID!, "failure");
    expect(await lookup(third)).toEqual({ status: "success" });
  });

  it("finds the workflow through the current run when GITHUB_WORKFLOW_REF is absent", async () => {
    const run = server.newRun();
    const { GITHUB_WORKFLOW_REF: _ref, GITHUB_RUN_NUMBER: _number, ...env } = run;
    expect(await lookup(env)).toEqual(await lookup(run));
    expect(server.requests.some((r) => r.path.endsWith(`/actions/runs/${run.GITHUB_RUN_ID}`))).toBe(true);
  });

  it("throws on a refused token (the caller falls back) and answers nothing outside Actions", async () => {
    await expect(previousWorkflowRun("ghs_not-a-token", server.env)).rejects.toThrow(/Bad credentials/);
    expect(await previousWorkflowRun(undefined, server.env)).toBeUndefined();
    expect(await previousWorkflowRun("token", {})).toBeUndefined();
  });

  it("parses the workflow file and merges the answer over the destination's record", () => {
    expect(workflowFile("octo/repo/.github/workflows/nightly-backup.yml@refs/heads/main")).toBe("nightly-backup.yml");
    expect(workflowFile(undefined)).toBeUndefined();
    const recorded = { previousStatus: "failure" as const, previousFailure: { stage: "dump", reason: "disk full" } };
    expect(withPreviousRun(recorded, undefined)).toEqual(recorded);
    expect(withPreviousRun(recorded, { status: "success" })).toEqual({ previousStatus: "success" });
    expect(
      withPreviousRun(recorded, { status: "failure", failure: { reason: "workflow run failure", runUrl: "u" } }),
    ).toEqual({ previousStatus: "failure", previousFailure: { stage: "dump", reason: "disk full", runUrl: "u" } });
    expect(withPreviousRun({}, { status: "failure", failure: { reason: "workflow run failure" } })).toEqual({
      previousStatus: "failure",
      previousFailure: { reason: "workflow run failure" },
    });
  });
});
