import { rm } from "node:fs/promises";
import { join } from "node:path";
import type tar from "tar-stream";
import { UsageError } from "../../errors.ts";
import type { SourceRunContext } from "../source.ts";
import {
  addBuffer,
  addFile,
  BUCKETS_MEMBER,
  PAX_CACHE_CONTROL,
  PAX_CONTENT_TYPE,
  PAX_SHA256,
  storageMemberName,
} from "./payload.ts";
import { type BucketInfo, downloadTo, listBuckets, listObjects, type StorageApi } from "./storage.ts";

export interface StoredFileFact {
  readonly bucket: string;
  readonly path: string;
  readonly size: number;
  readonly contentType: string | null;
  readonly sha256: string;
}

export interface StorageFacts {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly buckets: readonly { id: string; public: boolean; files: number; bytes: number }[];
  readonly files: readonly StoredFileFact[];
}

/** The buckets named (all when none are), or a UsageError naming the missing ones. */
export async function chooseBuckets(api: StorageApi, wanted: readonly string[] | undefined): Promise<BucketInfo[]> {
  const all = await listBuckets(api);
  if (!wanted) return all;
  const missing = wanted.filter((name) => !all.some((b) => b.id === name));
  if (missing.length) {
    throw new UsageError(`bucket(s) not found in the project: ${missing.join(", ")}`, {
      hint: `the project has: ${all.map((b) => b.id).join(", ") || "no buckets"}`,
    });
  }
  return all.filter((b) => wanted.includes(b.id));
}

/** Every object of `buckets` into the tar, each spooled once to take its size and sha256. */
export async function backupStorage(
  api: StorageApi,
  buckets: readonly BucketInfo[],
  pack: tar.Pack,
  work: string,
  context: SourceRunContext,
): Promise<StorageFacts> {
  const startedAt = new Date();
  await addBuffer(pack, BUCKETS_MEMBER, Buffer.from(`${JSON.stringify(buckets, null, 2)}\n`), startedAt);
  const files: StoredFileFact[] = [];
  const perBucket: { id: string; public: boolean; files: number; bytes: number }[] = [];
  const spool = join(work, "object");
  for (const bucket of buckets) {
    let count = 0;
    let bytes = 0;
    for await (const object of listObjects(api, bucket.id)) {
      const saved = await downloadTo(api, object, spool, context.signal);
      const pax: Record<string, string> = { [PAX_SHA256]: saved.sha256 };
      if (object.contentType) pax[PAX_CONTENT_TYPE] = object.contentType;
      if (object.cacheControl) pax[PAX_CACHE_CONTROL] = object.cacheControl;
      const mtime = object.updatedAt ? new Date(object.updatedAt) : new Date();
      await addFile(
        pack,
        {
          name: storageMemberName(bucket.id, object.path),
          size: saved.size,
          mtime: Number.isNaN(mtime.getTime()) ? new Date() : mtime,
          pax,
        },
        spool,
        context.signal,
      );
      await rm(spool, { force: true });
      files.push({
        bucket: bucket.id,
        path: object.path,
        size: saved.size,
        contentType: object.contentType ?? null,
        sha256: saved.sha256,
      });
      count++;
      bytes += saved.size;
      context.log.progress(`storage: ${bucket.id}: ${count} file(s), ${bytes} bytes`);
    }
    perBucket.push({ id: bucket.id, public: bucket.public, files: count, bytes });
  }
  return { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), buckets: perBucket, files };
}
