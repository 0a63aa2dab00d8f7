/** The fake Supabase Storage's state: buckets, objects in files, TUS uploads, limits, faults, requests. */
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import type {
  BucketSettings,
  RequestRecord,
  StoredBucket,
  StoredObject,
  SupabaseFault,
  SupabaseRoute,
  TusUpload,
} from "./types.ts";

export type Bucket = StoredBucket & { readonly created: Date; readonly objects: Map<string, StoredObject> };

export class StorageState {
  readonly buckets = new Map<string, Bucket>();
  readonly uploads = new Map<string, TusUpload>();
  readonly faults: SupabaseFault[] = [];
  readonly requests: RequestRecord[] = [];
  /** The project's global file size limit (50 MB on the free plan); none when undefined. */
  maxFileSize: number | undefined;
  /** The project URL clients are given (set once listening). */
  url = "";

  constructor(
    /** Where objects and uploads live as files. */
    readonly root: string,
    readonly serviceRoleKey: string,
  ) {}

  addBucket(id: string, settings: BucketSettings): void {
    this.buckets.set(id, {
      id,
      public: settings.public ?? false,
      fileSizeLimit: settings.fileSizeLimit ?? null,
      allowedMimeTypes: settings.allowedMimeTypes ?? null,
      created: new Date(),
      objects: new Map(),
    });
  }

  bucketJson(bucket: Bucket) {
    return {
      id: bucket.id,
      name: bucket.id,
      owner: "",
      public: bucket.public,
      created_at: bucket.created.toISOString(),
      updated_at: bucket.created.toISOString(),
      file_size_limit: bucket.fileSizeLimit,
      allowed_mime_types: bucket.allowedMimeTypes,
    };
  }

  /** supabase/storage: the bucket's limit when set, never above the global one. */
  limitFor(bucket: string): number | undefined {
    const own = this.buckets.get(bucket)?.fileSizeLimit ?? undefined;
    const global = this.maxFileSize;
    if (own === undefined) return global;
    return global === undefined ? own : Math.min(own, global);
  }

  takeFault(route: SupabaseRoute): SupabaseFault | undefined {
    const index = this.faults.findIndex((f) => f.route === route);
    return index < 0 ? undefined : this.faults.splice(index, 1)[0];
  }

  /** Makes a complete file the object at `bucket/key` (replacing the one there). */
  publish(
    bucket: string,
    key: string,
    file: string,
    size: number,
    contentType: string,
    cacheControl: string,
  ): StoredObject {
    const objects = this.buckets.get(bucket)?.objects;
    if (!objects) throw new Error(`no bucket ${bucket}`);
    const previous = objects.get(key);
    const now = new Date();
    const object: StoredObject = {
      id: randomUUID(),
      file,
      size,
      contentType,
      cacheControl,
      created: previous?.created ?? now,
      updated: now,
    };
    objects.set(key, object);
    if (previous) void rm(previous.file, { force: true });
    return object;
  }
}
