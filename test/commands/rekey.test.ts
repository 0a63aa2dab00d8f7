/**
 * `strongroom rekey` through the CLI bundle, on a folder and on S3: the real age CLI decrypts the
 * re-keyed object with the new key and not with the old, restore with the new key gives the same
 * database, --dry-run changes nothing, backups not encrypted to the old key are reported and left
 * alone, and no secret is ever printed.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIdentityFile } from "../../src/crypto/age-keys.ts";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { dbUrl, dropDatabase, fingerprint, richDatabase } from "../support/postgres.ts";

const PASSPHRASE = "old-passphrase-Kq7!never-shown";

interface Key {
  readonly file: string;
  readonly recipient: string;
  readonly secret: string;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(join(dir, name)))
          .digest("hex"),
      ]),
  );
}

function ageDecrypts(key: Key, file: string): boolean {
  try {
    execFileSync("age", ["-d", "-i", key.file, "-o", "/dev/null", file], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

describe("strongroom rekey", () => {
  const dirs: string[] = [];
  const databases: string[] = [];
  let source: string;
  let original: Record<string, string>;
  let oldKey: Key;
  let newKey: Key;
  let otherKey: Key;
  let s3: S3TestServer;
  let s3Env: NodeJS.ProcessEnv;

  const dir = () => {
    const made = tempDir();
    dirs.push(made);
    return made;
  };
  const keygen = async (): Promise<Key> => {
    const file = join(dir(), "key.txt");
    const run = await runCli(["keygen", "--out", file]);
    expect(run.code, run.stderr).toBe(0);
    return { file, recipient: run.stdout.trim(), secret: parseIdentityFile(readFileSync(file, "utf8"))[0]! };
  };
  const backup = async (to: string, encryption: string[], env: NodeJS.ProcessEnv = {}) => {
    const run = await runCli(["backup", "--source", dbUrl(source), "--to", to, ...encryption, "--json"], { env });
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as { id: string; object: string };
  };
  const restoreMatches = async (from: string, key: Key, id: string, env: NodeJS.ProcessEnv = {}) => {
    const target = `${source}_r${databases.length}`;
    databases.push(target);
    const run = await runCli(
      ["restore", "--from", from, "--backup", id, "--to", dbUrl(target), "--identity", key.file, "--json"],
      { env },
    );
    if (run.code !== 0) return run;
    expect(await fingerprint(dbUrl(target))).toEqual(original);
    return run;
  };
  const noSecrets = (text: string) => {
    for (const secret of [oldKey.secret, newKey.secret, otherKey.secret, PASSPHRASE])
      expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    source = await richDatabase();
    databases.push(source);
    original = await fingerprint(dbUrl(source));
    [oldKey, newKey, otherKey] = [await keygen(), await keygen(), await keygen()];
    s3 = await startS3Server();
    await s3.createBucket("backups");
    s3Env = {
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: s3.region,
      AWS_ENDPOINT_URL: s3.endpoint,
      AWS_EC2_METADATA_DISABLED: "true",
    };
  });

  afterAll(async () => {
    await s3?.stop();
    for (const name of databases) await dropDatabase(name);
    for (const made of dirs) rmSync(made, { recursive: true, force: true });
  });

  it("on a folder: --dry-run changes nothing; then re-keys the old key's backups, skips the others, and only the new key restores", async () => {
    const folder = dir();
    const mine = await backup(folder, ["--recipient", oldKey.recipient]);
    const shared = await backup(folder, ["--recipient", oldKey.recipient, "--recipient", otherKey.recipient]);
    const theirs = await backup(folder, ["--recipient", otherKey.recipient]);
    const clear = await backup(folder, ["--no-encryption"]);
    const before = snapshot(folder);

    const dry = await runCli([
      "rekey",
      "--from",
      folder,
      "--identity",
      oldKey.file,
      "--recipient",
      newKey.recipient,
      "--dry-run",
      "--json",
    ]);
    expect(dry.code, dry.stderr).toBe(0);
    noSecrets(dry.stdout + dry.stderr);
    const planned = Object.fromEntries(
      JSON.parse(dry.stdout).backups.map((b: { id: string; status: string }) => [b.id, b.status]),
    );
    expect(planned).toEqual({
      [mine.id]: "would-rekey",
      [shared.id]: "would-rekey",
      [theirs.id]: "skipped",
      [clear.id]: "skipped",
    });
    expect(snapshot(folder)).toEqual(before);

    const run = await runCli(["rekey", "--from", folder, "--identity", oldKey.file, "--recipient", newKey.recipient]);
    expect(run.code, run.stderr).toBe(0);
    noSecrets(run.stdout + run.stderr);
    expect(run.stdout).toMatch(
      new RegExp(`rekeyed\\s+${mine.id}: ${mine.object} → ${mine.id}\\.rekey-\\d{8}T\\d{9}Z\\.dump\\.zst\\.age`),
    );
    expect(run.stdout).toMatch(new RegExp(`skipped\\s+${theirs.id}: not encrypted to the old identity`));
    expect(run.stdout).toMatch(new RegExp(`skipped\\s+${clear.id}: not encrypted`));
    expect(run.stdout).toContain("2 re-keyed");

    const list = await runCli(["list", "--from", folder, "--json"]);
    expect(list.code, list.stderr).toBe(0);
    const listed = Object.fromEntries(JSON.parse(list.stdout).map((b: { id: string }) => [b.id, b]));
    expect(listed[mine.id]).toMatchObject({ recipients: [newKey.recipient], objectPresent: true });
    expect(listed[shared.id]).toMatchObject({ recipients: [newKey.recipient], objectPresent: true });
    expect(listed[theirs.id]).toMatchObject({ recipients: [otherKey.recipient], object: theirs.object });
    expect(listed[clear.id]).toMatchObject({ recipients: [], object: clear.object });
    const text = await runCli(["list", "--from", folder]);
    expect(text.stdout).toContain("KEYS");
    expect(text.stdout).toContain(newKey.recipient.slice(-6));

    for (const id of [mine.id, shared.id]) {
      const object = join(folder, listed[id].object);
      expect(listed[id].object.startsWith(`${id}.`)).toBe(true);
      expect(ageDecrypts(newKey, object)).toBe(true);
      expect(ageDecrypts(oldKey, object)).toBe(false);
    }
    // The shared backup was re-keyed for the new recipient only: the other key no longer opens it.
    expect(ageDecrypts(otherKey, join(folder, listed[shared.id].object))).toBe(false);
    // The old objects are gone, nothing else is left over.
    expect(readdirSync(folder).sort()).toEqual(
      Object.values(listed)
        .flatMap((b: { id: string; object: string }) => [b.object, `${b.id}.manifest.json`])
        .sort(),
    );
    expect((await restoreMatches(folder, newKey, mine.id)).code).toBe(0);
    const refused = await restoreMatches(folder, oldKey, mine.id);
    expect(refused.code).toBe(5);
    noSecrets(refused.stdout + refused.stderr);
    // Sealed contents were re-wrapped too: verify with the new key reads them.
    const verify = await runCli([
      "verify",
      "--from",
      folder,
      "--backup",
      shared.id,
      "--identity",
      newKey.file,
      "--json",
    ]);
    expect(verify.code, verify.stderr).toBe(0);

    const again = await runCli([
      "rekey",
      "--from",
      folder,
      "--identity",
      oldKey.file,
      "--recipient",
      newKey.recipient,
      "--json",
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).backups.every((b: { status: string }) => b.status === "skipped")).toBe(true);
  });

  it("a passphrase backup is re-keyed with --passphrase-env; a single --backup is re-keyed alone", async () => {
    const folder = dir();
    const env = { OLD_PASSPHRASE: PASSPHRASE };
    const first = await backup(folder, ["--passphrase-env", "OLD_PASSPHRASE"], env);
    const second = await backup(folder, ["--passphrase-env", "OLD_PASSPHRASE"], env);
    const run = await runCli(
      [
        "rekey",
        "--from",
        folder,
        "--passphrase-env",
        "OLD_PASSPHRASE",
        "--recipient",
        newKey.recipient,
        "--backup",
        first.id,
        "--json",
      ],
      { env },
    );
    expect(run.code, run.stderr).toBe(0);
    noSecrets(run.stdout + run.stderr);
    expect(JSON.parse(run.stdout).backups.map((b: { id: string; status: string }) => [b.id, b.status])).toEqual([
      [first.id, "rekeyed"],
    ]);
    const listed = JSON.parse((await runCli(["list", "--from", folder, "--json"])).stdout);
    expect(listed.find((b: { id: string }) => b.id === first.id)).toMatchObject({ encryption: "age-recipients" });
    expect(listed.find((b: { id: string }) => b.id === second.id)).toMatchObject({
      encryption: "age-passphrase",
      object: second.object,
    });
    expect((await restoreMatches(folder, newKey, first.id)).code).toBe(0);
  });

  it("bad input is refused and nothing changes: no old key or a secret key as recipient (exit 2), an unknown id (exit 4)", async () => {
    const folder = dir();
    await backup(folder, ["--recipient", oldKey.recipient]);
    const before = snapshot(folder);
    const noKey = await runCli(["rekey", "--from", folder, "--recipient", newKey.recipient]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain("--identity");
    const secretAsRecipient = await runCli([
      "rekey",
      "--from",
      folder,
      "--identity",
      oldKey.file,
      "--recipient",
      newKey.secret,
    ]);
    expect(secretAsRecipient.code).toBe(2);
    noSecrets(secretAsRecipient.stdout + secretAsRecipient.stderr);
    const unknown = await runCli([
      "rekey",
      "--from",
      folder,
      "--identity",
      oldKey.file,
      "--recipient",
      newKey.recipient,
      "--backup",
      "20200101T000000000Z-x-000000000000",
    ]);
    expect(unknown.code).toBe(4);
    const artifact = await runCli([
      "rekey",
      "--from",
      "artifact:",
      "--identity",
      oldKey.file,
      "--recipient",
      newKey.recipient,
    ]);
    expect(artifact.code).toBe(2);
    expect(artifact.stderr).toContain("cannot rewrite GitHub artifacts");
    expect(snapshot(folder)).toEqual(before);
  });

  it("on S3: the re-keyed object decrypts with the new key (age CLI) and not the old, restores identically, old object removed", async () => {
    const to = "s3://backups/rekey";
    const made = await backup(to, ["--recipient", oldKey.recipient], s3Env);
    const run = await runCli(
      ["rekey", "--from", to, "--identity", oldKey.file, "--recipient", newKey.recipient, "--json"],
      {
        env: s3Env,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    noSecrets(run.stdout + run.stderr);
    const [result] = JSON.parse(run.stdout).backups;
    expect(result).toMatchObject({ id: made.id, status: "rekeyed", oldObject: made.object });
    const out = dir();
    const get = await runCli(["get", "--from", to, "--backup", made.id, "--out", out, "--json"], { env: s3Env });
    expect(get.code, get.stderr).toBe(0);
    const stored = join(out, result.object);
    expect(ageDecrypts(newKey, stored)).toBe(true);
    expect(ageDecrypts(oldKey, stored)).toBe(false);
    const list = JSON.parse((await runCli(["list", "--from", to, "--json"], { env: s3Env })).stdout);
    expect(list).toEqual([
      expect.objectContaining({
        id: made.id,
        object: result.object,
        recipients: [newKey.recipient],
        objectPresent: true,
      }),
    ]);
    expect((await s3.keys("backups")).sort()).toEqual(
      [`rekey/${made.id}.manifest.json`, `rekey/${result.object}`].sort(),
    );
    expect((await restoreMatches(to, newKey, made.id, s3Env)).code).toBe(0);
    expect((await restoreMatches(to, oldKey, made.id, s3Env)).code).toBe(5);
  });
});
