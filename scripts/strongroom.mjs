#!/usr/bin/env node
// The `strongroom` command. Runs the bundled CLI (action/cli.js, built from src/ by `npm run build`
// and checked in beside the action's bundles); STRONGROOM_FROM_SOURCE=1 runs src/ through tsx.
// Plain old JavaScript up to the version check, so that an old Node gets a message, not a crash:
// built-in zstd needs 22.15 and node:sqlite's backup() 22.16 (23.8 on the 23 line).
var version = process.versions.node.split(".").map(Number);
var major = version[0];
var minor = version[1];
if (!(major >= 24 || (major === 23 && minor >= 8) || (major === 22 && minor >= 16))) {
  process.stderr.write(
    "strongroom needs Node.js 22.16 or newer (this is Node.js " +
      process.versions.node +
      " at " +
      process.execPath +
      "): install the current LTS from https://nodejs.org or with your version manager\n",
  );
  process.exit(2);
}
if (process.env.STRONGROOM_FROM_SOURCE === "1") {
  // tsx's on-disk cache would be a folder left in TMPDIR by every run (the tests check for leftovers).
  process.env.TSX_DISABLE_CACHE = process.env.TSX_DISABLE_CACHE || "1";
  import("tsx/esm/api").then(function (tsx) {
    tsx.register();
    return import("../src/cli/entry.ts");
  });
} else {
  import("../action/cli.js");
}
