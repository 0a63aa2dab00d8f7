import { chmod, chown, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalFolder } from "../../src/destinations/local-folder.ts";
import { DestinationError, isPermanent } from "../../src/errors.ts";
import { FIXTURES, isRoot, NOBODY, nobodysFolder, runAsNobody } from "../support/unprivileged.ts";
import { chunked, describeConformance } from "./conformance.ts";

describeConformance("LocalFolder", async () => {
  const root = await mkdtemp(join(tmpdir(), "strongroom-local-"));
  const folder = join(root, "backups");
  return {
    destination: new LocalFolder(folder),
    // Partial files are hidden from list(); look at the raw folder for them.
    leftovers: async () => (await readdir(folder).catch(() => [] as string[])).filter((entry) => entry.startsWith(".")),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
});

describe("LocalFolder: folders it cannot write", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "strongroom-local-"));
  });
  afterAll(async () => {
    await chmod(root, 0o700).catch(() => {});
    await rm(root, { recursive: true, force: true });
  });

  async function expectPermanentWithHint(folder: string): Promise<void> {
    const error = await new LocalFolder(folder).put("x.bin", chunked(Buffer.from("data"))).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DestinationError);
    expect(isPermanent(error)).toBe(true);
    expect((error as DestinationError).hint).toBeTruthy();
  }

  // Fails for root too: no permission bit makes a regular file a directory.
  it("a folder under a regular file is a permanent error with a hint", async () => {
    const file = join(root, "not-a-folder");
    await writeFile(file, "x");
    await expectPermanentWithHint(join(file, "backups"));
  });

  // Root writes anywhere: then the put runs as nobody, in a folder nobody owns.
  it("a read-only folder (chmod 500) is a permanent error with a hint", async () => {
    const folder = join(isRoot ? nobodysFolder() : root, "read-only");
    await new LocalFolder(folder).put("first.bin", chunked(Buffer.from("x")));
    if (isRoot) await chown(folder, NOBODY.uid, NOBODY.gid);
    await chmod(folder, 0o500);
    if (!isRoot) return expectPermanentWithHint(folder);
    const outcome = runAsNobody<{ name: string; message: string; permanent: boolean; hint: string }>(
      join(FIXTURES, "local-folder-put.ts"),
      [folder],
    );
    expect(outcome).toMatchObject({ name: "DestinationError", permanent: true, hint: expect.any(String) });
    expect(outcome.message).toContain(folder);
    await chmod(folder, 0o700);
  });
});
