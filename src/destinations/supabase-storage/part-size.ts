import { DestinationError, messageOf } from "../../errors.ts";
import { formatBytes } from "../../format.ts";

/**
 * The part size when `?max-object-size=` is not given: the free plan's 50 MB per file, read as
 * `50MB` (50,000,000 bytes), which stays under the limit whether the project counts it in
 * powers of 1000 or of 1024 (52,428,800 bytes).
 */
export const DEFAULT_MAX_OBJECT_SIZE = 50_000_000;

export interface PartSizeContext {
  /** `supabase://bucket/prefix`, for messages. */
  readonly display: string;
  readonly bucket: string;
  /** `?max-object-size=` when the URL gives one (0, no splitting, never gets here). */
  readonly requested?: number;
  /** The bucket's `file_size_limit` in bytes, or null when it has none. */
  readonly readBucketLimit: () => Promise<number | null>;
  readonly onInfo?: (message: string) => void;
  readonly onWarning?: (message: string) => void;
}

const bytes = (n: number) => `${formatBytes(n)} (${n} bytes)`;

/**
 * The largest object to store in one piece: `?max-object-size=` or 50 MB, never above the
 * bucket's own `file_size_limit`. A value above the bucket's limit is lowered to it, with a
 * warning: the service refuses any object above that limit, so keeping the larger value could
 * only make the backup fail once it had uploaded that much. When the bucket cannot be read
 * (a key without access to bucket settings, a gateway that hides the route) the requested
 * value or 50 MB is used, with a line saying so. A transient failure (network, 5xx, throttling)
 * is thrown, so the put that asked is retried.
 */
export async function resolveMaxObjectSize(context: PartSizeContext): Promise<number> {
  const { display, bucket, requested } = context;
  const wanted = requested ?? DEFAULT_MAX_OBJECT_SIZE;
  let limit: number | null;
  try {
    limit = await context.readBucketLimit();
  } catch (error) {
    if (!(error instanceof DestinationError) || !error.permanent) throw error;
    context.onInfo?.(
      requested === undefined
        ? `${display}: could not read the file size limit of bucket '${bucket}' (${messageOf(error)}); storing backups above 50 MB, the free plan's limit, in parts (set ?max-object-size= to choose)`
        : `${display}: could not read the file size limit of bucket '${bucket}' (${messageOf(error)}); storing backups above ${bytes(wanted)} in parts, as max-object-size says`,
    );
    return wanted;
  }
  if (limit === null || limit >= wanted) return wanted;
  if (requested === undefined) {
    context.onInfo?.(
      `${display}: bucket '${bucket}' has a file size limit of ${bytes(limit)}: storing backups above it in parts`,
    );
  } else {
    context.onWarning?.(
      `${display}: max-object-size ${bytes(requested)} is above the file size limit of bucket '${bucket}', ${bytes(limit)}: storing parts of at most ${bytes(limit)} (lower max-object-size, or raise the bucket's limit in the dashboard)`,
    );
  }
  return limit;
}

/** The `file_size_limit` field of a bucket as the Storage API returns it (a number, or a bigint as text). */
export function parseBucketLimit(value: unknown): number | null {
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : null;
}
