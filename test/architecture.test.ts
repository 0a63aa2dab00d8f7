import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { API } from "typescript/unstable/sync";
import { describe, expect, it } from "vitest";

/**
 * The shape of src/: no import cycle (type-only imports and dynamic `import()` included: a cycle
 * of types still means two modules that cannot be understood apart), nothing below the commands
 * imports from src/commands/, and no file is longer than the house limit.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");
const MAX_LINES = 340;
/** The rooms allowed to import commands: the entry points (and commands themselves). */
const ABOVE_COMMANDS = new Set(["commands", "cli", "action"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Every relative module each file names (import and export declarations, `import type`, dynamic
 * `import()` and `import("…")` types), as the TypeScript compiler collects them.
 */
function importsByFile(files: readonly string[]): Map<string, string[]> {
  const root = resolve(SRC, "..");
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProjects: [join(root, "tsconfig.json")] });
    const program = snapshot.getProjects()[0]!.program;
    return new Map(
      files.map((file) => {
        const source = program.getSourceFile(file);
        if (!source) throw new Error(`the compiler does not see ${file}`);
        const names = source.imports
          .map((node) => (node as unknown as { text: string }).text)
          .filter((text) => text.startsWith("."));
        return [file, names.map((text) => resolve(dirname(file), text))];
      }),
    );
  } finally {
    api.close();
  }
}

const files = sourceFiles(SRC);
const graph = importsByFile(files);
const name = (file: string) => relative(SRC, file);
const room = (file: string) => name(file).split("/")[0]!;

/** Every cycle, each named once from its first file in sorted order (Tarjan's strongly connected components). */
function cycles(): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (file: string): void => {
    indexOf.set(file, index);
    low.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!indexOf.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, indexOf.get(next)!));
      }
    }
    if (low.get(file) !== indexOf.get(file)) return;
    const component: string[] = [];
    for (;;) {
      const member = stack.pop()!;
      onStack.delete(member);
      component.push(name(member));
      if (member === file) break;
    }
    if (component.length > 1 || graph.get(file)!.includes(file)) out.push(component.sort());
  };
  for (const file of files) if (!indexOf.has(file)) connect(file);
  return out;
}

describe("architecture of src/", () => {
  it("reads every file's imports (the test sees the tree)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(join(SRC, "commands/backup.ts"))).toContain(join(SRC, "destinations/open.ts"));
    // A dynamic import counts too.
    expect(graph.get(join(SRC, "commands/restore.ts"))).toContain(join(SRC, "sources/supabase/index.ts"));
  });

  it("has no import cycle, type-only and dynamic imports included", () => {
    expect(cycles()).toEqual([]);
  });

  it("imports src/commands/ only from the commands and the entry points (cli, action)", () => {
    const upward = files.flatMap((file) =>
      ABOVE_COMMANDS.has(room(file))
        ? []
        : graph
            .get(file)!
            .filter((target) => room(target) === "commands")
            .map((target) => `${name(file)} -> ${name(target)}`),
    );
    expect(upward).toEqual([]);
  });

  it("writes the CLI's results to the stdout src/cli/stdout.ts claims, never to process.stdout (libraries' lines go there)", () => {
    const direct = files
      .filter((file) => room(file) === "cli" && name(file) !== "cli/stdout.ts")
      .filter((file) => readFileSync(file, "utf8").includes("process.stdout"))
      .map(name);
    expect(direct).toEqual([]);
  });

  it(`keeps every file at ${MAX_LINES} lines or fewer`, () => {
    const long = files
      .map((file) => ({ file: name(file), lines: readFileSync(file, "utf8").split("\n").length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});
