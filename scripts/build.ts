/**
 * Bundles the action's entry points (and the CLI, which starts twice as fast and in a third less
 * memory bundled than through tsx) into action/, checked in: the runner has no node_modules.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { build, type Plugin } from "esbuild";

export async function buildAction(outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { main: "src/action/main.ts", post: "src/action/post.ts", cli: "src/cli/entry.ts" },
    outdir: outDir,
    bundle: true,
    platform: "node",
    target: "node24",
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    minify: false,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    plugins: [dynamicImportOfCommonJs],
    banner: {
      js: 'import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);',
    },
  });
  writeFileSync(join(outDir, "package.json"), `${JSON.stringify({ type: "module" }, null, 2)}\n`);
}

const NAMESPACE = "strongroom-cjs-namespace";

/**
 * `await import("a-commonjs-package")` gets, from Node, a namespace with `default` (the module's
 * `exports`) and the exports' names. With code splitting, esbuild turns it into a chunk whose only
 * export is `default`, so `(await import("https-proxy-agent")).HttpsProxyAgent` (googleapis'
 * transport, behind HTTPS_PROXY) is undefined. This plugin sends each dynamic import of a
 * CommonJS package through a module that exports what Node would: `default` and every name.
 */
const dynamicImportOfCommonJs: Plugin = {
  name: "dynamic-import-of-commonjs",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind !== "dynamic-import" || args.pluginData === NAMESPACE) return undefined;
      const resolved = await pluginBuild.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: NAMESPACE,
      });
      if (resolved.errors.length > 0 || resolved.external || !isCommonJs(resolved.path)) return undefined;
      // The path shows in the bundle's comments: relative, so the output is the same on every machine.
      return { path: relative(process.cwd(), resolved.path), namespace: NAMESPACE, pluginData: resolved.path };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
      const file = args.pluginData as string;
      const exported = createRequire(file)(file) as Record<string, unknown>;
      const names = Object.keys(exported).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== "default");
      const target = JSON.stringify(file);
      return {
        contents: [
          `const namespace = require(${target});`,
          "export default namespace;",
          ...names.map((name) => `export const ${name} = namespace.${name};`),
        ].join("\n"),
        resolveDir: dirname(file),
        loader: "js",
      };
    });
  },
};

/**
 * Whether Node loads this file as CommonJS: `.cjs`, or `.js` outside a `"type": "module"` package
 * and without `import`/`export` statements (which make Node, and esbuild, read it as a module).
 */
function isCommonJs(path: string): boolean {
  if (path.endsWith(".cjs")) return true;
  if (!path.endsWith(".js")) return false;
  if (
    /^\s*(?:import\s*[\w{*"']|export\s*(?:[{*]|default\b|const\b|let\b|var\b|function\b|class\b|async\b))/m.test(
      readFileSync(path, "utf8"),
    )
  )
    return false;
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { type?: string };
      return manifest.type !== "module";
    } catch {
      // No package.json here: look further up.
    }
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAction("action");
  console.log("built action/main.js, action/post.js and action/cli.js");
}
