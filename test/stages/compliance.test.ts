/**
 * Every stream stage runs node-pg-copy-streams' compliance matrix (STYLE.md): success, an error
 * before the first chunk, an error after some chunks, and an abort by signal, each composed with
 * `pipeline()` and with `finished()`. Success is decoded by the real zstd, gzip and age CLIs; a
 * failure must reach the stage's promise with its own message, must never give the reader a clean
 * end, and must leave no child process behind (not even a zombie).
 */
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Transform } from "node:stream";
import { describe, expect, it } from "vitest";
import type { EncryptionConfig } from "../../src/config/encryption.ts";
import { outputOf, spawnStage } from "../../src/stages/child-process.ts";
import { createCompressStream } from "../../src/stages/compress.ts";
import { createDigestStream, type DigestStream } from "../../src/stages/digest.ts";
import type { EncodeSource } from "../../src/stages/encode.ts";
import { encryptStage } from "../../src/stages/encrypt.ts";
import { createMeterStream, type MeterStream } from "../../src/stages/meter.ts";
import { createRechunkStream } from "../../src/stages/rechunk.ts";
import { pseudoRandomBytes, run as runTool } from "../fixtures/age/support.ts";
import { tempDir } from "../support/cli.ts";
import {
  childProcesses,
  EARLY_MESSAGE,
  LATE_MESSAGE,
  MODES,
  type Mode,
  type Outcome,
  OUTCOMES,
  type Run,
  runEncoding,
  runTransform,
  sourceFor,
} from "./compliance-support.ts";

const MiB = 1024 * 1024;
// Compressible text and incompressible bytes, several 1 MiB chunks of each.
const DATA = Buffer.concat([
  Buffer.alloc((3 * MiB) / 2, "strongroom row 42, 'some text', {\"json\": true}\n"),
  pseudoRandomBytes((3 * MiB) / 2 + 17, 19),
]);
const folder = tempDir("compliance-");
const identityFile = join(folder, "identity.txt");
execFileSync("age-keygen", ["-o", identityFile], { stdio: "ignore" });
const recipient = execFileSync("age-keygen", ["-y", identityFile], { encoding: "utf8" }).trim();
const RECIPIENTS: EncryptionConfig = { mode: "recipients", recipients: [recipient] };
const dataFile = join(folder, "data.bin");
writeFileSync(dataFile, DATA);

async function decode(command: string, args: string[], input: Buffer): Promise<Buffer> {
  const result = await runTool(command, args, { input });
  expect(result.stderr, `${command} ${args.join(" ")}`).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}
const ageDecrypt = (input: Buffer) => decode("age", ["-d", "-i", identityFile], input);
const zstdDecompress = (input: Buffer) => decode("zstd", ["-d", "-c", "-q"], input);

interface StageCase {
  readonly name: string;
  run(outcome: Outcome, mode: Mode, abort: AbortController): Promise<Run>;
  check(run: Run): Promise<void>;
  /** What the stage's error says, when the source is not a Node stream. */
  readonly errors?: Partial<Record<Outcome, RegExp>>;
}

function transformCase<T extends Transform>(name: string, make: () => T, check: (run: Run, stage: T) => Promise<void>) {
  let last: T;
  return {
    name,
    run: async (outcome: Outcome, mode: Mode, abort: AbortController) => {
      last = make();
      const result = await runTransform(
        last,
        mode,
        sourceFor(outcome, DATA, () => abort.abort()),
        abort.signal,
      );
      if (outcome !== "success") expect(last.destroyed, "a failed stage is destroyed").toBe(true);
      return result;
    },
    check: (run: Run) => check(run, last),
  } satisfies StageCase;
}

type Timing = "waits for zstd" | "writes at once";

/**
 * A dump tool (sh) writing `DATA` to stdout, failing or stalling as `outcome` says. It either
 * waits for a line on stdin (written once the encoding has started: zstd takes its stdout over
 * untouched) or writes at once (Node has read the start of its output before zstd exists).
 */
async function toolSource(outcome: Outcome, timing: Timing, abort: AbortController) {
  const half = Math.floor(DATA.length / 2);
  const script: Record<Outcome, string> = {
    success: 'cat "$1"',
    "early error": "echo 'no connection' >&2; exit 3",
    "late error": `head -c ${half} "$1"; echo 'connection lost' >&2; exit 3`,
    abort: `head -c ${half} "$1"; echo idle >&2; exec sleep 60`,
  };
  const tool = spawnStage(
    "sh",
    ["-c", `${timing === "waits for zstd" ? "read go; " : ""}${script[outcome]}`, "sh", dataFile],
    {
      stdin: "pipe",
      signal: abort.signal,
      onStderrLine: (line) => {
        if (line === "idle") abort.abort();
      },
      makeError: (detail) => new Error(`the dump tool failed: ${detail}`),
    },
  );
  tool.child.stdin!.on("error", () => {});
  if (timing === "writes at once" && outcome !== "early error") await once(tool.child.stdout!, "readable");
  const source: EncodeSource = { stream: outputOf(tool), tool };
  return { source, started: () => tool.child.stdin!.end("go\n") };
}

function encodeCase(name: string, options: { encrypted: boolean; env: NodeJS.ProcessEnv; tool?: Timing }) {
  return {
    name,
    run: async (outcome: Outcome, mode: Mode, abort: AbortController) => {
      const { source, started } = options.tool
        ? await toolSource(outcome, options.tool, abort)
        : { source: { stream: sourceFor(outcome, DATA, () => abort.abort()) }, started: undefined };
      const encryption: EncryptionConfig = options.encrypted ? RECIPIENTS : { mode: "none" };
      const settings = { compression: "zstd", level: 3, encryption, env: options.env } as const;
      const result = await runEncoding(source, mode, settings, abort.signal, started);
      if (outcome === "success") expect(result.plainBytes).toBe(DATA.length);
      return result;
    },
    check: async (run: Run) => {
      const compressed = options.encrypted ? await ageDecrypt(run.output) : run.output;
      expect((await zstdDecompress(compressed)).equals(DATA)).toBe(true);
    },
    ...(options.tool
      ? {
          errors: {
            "early error": /dump tool failed: no connection\n\(sh exited with code 3\)/,
            "late error": /dump tool failed: connection lost\n\(sh exited with code 3\)/,
          },
        }
      : {}),
  } satisfies StageCase;
}

const CASES: StageCase[] = [
  transformCase(
    "compress (zstd)",
    () => createCompressStream("zstd", 3)!,
    async (run) => {
      expect((await zstdDecompress(run.output)).equals(DATA)).toBe(true);
    },
  ),
  transformCase(
    "compress (gzip)",
    () => createCompressStream("gzip", 6)!,
    async (run) => {
      expect((await decode("gzip", ["-d", "-c"], run.output)).equals(DATA)).toBe(true);
    },
  ),
  transformCase("digest", createDigestStream, async (run, stage: DigestStream) => {
    expect(run.output.equals(DATA)).toBe(true);
    expect(stage.result()).toEqual({ sha256: createHash("sha256").update(DATA).digest("hex"), size: DATA.length });
  }),
  transformCase("meter", createMeterStream, async (run, stage: MeterStream) => {
    expect(run.output.equals(DATA)).toBe(true);
    expect(stage.bytes()).toBe(DATA.length);
  }),
  transformCase(
    "rechunk",
    () => createRechunkStream(256 * 1024),
    async (run) => {
      expect(run.output.equals(DATA)).toBe(true);
      expect(run.chunks.slice(0, -1).every((chunk) => chunk.length >= 256 * 1024)).toBe(true);
      expect(run.chunks.length).toBe(Math.ceil(DATA.length / (256 * 1024)));
    },
  ),
  transformCase(
    "encrypt (age)",
    () => encryptStage(RECIPIENTS)!,
    async (run) => {
      expect((await ageDecrypt(run.output)).equals(DATA)).toBe(true);
    },
  ),
  encodeCase("encode (zstd tool, age)", { encrypted: true, env: process.env }),
  encodeCase("encode (Node's zstd)", { encrypted: false, env: { ...process.env, STRONGROOM_ZSTD: "node" } }),
  encodeCase("encode (a dump tool's stdout handed to zstd, age)", {
    encrypted: true,
    env: process.env,
    tool: "waits for zstd",
  }),
  encodeCase("encode (a dump tool that wrote before zstd started, age)", {
    encrypted: true,
    env: process.env,
    tool: "writes at once",
  }),
];

const MATRIX = MODES.flatMap((mode) => OUTCOMES.map((outcome) => [outcome, mode] as const));

describe.each(CASES)("$name", (stage) => {
  it.each(MATRIX)("%s, composed with %s()", async (outcome, mode) => {
    const abort = new AbortController();
    const run = await stage.run(outcome, mode, abort);
    expect(childProcesses(), "child processes left running or unreaped").toEqual([]);
    if (outcome === "success") {
      expect(run.stage).toEqual({ status: "fulfilled", value: undefined });
      expect(run.consumer).toEqual({ status: "fulfilled", value: undefined });
      await stage.check(run);
      return;
    }
    expect(run.consumer.status, "the reader saw a clean end after a failure").toBe("rejected");
    expect(run.stage.status).toBe("rejected");
    const error = (run.stage as PromiseRejectedResult).reason as Error;
    if (outcome === "abort") expect(error.name).toBe("AbortError");
    else
      expect(error.message).toMatch(
        stage.errors?.[outcome] ?? (outcome === "early error" ? EARLY_MESSAGE : LATE_MESSAGE),
      );
  });
});
