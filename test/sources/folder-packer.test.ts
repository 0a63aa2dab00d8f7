import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packFolderWhileWritten } from "../../src/sources/postgres/folder-packer.ts";
import { spawnStage } from "../../src/stages/child-process.ts";
import { tempDir } from "../support/cli.ts";

/**
 * A stand-in for pg_dump -Fd -j 2: a worker process writes two files and stays alive, while the
 * leader keeps slow.dat open until the test has seen quick.dat come out of tar (it reads "go").
 */
const WRITER = `
exec 3>slow.dat
echo first-part >&3
( echo also-done > child.dat; head -c 300000 /dev/urandom > quick.dat; read _ ) &
read go
echo second-part >&3
exec 3>&-
wait
echo toc > toc.dat
`;

/** Runs `script` in a fresh folder packed by tar; once `awaited`'s name is in the tar stream, it may go on. */
async function packed(script: string, awaited: string) {
  const folder = join(tempDir(), "dump");
  mkdirSync(folder);
  const writer = spawnStage("bash", ["-c", `cd '${folder}' && ${script}`], {
    stdin: "pipe",
    stdout: "ignore",
    makeError: (detail) => new Error(detail),
  });
  writer.child.stdin!.on("error", () => {});
  let writerEnded = false;
  writer.exited.then(
    () => (writerEnded = true),
    () => (writerEnded = true),
  );
  const tar = packFolderWhileWritten(writer, folder, undefined);
  const chunks: Buffer[] = [];
  let seenWhileDumping: boolean | undefined;
  for await (const chunk of tar.child.stdout!) {
    chunks.push(chunk as Buffer);
    if (seenWhileDumping === undefined && Buffer.concat(chunks).includes(`${awaited}\0`)) {
      seenWhileDumping = !writerEnded;
      writer.child.stdin!.end("go\ngo\n");
    }
  }
  const outcome = await tar.exited.then(
    () => "ok",
    (error: Error) => error.message,
  );
  return { tar: Buffer.concat(chunks), outcome, seenWhileDumping, folder };
}

function listing(tar: Buffer, dir: string): string[] {
  const file = join(dir, "out.tar");
  writeFileSync(file, tar);
  return execFileSync("tar", ["-tf", file]).toString().trim().split("\n");
}

describe("packing pg_dump's folder while it is written", () => {
  it(
    "sends closed files before the dump ends, open ones only whole, and toc.dat last",
    { timeout: 20_000 },
    async () => {
      // The dump waits for quick.dat to come out of tar: packing only after the dump would never end.
      const { tar, outcome, seenWhileDumping } = await packed(WRITER, "quick.dat");
      expect(outcome).toBe("ok");
      expect(seenWhileDumping).toBe(true);
      const names = listing(tar, tempDir());
      expect(names.slice(0, 2).sort()).toEqual(["child.dat", "quick.dat"]);
      expect(names.slice(2)).toEqual(["slow.dat", "toc.dat"]);
      const out = tempDir();
      execFileSync("tar", ["-xf", "-", "-C", out], { input: tar });
      expect(execFileSync("cat", [join(out, "slow.dat")]).toString()).toBe("first-part\nsecond-part\n");
    },
  );

  it("a dump that fails after some files were sent fails the stream", { timeout: 20_000 }, async () => {
    const script = "head -c 300000 /dev/urandom > a.dat; read go; echo 'pg_dump: error: lost' >&2; exit 1";
    const { outcome, seenWhileDumping } = await packed(script, "a.dat");
    expect(seenWhileDumping).toBe(true);
    expect(outcome).toMatch(/pg_dump: error: lost/);
  });
});
