import { UsageError } from "../errors.ts";

/** The `postgres-client` input: install a missing client on GitHub-hosted runners, or never. */
export const POSTGRES_CLIENT_MODES = ["auto", "never"] as const;
export type PostgresClientMode = (typeof POSTGRES_CLIENT_MODES)[number];

/** The setup script of Debian/Ubuntu's postgresql-common: adds apt.postgresql.org and runs apt-get update. */
export const PGDG_SETUP_SCRIPT = "/usr/share/postgresql-common/pgdg/apt.postgresql.org.sh";
/** Where postgresql-client-<N> puts its tools: <root>/<N>/bin. */
export const PG_CLIENT_ROOT = "/usr/lib/postgresql";

export function parsePostgresClientMode(value: string | undefined): PostgresClientMode {
  const mode = (value ?? "auto").trim().toLowerCase();
  if ((POSTGRES_CLIENT_MODES as readonly string[]).includes(mode)) return mode as PostgresClientMode;
  throw new UsageError(`input 'postgres-client' must be one of ${POSTGRES_CLIENT_MODES.join(", ")}; got '${value}'`);
}

export type InstallDecision = { readonly install: true } | { readonly install: false; readonly reason: string };

/** Whether this run may install a missing client: only `auto`, only on GitHub's own Linux runners. */
export function installDecision(mode: PostgresClientMode, env: NodeJS.ProcessEnv, platform: string): InstallDecision {
  if (mode === "never") return { install: false, reason: "postgres-client is never" };
  if (env.RUNNER_ENVIRONMENT !== "github-hosted")
    return {
      install: false,
      reason: `the runner is not GitHub-hosted (RUNNER_ENVIRONMENT=${env.RUNNER_ENVIRONMENT ?? ""})`,
    };
  if (platform !== "linux") return { install: false, reason: `the runner is not Linux (${platform})` };
  return { install: true };
}

export interface RunnerFacts {
  /** The text of /etc/os-release, when readable. */
  readonly osRelease: string | undefined;
  /** How root commands run: through sudo, directly (the step already runs as root), or not at all. */
  readonly privilege: "sudo" | "root" | "none";
  readonly setupScript: string;
  readonly setupScriptPresent: boolean;
}

export type InstallPlan = { readonly commands: readonly (readonly string[])[] } | { readonly problem: string };

function osField(osRelease: string, name: string): string | undefined {
  const match = new RegExp(`^${name}=(.*)$`, "m").exec(osRelease);
  return match?.[1]?.trim().replace(/^(["'])(.*)\1$/, "$2");
}

export function isDebianLike(osRelease: string | undefined): boolean {
  if (!osRelease) return false;
  const ids = [osField(osRelease, "ID"), ...(osField(osRelease, "ID_LIKE") ?? "").split(/\s+/)];
  return ids.some((id) => id === "debian" || id === "ubuntu");
}

/** The commands that install postgresql-client-<major>, or why they cannot run here. */
export function installPlan(major: number, facts: RunnerFacts): InstallPlan {
  if (!isDebianLike(facts.osRelease)) {
    const name = facts.osRelease
      ? (osField(facts.osRelease, "PRETTY_NAME") ?? osField(facts.osRelease, "ID"))
      : undefined;
    return { problem: `the runner is not Debian or Ubuntu (${name ?? "no /etc/os-release"})` };
  }
  if (facts.privilege === "none") return { problem: "sudo is not available and the step does not run as root" };
  const asRoot = facts.privilege === "sudo" ? ["sudo", "-n"] : [];
  const aptGet = [...asRoot, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"];
  const commands: string[][] = [];
  if (!facts.setupScriptPresent) {
    commands.push([...aptGet, "update"]);
    commands.push([...aptGet, "install", "-y", "--no-install-recommends", "postgresql-common"]);
  }
  commands.push([...asRoot, facts.setupScript, "-y"]);
  commands.push([...aptGet, "install", "-y", "--no-install-recommends", `postgresql-client-${major}`]);
  return { commands };
}

/** What a user runs in an earlier step to do the same by hand. */
export function manualInstallCommand(major: number): string {
  return (
    `sudo apt-get install -y postgresql-common && sudo ${PGDG_SETUP_SCRIPT} -y && ` +
    `sudo apt-get install -y postgresql-client-${major}`
  );
}
