import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.ts";

const BIN = join(ROOT, "scripts/strongroom.mjs");

/** A Node older than 22 on this machine (Debian's /usr/bin/node is 20), found the way a shell would. */
function oldNode(): string | undefined {
  const candidates = ["/usr/bin/node", "/usr/local/bin/node", "/bin/node"];
  try {
    candidates.unshift(...execFileSync("sh", ["-c", "which -a node"], { encoding: "utf8" }).split("\n"));
  } catch {}
  for (const path of candidates.filter(Boolean)) {
    const run = spawnSync(path, ["-p", "process.versions.node"], { encoding: "utf8" });
    if (run.status === 0 && Number(run.stdout.split(".")[0]) < 22) return path;
  }
  return undefined;
}

describe("the strongroom command on an old Node", () => {
  const node = oldNode();

  it.skipIf(!node)(`says in one line which Node it needs and exits 2 (Node found: ${node ?? "none"})`, () => {
    const version = spawnSync(node!, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout.trim();
    for (const args of [["backup", "--source", "sqlite:/nonexistent.db", "--to", "/nonexistent"], ["--help"], []]) {
      const run = spawnSync(node!, [BIN, ...args], {
        encoding: "utf8",
        env: { ...process.env, STRONGROOM_FROM_SOURCE: "" },
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        `strongroom needs Node.js 22.16 or newer (this is Node.js ${version} at ${node}): install the current LTS from https://nodejs.org or with your version manager\n`,
      );
      expect(run.stderr).not.toContain("node:sqlite");
    }
  });

  it("runs on the Node the tests run on", () => {
    const run = spawnSync(
      process.execPath,
      [BIN, "list", "--from", join(ROOT, "no-such-folder-for-node-version-test")],
      {
        encoding: "utf8",
      },
    );
    expect(run.stderr).not.toContain("needs Node.js");
    expect(run.status).toBe(0);
  });

  it("declares the same minimum in package.json's engines", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.engines.node).toBe(">=22.16.0 <23 || >=23.8.0");
  });
});
