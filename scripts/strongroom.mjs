#!/usr/bin/env node
// The `strongroom` command. Runs the bundled CLI (action/cli.js, built from src/ by `npm run build`
// and checked in beside the action's bundles); STRONGROOM_FROM_SOURCE=1 runs src/ through tsx.
if (process.env.STRONGROOM_FROM_SOURCE === "1") {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/entry.ts");
} else {
  await import("../action/cli.js");
}
