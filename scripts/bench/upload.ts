/**
 * Backup to S3 (the local S3 test server, fauxqs): `strongroom backup --to s3://…`, which streams
 * dump → zstd → age into a multipart upload, against the shell way: the same pipeline into a file,
 * then a multipart upload of that file with the same part size and concurrency.
 */
import { join } from "node:path";
import { DeleteObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { findPgTool } from "../../src/sources/postgres/pg-tools.ts";
import { startS3Server, type S3TestServer } from "../../test/servers/s3-server.ts";
import { type BenchCase, type BenchEnv, specText, strongroomSpec } from "./cases.ts";
import { measure, quote, shell } from "./runner.ts";

const BUCKET = "strongroom-bench";
/** Strongroom's S3 destination defaults (src/destinations/s3.ts). */
const PART_BYTES = 8 * 2 ** 20;
const CONCURRENCY = 4;

export interface UploadBench {
  readonly benchCase: BenchCase;
  stop(): Promise<void>;
}

export async function uploadCase(env: BenchEnv): Promise<UploadBench> {
  const s3 = await startS3Server();
  await s3.createBucket(BUCKET);
  const awsEnv = {
    ...process.env,
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    AWS_REGION: s3.region,
    AWS_ENDPOINT_URL: s3.endpoint,
    AWS_EC2_METADATA_DISABLED: "true",
  };
  const pgDump = await findPgTool("pg_dump", 0);
  const spec = {
    ...strongroomSpec(env, [
      "backup",
      "--source",
      env.sourceUrl,
      "--to",
      `s3://${BUCKET}/strongroom`,
      "--recipient",
      env.recipient,
      "--row-counts",
      "estimate",
      "--json",
    ]),
    env: awsEnv,
  };
  const file = join(env.work, "upload-shell.dump.zst.age");
  const uploader = `${quote(join(env.root, "node_modules/.bin/node"))} --import tsx ${quote(join(env.root, "scripts/bench/multipart-upload.ts"))}`;
  const script =
    `${quote(pgDump.path)} -Fc -Z0 -d ${quote(env.sourceUrl)} | zstd -3 -q -c | age -r ${env.recipient} > ${quote(file)} && ` +
    `${uploader} ${quote(file)} ${BUCKET} shell/backup.dump.zst.age ${PART_BYTES} ${CONCURRENCY} && rm -f ${quote(file)}`;
  const emptyBucket = () => clearBucket(s3, awsEnv);
  return {
    benchCase: {
      id: "upload-s3",
      title: "backup to S3 (local fauxqs server)",
      variants: [
        {
          id: "strongroom",
          side: "strongroom",
          command: specText(spec),
          before: emptyBucket,
          run: () => measure(spec),
          after: async (_round, m) => ({ storedBytes: (JSON.parse(m.stdout) as { size: number }).size }),
        },
        {
          id: "shell",
          side: "shell",
          command: script,
          before: emptyBucket,
          run: () => measure({ ...shell(script), env: awsEnv, rss: true }),
        },
      ],
      notes: [
        `Both sides upload ${PART_BYTES / 2 ** 20} MiB parts, ${CONCURRENCY} at a time; the shell side uploads only after the whole file is written.`,
        "The shell side's uploader is a Node script on @aws-sdk/client-s3 (no aws CLI here): its start-up (with tsx) is in its time.",
        "fauxqs keeps objects in memory in its own process; the bucket is emptied before each run.",
      ],
    },
    stop: () => s3.stop(),
  };
}

async function clearBucket(s3: S3TestServer, env: NodeJS.ProcessEnv): Promise<void> {
  const client = new S3Client({
    endpoint: env.AWS_ENDPOINT_URL!,
    region: env.AWS_REGION!,
    forcePathStyle: true,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
  });
  try {
    for (const key of await s3.keys(BUCKET)) await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
  } finally {
    client.destroy();
  }
}
