import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import tar from "tar-stream";
import type { Manifest } from "../../catalog/manifest.ts";
import { IntegrityError } from "../../errors.ts";
import type { PayloadInspector } from "../source.ts";
import type { SupabaseContents } from "./dump.ts";
import { DUMP_TRAILER, HEADER_MEMBER, PAX_SHA256, PAYLOAD_NAME, parseStorageMember, SQL_MEMBERS } from "./payload.ts";

/** Our own SQL members end with these lines; pg_dump's with DUMP_TRAILER. */
const TRAILERS: Record<string, string> = {
  "roles.sql": "-- end of roles",
  "managed.sql": "-- end of managed-table additions",
};

/**
 * Reads a decoded Supabase payload to the end (verify --level decode): the tar must be whole,
 * every SQL member must end as its writer ends it, every file must match its sha256, and what is
 * there must match the manifest's contents when they are readable. `pgBin` is unused: the SQL is
 * plain text, checked without tools.
 */
export function supabaseInspector(
  manifest: Manifest,
  contents: unknown | undefined,
  _pgBin?: string,
): PayloadInspector {
  const id = manifest.id;
  const fail = (message: string) => new IntegrityError(`backup ${id}: ${message}`);
  const extract = tar.extract();
  const reading = readPayload(extract, fail);
  const sink = tarSink(extract, fail);
  // A verdict reached early (a bad member) ends the sink too, so the writer is never left waiting.
  reading.catch((error: unknown) => sink.destroy(error as Error));
  return {
    sink,
    async result() {
      let seen: Seen;
      try {
        seen = await reading;
      } catch (error) {
        if (error instanceof IntegrityError) throw error;
        throw fail(`the payload is damaged: ${(error as Error).message}`);
      }
      checkAgainstManifest(seen, contents as Partial<SupabaseContents> | undefined, fail);
      return {
        detail: `${seen.sql.length} SQL members (${seen.sql.join(", ")}), ${seen.files} Storage files (${seen.bytes} bytes), all sha256 match`,
      };
    },
  };
}

type Fail = (message: string) => IntegrityError;

/** What the payload held: its SQL members, and its Storage files' count, bytes and sha256 by path. */
interface Seen {
  readonly sql: string[];
  files: number;
  bytes: number;
  readonly digests: Map<string, string>;
}

/** Reads every member of the tar, checking each as it goes (see supabaseInspector). */
async function readPayload(extract: tar.Extract, fail: Fail): Promise<Seen> {
  const seen: Seen = { sql: [], files: 0, bytes: 0, digests: new Map() };
  let first = true;
  for await (const raw of extract) {
    const entry = raw as unknown as AsyncIterable<Uint8Array> & { header: tar.Header };
    const name = entry.header.name;
    if (first) {
      first = false;
      if (name !== HEADER_MEMBER) throw fail(`not a Strongroom Supabase payload (first member '${name}')`);
      const body = Buffer.concat(await collect(entry));
      if ((JSON.parse(body.toString("utf8")) as { payload?: string }).payload !== PAYLOAD_NAME)
        throw fail(`${HEADER_MEMBER} is not ours`);
      continue;
    }
    if ((SQL_MEMBERS as readonly string[]).includes(name)) {
      let tail = "";
      for await (const chunk of entry) tail = (tail + Buffer.from(chunk).toString("latin1")).slice(-4096);
      const trailer = TRAILERS[name] ?? DUMP_TRAILER;
      if (!tail.includes(trailer)) throw fail(`${name} is incomplete (its closing line is missing)`);
      seen.sql.push(name);
      continue;
    }
    const member = parseStorageMember(name);
    if (member) {
      const hash = createHash("sha256");
      for await (const chunk of entry) {
        hash.update(chunk);
        seen.bytes += chunk.length;
      }
      const digest = hash.digest("hex");
      const expected = (entry.header.pax as Record<string, string> | null | undefined)?.[PAX_SHA256];
      if (expected !== digest) throw fail(`Storage file '${member.bucket}/${member.path}' does not match its sha256`);
      seen.digests.set(`${member.bucket}/${member.path}`, digest);
      seen.files++;
      continue;
    }
    for await (const _ of entry);
  }
  if (first) throw fail("the payload is empty");
  return seen;
}

/** The sink the decoded payload is written to, feeding the tar reader with its backpressure. */
function tarSink(extract: tar.Extract, fail: Fail): Writable {
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      if (extract.destroyed) return callback(fail("the payload is not a readable tar stream"));
      if (extract.write(chunk)) return callback();
      extract.once("drain", () => callback());
    },
    final(callback) {
      (extract as unknown as { end(): void }).end();
      callback();
    },
    destroy(error, callback) {
      if (error) extract.destroy(error);
      callback(error);
    },
  });
}

/** Every required SQL member is there, and the Storage files are those the manifest lists. */
function checkAgainstManifest(seen: Seen, expected: Partial<SupabaseContents> | undefined, fail: Fail): void {
  for (const required of ["roles.sql", "schema.sql", "data.sql"]) {
    if (!seen.sql.includes(required)) throw fail(`${required} is missing`);
  }
  if (expected?.storage) {
    for (const file of expected.storage.files) {
      if (seen.digests.get(`${file.bucket}/${file.path}`) !== file.sha256)
        throw fail(`Storage file '${file.bucket}/${file.path}' is missing or differs from the manifest`);
    }
    if (expected.storage.files.length !== seen.files)
      throw fail(`${seen.files} Storage files in the payload, ${expected.storage.files.length} in the manifest`);
  }
}

async function collect(entry: AsyncIterable<Uint8Array>): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  return chunks;
}
