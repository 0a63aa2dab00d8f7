import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Cases too slow for every run live in *.slow.test.ts, run nightly with STRONGROOM_SLOW=1
    // (.github/workflows/slow-tests.yml); every other run has nothing to skip.
    include: ["test/**/*.test.ts"],
    exclude: process.env.STRONGROOM_SLOW === "1" ? [] : ["test/**/*.slow.test.ts"],
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A fresh TMPDIR for the whole run, checked for leftovers (and test databases) at its end.
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/temp-dirs.ts"],
    // Its ESM imports JSON without an import attribute, which Node refuses; vite's loader handles it.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
