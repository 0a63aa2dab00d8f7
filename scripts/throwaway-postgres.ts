import { execFile } from "node:child_process";
import { chmod, chown, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface ThrowawayPostgres {
  readonly port: number;
  readonly major: number;
  /** postgres://postgres[:password]@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** With a password the cluster uses scram-sha-256 on TCP; without, trust. */
  readonly password?: string;
}

async function serverBinDir(): Promise<{ dir: string; major: number }> {
  const versions = (await readdir("/usr/lib/postgresql").catch(() => [] as string[]))
    .map(Number)
    .filter((v) => Number.isInteger(v))
    .sort((a, b) => b - a);
  for (const major of versions) {
    const dir = `/usr/lib/postgresql/${major}/bin`;
    const entries = await readdir(dir).catch(() => [] as string[]);
    if (entries.includes("initdb") && entries.includes("pg_ctl")) return { dir, major };
  }
  throw new Error(
    "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql: apt-get install postgresql",
  );
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
 * A private PostgreSQL cluster in a temporary folder on a free port. initdb refuses to run as
 * root, so as root every server command runs as the `postgres` user.
 */
export async function startThrowawayPostgres(options: ThrowawayOptions = {}): Promise<ThrowawayPostgres> {
  const { dir: bin, major } = await serverBinDir();
  const root = await mkdtemp(join(tmpdir(), "strongroom-pg-"));
  const asRoot = process.getuid?.() === 0;
  let uid = 0;
  let gid = 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    uid = Number(stdout.trim());
    gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
    await chown(root, uid, gid);
  }
  await chmod(root, 0o700);
  const exec = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);
  const data = join(root, "data");
  const initArgs = ["-D", data, "-U", "postgres", "--encoding=UTF8", "--locale=C.UTF-8", "--auth-local=trust"];
  if (options.password) {
    const pwfile = join(root, "pw");
    await writeFile(pwfile, `${options.password}\n`, { mode: 0o600 });
    if (asRoot) await chown(pwfile, uid, gid);
    initArgs.push("--auth-host=scram-sha-256", `--pwfile=${pwfile}`);
  } else initArgs.push("--auth-host=trust");
  await exec("initdb", initArgs);
  const port = await freePort();
  await exec("pg_ctl", [
    "-D",
    data,
    "-l",
    join(root, "log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_wal_senders=0 -c wal_level=minimal`,
    "start",
  ]);
  const auth = options.password ? `postgres:${encodeURIComponent(options.password)}` : "postgres";
  return {
    port,
    major,
    url: (database = "postgres") => `postgres://${auth}@127.0.0.1:${port}/${database}`,
    async stop() {
      await exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
  };
}
