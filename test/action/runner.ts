import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/cli.ts";
import { destinationTexts, expectNoSecrets, secretsOf } from "../support/secret-scan.ts";

export interface StepRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  readonly summary: string;
  /** What the step left in RUNNER_TEMP besides the runner's own files. */
  readonly leftInRunnerTemp: string[];
}

/** Parses the runner's file commands (`name<<DELIM\nvalue\nDELIM` or `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join("\n");
    } else if (line.includes("=")) out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  }
  return out;
}

/**
 * Runs a bundled step the way the runner does: node on the checked-in file, inputs as
 * INPUT_<NAME> (hyphens kept), file commands in temporary files, saved state as STATE_<name>.
 */
export function runStep(
  entry: "main" | "post",
  inputs: Record<string, string>,
  env: Record<string, string>,
  state: Record<string, string> = {},
): Promise<StepRun> {
  return startStep(entry, inputs, env, state).done;
}

/** As `runStep`, with the running process at hand (to signal it as the runner does on cancel). */
export function startStep(
  entry: "main" | "post",
  inputs: Record<string, string>,
  env: Record<string, string>,
  state: Record<string, string> = {},
): { child: ChildProcess; done: Promise<StepRun> } {
  const dir = mkdtempSync(join(tmpdir(), "sr-runner-"));
  const files = {
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STATE: join(dir, "state"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
  };
  for (const path of Object.values(files)) writeFileSync(path, "");
  const event = join(dir, "event.json");
  writeFileSync(
    event,
    JSON.stringify({
      repository: {
        private: env.TEST_REPO_PUBLIC !== "true",
        visibility: env.TEST_REPO_PUBLIC === "true" ? "public" : "private",
      },
    }),
  );
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    // The test run's own temporary folder (checked for leftovers at the end), not the machine's.
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    RUNNER_TEMP: dir,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: "schedule",
    ...files,
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(state)) childEnv[`STATE_${name}`] = value;
  const child = spawn(process.execPath, [join(ROOT, "action", `${entry}.js`)], {
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const done = new Promise<StepRun>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        const run: StepRun = {
          code,
          stdout,
          stderr,
          outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, "utf8")),
          state: parseFileCommands(readFileSync(files.GITHUB_STATE, "utf8")),
          summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
          leftInRunnerTemp: readdirSync(dir).filter((name) => !RUNNER_FILES.has(name)),
        };
        // Every step is scanned for the secrets it was given (test/support/secret-scan.ts).
        // `::add-mask::` lines are how a step hands its secrets to the runner, which never prints them.
        expectNoSecrets(secretsOf(env, [], inputs), {
          stdout: stdout.replace(/^::add-mask::.*$/gm, ""),
          stderr,
          summary: run.summary,
          outputs: JSON.stringify(run.outputs),
          state: JSON.stringify(run.state),
          ...destinationTexts((inputs.destinations ?? "").split(/[\n,]/).flatMap((d) => ["--to", d.trim()])),
        });
        resolve(run);
      } catch (error) {
        reject(error);
      } finally {
        // The runner empties RUNNER_TEMP after each job.
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
  return { child, done };
}

const RUNNER_FILES = new Set(["output", "state", "summary", "event.json"]);
