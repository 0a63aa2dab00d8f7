import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { destinationTexts, expectNoSecrets, secretsOf } from "./secret-scan.ts";

export const ROOT = new URL("../..", import.meta.url).pathname;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  /** Stdout as the bytes written (`get --out -` prints a backup). */
  readonly stdoutBytes: Buffer;
  readonly stderr: string;
}

/** Runs the real `strongroom` command in a child process (as users do). */
export function runCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; umask?: string } = {},
): Promise<CliRun> {
  const command = [process.execPath, join(ROOT, "scripts/strongroom.mjs"), ...args];
  // With a umask, through a shell that sets it and then becomes the command.
  const [file, ...argv] = options.umask
    ? ["sh", "-c", `umask ${options.umask} && exec "$@"`, "sh", ...command]
    : command;
  return new Promise((resolve, reject) => {
    const child = spawn(file!, argv, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, DATABASE_URL: "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const stdoutBytes = Buffer.concat(chunks);
      const stdout = stdoutBytes.toString("utf8");
      try {
        // Every run is scanned for the secrets it was given (test/support/secret-scan.ts).
        expectNoSecrets(secretsOf(options.env ?? {}, args), { stdout, stderr, ...destinationTexts(args) });
        resolve({ code, stdout, stdoutBytes, stderr });
      } catch (error) {
        reject(error);
      }
    });
  });
}

const made: string[] = [];

/** A fresh folder under the run's TMPDIR, removed after the test file (test/support/temp-dirs.ts). */
export function tempDir(prefix = "sr-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
