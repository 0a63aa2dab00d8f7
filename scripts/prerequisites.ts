/**
 * Makes sure the machine has what the tests use: the age and zstd CLIs, the PostgreSQL client
 * tools, and a PostgreSQL server on 127.0.0.1:5432. As root on Debian/Ubuntu it installs and
 * starts what is missing; otherwise it says what to do. Runs before `npm test`.
 */
import { execFileSync, execSync } from "node:child_process";
import { readdirSync } from "node:fs";

const has = (tool: string) => {
  try {
    execSync(`command -v ${tool}`, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const isRoot = process.getuid?.() === 0;
const packages: Record<string, string> = {
  age: "age",
  zstd: "zstd",
  psql: "postgresql-client",
  pg_restore: "postgresql-client",
  python3: "python3",
  openssl: "openssl",
  chromium: "chromium",
};
const missing = [
  ...new Set(
    Object.entries(packages)
      .filter(([tool]) => !has(tool))
      .map(([, pkg]) => pkg),
  ),
];
if (missing.length) {
  if (isRoot && has("apt-get")) {
    console.log(`installing ${missing.join(" ")} (apt-get)…`);
    execSync("apt-get update -qq", { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", ...missing], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } else {
    console.error(
      `the tests need: ${missing.join(", ")}. Install them (Debian/Ubuntu: sudo apt-get install ${missing.join(" ")}).`,
    );
    process.exit(1);
  }
}

const serverUp = () => {
  try {
    execSync("pg_isready -q -h 127.0.0.1 -p 5432", { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
if (!process.env.STRONGROOM_TEST_PG && !serverUp()) {
  const clusters = (() => {
    try {
      return readdirSync("/etc/postgresql");
    } catch {
      return [];
    }
  })();
  if (isRoot && clusters.length && has("pg_ctlcluster")) {
    console.log(`starting PostgreSQL ${clusters[0]}…`);
    execSync(`pg_ctlcluster --skip-systemctl-redirect ${clusters[0]} main start`, { stdio: "inherit" });
  } else if (isRoot && has("apt-get") && !clusters.length) {
    console.log("installing and starting a PostgreSQL server…");
    execFileSync("apt-get", ["install", "-y", "-qq", "postgresql"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const [version] = readdirSync("/etc/postgresql");
    execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: "inherit" });
  }
  if (!serverUp()) {
    console.error(
      "the tests need a PostgreSQL server on 127.0.0.1:5432 that trusts user postgres (or set STRONGROOM_TEST_PG=postgres://user:pass@host:port)",
    );
    process.exit(1);
  }
}
