/** What the fake Supabase Storage keeps and what a test sees of it. */
import type { IncomingMessage } from "node:http";

export type SupabaseRoute =
  | "bucket"
  | "upload"
  | "download"
  | "info"
  | "list"
  | "remove"
  | "tus-create"
  | "tus-head"
  | "tus-patch"
  | "tus-delete";

export type SupabaseFault =
  | {
      readonly route: SupabaseRoute;
      readonly status: number;
      readonly headers?: Record<string, string>;
      readonly body?: unknown;
    }
  | { readonly route: SupabaseRoute; readonly dropAfterBytes: number };

export interface RequestRecord {
  readonly method: string;
  readonly route: SupabaseRoute | "unknown";
  readonly path: string;
  /** Body bytes the server received (PATCH and uploads). */
  readonly bytes: number;
  /** Upload-Offset of a PATCH. */
  readonly offset?: number;
  readonly status: number;
  readonly headers: IncomingMessage["headers"];
}

export interface StoredObject {
  readonly id: string;
  readonly file: string;
  readonly size: number;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly created: Date;
  readonly updated: Date;
}

export interface TusUpload {
  readonly id: string;
  readonly bucket: string;
  readonly key: string;
  readonly file: string;
  readonly upsert: boolean;
  readonly contentType: string;
  readonly cacheControl: string;
  length: number | undefined;
  offset: number;
  busy: boolean;
}

/** A bucket's settings, as the dashboard (or createBucket) sets them. */
export interface BucketSettings {
  readonly public?: boolean;
  /** Its own `file_size_limit` in bytes. */
  readonly fileSizeLimit?: number | null;
  readonly allowedMimeTypes?: readonly string[] | null;
}

export interface StoredBucket {
  readonly id: string;
  readonly public: boolean;
  readonly fileSizeLimit: number | null;
  readonly allowedMimeTypes: readonly string[] | null;
}

export interface SupabaseStorageTestServer {
  /** The project URL (SUPABASE_URL). */
  readonly url: string;
  /** The local port it listens on. */
  readonly port: number;
  readonly serviceRoleKey: string;
  readonly requests: RequestRecord[];
  /** A bucket, optionally public, with its own `file_size_limit` or allowed MIME types (as set in the dashboard). */
  createBucket(name: string, options?: BucketSettings): void;
  /** Every bucket with its settings, sorted by id. */
  buckets(): StoredBucket[];
  /** Stores an object directly, as a project's users would have. */
  putObject(bucket: string, key: string, body: Buffer, contentType?: string, cacheControl?: string): void;
  /** Object keys in a bucket, sorted. */
  keys(bucket: string): string[];
  /** Objects in a bucket with their stored sizes and content types, sorted by key. */
  objects(bucket: string): { key: string; size: number; contentType: string; cacheControl: string }[];
  /** An object's bytes. */
  read(bucket: string, key: string): Buffer;
  /** Every object of every bucket: `bucket/key` → `content-type sha256`, to compare two projects. */
  files(): Record<string, string>;
  /** TUS uploads created and neither finished nor terminated. */
  openUploads(): { id: string; bucket: string; key: string; offset: number }[];
  fault(fault: SupabaseFault): void;
  /** The project's global file size limit (50 MB on the free plan); none when undefined. */
  maxFileSize: number | undefined;
  stop(): Promise<void>;
}
