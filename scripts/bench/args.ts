import { parseArgs } from "node:util";

export const BENCH_USAGE = `npm run bench -- [--size 1GB|10GB|200MB] [--quick] [--runs N] [--server <postgres url>] [--skip-restore] [--jobs N (parallel case, default 2; 1 skips it)] [--cases backup,restore,parallel,upload] [--rebuild] [--stages]

Builds a database of realistic data once (reused while its size marker matches), then runs each
Strongroom case alternately with its shell counterpart and prints medians, strongroom/shell
ratios and Strongroom's peak RSS. Results also go to bench-results/<timestamp>.json.
--stages instead times each pipeline stage in isolation on a plain dump of the same database.`;

export interface BenchOptions {
  /** Target database size in bytes (pg_database_size, tables plus indexes). */
  readonly sizeBytes: number;
  readonly sizeLabel: string;
  readonly runs: number;
  readonly server: string;
  readonly restore: boolean;
  /** Which cases run: backup, restore, parallel, upload (backup to the local S3 server). */
  readonly cases: ReadonlySet<BenchCaseName>;
  /** Parallel case with this many jobs (1 leaves it out). */
  readonly jobs: number;
  readonly rebuild: boolean;
  /** Time each pipeline stage in isolation instead of running the cases. */
  readonly stages: boolean;
}

export const CASE_NAMES = ["backup", "restore", "parallel", "upload"] as const;
export type BenchCaseName = (typeof CASE_NAMES)[number];

function parseCases(text: string | undefined): Set<BenchCaseName> {
  if (text === undefined) return new Set(CASE_NAMES);
  const names = text.split(",").map((name) => name.trim());
  for (const name of names) {
    if (!(CASE_NAMES as readonly string[]).includes(name))
      throw new Error(`--cases: unknown case '${name}' (known: ${CASE_NAMES.join(", ")})`);
  }
  return new Set(names as BenchCaseName[]);
}

const UNITS: Record<string, number> = { B: 1, KB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30, TB: 2 ** 40 };

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?$/i.exec(text.trim());
  if (!match) throw new Error(`--size: expected a size such as 200MB, 1GB or 10GB, got '${text}'`);
  const bytes = Math.round(Number(match[1]) * UNITS[(match[2] ?? "B").toUpperCase()]!);
  if (bytes < 16 * 2 ** 20) throw new Error("--size: at least 16MB");
  return bytes;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: "string" },
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      server: { type: "string" },
      "skip-restore": { type: "boolean", default: false },
      jobs: { type: "string", default: "2" },
      cases: { type: "string" },
      rebuild: { type: "boolean", default: false },
      stages: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) return "help";
  if (values.quick && values.size) throw new Error("--quick and --size exclude each other");
  const sizeLabel = (values.size ?? (values.quick ? "200MB" : "1GB")).toUpperCase().replace(/\s+/g, "");
  const runs = Number(values.runs ?? (values.quick ? "1" : "3"));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got '${values.runs}'`);
  const server = values.server ?? process.env.STRONGROOM_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432";
  const host = new URL(server).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error("--server: loopback only");
  return {
    sizeBytes: parseSize(sizeLabel),
    sizeLabel,
    runs,
    server: server.replace(/\/+$/, ""),
    restore: !values["skip-restore"],
    cases: parseCases(values.cases),
    jobs: Math.max(1, Number.parseInt(values.jobs, 10) || 1),
    rebuild: values.rebuild,
    stages: values.stages,
  };
}
