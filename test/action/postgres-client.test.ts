import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  installDecision,
  installPlan,
  isDebianLike,
  manualInstallCommand,
  parsePostgresClientMode,
  type RunnerFacts,
} from "../../src/action/postgres-client-plan.ts";
import { postgresClientInstaller } from "../../src/action/postgres-client.ts";
import { ExitCode, SourceError, UsageError } from "../../src/errors.ts";
import { findPgTool, withPgClientProvider } from "../../src/sources/postgres/pg-tools.ts";
import { tempDir } from "../support/cli.ts";
import { makeStandIns, type StandInOptions } from "./postgres-client-standins.ts";

const UBUNTU = 'ID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 24.04.3 LTS"\n';
const SECRET = "pass-Kx81-never-passed-on";
const SCRIPT = "/usr/share/postgresql-common/pgdg/apt.postgresql.org.sh";
const facts = (over: Partial<RunnerFacts> = {}): RunnerFacts => ({
  osRelease: UBUNTU,
  privilege: "sudo",
  setupScript: SCRIPT,
  setupScriptPresent: true,
  ...over,
});

describe("when the action may install a PostgreSQL client", () => {
  it("reads postgres-client as auto (the default) or never, and names both when it is neither", () => {
    expect(parsePostgresClientMode(undefined)).toBe("auto");
    expect(parsePostgresClientMode(" Never ")).toBe("never");
    expect(() => parsePostgresClientMode("always")).toThrow(UsageError);
    expect(() => parsePostgresClientMode("always")).toThrow("must be one of auto, never; got 'always'");
  });

  it("installs only with auto, on a GitHub-hosted Linux runner", () => {
    const hosted = { RUNNER_ENVIRONMENT: "github-hosted" };
    expect(installDecision("auto", hosted, "linux")).toEqual({ install: true });
    expect(installDecision("never", hosted, "linux").install).toBe(false);
    expect(installDecision("auto", { RUNNER_ENVIRONMENT: "self-hosted" }, "linux")).toEqual({
      install: false,
      reason: "the runner is not GitHub-hosted (RUNNER_ENVIRONMENT=self-hosted)",
    });
    expect(installDecision("auto", {}, "linux").install).toBe(false);
    expect(installDecision("auto", hosted, "darwin").install).toBe(false);
    expect(installDecision("auto", hosted, "win32").install).toBe(false);
  });

  it("recognises Debian and Ubuntu from /etc/os-release, and nothing else", () => {
    expect(isDebianLike(UBUNTU)).toBe(true);
    expect(isDebianLike('ID="debian"\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike("ID=fedora\n")).toBe(false);
    expect(isDebianLike('ID="rhel"\nID_LIKE="fedora"\n')).toBe(false);
    expect(isDebianLike("ID=alpine\n")).toBe(false);
    expect(isDebianLike(undefined)).toBe(false);
  });

  it("plans PGDG's setup script, then the client package, with sudo", () => {
    expect(installPlan(17, facts())).toEqual({
      commands: [
        ["sudo", "-n", SCRIPT, "-y"],
        [
          "sudo",
          "-n",
          "env",
          "DEBIAN_FRONTEND=noninteractive",
          "apt-get",
          "install",
          "-y",
          "--no-install-recommends",
          "postgresql-client-17",
        ],
      ],
    });
  });

  it("installs postgresql-common first when the setup script is missing, and runs without sudo as root", () => {
    const plan = installPlan(18, facts({ privilege: "root", setupScriptPresent: false }));
    expect("commands" in plan && plan.commands.map((c) => c.join(" "))).toEqual([
      "env DEBIAN_FRONTEND=noninteractive apt-get update",
      "env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-common",
      `${SCRIPT} -y`,
      "env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-client-18",
    ]);
  });

  it("says why it cannot: not Debian/Ubuntu, or neither sudo nor root", () => {
    expect(installPlan(17, facts({ osRelease: 'ID=fedora\nPRETTY_NAME="Fedora Linux 41"\n' }))).toEqual({
      problem: "the runner is not Debian or Ubuntu (Fedora Linux 41)",
    });
    expect(installPlan(17, facts({ osRelease: undefined }))).toEqual({
      problem: "the runner is not Debian or Ubuntu (no /etc/os-release)",
    });
    expect(installPlan(17, facts({ privilege: "none" }))).toEqual({
      problem: "sudo is not available and the step does not run as root",
    });
  });

  it("gives the exact command to run by hand", () => {
    expect(manualInstallCommand(17)).toBe(
      `sudo apt-get install -y postgresql-common && sudo ${SCRIPT} -y && sudo apt-get install -y postgresql-client-17`,
    );
  });
});

describe("the installer, against a stand-in sudo, apt-get and setup script", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function runner(options: StandInOptions & { isRoot?: boolean } = {}) {
    const dir = tempDir("sr-pgclient-");
    dirs.push(dir);
    const standIns = makeStandIns(dir, options);
    const logged: string[] = [];
    const installer = postgresClientInstaller({
      env: {
        PATH: `${standIns.bin}:/usr/bin:/bin`,
        INPUT_PASSPHRASE: SECRET,
        DATABASE_URL: `postgres://u:${SECRET}@db/x`,
      },
      log: { info: (line) => logged.push(line) },
      osReleasePath: standIns.osRelease,
      setupScript: standIns.setupScript,
      clientRoot: standIns.clientRoot,
      isRoot: options.isRoot ?? false,
    });
    return { standIns, installer, logged };
  }

  it("installs a missing client once, logs what and how long, and the search then finds it", async () => {
    const { standIns, installer, logged } = runner();
    const [dump, restore] = await withPgClientProvider(installer, () =>
      Promise.all([findPgTool("pg_dump", 17), findPgTool("pg_restore", 17)]),
    );
    expect(dump.path).toBe(join(standIns.clientRoot, "17", "bin", "pg_dump"));
    expect(dump.major).toBe(17);
    expect(restore.path).toBe(join(standIns.clientRoot, "17", "bin", "pg_restore"));
    expect(standIns.commands()).toEqual([
      `sudo -n ${standIns.setupScript} -y`,
      "setup-script -y (uid 0)",
      "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-client-17",
      "apt-get install -y --no-install-recommends postgresql-client-17 (DEBIAN_FRONTEND=noninteractive)",
    ]);
    // Both searches ran at once: whichever came first asked, the other waited for the same install.
    expect(standIns.sudoEnv()).toContain("DEBIAN_FRONTEND=noninteractive");
    expect(standIns.sudoEnv()).not.toContain(SECRET);
    expect(logged[0]).toMatch(
      /^postgres-client: pg_(dump|restore) 17 is needed and not on this runner; installing postgresql-client-17 from apt\.postgresql\.org$/,
    );
    expect(logged.at(-1)).toMatch(
      new RegExp(
        `^postgres-client: installed postgresql-client-17 in \\d[\\d.]*\\s?m?s \\(pg_(dump|restore) \\(PostgreSQL\\) 17\\.2 \\(stand-in\\) in ${standIns.clientRoot}/17/bin\\)$`,
      ),
    );
  });

  it("installs nothing when the client is already there", async () => {
    const { standIns, installer, logged } = runner();
    standIns.installClient(17);
    const dump = await withPgClientProvider(installer, () => findPgTool("pg_dump", 17));
    expect(dump.path).toBe(join(standIns.clientRoot, "17", "bin", "pg_dump"));
    expect(standIns.commands()).toEqual([]);
    expect(logged).toEqual([]);
  });

  it("installs nothing for a server the machine's own client serves", async () => {
    const { standIns, installer } = runner();
    const dump = await withPgClientProvider(installer, () => findPgTool("pg_dump", 13));
    expect(dump.major).toBeGreaterThanOrEqual(13);
    expect(dump.path.startsWith(standIns.clientRoot)).toBe(false);
    expect(standIns.commands()).toEqual([]);
  });

  it("fails with apt-get's message and the command to run when apt-get fails (no network)", async () => {
    const { standIns, installer } = runner({
      aptFails: "E: Failed to fetch http://apt.postgresql.org/ Temporary failure resolving",
    });
    const error = await withPgClientProvider(installer, () => findPgTool("pg_dump", 17)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    const { message, hint, exitCode } = error as SourceError;
    expect(exitCode).toBe(ExitCode.source);
    expect(message).toContain("pg_dump 17 is needed and could not be installed on this runner");
    expect(message).toContain("apt-get install -y --no-install-recommends postgresql-client-17` exited with code 100");
    expect(message).toContain("Temporary failure resolving");
    expect(hint).toContain(manualInstallCommand(17));
    expect(standIns.commands().at(-1)).toContain("apt-get install");
  });

  it("runs nothing and gives the command when the runner is not Debian/Ubuntu or has no sudo", async () => {
    for (const options of [{ osRelease: "ID=fedora\n" }, { noSudo: true, isRoot: false }]) {
      const { standIns, installer } = runner(options);
      const error = (await withPgClientProvider(installer, () => findPgTool("pg_dump", 17)).catch(
        (e: unknown) => e,
      )) as SourceError;
      expect(error.message).toMatch(/not Debian or Ubuntu|sudo is not available/);
      expect(error.hint).toContain("sudo apt-get install -y postgresql-client-17");
      expect(standIns.commands()).toEqual([]);
    }
  });

  it("without sudo but as root, runs the commands directly", async () => {
    const { standIns, installer } = runner({ noSudo: true, isRoot: true });
    const dump = await withPgClientProvider(installer, () => findPgTool("pg_dump", 17));
    expect(dump.major).toBe(17);
    expect(standIns.commands()[0]).toBe("setup-script -y (uid 0)");
    expect(standIns.commands().some((line) => line.startsWith("sudo"))).toBe(false);
  });

  it("installs nothing when --pg-bin names the folder, or when no provider is given (the CLI)", async () => {
    const { standIns, installer } = runner();
    const pinned = await withPgClientProvider(installer, () =>
      findPgTool("pg_dump", 17, { binDir: "/usr/lib/postgresql/15/bin" }).catch((e: unknown) => e),
    );
    expect((pinned as SourceError).hint).toContain("apt-get install postgresql-client-17");
    const cli = (await findPgTool("pg_dump", 17).catch((e: unknown) => e)) as SourceError;
    expect(cli.message).toContain("pg_dump 17 or newer is needed and none was found");
    expect(cli.hint).toContain("apt-get install postgresql-client-17");
    expect(standIns.commands()).toEqual([]);
  });
});
