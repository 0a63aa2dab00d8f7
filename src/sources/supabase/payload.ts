import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type tar from "tar-stream";
import { type Drainable, drainedOrClosed } from "../../stages/drained.ts";

/**
 * The Supabase payload (what is compressed and encrypted as one object): a POSIX tar stream
 * (ustar with pax headers) whose members come in this order:
 *
 *   strongroom-supabase.json   {"payload":"strongroom-supabase","version":1,...}: always first
 *   roles.sql                  custom roles as idempotent SQL, no passwords
 *   schema.sql                 pg_dump --schema-only of the user's schemas (managed ones left out)
 *   managed.sql                user policies and triggers on auth/storage tables
 *   data.sql                   pg_dump --data-only: user schemas + auth + storage rows (no migration tables)
 *   migrations.sql             optional: the supabase_migrations schema and its rows
 *   storage/buckets.json       the backed-up buckets' settings (id, public, size limit, MIME types)
 *   storage/<bucket>/<path>    each Storage object's bytes; pax keys SCHILY.xattr.user.strongroom.sha256,
 *                              ….content_type, ….cache_control
 *
 * The SQL members are plain pg_dump output (psql applies them); all are taken in one exported
 * snapshot. `tar -x` unpacks the whole thing.
 */
export const PAYLOAD_NAME = "strongroom-supabase";
export const PAYLOAD_VERSION = 1;
export const HEADER_MEMBER = "strongroom-supabase.json";
export const SQL_MEMBERS = ["roles.sql", "schema.sql", "managed.sql", "data.sql", "migrations.sql"] as const;
export type SqlMember = (typeof SQL_MEMBERS)[number];
export const BUCKETS_MEMBER = "storage/buckets.json";
export const STORAGE_PREFIX = "storage/";
/** Pax keys in the form tar tools know as extended attributes (`tar --xattrs` restores them as user.strongroom.*). */
export const PAX_SHA256 = "SCHILY.xattr.user.strongroom.sha256";
export const PAX_CONTENT_TYPE = "SCHILY.xattr.user.strongroom.content_type";
export const PAX_CACHE_CONTROL = "SCHILY.xattr.user.strongroom.cache_control";
/** pg_dump's last line: a plain dump without it is cut short. */
export const DUMP_TRAILER = "-- PostgreSQL database dump complete";

export interface PayloadHeader {
  readonly payload: typeof PAYLOAD_NAME;
  readonly version: number;
  readonly createdAt: string;
}

export type TarHeader = Partial<tar.Header> & { name: string; pax?: Record<string, string> };

export function storageMemberName(bucket: string, path: string): string {
  return `${STORAGE_PREFIX}${bucket}/${path}`;
}

/** `storage/<bucket>/<path>` → bucket and path; undefined for other members. */
export function parseStorageMember(name: string): { bucket: string; path: string } | undefined {
  if (!name.startsWith(STORAGE_PREFIX) || name === BUCKETS_MEMBER) return undefined;
  const rest = name.slice(STORAGE_PREFIX.length);
  const slash = rest.indexOf("/");
  if (slash <= 0 || slash === rest.length - 1) return undefined;
  return { bucket: rest.slice(0, slash), path: rest.slice(slash + 1) };
}

export async function addBuffer(pack: tar.Pack, name: string, body: Buffer, mtime: Date): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    pack.entry({ name, size: body.length, mtime, mode: 0o644 }, body, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Streams a file into one tar member. tar-stream is built on streamx, so this writes by hand
 * (with backpressure) rather than through node's pipeline().
 */
export async function addFile(pack: tar.Pack, header: TarHeader, file: string, signal: AbortSignal): Promise<void> {
  let settle!: (error?: Error | null) => void;
  const written = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  written.catch(() => {});
  const entry = pack.entry({ mode: 0o644, ...header }, (error) => settle(error));
  const input = createReadStream(file, { highWaterMark: 1 << 20, signal });
  try {
    for await (const chunk of input) {
      if (!entry.write(chunk as Buffer)) await drained(entry, signal);
    }
    (entry as unknown as { end(): void }).end();
  } catch (error) {
    entry.destroy(error as Error);
    throw error;
  }
  await written;
}

function drained(stream: Drainable, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  if (stream.destroyed) return Promise.reject(new Error("the tar member was closed early"));
  return drainedOrClosed(stream);
}

/** A line-by-line rewrite of text (SQL) on its way through; `rewrite` returns null to drop a line. */
export function lineFilter(rewrite: (line: string) => string | null): Transform {
  let rest = "";
  const decoder = new StringDecoder("utf8");
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const text = rest + decoder.write(chunk);
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      const out: string[] = [];
      for (const line of lines) {
        const next = rewrite(line);
        if (next !== null) out.push(`${next}\n`);
      }
      callback(null, out.join(""));
    },
    flush(callback) {
      rest += decoder.end();
      const last = rest ? rewrite(rest) : null;
      callback(null, last ?? "");
    },
  });
}

/**
 * What a restore by a non-superuser on another project can apply, as the Supabase CLI does:
 * no ownership changes to supabase_admin, no comments on extensions (owned by the platform),
 * and schemas created only when missing.
 */
export function schemaLine(line: string): string | null {
  if (/^ALTER .* OWNER TO "supabase_admin";$/.test(line)) return null;
  if (/^COMMENT ON EXTENSION /.test(line)) return null;
  const schema = /^CREATE SCHEMA ("(?:[^"]|"")+");$/.exec(line);
  if (schema) return `CREATE SCHEMA IF NOT EXISTS ${schema[1]};`;
  return line;
}
