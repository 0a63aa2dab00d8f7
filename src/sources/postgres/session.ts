import type { Redactor } from "../../redact.ts";
import type { DumpSession, SourceRunContext } from "../source.ts";
import type { PostgresTarget } from "./connection.ts";
import { type DumpFormat, startPostgresDump } from "./dump.ts";

export interface PostgresSourceOptions {
  readonly target: PostgresTarget;
  readonly format: DumpFormat;
  readonly uncompressed: boolean;
  readonly rowCounts: "exact" | "estimate";
  readonly jobs: number;
  readonly pgBin: string | undefined;
}

/** pg_dump as a DumpSession: the stream, the server facts for the manifest, the snapshot's contents. */
export async function startPostgresSession(
  options: PostgresSourceOptions,
  context: SourceRunContext & { redactor?: Redactor },
): Promise<DumpSession> {
  const { target } = options;
  const dump = await startPostgresDump({ ...options, redactor: context.log.redactor, signal: context.signal });
  return {
    stream: dump.stream,
    tool: dump.tool,
    ...(dump.estimatedBytes ? { estimatedBytes: dump.estimatedBytes } : {}),
    format: options.format,
    name: dump.server.database,
    source: {
      kind: "postgres",
      display: target.display,
      database: dump.server.database,
      key: `postgres://${target.host}:${target.port}/${dump.server.database}`,
    },
    describe: `PostgreSQL ${dump.server.serverVersion}, database ${dump.server.database}; using ${dump.pgDump.path} (${dump.pgDump.major})`,
    facts: {
      postgres: {
        serverVersion: dump.server.serverVersion,
        serverMajor: dump.server.serverMajor,
        pgDumpVersion: dump.pgDump.version,
        pgDumpMajor: dump.pgDump.major,
      },
    },
    contents: () => dump.contents,
    close: () => dump.close(),
  };
}
