import { spawn } from "node:child_process";
import { ROOT } from "./cli.ts";

export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs an ES module `script` (TypeScript imports allowed, through tsx) in a fresh Node process,
 * for what a process reads only once at load (proxy variables, global dispatchers). Its
 * environment is `env` on top of PATH, HOME and the run's TMPDIR, and nothing else of ours, and
 * tsx's on-disk cache is off: it would be a folder left in the temporary folder by every run.
 */
export function runModuleScript(script: string, env: Record<string, string>): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TMPDIR: process.env.TMPDIR,
        TSX_DISABLE_CACHE: "1",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
