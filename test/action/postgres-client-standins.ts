import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A pretend runner for the client installer: `sudo`, `apt-get` and PGDG's setup script as small
 * shell scripts in a temporary folder that record their arguments. `apt-get install
 * postgresql-client-<N>` makes `<root>/<N>/bin/{pg_dump,pg_restore,psql}` stand-ins that answer
 * `--version` as major N and otherwise record their call and fail after a second, as a pg_dump
 * failing after it connected would. (One exiting at once meets a separate defect: the backup hands
 * its already closed stdout to zstd and fails with "The argument 'stdio' is invalid", the symptom
 * of issue 16 item 8.) Nothing here touches the
 * machine's packages or /usr/lib/postgresql.
 */
export interface StandIns {
  /** Holds sudo and apt-get: put it first on PATH. */
  readonly bin: string;
  readonly setupScript: string;
  /** Stands for /usr/lib/postgresql. */
  readonly clientRoot: string;
  readonly osRelease: string;
  /** What sudo, the setup script and apt-get were asked, one line each. */
  commands(): string[];
  /** The environment sudo was started with, every time. */
  sudoEnv(): string;
  /** Calls of the installed client stand-ins (not `--version`). */
  toolCalls(): string[];
  /** Puts client `major` in place as if installed earlier. */
  installClient(major: number): void;
}

export interface StandInOptions {
  /** Leave out sudo. */
  readonly noSudo?: boolean;
  /** apt-get fails with this message and code 100. */
  readonly aptFails?: string;
  readonly osRelease?: string;
}

const UBUNTU = 'PRETTY_NAME="Ubuntu 24.04.3 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n';

function script(path: string, body: string): void {
  writeFileSync(path, `#!/bin/sh\n${body}`);
  chmodSync(path, 0o755);
}

export function makeStandIns(dir: string, options: StandInOptions = {}): StandIns {
  const bin = join(dir, "bin");
  const clientRoot = join(dir, "usr-lib-postgresql");
  const log = join(dir, "commands.log");
  const calls = join(dir, "tool-calls.log");
  const setupScript = join(dir, "pgdg", "apt.postgresql.org.sh");
  const osRelease = join(dir, "os-release");
  mkdirSync(bin, { recursive: true });
  mkdirSync(join(dir, "pgdg"));
  writeFileSync(osRelease, options.osRelease ?? UBUNTU);
  const makeClient = join(dir, "make-client");
  script(
    makeClient,
    `major="$1"
mkdir -p "${clientRoot}/$major/bin"
for tool in pg_dump pg_restore psql; do
  cat > "${clientRoot}/$major/bin/$tool" <<EOF
#!/bin/sh
if [ "\\$1" = "--version" ]; then echo "$tool (PostgreSQL) $major.2 (stand-in)"; exit 0; fi
echo "$tool $major \\$*" >> "${calls}"
sleep 1
echo "stand-in $tool $major: installed by the test's apt-get, cannot dump" >&2
exit 1
EOF
  chmod 755 "${clientRoot}/$major/bin/$tool"
done
`,
  );
  if (!options.noSudo)
    script(
      join(bin, "sudo"),
      `echo "sudo $*" >> "${log}"
env >> "${join(dir, "sudo-env.log")}"
[ "$1" = "-n" ] && shift
exec "$@"
`,
    );
  script(setupScript, `echo "setup-script $* (uid $(id -u))" >> "${log}"\n`);
  script(
    join(bin, "apt-get"),
    `echo "apt-get $* (DEBIAN_FRONTEND=$DEBIAN_FRONTEND)" >> "${log}"
${options.aptFails ? `echo "${options.aptFails}" >&2; exit 100` : ""}
if [ "$1" = install ]; then
  for arg in "$@"; do
    case "$arg" in postgresql-client-*) "${makeClient}" "\${arg#postgresql-client-}" ;; esac
  done
fi
`,
  );
  const lines = (path: string) => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : []);
  return {
    bin,
    setupScript,
    clientRoot,
    osRelease,
    commands: () => lines(log),
    toolCalls: () => lines(calls),
    sudoEnv: () => lines(join(dir, "sudo-env.log")).join("\n"),
    installClient: (major) => void execFileSync(makeClient, [String(major)]),
  };
}
