import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type tar from "tar-stream";
import { IntegrityError } from "../../errors.ts";
import type { SourceRunContext } from "../source.ts";
import { PAX_CACHE_CONTROL, PAX_CONTENT_TYPE, PAX_SHA256 } from "./payload.ts";
import {
  type BucketInfo,
  ensureBucket,
  type StorageApi,
  TUS_THRESHOLD,
  uploadBuffer,
  uploadResumable,
} from "./storage.ts";

/** A member of the payload's tar, read as the payload is fed in. */
export type Entry = AsyncIterable<Uint8Array> & { header: tar.Header };

export interface CheckedFile {
  bucket: string;
  path: string;
  size: number;
  sha256: string;
}

/**
 * The Storage side of a Supabase restore: buckets created with the backed-up settings when
 * missing, files uploaded (replacing) after their sha256 is checked. Without a Storage API
 * (--skip-storage, verify) the files are only read, and their size and sha256 recorded.
 */
export class StorageRestore {
  private readonly buckets = new Map<string, BucketInfo>();
  private readonly ensured = new Set<string>();
  private readonly checkedFiles: CheckedFile[] = [];
  private files = 0;

  constructor(
    private readonly api: StorageApi | undefined,
    /** A private scratch folder for a large file on its way to a resumable upload. */
    private readonly work: string,
    private readonly context: SourceRunContext,
  ) {}

  /** The backup's bucket list: each is created or updated in the target. */
  async createBuckets(listed: readonly BucketInfo[]): Promise<void> {
    for (const b of listed) this.buckets.set(b.id, b);
    if (!this.api) return;
    for (const bucket of this.buckets.values()) {
      this.context.log.info(`bucket ${bucket.id}: ${await ensureBucket(this.api, bucket)}`);
      this.ensured.add(bucket.id);
    }
  }

  async restoreFile(member: { bucket: string; path: string }, entry: Entry): Promise<void> {
    if (!this.api) {
      this.checkedFiles.push({ ...member, ...(await hashEntry(entry)) });
      return;
    }
    if (!this.ensured.has(member.bucket)) {
      // A file of a bucket the backup's bucket list does not name: a private bucket of that name.
      await ensureBucket(this.api, this.buckets.get(member.bucket) ?? privateBucket(member.bucket));
      this.ensured.add(member.bucket);
    }
    await uploadFile(this.api, member, entry, this.work, this.context);
    this.files++;
    this.context.log.progress(`storage: ${this.files} file(s) uploaded`);
  }

  outcome(): { files: number; buckets: string[]; checkedFiles: CheckedFile[] } {
    const { api } = this;
    return { files: api ? this.files : 0, buckets: api ? [...this.ensured] : [], checkedFiles: this.checkedFiles };
  }
}

/** A private bucket without limits, for files whose bucket the backup does not describe. */
function privateBucket(id: string): BucketInfo {
  return { id, name: id, public: false, fileSizeLimit: null, allowedMimeTypes: null };
}

async function uploadFile(
  api: StorageApi,
  member: { bucket: string; path: string },
  entry: Entry,
  work: string,
  context: SourceRunContext,
): Promise<void> {
  const pax = (entry.header.pax ?? {}) as Record<string, string>;
  const file = {
    bucket: member.bucket,
    path: member.path,
    contentType: pax[PAX_CONTENT_TYPE],
    cacheControl: pax[PAX_CACHE_CONTROL],
  };
  const expected = pax[PAX_SHA256];
  const hash = createHash("sha256");
  let size = 0;
  const add = (chunk: Uint8Array): Buffer => {
    const buffer = Buffer.from(chunk);
    hash.update(buffer);
    size += buffer.length;
    return buffer;
  };
  const check = () => {
    const got = { size, sha256: hash.digest("hex") };
    if (expected && got.sha256 !== expected) {
      throw new IntegrityError(
        `the backup's copy of '${member.bucket}/${member.path}' does not match its sha256 (${got.sha256} ≠ ${expected})`,
      );
    }
    return got;
  };
  if (entry.header.size <= TUS_THRESHOLD) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(add(chunk));
    check();
    await uploadBuffer(api, file, Buffer.concat(chunks));
    return;
  }
  const spool = join(work, "object");
  const out = createWriteStream(spool);
  try {
    for await (const chunk of entry) {
      if (!out.write(add(chunk))) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    const got = check();
    await uploadResumable(api, file, spool, got.size, context.signal);
  } finally {
    out.destroy();
    await rm(spool, { force: true });
  }
}

async function hashEntry(entry: Entry): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of entry) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest("hex") };
}
