import { describe, expect, it } from "vitest";
import { decryptBuffer, encryptBuffer } from "../../src/crypto/age-stream.ts";

// A *.slow.test.ts file: part of the run only with STRONGROOM_SLOW=1 (scripts/vitest.config.ts).
describe("age passphrases at the highest work factor", () => {
  it("decrypts at scrypt work factor 22 (4 GiB of scrypt memory)", async () => {
    const passphrase = "correct horse battery staple";
    const file = await encryptBuffer(Buffer.from("slow"), { passphrase, workFactor: 22 });
    expect((await decryptBuffer(file, { passphrase })).toString()).toBe("slow");
  }, 900_000);
});
