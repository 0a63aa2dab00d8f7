import { readdirSync, rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.ts";

const RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

describe("contradicting encryption options (issue 16, Low)", () => {
  const folder = tempDir("sr-config-faults-");
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("--no-encryption with --recipient or --passphrase-env is refused before anything runs", async () => {
    for (const key of [
      ["--recipient", RECIPIENT],
      ["--passphrase-env", "SR_TEST_PASSPHRASE"],
    ]) {
      const run = await runCli(
        [
          "backup",
          "--source",
          "postgres://postgres@127.0.0.1:5432/postgres",
          "--to",
          folder,
          "--no-encryption",
          ...key,
        ],
        { env: { SR_TEST_PASSPHRASE: "correct horse battery staple" } },
      );
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain("--no-encryption (allow-unencrypted) contradicts --recipient/--passphrase-env");
      expect(run.stderr).not.toContain("correct horse");
    }
    expect(readdirSync(folder)).toEqual([]);
  });
});
