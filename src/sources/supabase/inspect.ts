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
  const seen = { sql: [] as string[], files: 0, bytes: 0 };
  const files = new Map<string, string>();
  const reading = (async () => {
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
        files.set(`${member.bucket}/${member.path}`, digest);
        seen.files++;
        continue;
      }
      for await (const _ of entry);
    }
    if (first) throw fail("the payload is empty");
  })();
  const sink: Writable = new Writable({
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
  // A verdict reached early (a bad member) ends the sink too, so the writer is never left waiting.
  reading.catch((error: unknown) => sink.destroy(error as Error));
  return {
    sink,
    async result() {
      try {
        await reading;
      } catch (error) {
        if (error instanceof IntegrityError) throw error;
        throw fail(`the payload is damaged: ${(error as Error).message}`);
      }
      for (const required of ["roles.sql", "schema.sql", "data.sql"]) {
        if (!seen.sql.includes(required)) throw fail(`${required} is missing`);
      }
      const expected = contents as Partial<SupabaseContents> | undefined;
      if (expected?.storage) {
        for (const file of expected.storage.files) {
          if (files.get(`${file.bucket}/${file.path}`) !== file.sha256)
            throw fail(`Storage file '${file.bucket}/${file.path}' is missing or differs from the manifest`);
        }
        if (expected.storage.files.length !== seen.files)
          throw fail(`${seen.files} Storage files in the payload, ${expected.storage.files.length} in the manifest`);
      }
      return {
        detail: `${seen.sql.length} SQL members (${seen.sql.join(", ")}), ${seen.files} Storage files (${seen.bytes} bytes), all sha256 match`,
      };
    },
  };
}

async function collect(entry: AsyncIterable<Uint8Array>): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(Buffer.from(chunk));
  return chunks;
}
