/**
 * The shell side of the upload case, like `aws s3 cp` of a finished file: S3 multipart with
 * the same part size and concurrency as Strongroom's S3 destination, reading the file part by
 * part. Credentials and endpoint from the usual AWS_* variables.
 *
 *   node --import tsx scripts/bench/multipart-upload.ts <file> <bucket> <key> <partBytes> <concurrency>
 */
import { open } from "node:fs/promises";
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  S3Client,
  UploadPartCommand,
} from "@aws-sdk/client-s3";

async function upload(file: string, bucket: string, key: string, partBytes: number, concurrency: number) {
  const client = new S3Client({ forcePathStyle: true });
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }));
    const count = Math.max(1, Math.ceil(size / partBytes));
    const etags: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < count; index = next++) {
        const length = Math.min(partBytes, size - index * partBytes);
        const body = Buffer.allocUnsafe(length);
        await handle.read(body, 0, length, index * partBytes);
        const { ETag } = await client.send(
          new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber: index + 1, Body: body }),
        );
        etags[index] = ETag!;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId,
        MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) },
      }),
    );
  } finally {
    await handle.close();
    client.destroy();
  }
}

const [file, bucket, key, partBytes, concurrency] = process.argv.slice(2);
if (!file || !bucket || !key)
  throw new Error("usage: multipart-upload.ts <file> <bucket> <key> <partBytes> <concurrency>");
await upload(file, bucket, key, Number(partBytes), Number(concurrency));
