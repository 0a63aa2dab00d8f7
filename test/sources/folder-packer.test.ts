import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packFolderWhileWritten } from "../../src/sources/postgres/folder-packer.ts";
import { spawnStage } from "../../src/stages/child-process.ts";
import { tempDir } from "../support/cli.ts";

/** A stand-in for pg_dump -Fd -j 2: a worker that keeps one file open while another is done. */
const WRITER = `
exec 3>slow.dat
echo first-part >&3
head -c 300000 /dev/urandom > quick.dat
( sleep 0.3; echo also-done > child.dat; sleep 1.5 ) &
sleep 1.5
echo second-part >&3
exec 3>&-
wait
echo toc > toc.dat
`;

async function packed(script: string) {
  const folder = join(tempDir(), "dump");
  mkdirSync(folder);
  const started = Date.now();
  const writer = spawnStage("bash", ["-c", `cd '${folder}' && ${script}`], {
    stdout: "ignore",
    makeError: (detail) => new Error(detail),
  });
  let writerEnded = 0;
  writer.exited.then(
    () => (writerEnded = Date.now() - started),
    () => {},
  );
  const tar = packFolderWhileWritten(writer, folder, undefined);
  const arrivals: number[] = [];
  const chunks: Buffer[] = [];
  for await (const chunk of tar.child.stdout!) {
    arrivals.push(Date.now() - started);
    chunks.push(chunk as Buffer);
  }
  const outcome = await tar.exited.then(
    () => "ok",
    (error: Error) => error.message,
  );
  return { arrivals, tar: Buffer.concat(chunks), outcome, writerEnded, folder };
}

function listing(tar: Buffer, dir: string): string[] {
  const file = join(dir, "out.tar");
  writeFileSync(file, tar);
  return execFileSync("tar", ["-tf", file]).toString().trim().split("\n");
}

describe("packing pg_dump's folder while it is written", () => {
  it("sends closed files before the dump ends, open ones only whole, and toc.dat last", async () => {
    const { arrivals, tar, outcome, writerEnded } = await packed(WRITER);
    expect(outcome).toBe("ok");
    expect(arrivals[0]).toBeLessThan(writerEnded);
    const names = listing(tar, tempDir());
    expect(names.slice(0, 2).sort()).toEqual(["child.dat", "quick.dat"]);
    expect(names.slice(2)).toEqual(["slow.dat", "toc.dat"]);
    const out = tempDir();
    execFileSync("tar", ["-xf", "-", "-C", out], { input: tar });
    expect(execFileSync("cat", [join(out, "slow.dat")]).toString()).toBe("first-part\nsecond-part\n");
  });

  it("a dump that fails fails the stream", async () => {
    const { outcome } = await packed("echo done > a.dat; sleep 0.5; echo 'pg_dump: error: lost' >&2; exit 1");
    expect(outcome).toMatch(/pg_dump: error: lost/);
  });
});
