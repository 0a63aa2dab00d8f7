import { AsyncLocalStorage } from "node:async_hooks";
import { execFile } from "node:child_process";
import { access, constants, readdir, realpath, stat } from "node:fs/promises";
import { basename, delimiter, join } from "node:path";
import { promisify } from "node:util";
import { SourceError } from "../../errors.ts";
import { childEnv } from "../../stages/child-env.ts";

const run = promisify(execFile);

export type PgTool = "pg_dump" | "pg_restore" | "psql";

export interface FoundTool {
  readonly path: string;
  readonly version: string;
  readonly major: number;
}

/** Install locations beyond PATH: Debian/Ubuntu, RHEL (PGDG), Homebrew, Postgres.app, source builds. */
const VERSIONED_ROOTS: ReadonlyArray<readonly [string, (entry: string) => string]> = [
  ["/usr/lib/postgresql", (v) => join("/usr/lib/postgresql", v, "bin")],
  ["/usr/local/opt", (v) => join("/usr/local/opt", v, "bin")],
  ["/opt/homebrew/opt", (v) => join("/opt/homebrew/opt", v, "bin")],
  ["/usr", (v) => join("/usr", v, "bin")],
  [
    "/Applications/Postgres.app/Contents/Versions",
    (v) => join("/Applications/Postgres.app/Contents/Versions", v, "bin"),
  ],
];

async function candidateDirs(env: NodeJS.ProcessEnv): Promise<string[]> {
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const [root, binOf] of VERSIONED_ROOTS) {
    const entries = await readdir(root).catch(() => [] as string[]);
    for (const entry of entries) {
      if (root === "/usr" && !entry.startsWith("pgsql-")) continue;
      if (root.endsWith("/opt") && !entry.startsWith("postgresql") && !entry.startsWith("libpq")) continue;
      dirs.push(binOf(entry));
    }
  }
  dirs.push("/usr/local/pgsql/bin");
  return [...new Set(dirs)];
}

const versions = new Map<string, Promise<FoundTool | undefined>>();

/** `path --version`, asked once per binary (its path, size and modification time) and process. */
export async function toolVersion(path: string): Promise<FoundTool | undefined> {
  const { size, mtimeMs } = await stat(path);
  const key = `${path}\0${size}\0${mtimeMs}`;
  let version = versions.get(key);
  if (!version) {
    version = askVersion(path);
    versions.set(key, version);
  }
  return version;
}

async function askVersion(path: string): Promise<FoundTool | undefined> {
  try {
    const { stdout } = await run(path, ["--version"], { timeout: 10_000, env: childEnv() });
    const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout) ?? /(\d+)\.(\d+)/.exec(stdout);
    if (!match) return undefined;
    return { path, version: stdout.trim(), major: Number(match[1]) };
  } catch {
    return undefined;
  }
}

export interface FindToolOptions {
  /** Only look here (the --pg-bin flag / STRONGROOM_PG_BIN). */
  readonly binDir?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Supplies client tools a search did not find. The action installs them on GitHub-hosted
 * runners; the CLI has none and keeps its hint. Given by the front end for one run.
 */
export interface PgClientProvider {
  /** Folders holding clients it provides, searched with the usual places. */
  dirs(): Promise<readonly string[]>;
  /** Makes `tool` of `major` available and returns its folder, or throws saying what to run. */
  provide(tool: PgTool, major: number): Promise<string>;
}

const providers = new AsyncLocalStorage<PgClientProvider>();

/** Runs `body` with `provider` answering for tools that are missing (none: nothing is installed). */
export function withPgClientProvider<T>(provider: PgClientProvider | undefined, body: () => Promise<T>): Promise<T> {
  return provider ? providers.run(provider, body) : body();
}

async function toolsIn(tool: PgTool, dirs: readonly string[]): Promise<FoundTool[]> {
  // Every folder is looked at concurrently (PATH can be long); the answers keep the folders' order.
  const reals = await Promise.all(
    dirs.map(async (dir) => {
      const path = join(dir, tool);
      try {
        await access(path, constants.X_OK);
        return { path, real: await realpath(path) };
      } catch {
        return undefined;
      }
    }),
  );
  const seen = new Set<string>();
  const unique = reals.filter((r): r is { path: string; real: string } => {
    if (r === undefined || basename(r.real) === "pg_wrapper" || seen.has(r.real)) return false;
    seen.add(r.real);
    return true;
  });
  const versions = await Promise.all(unique.map((r) => toolVersion(r.path).catch(() => undefined)));
  return versions.filter((v): v is FoundTool => v !== undefined);
}

function closest(found: readonly FoundTool[], minMajor: number): FoundTool | undefined {
  return found.filter((t) => t.major >= minMajor).sort((a, b) => a.major - b.major)[0];
}

/**
 * Finds `tool` with a major version ≥ `minMajor`, preferring the closest major. Debian's
 * /usr/bin wrapper (pg_wrapper) is skipped: it may silently run an older version. When none
 * fits and the run has a PgClientProvider (and no --pg-bin), the provider is asked for it.
 */
export async function findPgTool(tool: PgTool, minMajor: number, options: FindToolOptions = {}): Promise<FoundTool> {
  const env = options.env ?? process.env;
  const provider = options.binDir ? undefined : providers.getStore();
  const dirs = options.binDir ? [options.binDir] : [...(await candidateDirs(env)), ...((await provider?.dirs()) ?? [])];
  const found = await toolsIn(tool, dirs);
  const best = closest(found, minMajor);
  if (best) return best;
  if (provider && minMajor > 0) {
    const dir = await provider.provide(tool, minMajor);
    const provided = closest(await toolsIn(tool, [dir]), minMajor);
    if (provided) return provided;
    throw new SourceError(`${tool} ${minMajor} or newer is still missing from ${dir} after installing it`, {
      hint: missingToolHint(tool, minMajor),
    });
  }
  const seenList = found.length ? ` (found: ${found.map((t) => `${t.path} ${t.major}`).join(", ")})` : "";
  throw new SourceError(`${tool} ${minMajor} or newer is needed and none was found${seenList}`, {
    hint: missingToolHint(tool, minMajor),
  });
}

/**
 * Starts asking every `tool` found for its version (toolVersion keeps the answers), so that
 * findPgTool, once the server's version is known, need not wait for the probes. Never fails.
 */
export function warmPgTools(tools: readonly PgTool[], options: FindToolOptions = {}): void {
  for (const tool of tools) findPgTool(tool, 0, options).catch(() => {});
}

function missingToolHint(tool: PgTool, major: number): string {
  return (
    `install the PostgreSQL ${major} client tools (Debian/Ubuntu: apt-get install postgresql-client-${major} ` +
    `from apt.postgresql.org; macOS: brew install postgresql@${major}), or point --pg-bin at the folder that holds ${tool}`
  );
}
