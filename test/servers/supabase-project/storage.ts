import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small Supabase Storage API (REST routes supabase-js uses + the TUS endpoint) on loopback,
 * for the Supabase source tests. Objects are kept in memory.
 */
export interface StoredObject {
  body: Buffer;
  contentType: string;
  cacheControl: string;
  created: string;
  updated: string;
}

export interface Bucket {
  id: string;
  public: boolean;
  file_size_limit: number | null;
  allowed_mime_types: string[] | null;
  created_at: string;
}

export interface StorageProject {
  readonly url: string;
  readonly key: string;
  readonly buckets: Map<string, Bucket>;
  readonly objects: Map<string, Map<string, StoredObject>>;
  /** Every request line seen, with headers, to check no secret leaks elsewhere. */
  readonly requests: string[];
  addBucket(id: string, isPublic?: boolean): void;
  put(bucket: string, path: string, body: Buffer, contentType?: string): void;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

const fail = (res: ServerResponse, status: number, message: string) =>
  json(res, status === 409 ? 400 : status, { statusCode: String(status), error: message, message });

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startStorageProject(key = `service-role-${randomUUID()}`): Promise<StorageProject> {
  const buckets = new Map<string, Bucket>();
  const objects = new Map<string, Map<string, StoredObject>>();
  const uploads = new Map<
    string,
    { length: number; chunks: Buffer[]; offset: number; meta: Record<string, string>; upsert: boolean }
  >();
  const requests: string[] = [];

  const addBucket = (id: string, isPublic = false, limit: number | null = null, types: string[] | null = null) => {
    if (!buckets.has(id)) {
      buckets.set(id, {
        id,
        public: isPublic,
        file_size_limit: limit,
        allowed_mime_types: types,
        created_at: new Date().toISOString(),
      });
      objects.set(id, new Map());
    }
  };
  const put = (
    bucket: string,
    path: string,
    body: Buffer,
    contentType = "application/octet-stream",
    cacheControl = "max-age=3600",
  ) => {
    const now = new Date().toISOString();
    const existing = objects.get(bucket)!.get(path);
    objects
      .get(bucket)!
      .set(path, { body, contentType, cacheControl, created: existing?.created ?? now, updated: now });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => fail(res, 500, (error as Error).message));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.headers.authorization !== `Bearer ${key}`) return fail(res, 403, "invalid signature");
    const path = url.pathname.replace(/^\/storage\/v1/, "");
    const segments = path.split("/").filter(Boolean).map(decodeURIComponent);

    if (segments[0] === "bucket") {
      if (req.method === "GET" && segments.length === 1) {
        return json(
          res,
          200,
          [...buckets.values()].map((b) => ({ ...b, name: b.id, owner: "", updated_at: b.created_at })),
        );
      }
      if (req.method === "GET" && segments.length === 2) {
        const b = buckets.get(segments[1]!);
        if (!b) return fail(res, 404, "Bucket not found");
        return json(res, 200, { ...b, name: b.id, owner: "", updated_at: b.created_at });
      }
      if (req.method === "POST") {
        const body = JSON.parse((await bodyOf(req)).toString("utf8")) as Partial<Bucket> & { name?: string };
        const id = body.id ?? body.name!;
        if (buckets.has(id)) return fail(res, 409, "The resource already exists");
        addBucket(id, body.public ?? false, body.file_size_limit ?? null, body.allowed_mime_types ?? null);
        return json(res, 200, { name: id });
      }
    }

    if (segments[0] === "object" && segments[1] === "list" && req.method === "POST") {
      const bucket = objects.get(segments[2]!);
      if (!bucket) return fail(res, 404, "Bucket not found");
      const body = JSON.parse((await bodyOf(req)).toString("utf8")) as {
        prefix?: string;
        limit?: number;
        offset?: number;
      };
      const prefix = body.prefix ? `${body.prefix.replace(/\/$/, "")}/` : "";
      const folders = new Set<string>();
      const files: { name: string; object: StoredObject }[] = [];
      for (const [name, object] of bucket) {
        if (!name.startsWith(prefix)) continue;
        const rest = name.slice(prefix.length);
        const slash = rest.indexOf("/");
        if (slash >= 0) folders.add(rest.slice(0, slash));
        else files.push({ name: rest, object });
      }
      const items = [
        ...[...folders].map((name) => ({
          name,
          id: null,
          updated_at: null,
          created_at: null,
          last_accessed_at: null,
          metadata: null,
        })),
        ...files.map(({ name, object }) => ({
          name,
          id: createHash("md5").update(name).digest("hex"),
          updated_at: object.updated,
          created_at: object.created,
          last_accessed_at: object.updated,
          metadata: {
            eTag: `"${createHash("md5").update(object.body).digest("hex")}"`,
            size: object.body.length,
            mimetype: object.contentType,
            cacheControl: object.cacheControl,
            lastModified: object.updated,
            contentLength: object.body.length,
            httpStatusCode: 200,
          },
        })),
      ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const offset = body.offset ?? 0;
      return json(res, 200, items.slice(offset, offset + (body.limit ?? 100)));
    }

    if (segments[0] === "object" && segments.length >= 3) {
      const bucketId = segments[1] === "authenticated" ? segments[2]! : segments[1]!;
      const name = segments.slice(segments[1] === "authenticated" ? 3 : 2).join("/");
      const bucket = objects.get(bucketId);
      if (!bucket) return fail(res, 404, "Bucket not found");
      if (req.method === "GET") {
        const object = bucket.get(name);
        if (!object) return fail(res, 404, "Object not found");
        res.writeHead(200, {
          "content-type": object.contentType,
          "content-length": object.body.length,
          "cache-control": object.cacheControl,
        });
        res.end(object.body);
        return;
      }
      if (req.method === "POST" || req.method === "PUT") {
        const upsert = req.headers["x-upsert"] === "true" || req.method === "PUT";
        if (bucket.has(name) && !upsert) return fail(res, 409, "Duplicate");
        const body = await bodyOf(req);
        put(
          bucketId,
          name,
          body,
          String(req.headers["content-type"] ?? "application/octet-stream"),
          String(req.headers["cache-control"] ?? "max-age=3600"),
        );
        return json(res, 200, { Key: `${bucketId}/${name}`, Id: randomUUID() });
      }
    }

    if (segments[0] === "upload" && segments[1] === "resumable") {
      res.setHeader("tus-resumable", "1.0.0");
      if (req.method === "POST" && segments.length === 2) {
        const meta: Record<string, string> = {};
        for (const pair of String(req.headers["upload-metadata"] ?? "").split(",")) {
          const [k, v] = pair.trim().split(" ");
          if (k) meta[k] = v ? Buffer.from(v, "base64").toString("utf8") : "";
        }
        if (!meta.bucketName || !meta.objectName || !objects.has(meta.bucketName))
          return fail(res, 400, "bad upload metadata");
        if (objects.get(meta.bucketName)!.has(meta.objectName) && req.headers["x-upsert"] !== "true")
          return fail(res, 409, "Duplicate");
        const id = randomUUID();
        const upload = {
          length: Number(req.headers["upload-length"]),
          chunks: [] as Buffer[],
          offset: 0,
          meta,
          upsert: req.headers["x-upsert"] === "true",
        };
        uploads.set(id, upload);
        const body = await bodyOf(req);
        if (body.length) {
          upload.chunks.push(body);
          upload.offset += body.length;
        }
        complete(id);
        res.writeHead(201, {
          location: `${serverUrl}/storage/v1/upload/resumable/${id}`,
          "upload-offset": String(upload.offset),
        });
        res.end();
        return;
      }
      const upload = uploads.get(segments[2] ?? "");
      if (!upload) return fail(res, 404, "upload not found");
      if (req.method === "HEAD") {
        res.writeHead(200, {
          "upload-offset": String(upload.offset),
          "upload-length": String(upload.length),
          "cache-control": "no-store",
        });
        res.end();
        return;
      }
      if (req.method === "PATCH") {
        if (Number(req.headers["upload-offset"]) !== upload.offset) return fail(res, 409, "offset mismatch");
        const body = await bodyOf(req);
        upload.chunks.push(body);
        upload.offset += body.length;
        complete(segments[2]!);
        res.writeHead(204, { "upload-offset": String(upload.offset) });
        res.end();
        return;
      }
    }
    fail(res, 404, `no route for ${req.method} ${url.pathname}`);
  }

  function complete(id: string): void {
    const upload = uploads.get(id)!;
    if (upload.offset !== upload.length) return;
    const cache = upload.meta.cacheControl ? `max-age=${upload.meta.cacheControl}` : "max-age=3600";
    put(
      upload.meta.bucketName!,
      upload.meta.objectName!,
      Buffer.concat(upload.chunks),
      upload.meta.contentType ?? "application/octet-stream",
      cache,
    );
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: serverUrl,
    key,
    buckets,
    objects,
    requests,
    addBucket: (id, isPublic) => addBucket(id, isPublic),
    put: (bucket, path, body, contentType) => put(bucket, path, body, contentType),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
