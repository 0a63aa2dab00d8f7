import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bytesReadBy, findZstdTool, zstdCompressArgs, zstdInputBytes } from "../../src/stages/zstd-tool.ts";

describe("the zstd tool", () => {
  it("is found, and its -vv summary gives the exact input size", async () => {
    const tool = await findZstdTool(process.env);
    expect(tool).toEqual({ path: "zstd", reportsCounts: true });
    const input = Buffer.alloc(3_000_001, "strongroom ");
    const run = spawnSync("zstd", zstdCompressArgs(3, true, 2), { input });
    expect(run.status).toBe(0);
    expect(zstdInputBytes(run.stderr.toString())).toBe(input.length);
  });

  it("is left out when STRONGROOM_ZSTD=node", async () => {
    expect(await findZstdTool({ ...process.env, STRONGROOM_ZSTD: "node" })).toBeUndefined();
  });

  it("reads both padded and unpadded summaries, and nothing from other text", () => {
    expect(zstdInputBytes("/*stdin*\\            :230.00%   (    10 B =>     23 B, /*stdout*\\)")).toBe(10);
    expect(zstdInputBytes("/*stdin*\\ : 53.21%   (100000000 B => 53209917 B, /*stdout*\\)")).toBe(100000000);
    expect(zstdInputBytes("/*stdin*\\ : 53.21%   (  95.4 MiB =>   50.7 MiB, /*stdout*\\)")).toBeUndefined();
  });

  it("counts what a running process has read, for progress", () => {
    expect(bytesReadBy(process.pid)).toBeGreaterThan(0);
    expect(bytesReadBy(2 ** 22 + 12345)).toBeUndefined();
    expect(bytesReadBy(undefined)).toBeUndefined();
  });
});
