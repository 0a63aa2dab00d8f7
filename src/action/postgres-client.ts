import { spawn } from "node:child_process";
import { access, constants, readdir, readFile } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { SourceError } from "../errors.ts";
import { formatMs } from "../format.ts";
import type { Logger } from "../logger.ts";
import { type PgClientProvider, type PgTool, toolVersion, withPgClientProvider } from "../sources/postgres/pg-tools.ts";
import {
  installDecision,
  installPlan,
  manualInstallCommand,
  PG_CLIENT_ROOT,
  PGDG_SETUP_SCRIPT,
  parsePostgresClientMode,
  type RunnerFacts,
} from "./postgres-client-plan.ts";

export interface InstallerOptions {
  /** PATH (to find sudo and apt-get) and the environment of the commands. */
  readonly env: NodeJS.ProcessEnv;
  readonly log: Pick<Logger, "info">;
  readonly osReleasePath?: string;
  readonly setupScript?: string;
  /** Where the packages put the tools (<root>/<major>/bin); a test points it at a temporary folder. */
  readonly clientRoot?: string;
  readonly isRoot?: boolean;
  readonly commandTimeoutMs?: number;
}

const OUTPUT_TAIL = 1500;

/**
 * Runs `body` (one command of the action) so that a PostgreSQL client it needs and cannot find is
 * installed from apt.postgresql.org, when the `postgres-client` input and the runner allow it.
 */
export async function withPostgresClients<T>(
  input: string | undefined,
  env: NodeJS.ProcessEnv,
  log: Pick<Logger, "info">,
  body: () => Promise<T>,
): Promise<T> {
  const decision = installDecision(parsePostgresClientMode(input), env, process.platform);
  if (!decision.install) return body();
  // The two paths can be moved so that the bundle's tests never touch the machine's packages.
  const installer = postgresClientInstaller({
    env,
    log,
    ...(env.STRONGROOM_PG_CLIENT_ROOT ? { clientRoot: env.STRONGROOM_PG_CLIENT_ROOT } : {}),
    ...(env.STRONGROOM_PGDG_SETUP_SCRIPT ? { setupScript: env.STRONGROOM_PGDG_SETUP_SCRIPT } : {}),
  });
  return withPgClientProvider(installer, body);
}

/** A PgClientProvider that installs postgresql-client-<major> with apt, once per major and run. */
export function postgresClientInstaller(options: InstallerOptions): PgClientProvider {
  const root = options.clientRoot ?? PG_CLIENT_ROOT;
  const installs = new Map<number, Promise<string>>();
  return {
    async dirs() {
      const entries = await readdir(root).catch(() => [] as string[]);
      return entries.filter((e) => /^\d+$/.test(e)).map((e) => join(root, e, "bin"));
    },
    provide(tool, major) {
      let install = installs.get(major);
      if (!install) {
        install = installClient(tool, major, root, options);
        installs.set(major, install);
      }
      return install;
    },
  };
}

async function installClient(tool: PgTool, major: number, root: string, options: InstallerOptions): Promise<string> {
  const { log, env } = options;
  const fail = (problem: string) =>
    new SourceError(`${tool} ${major} is needed and could not be installed on this runner: ${problem}`, {
      hint:
        `install it in a step before Strongroom: ${manualInstallCommand(major)}` +
        ` (or set pg-bin to a folder holding ${tool} ${major}; postgres-client: never turns installing off)`,
    });
  const facts = await runnerFacts(options);
  const plan = installPlan(major, facts);
  if ("problem" in plan) throw fail(plan.problem);
  log.info(
    `postgres-client: ${tool} ${major} is needed and not on this runner; installing postgresql-client-${major} from apt.postgresql.org`,
  );
  const started = performance.now();
  for (const command of plan.commands) {
    log.info(`postgres-client: $ ${command.join(" ")}`);
    const result = await runCommand(command, env, options.commandTimeoutMs ?? 10 * 60_000);
    if (result.status !== 0) {
      const status = typeof result.status === "number" ? `exited with code ${result.status}` : result.status;
      throw fail(`\`${command.join(" ")}\` ${status}${result.output ? `:\n${result.output}` : ""}`);
    }
  }
  const dir = join(root, String(major), "bin");
  const installed = await toolVersion(join(dir, tool)).catch(() => undefined);
  log.info(
    `postgres-client: installed postgresql-client-${major} in ${formatMs(performance.now() - started)}` +
      ` (${installed ? installed.version : `no ${tool} found`} in ${dir})`,
  );
  return dir;
}

async function runnerFacts(options: InstallerOptions): Promise<RunnerFacts> {
  const setupScript = options.setupScript ?? PGDG_SETUP_SCRIPT;
  const osRelease = await readFile(options.osReleasePath ?? "/etc/os-release", "utf8").catch(() => undefined);
  const isRoot = options.isRoot ?? process.getuid?.() === 0;
  const sudo = await onPath("sudo", options.env);
  return {
    osRelease,
    privilege: sudo ? "sudo" : isRoot ? "root" : "none",
    setupScript,
    setupScriptPresent: await access(setupScript, constants.R_OK).then(
      () => true,
      () => false,
    ),
  };
}

async function onPath(name: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const ok = await access(join(dir, name), constants.X_OK).then(
      () => true,
      () => false,
    );
    if (ok) return true;
  }
  return false;
}

const PASSED_ON = [
  "PATH",
  "HOME",
  "LANG",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
];

/** sudo and apt-get get what they need, never the step's inputs and secrets. */
function commandEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { DEBIAN_FRONTEND: "noninteractive" };
  for (const name of PASSED_ON) if (env[name] !== undefined) out[name] = env[name];
  return out;
}

interface CommandResult {
  /** The exit code, or what else ended it. */
  readonly status: number | string;
  /** The tail of its combined output. */
  readonly output: string;
}

function runCommand(command: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command[0]!, command.slice(1), {
      env: commandEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
    });
    const keep = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve({ status: `could not start (${error.message})`, output: output.trim() }));
    child.on("close", (code, signal) =>
      resolve({ status: code ?? `was stopped by ${signal} (timeout ${formatMs(timeoutMs)})`, output: output.trim() }),
    );
  });
}
