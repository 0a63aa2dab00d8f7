import { describe, expect, it } from "vitest";
import { startProgress } from "../../src/stages/progress.ts";

async function lines(totalBytes: number | undefined, bytesPerMs: number): Promise<string[]> {
  const seen: string[] = [];
  const started = Date.now();
  const dumped = () => (Date.now() - started) * bytesPerMs;
  const stop = startProgress(
    [
      { label: "dumped", bytes: dumped },
      { label: "stored", bytes: () => dumped() / 4 },
    ],
    (line) => seen.push(line),
    { intervalMs: 20, ...(totalBytes ? { totalBytes } : {}) },
  );
  await new Promise((resolve) => setTimeout(resolve, 130));
  stop();
  const count = seen.length;
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(seen).toHaveLength(count);
  return seen;
}

describe("progress", () => {
  it("reports bytes dumped and stored, the rate, and the time left when the total is known", async () => {
    const seen = await lines(10e9, 1e6);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const line of seen) {
      expect(line).toMatch(
        /^dumped [\d.]+ [MG]iB, stored [\d.]+ MiB, [\d.]+ [MG]iB\/s, about [\d.]+ (s|min .*|h .*) left$/,
      );
    }
    // 10 GB at about 1 GB/s: seconds, not minutes.
    expect(seen.at(-1)).toMatch(/about [\d.]+ s left$/);
  });

  it("leaves the time out without a total, and once the total is passed", async () => {
    for (const line of await lines(undefined, 1e6)) expect(line).not.toMatch(/left/);
    for (const line of await lines(1e6, 1e6)) expect(line).not.toMatch(/left/);
  });
});
