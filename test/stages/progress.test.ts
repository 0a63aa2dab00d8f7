import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startProgress } from "../../src/stages/progress.ts";

// The clock is the test's: each report is one timer tick, whatever the machine's load.
beforeEach(() => {
  vi.useFakeTimers({ now: 0, toFake: ["setInterval", "clearInterval", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lines reported over `ms` of the test's clock at 20 ms intervals; none after stop. */
function lines(totalBytes: number | undefined, bytesPerMs: number, ms: number): string[] {
  const seen: string[] = [];
  const dumped = () => Date.now() * bytesPerMs;
  const stop = startProgress(
    [
      { label: "dumped", bytes: dumped },
      { label: "stored", bytes: () => dumped() / 4 },
    ],
    (line) => seen.push(line),
    { intervalMs: 20, ...(totalBytes ? { totalBytes } : {}) },
  );
  vi.advanceTimersByTime(ms);
  expect(seen).toHaveLength(Math.floor(ms / 20));
  stop();
  vi.advanceTimersByTime(1000);
  expect(seen, "no report after stop").toHaveLength(Math.floor(ms / 20));
  return seen;
}

describe("progress", () => {
  it("reports bytes dumped and stored, the rate, and the time left when the total is known", () => {
    const seen = lines(10e9, 1e6, 130);
    for (const line of seen) {
      expect(line).toMatch(
        /^dumped [\d.]+ [MG]iB, stored [\d.]+ MiB, [\d.]+ [MG]iB\/s, about [\d.]+ (s|min .*|h .*) left$/,
      );
    }
    // 10 GB at 1 GB/s, 120 ms in: 9.88 s left.
    expect(seen.at(-1)).toMatch(/^dumped 114(\.\d)? MiB, .*, about 10(\.0)? s left$/);
  });

  it("leaves the time out without a total, and once the total is passed", () => {
    for (const line of lines(undefined, 1e6, 60)) expect(line).not.toMatch(/left/);
    const passed = lines(1e6, 1e6, 60);
    expect(passed).toHaveLength(3);
    for (const line of passed) expect(line).not.toMatch(/left/);
  });
});
