import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.ts";

describe("SQLite through the CLI", () => {
  it("backs up, lists, verifies at every level and restores a SQLite file; restore refuses to overwrite without --force", async () => {
    const dir = tempDir();
    const path = join(dir, "app.db");
    const db = new DatabaseSync(path);
    db.exec(
      "pragma journal_mode = wal; create table notes (id integer primary key, body text); create table tags (name text)",
    );
    const insert = db.prepare("insert into notes (body) values (?)");
    for (let i = 0; i < 500; i++) insert.run(`note ${i} ✓`);
    db.exec("insert into tags values ('a'), ('b')");
    db.close();

    const dest = tempDir();
    const identity = join(tempDir(), "key.txt");
    const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
    const backup = await runCli([
      "backup",
      "--source",
      `sqlite:${path}`,
      "--to",
      dest,
      "--recipient",
      recipient,
      "--json",
    ]);
    expect(backup.code, backup.stderr).toBe(0);
    const manifest = JSON.parse(backup.stdout);
    expect(manifest.format).toBe("sqlite");
    expect(manifest.object).toMatch(/\.sqlite\.zst\.age$/);
    expect(manifest.source.kind).toBe("sqlite");

    for (const level of ["digest", "decode", "restore"]) {
      const verify = await runCli(["verify", "--from", dest, "--level", level, "--identity", identity, "--json"]);
      expect(verify.code, verify.stderr).toBe(0);
    }

    const target = join(tempDir(), "restored.db");
    const restore = await runCli(["restore", "--from", dest, "--to", target, "--identity", identity, "--json"]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout).mismatches).toEqual([]);
    const restored = new DatabaseSync(target, { readOnly: true });
    expect(restored.prepare("select count(*) as n from notes").get()).toEqual({ n: 500 });
    expect(restored.prepare("pragma integrity_check").get()).toEqual({ integrity_check: "ok" });
    restored.close();

    const again = await runCli(["restore", "--from", dest, "--to", target, "--identity", identity]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);
    const forced = await runCli(["restore", "--from", dest, "--to", target, "--identity", identity, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);

    // And by hand, with the standard tools only.
    const manual = join(tempDir(), "manual.db");
    execFileSync("bash", ["-c", `age -d -i '${identity}' '${join(dest, manifest.object)}' | zstd -d > '${manual}'`]);
    expect(existsSync(manual)).toBe(true);
    const check = new DatabaseSync(manual, { readOnly: true });
    expect(check.prepare("select count(*) as n from tags").get()).toEqual({ n: 2 });
    check.close();

    const wrongTarget = await runCli([
      "restore",
      "--from",
      dest,
      "--to",
      "postgres://postgres@127.0.0.1/x",
      "--identity",
      identity,
    ]);
    expect(wrongTarget.code).toBe(2);
  });
});
