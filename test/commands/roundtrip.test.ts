import { execFileSync, execSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.ts";
import { createDatabase, dbUrl, dropDatabase, fingerprint, richDatabase } from "../support/postgres.ts";

const PASSWORD = "pw-Zq8!never-printed";

describe("backup → restore round trip of a database with many kinds of objects", () => {
  let source: string;
  let original: Record<string, string>;
  const made: string[] = [];
  const keyDir = tempDir();
  const identity = join(keyDir, "key.txt");
  let recipient: string;

  beforeAll(async () => {
    source = await richDatabase();
    made.push(source);
    original = await fingerprint(dbUrl(source));
    const keygen = await runCli(["keygen", "--out", identity]);
    expect(keygen.code).toBe(0);
    recipient = keygen.stdout.trim();
    expect(recipient).toMatch(/^age1[0-9a-z]{58}$/);
  });

  afterAll(async () => {
    for (const name of made) await dropDatabase(name);
  });

  it("custom format, zstd, age recipient: restores identically through strongroom and through age | zstd | pg_restore", async () => {
    const dest = tempDir();
    const backup = await runCli([
      "backup",
      "--source",
      dbUrl(source, PASSWORD),
      "--to",
      dest,
      "--recipient",
      recipient,
      "--json",
    ]);
    expect(backup.stderr + backup.stdout).not.toContain(PASSWORD);
    expect(backup.code, backup.stderr).toBe(0);
    const manifest = JSON.parse(backup.stdout);
    expect(manifest.object).toMatch(/\.dump\.zst\.age$/);
    expect(manifest.encryption).toEqual({ type: "age", mode: "recipients", recipients: [recipient] });
    expect(manifest.contents).toBeUndefined();

    const list = await runCli(["list", "--from", dest, "--json"]);
    expect(list.code).toBe(0);
    const entries = JSON.parse(list.stdout);
    expect(entries).toHaveLength(1);
    for (const field of [
      "id",
      "createdAt",
      "size",
      "sha256",
      "object",
      "compression",
      "encryption",
      "format",
      "source",
    ]) {
      expect(entries[0]).toHaveProperty(field);
    }
    expect(entries[0].source).toBe(`postgres://postgres@127.0.0.1:5432/${source}`);
    expect(new Date(entries[0].createdAt).toISOString()).toBe(entries[0].createdAt);

    const verify = await runCli(["verify", "--from", dest, "--identity", identity, "--json"]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)[0]).toMatchObject({ ok: true, level: "decode" });

    const target = `${source}_restored`;
    made.push(target);
    const restore = await runCli([
      "restore",
      "--from",
      dest,
      "--to",
      dbUrl(target, PASSWORD),
      "--identity",
      identity,
      "--json",
    ]);
    expect(restore.code, restore.stderr).toBe(0);
    const report = JSON.parse(restore.stdout);
    expect(report.mismatches).toEqual([]);
    expect(report.tables.find((t: { name: string }) => t.name === "customers").rows).toBe(2000);
    expect(await fingerprint(dbUrl(target))).toEqual(original);
    expect(report.rowsChecked).toBe(true);

    const unchecked = `${source}_unchecked`;
    made.push(unchecked);
    const quick = await runCli(
      ["restore", "--from", dest, "--to", dbUrl(unchecked), "--identity", identity, "--json"].concat("--no-row-check"),
    );
    expect(quick.code, quick.stderr).toBe(0);
    expect(JSON.parse(quick.stdout)).toMatchObject({ rowsChecked: false, tables: [], mismatches: [] });
    expect(await fingerprint(dbUrl(unchecked))).toEqual(original);

    const manual = await createDatabase("sr_manual");
    made.push(manual);
    execSync(
      `age -d -i '${identity}' '${join(dest, manifest.object)}' | zstd -d | pg_restore --exit-on-error -d '${dbUrl(manual)}'`,
      { shell: "/bin/bash", stdio: "pipe" },
    );
    expect(await fingerprint(dbUrl(manual))).toEqual(original);
    // The dump went from pg_dump straight into the zstd tool; its reported size is exact.
    const dumped = execSync(`age -d -i '${identity}' '${join(dest, manifest.object)}' | zstd -d | wc -c`, {
      shell: "/bin/bash",
    });
    expect(manifest.plainSize).toBe(Number(dumped.toString().trim()));
  });

  it("plain format, gzip, passphrase: restores through strongroom and through age -d | gzip -d | psql", async () => {
    const dest = tempDir();
    const env = { BACKUP_PASSPHRASE: "correct horse battery staple" };
    const backup = await runCli(
      [
        "backup",
        "--source",
        dbUrl(source),
        "--to",
        `file:${dest}`,
        "--passphrase-env",
        "BACKUP_PASSPHRASE",
        "--format",
        "plain",
        "--compression",
        "gzip",
        "--level",
        "4",
        "--json",
      ],
      { env },
    );
    expect(backup.code, backup.stderr).toBe(0);
    const manifest = JSON.parse(backup.stdout);
    expect(manifest.object).toMatch(/\.sql\.gz\.age$/);
    expect(backup.stdout + backup.stderr).not.toContain(env.BACKUP_PASSPHRASE);

    const target = `${source}_plain`;
    made.push(target);
    const restore = await runCli(
      ["restore", "--from", dest, "--to", dbUrl(target), "--passphrase-env", "BACKUP_PASSPHRASE"],
      { env },
    );
    expect(restore.code, restore.stderr).toBe(0);
    expect(await fingerprint(dbUrl(target))).toEqual(original);

    // The age CLI reads passphrases only from a terminal: decrypt through a pty.
    const plainFile = join(dest, "dump.sql");
    execFileSync("python3", [
      "-c",
      `import os,pty,sys
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age", "-d", "-o", sys.argv[2], sys.argv[1]])
buf = b""
while b"passphrase" not in buf.lower():
    buf += os.read(fd, 1024)
os.write(fd, sys.argv[3].encode() + b"\\n")
try:
    while os.read(fd, 1024): pass
except OSError: pass
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))`,
      join(dest, manifest.object),
      `${plainFile}.gz`,
      env.BACKUP_PASSPHRASE,
    ]);
    const manual = await createDatabase("sr_manual");
    made.push(manual);
    execSync(`gzip -dc '${plainFile}.gz' | psql -q -v ON_ERROR_STOP=1 -d '${dbUrl(manual)}'`, {
      shell: "/bin/bash",
      stdio: "pipe",
    });
    expect(await fingerprint(dbUrl(manual))).toEqual(original);
  });

  it("an unencrypted backup only with --no-encryption, and its dump decompresses with the zstd CLI", async () => {
    const dest = tempDir();
    const refused = await runCli(["backup", "--source", dbUrl(source), "--to", dest]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--no-encryption");
    expect(readdirSync(dest)).toEqual([]);

    // Node's built-in zstd here (the other tests use the zstd tool when it is installed): same format.
    const backup = await runCli(["backup", "--source", dbUrl(source), "--to", dest, "--no-encryption", "--json"], {
      env: { STRONGROOM_ZSTD: "node" },
    });
    expect(backup.code, backup.stderr).toBe(0);
    const manifest = JSON.parse(backup.stdout);
    expect(manifest.encryption).toEqual({ type: "none" });
    expect(manifest.contents.rowCounts).toBe("exact");
    const customers = manifest.contents.tables.find((t: { name: string }) => t.name === "customers");
    expect(customers.rows).toBe(2000);
    const toc = execSync(`zstd -dc '${join(dest, manifest.object)}' | pg_restore --list`, {
      shell: "/bin/bash",
    }).toString();
    expect(toc).toContain("TABLE DATA public customers");
    writeFileSync(join(dest, "ignored.txt"), "other files in the folder are not backups");
    const list = await runCli(["list", "--from", dest, "--json"]);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it("restore refuses a target that already holds data, and --clean replaces what the backup holds", async () => {
    const dest = tempDir();
    const backup = await runCli(["backup", "--source", dbUrl(source), "--to", dest, "--recipient", recipient]);
    expect(backup.code, backup.stderr).toBe(0);
    const busy = `${source}_busy`;
    made.push(busy);
    const first = await runCli(["restore", "--from", dest, "--to", dbUrl(busy), "--identity", identity]);
    expect(first.code, first.stderr).toBe(0);
    const { sql } = await import("../support/postgres.ts");
    await sql(dbUrl(busy), "delete from orders where id > 10; insert into audit_log (happened) values ('keep me')");
    const refused = await runCli(["restore", "--from", dest, "--to", dbUrl(busy), "--identity", identity]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already holds \d+ relations( and \d+ large objects?)?; nothing was restored/);
    expect((await sql(dbUrl(busy), "select count(*)::int as n from orders")).rows).toEqual([{ n: 10 }]);
    const cleaned = await runCli(["restore", "--from", dest, "--to", dbUrl(busy), "--identity", identity, "--clean"]);
    expect(cleaned.code, cleaned.stderr).toBe(0);
    expect(await fingerprint(dbUrl(busy))).toEqual(original);
  });
});
