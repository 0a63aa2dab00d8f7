/**
 * How many tables to dump at once when the user does not say: a model of where a backup's time
 * goes, with its numbers measured on a 2-core machine (README, Performance).
 */
export interface JobsModel {
  /** CPU-seconds per GB of dump for the whole pipeline: COPY, pg_dump, zstd -3, age, sha256. */
  readonly cpuSecondsPerGB: number;
  /** Seconds per GB that one stream cannot spread over cores: the server's COPY and pg_dump. */
  readonly serialSecondsPerGB: number;
  /** Extra CPU of the directory format (scratch files, tar) over one stream. */
  readonly directoryOverhead: number;
}

export const JOBS_MODEL: JobsModel = Object.freeze({
  cpuSecondsPerGB: 15,
  serialSecondsPerGB: 4.5,
  directoryOverhead: 1.1,
});

/** Parallel dumps must win at least this much to be worth their scratch disk and their restore. */
const MIN_GAIN = 0.1;
const MAX_AUTO_JOBS = 8;

export interface JobsChoice {
  readonly jobs: number;
  /** Predicted seconds per GB with that many jobs. */
  readonly secondsPerGB: number;
  /** One line for the log: the choice and why. */
  readonly reason: string;
}

/** Seconds per GB predicted for `jobs` dump streams on `cores` cores. */
export function predictedSecondsPerGB(jobs: number, cores: number, model: JobsModel = JOBS_MODEL): number {
  if (jobs <= 1) return Math.max(model.serialSecondsPerGB, model.cpuSecondsPerGB / cores);
  return Math.max(model.serialSecondsPerGB / jobs, (model.cpuSecondsPerGB * model.directoryOverhead) / cores);
}

/** The smallest `--jobs` within 5 % of the best prediction, and 1 unless that wins at least 10 %. */
export function chooseJobs(cores: number, model: JobsModel = JOBS_MODEL): JobsChoice {
  const usable = Math.max(1, Math.floor(cores));
  const single = predictedSecondsPerGB(1, usable, model);
  const limit = Math.min(usable, MAX_AUTO_JOBS);
  let best = single;
  for (let jobs = 2; jobs <= limit; jobs++) best = Math.min(best, predictedSecondsPerGB(jobs, usable, model));
  let jobs = 1;
  if (best <= single * (1 - MIN_GAIN)) {
    jobs = 2;
    while (predictedSecondsPerGB(jobs, usable, model) > best * 1.05) jobs++;
  }
  const secondsPerGB = predictedSecondsPerGB(jobs, usable, model);
  const why =
    jobs === 1
      ? `one stream already keeps ${usable} core${usable === 1 ? "" : "s"} busy`
      : `about ${Math.round((1 - secondsPerGB / single) * 100)} % faster than one stream on ${usable} cores`;
  return { jobs, secondsPerGB, reason: `--jobs ${jobs} (chosen for ${usable} cores: ${why}; set --jobs to override)` };
}
