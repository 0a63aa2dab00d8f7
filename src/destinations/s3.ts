import { AsyncLocalStorage } from "node:async_hooks";
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import type { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { Destination, GetOptions, ObjectInfo, PutOptions } from "./destination.ts";
import { guardedPut } from "./guarded-put.ts";
import { assertObjectName, isObjectName } from "./object-name.ts";
import { classifyS3Error } from "./s3/errors.ts";
import { MAX_PARTS, uploadStream } from "./s3/multipart.ts";

export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface S3Options {
  readonly bucket: string;
  /** Folder inside the bucket, without leading or trailing `/` ("" for the bucket's root). */
  readonly prefix: string;
  /** Default: the SDK's chain (AWS_REGION, the profile), else us-east-1; wrong regions are followed. */
  readonly region?: string;
  /** For S3-compatible services; default AWS. */
  readonly endpoint?: string;
  readonly forcePathStyle?: boolean;
  /** Without them, the SDK's default chain (AWS_PROFILE, SSO, container and instance roles). */
  readonly credentials?: S3Credentials;
  readonly profile?: string;
  /** Server-side checked checksum per request. Default CRC32; "none" for services that reject them. */
  readonly checksum?: "CRC32" | "SHA256" | "none";
  /**
   * Tries the SDK itself makes of each request of an upload (a part can be sent again; a streamed
   * body cannot be re-read by the retry decorator). Default 3. Other calls are tried once by the
   * SDK: the retry decorator retries them, so attempts do not multiply.
   */
  readonly maxAttempts?: number;
  /** Multipart part size. Default 8 MiB (at most 10,000 parts: 78 GiB for a stream of unknown size). */
  readonly partSize?: number;
  /** Parts uploaded at once. Default 4. */
  readonly queueSize?: number;
  /** HTTP(S)_PROXY / NO_PROXY to route requests through (Node ≥ 24.5 agents). */
  readonly proxyEnv?: { readonly HTTPS_PROXY?: string; readonly HTTP_PROXY?: string; readonly NO_PROXY?: string };
}

const MiB = 1024 * 1024;

/**
 * Requests made while a put runs carry that put's abort signal, so aborting stops the bytes in
 * flight rather than racing them. AbortMultipartUpload is exempt: it is the cleanup.
 */
const putSignal = new AsyncLocalStorage<AbortSignal>();

class SignalledHandler extends NodeHttpHandler {
  override handle(
    ...[request, options = {}]: Parameters<NodeHttpHandler["handle"]>
  ): ReturnType<NodeHttpHandler["handle"]> {
    const signal = putSignal.getStore();
    const cleanup = request.method === "DELETE" && request.query?.uploadId !== undefined;
    if (signal === undefined || cleanup) return super.handle(request, options);
    const own = options.abortSignal as AbortSignal | undefined;
    return super.handle(request, { ...options, abortSignal: own ? AbortSignal.any([own, signal]) : signal });
  }
}

/** An S3 bucket (or an S3-compatible service) under a prefix. Uploads are multipart from a stream. */
export class S3Destination implements Destination {
  readonly display: string;
  readonly maxObjectSize = 5 * 1024 * 1024 * MiB;
  /** Single-attempt client for get, stat, list and remove (the retry decorator retries them). */
  readonly client: S3Client;
  /** The client uploads use, with the SDK's own retries per request. */
  readonly uploads: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly secrets: string[];
  private readonly options: S3Options;

  constructor(options: S3Options) {
    this.options = options;
    this.bucket = options.bucket;
    this.prefix = options.prefix.replace(/^\/+|\/+$/g, "");
    this.display = `s3://${this.bucket}${this.prefix ? `/${this.prefix}` : ""}`;
    const { credentials } = options;
    this.secrets = credentials ? [credentials.secretAccessKey, credentials.sessionToken ?? ""].filter(Boolean) : [];
    const agent = {
      keepAlive: true,
      maxSockets: 32,
      ...(options.proxyEnv ? { proxyEnv: { ...options.proxyEnv } } : {}),
    };
    const withChecksum = options.checksum !== "none";
    const config: S3ClientConfig = {
      region: options.region ?? (options.profile ? undefined : "us-east-1"),
      followRegionRedirects: true,
      requestChecksumCalculation: withChecksum ? "WHEN_SUPPORTED" : "WHEN_REQUIRED",
      responseChecksumValidation: withChecksum ? "WHEN_SUPPORTED" : "WHEN_REQUIRED",
      requestHandler: new SignalledHandler({
        connectionTimeout: 15_000,
        requestTimeout: 120_000,
        httpAgent: new HttpAgent(agent),
        httpsAgent: new HttpsAgent(agent),
      }),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.forcePathStyle !== undefined ? { forcePathStyle: options.forcePathStyle } : {}),
      ...(credentials ? { credentials: { ...credentials } } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
    };
    this.client = new S3Client({ ...config, maxAttempts: 1 });
    this.uploads = new S3Client({ ...config, maxAttempts: options.maxAttempts ?? 3 });
  }

  async put(name: string, body: Readable, options: PutOptions = {}): Promise<ObjectInfo> {
    assertObjectName(name);
    const { signal } = options;
    signal?.throwIfAborted();
    const requests = new AbortController();
    const partSize = Math.max(this.options.partSize ?? 8 * MiB, options.size ? Math.ceil(options.size / MAX_PARTS) : 0);
    const checksum = this.options.checksum ?? "CRC32";
    const guard = {
      body,
      signal,
      onAbort: () => requests.abort(signal?.reason),
      classify: (error: unknown) => this.classify(error, `could not upload ${name}`),
    };
    await guardedPut(guard, () =>
      putSignal.run(requests.signal, () =>
        uploadStream(body, {
          client: this.uploads,
          bucket: this.bucket,
          key: this.key(name),
          checksum: checksum === "none" ? undefined : checksum,
          partSize,
          queueSize: this.options.queueSize ?? 4,
          signal: requests.signal,
        }),
      ),
    );
    return this.head(this.uploads, name);
  }

  async get(name: string, options: GetOptions = {}): Promise<Readable> {
    assertObjectName(name);
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.key(name) }),
        options.signal ? { abortSignal: options.signal } : {},
      );
      return response.Body as Readable;
    } catch (error) {
      throw this.classify(error, `could not download ${name}`);
    }
  }

  stat(name: string): Promise<ObjectInfo> {
    return this.head(this.client, name);
  }

  private async head(client: S3Client, name: string): Promise<ObjectInfo> {
    assertObjectName(name);
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(name) }));
      return { name, size: head.ContentLength ?? 0, modified: head.LastModified ?? new Date(0) };
    } catch (error) {
      throw this.classify(error, `could not read ${name}`);
    }
  }

  async *list(): AsyncIterable<ObjectInfo> {
    const prefix = this.prefix ? `${this.prefix}/` : "";
    // The delimiter keeps keys in deeper "folders" out: names are flat.
    const pages = paginateListObjectsV2(
      { client: this.client, pageSize: 1000 },
      { Bucket: this.bucket, Prefix: prefix, Delimiter: "/" },
    );
    try {
      for await (const page of pages) {
        for (const item of page.Contents ?? []) {
          const name = item.Key?.slice(prefix.length) ?? "";
          if (!isObjectName(name)) continue;
          yield { name, size: item.Size ?? 0, modified: item.LastModified ?? new Date(0) };
        }
      }
    } catch (error) {
      throw this.classify(error, "could not list");
    }
  }

  async remove(name: string): Promise<void> {
    // S3 deletes succeed for missing keys; the contract says "not found".
    await this.stat(name);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(name) }));
    } catch (error) {
      throw this.classify(error, `could not remove ${name}`);
    }
  }

  /** Closes idle connections (the process can exit without waiting for keep-alive timeouts). */
  destroy(): void {
    this.client.destroy();
    this.uploads.destroy();
  }

  private key(name: string): string {
    return this.prefix ? `${this.prefix}/${name}` : name;
  }

  private classify(error: unknown, what: string): Error {
    return classifyS3Error(error, { what, display: this.display, secrets: this.secrets });
  }
}
