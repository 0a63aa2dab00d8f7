import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseJobs, JOBS_MODEL, predictedSecondsPerGB } from "../../src/config/auto-jobs.ts";

describe("chooseJobs", () => {
  it.each([
    [1, 1],
    [2, 1],
    [4, 1],
    [8, 3],
    [16, 5],
    [64, 8],
  ])("%i cores → --jobs %i", (cores, jobs) => {
    expect(chooseJobs(cores).jobs).toBe(jobs);
  });

  it("says what it chose and why", () => {
    expect(chooseJobs(2).reason).toMatch(/^--jobs 1 \(chosen for 2 cores: one stream already keeps 2 cores busy/);
    expect(chooseJobs(8).reason).toMatch(/^--jobs 3 \(chosen for 8 cores: about 54 % faster/);
  });

  it("never picks more jobs than cores, and never a prediction worse than one stream", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 256 }), (cores) => {
        const choice = chooseJobs(cores);
        expect(choice.jobs).toBeGreaterThanOrEqual(1);
        expect(choice.jobs).toBeLessThanOrEqual(Math.max(1, cores));
        expect(choice.secondsPerGB).toBeLessThanOrEqual(predictedSecondsPerGB(1, cores));
      }),
    );
  });

  it("follows the model: a dump bound by its one COPY stream parallelises even on 2 cores", () => {
    const model = { ...JOBS_MODEL, serialSecondsPerGB: 12, directoryOverhead: 1 };
    expect(chooseJobs(1, model).jobs).toBe(1);
    expect(chooseJobs(2, model).jobs).toBe(2);
  });
});
