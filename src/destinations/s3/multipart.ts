import type { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  type ChecksumAlgorithm,
  CompleteMultipartUploadCommand,
  type CompletedPart,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  type S3Client,
  UploadPartCommand,
  type UploadPartCommandOutput,
} from "@aws-sdk/client-s3";

export const MAX_PARTS = 10_000;

export interface MultipartTarget {
  readonly client: S3Client;
  readonly bucket: string;
  readonly key: string;
  /** Sent with every part and checked by the service; undefined sends none. */
  readonly checksum: ChecksumAlgorithm | undefined;
  readonly partSize: number;
  /** Parts uploaded at once: memory is (queueSize + 1) × partSize, whatever the object's size. */
  readonly queueSize: number;
  /** Stops the requests in flight (the caller aborts it on cancel); the clean-up ignores it. */
  readonly signal: AbortSignal;
}

/**
 * A fixed set of part buffers, allocated on first use and reused: a part's buffer returns to the
 * pool only when its upload (with the SDK's own retries, which resend the same bytes) settled.
 */
class PartBuffers {
  private readonly free: Buffer[] = [];
  private created = 0;
  private waiting: (() => void) | undefined;

  constructor(
    private readonly size: number,
    private readonly count: number,
  ) {}

  async take(): Promise<Buffer> {
    while (this.free.length === 0 && this.created >= this.count) {
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
    if (this.free.length > 0) return this.free.pop()!;
    this.created++;
    return Buffer.allocUnsafeSlow(this.size);
  }

  give(buffer: Buffer): void {
    this.free.push(buffer);
    const wake = this.waiting;
    this.waiting = undefined;
    wake?.();
  }
}

/**
 * Streams `body` into one S3 object: a PutObject when it fits in one part, else a multipart upload
 * with at most `queueSize` parts in flight, reading the body only as fast as parts go out. Any
 * failure (a part, the body, the signal) aborts the multipart upload before it is reported, so a
 * partial upload is never completed nor left open.
 */
export async function uploadStream(body: Readable, target: MultipartTarget): Promise<void> {
  const { client, bucket, key, partSize, signal } = target;
  const pool = new PartBuffers(partSize, target.queueSize + 1);
  const algorithm = checksumAlgorithm(target);
  const parts: CompletedPart[] = [];
  const inFlight = new Set<Promise<void>>();
  let uploadId: string | undefined;
  let failure: { error: unknown } | undefined;
  let partNumber = 0;

  /** Starts a part once fewer than queueSize are in flight (the body waits meanwhile). */
  const sendPart = async (buffer: Buffer, length: number): Promise<void> => {
    while (inFlight.size >= target.queueSize) await Promise.race(inFlight);
    if (failure) throw failure.error;
    const number = ++partNumber;
    if (number > MAX_PARTS) throw new Error(`more than ${MAX_PARTS} parts of ${partSize} bytes: the object is too big`);
    const sending = client
      .send(uploadPartCommand(target, uploadId, number, buffer.subarray(0, length)), { abortSignal: signal })
      .then(
        (result) => void parts.push(completedPart(number, result)),
        (error: unknown) => void (failure ??= { error }),
      )
      .finally(() => {
        inFlight.delete(sending);
        pool.give(buffer);
      });
    inFlight.add(sending);
  };

  try {
    let buffer = await pool.take();
    let filled = 0;
    // A failed upload leaves the body unread rather than destroyed: its producer learns of the
    // failure from the put's rejection, not from a premature close.
    for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      for (let offset = 0; offset < chunk.length;) {
        if (failure) throw failure.error;
        if (filled === partSize) {
          // A full part with more to come: multipart it is.
          uploadId ??= (
            await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ...algorithm }), {
              abortSignal: signal,
            })
          ).UploadId;
          await sendPart(buffer, filled);
          buffer = await pool.take();
          filled = 0;
        }
        const copied = chunk.copy(buffer, filled, offset, offset + Math.min(partSize - filled, chunk.length - offset));
        filled += copied;
        offset += copied;
      }
    }
    if (uploadId === undefined) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: buffer.subarray(0, filled), ...algorithm }),
        { abortSignal: signal },
      );
      return;
    }
    await sendPart(buffer, filled);
    await Promise.all(inFlight);
    if (failure) throw failure.error;
    signal.throwIfAborted();
    await completeUpload(target, uploadId, parts);
  } catch (error) {
    await Promise.allSettled(inFlight);
    if (uploadId !== undefined) await abortUploadQuietly(target, uploadId);
    throw error;
  }
}

function checksumAlgorithm(target: MultipartTarget): { ChecksumAlgorithm?: ChecksumAlgorithm } {
  return target.checksum ? { ChecksumAlgorithm: target.checksum } : {};
}

function uploadPartCommand(
  target: MultipartTarget,
  uploadId: string | undefined,
  number: number,
  bytes: Buffer,
): UploadPartCommand {
  return new UploadPartCommand({
    Bucket: target.bucket,
    Key: target.key,
    UploadId: uploadId,
    PartNumber: number,
    Body: bytes,
    ContentLength: bytes.length,
    ...checksumAlgorithm(target),
  });
}

/** The part's entry in the completion list, with the checksum the service computed. */
function completedPart(number: number, result: UploadPartCommandOutput): CompletedPart {
  if (!result.ETag) throw new Error(`part ${number} came back without an ETag`);
  return {
    PartNumber: number,
    ETag: result.ETag,
    ...(result.ChecksumCRC32 ? { ChecksumCRC32: result.ChecksumCRC32 } : {}),
    ...(result.ChecksumSHA256 ? { ChecksumSHA256: result.ChecksumSHA256 } : {}),
  };
}

async function completeUpload(target: MultipartTarget, uploadId: string, parts: CompletedPart[]): Promise<void> {
  parts.sort((a, b) => a.PartNumber! - b.PartNumber!);
  await target.client.send(
    new CompleteMultipartUploadCommand({
      Bucket: target.bucket,
      Key: target.key,
      UploadId: uploadId,
      MultipartUpload: { Parts: parts },
    }),
    { abortSignal: target.signal },
  );
}

/** Not under the put's signal: the clean-up must run when the put was cancelled. */
async function abortUploadQuietly(target: MultipartTarget, uploadId: string): Promise<void> {
  await target.client
    .send(new AbortMultipartUploadCommand({ Bucket: target.bucket, Key: target.key, UploadId: uploadId }))
    .catch(() => {});
}
