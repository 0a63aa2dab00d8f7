/**
 * The bench's node-floor stage is only a yardstick if it does a backup's real work: it must write
 * an age file the real CLI decrypts, and print the sha256 of what it wrote. Run as the bench runs
 * it: the Node binary running the tests (Node 24, see global-setup) on the script, stdin in, stdout out.
 */
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIdentityFile, generateIdentity } from "../../src/crypto/age-keys.ts";
import { pseudoRandomBytes, run, withTempDir } from "../fixtures/age/support.ts";

const SCRIPT = fileURLToPath(new URL("../../scripts/bench/node-floor.ts", import.meta.url));
// Around the 64 KiB chunk and the 128 KiB read buffer: the last chunk full, short or empty.
const SIZES = [0, 1, 65535, 65536, 65537, 131071, 131072, 131073, 3 * 65536, 1_000_003];

describe("bench node-floor stage", () => {
  it("writes an age file that the age CLI decrypts, and prints its sha256", async () => {
    await withTempDir(async (dir) => {
      const identity = generateIdentity();
      const identityFile = join(dir, "key.txt");
      await writeFile(identityFile, formatIdentityFile(identity, new Date()));
      for (const [index, size] of SIZES.entries()) {
        const plain = pseudoRandomBytes(size, index + 1);
        const sealed = await run(process.execPath, [SCRIPT, identity.recipient], { input: plain });
        expect(sealed.stderr).toBe(`node-floor: sha256 ${createHash("sha256").update(sealed.stdout).digest("hex")}\n`);
        expect(sealed.code).toBe(0);
        const opened = await run("age", ["-d", "-i", identityFile], { input: sealed.stdout });
        expect(opened.stderr).toBe("");
        expect(opened.stdout.equals(plain), `size ${size}`).toBe(true);
      }
    });
  });

  it("refuses to run without a recipient", async () => {
    const result = await run(process.execPath, [SCRIPT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage:");
  });
});
