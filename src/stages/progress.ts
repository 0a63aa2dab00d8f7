import { formatBytes } from "../format.ts";

export interface ProgressSource {
  readonly label: string;
  bytes(): number;
}

function formatDuration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 90) return `${s} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
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
      parts.push(`about ${formatDuration((options.totalBytes - first) / rate)} left`);
    }
    report(parts.join(", "));
  }, options.intervalMs ?? 5000);
  timer.unref();
  return () => clearInterval(timer);
}
