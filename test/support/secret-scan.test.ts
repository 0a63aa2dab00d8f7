import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./cli.ts";
import { expectNoSecrets, findSecrets, secretsOf } from "./secret-scan.ts";

const SECRET = "s3cr3t/P@ss word+x";

describe("secret scan", () => {
  it("finds a secret raw, URL-encoded and in base64 at every offset, and never prints it", () => {
    for (const prefix of ["", "a", "ab", "abc"]) {
      const basic = Buffer.from(`${prefix}user:${SECRET}`).toString("base64");
      expect(findSecrets([SECRET], { header: `Authorization: Basic ${basic}` })).toHaveLength(1);
    }
    expect(findSecrets([SECRET], { log: `url postgres://u:${encodeURIComponent(SECRET)}@h/db` })).toEqual([
      expect.stringContaining("URL-encoded in log"),
    ]);
    expect(findSecrets([SECRET], { body: Buffer.from(`x${SECRET}y`) })).toEqual([
      expect.stringContaining("raw in body"),
    ]);
    expect(() => expectNoSecrets([SECRET], { stderr: `oops ${SECRET}` })).toThrow(/secret #1 .* raw in stderr/);
    try {
      expectNoSecrets([SECRET], { stderr: SECRET });
    } catch (error) {
      expect(String(error)).not.toContain(SECRET);
    }
  });

  it("passes clean output and ignores values too short to tell from ordinary text", () => {
    expect(findSecrets([SECRET, "5432"], { stdout: "listening on 5432, postgres://u:***@h/db" })).toEqual([]);
  });

  it("takes secrets from secret-named variables, URL passwords, passphrase variables and key files", () => {
    const dir = tempDir();
    const keyFile = join(dir, "key.txt");
    const key = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";
    writeFileSync(keyFile, `# created: now\n${key}\n`);
    const secrets = secretsOf(
      { AWS_SECRET_ACCESS_KEY: "aws-secret-value", AWS_ACCESS_KEY_ID: "AKIDEXAMPLE1", MY_PASS: "passphrase-value" },
      ["--source", "postgres://user:url%2Fpassword@127.0.0.1/db", "--identity", keyFile, "--passphrase-env", "MY_PASS"],
      { "service-role-key": "service-role-jwt", source: "postgres://u:input-password@h/db" },
    );
    expect(secrets).toEqual(
      expect.arrayContaining([
        "aws-secret-value",
        "url/password",
        key,
        "passphrase-value",
        "service-role-jwt",
        "input-password",
      ]),
    );
    expect(secrets).not.toContain("AKIDEXAMPLE1");
    expect(secrets).not.toContain(keyFile);
  });
});
