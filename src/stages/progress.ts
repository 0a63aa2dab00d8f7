import { formatBytes, formatMs } from "../format.ts";

export interface ProgressSource {
  readonly label: string;
  bytes(): number;
}

/** Reports byte counters every `intervalMs` (a live line on a terminal); returns a stop function. */
export function startProgress(
  sources: readonly ProgressSource[],
  report: (line: string) => void,
  options: { intervalMs?: number; totalBytes?: number } = {},
): () => void {
  const started = Date.now();
  const timer = setInterval(() => {
    const seconds = (Date.now() - started) / 1000;
    const first = sources[0]?.bytes() ?? 0;
    const parts = sources.map((s) => `${s.label} ${formatBytes(s.bytes())}`);
    const rate = first / Math.max(seconds, 0.001);
    parts.push(`${formatBytes(rate)}/s`);
    if (options.totalBytes && rate > 0 && first < options.totalBytes) {
      parts.push(`about ${formatMs(Math.ceil((options.totalBytes - first) / rate) * 1000)} left`);
    }
    report(parts.join(", "));
  }, options.intervalMs ?? 5000);
  timer.unref();
  return () => clearInterval(timer);
}
