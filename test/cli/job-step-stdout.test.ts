import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArtifactServer, startArtifactServer } from "../servers/artifact-server.ts";
import { runCli, tempDir } from "../support/cli.ts";

// Inside a workflow job the artifact client logs through @actions/core, which writes `::debug::`
// lines to stdout; the CLI's stdout must still be its result alone.
describe("the CLI as a step of a workflow job, with the artifact destination", () => {
  let server: ArtifactServer;
  let job: Record<string, string>;
  let source: string;

  beforeAll(async () => {
    server = await startArtifactServer();
    job = server.newRun({ actions: "write" });
    source = join(tempDir(), "app.db");
    const db = new DatabaseSync(source);
    db.exec("create table notes (id integer primary key, body text)");
    const insert = db.prepare("insert into notes (body) values (?)");
    for (let i = 0; i < 200; i++) insert.run(`note ${i} ✓`);
    db.close();
  });

  afterAll(async () => {
    await server?.close();
  });

  it("prints only JSON for backup and list --json, only the backup's bytes for get --out -, and the library's lines on stderr", async () => {
    const backup = await runCli(
      ["backup", "--source", `sqlite:${source}`, "--to", "artifact:", "--no-encryption", "--json"],
      {
        env: job,
      },
    );
    expect(backup.code, backup.stderr).toBe(0);
    const manifest = JSON.parse(backup.stdout) as { id: string; object: string };

    const list = await runCli(["list", "--from", "artifact:", "--json"], { env: job });
    expect(list.code, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((b) => b.id)).toEqual([manifest.id]);
    // Still in the job log, through stderr.
    expect(list.stderr).toMatch(/^::debug::/m);

    const piped = await runCli(["get", "--from", "artifact:", "--backup", manifest.id, "--out", "-"], { env: job });
    expect(piped.code, piped.stderr).toBe(0);
    const stored = server.artifacts().find((a) => a.name === manifest.object)!.content!;
    expect(stored.length).toBeGreaterThan(0);
    expect(piped.stdoutBytes.equals(stored)).toBe(true);

    const folder = tempDir();
    const saved = await runCli(["get", "--from", "artifact:", "--backup", manifest.id, "--out", folder, "--json"], {
      env: job,
    });
    expect(saved.code, saved.stderr).toBe(0);
    const result = JSON.parse(saved.stdout) as { out: string };
    expect(readFileSync(result.out).equals(piped.stdoutBytes)).toBe(true);
  });
});
