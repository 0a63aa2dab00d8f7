/** Rebuilds the action bundles into a temporary folder and fails if they differ from action/. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildAction } from "./build.ts";

function files(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
  });
}

const fresh = mkdtempSync(join(tmpdir(), "strongroom-dist-"));
try {
  await buildAction(fresh);
  const want = files(fresh).sort();
  const have = files("action").sort();
  const differences = [
    ...want.filter((f) => !have.includes(f)).map((f) => `missing: action/${f}`),
    ...have.filter((f) => !want.includes(f)).map((f) => `stale: action/${f}`),
    ...want
      .filter((f) => have.includes(f) && !readFileSync(join(fresh, f)).equals(readFileSync(join("action", f))))
      .map((f) => `differs: action/${f}`),
  ];
  if (differences.length) {
    console.error(
      `action/ does not match src/:\n  ${differences.join("\n  ")}\nRun \`npm run build\` and commit action/.`,
    );
    process.exitCode = 1;
  } else console.log("action/ matches src/");
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
