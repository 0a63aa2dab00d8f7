/** HTTP helpers of the fake Supabase Storage: JSON and API errors, @tus/server's errors, bodies. */
import { createWriteStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";

export const TUS_PREFIX = "/storage/v1/upload/resumable";

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/**
 * @tus/server's errors: a status and a plain-text body. Like the service (its
 * closeConnectionAfterResponse), a request whose body is still coming is answered first, then its
 * connection is ended and, 3 s later, destroyed; the body read meanwhile is discarded.
 */
export function tusError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  tus: Record<string, string>,
): void {
  req.resume();
  if (!req.complete) {
    const socket = req.socket;
    res.once("finish", () => {
      if (socket.destroyed) return;
      setTimeout(() => socket.destroy(), 3000).unref();
      socket.end();
    });
  }
  res.writeHead(status, { ...tus, "content-type": "text/plain", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

export function apiError(res: ServerResponse, status: number, error: string, message: string): void {
  json(res, status, { statusCode: String(status), error, message });
}

/** Streams the request body into `file` (append at the current end), up to `limit` bytes. */
export async function receive(
  req: IncomingMessage,
  file: string,
  flags: "w" | "a",
  limit = Number.POSITIVE_INFINITY,
): Promise<{ bytes: number; dropped: boolean }> {
  const out = createWriteStream(file, { flags });
  let bytes = 0;
  let dropped = false;
  try {
    for await (const chunk of req) {
      let buffer = chunk as Buffer;
      if (bytes + buffer.length > limit) {
        buffer = buffer.subarray(0, limit - bytes);
        dropped = true;
      }
      bytes += buffer.length;
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      if (dropped) break;
    }
  } catch {
    dropped = true;
  } finally {
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
  return { bytes, dropped };
}

export async function text(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function parseMetadata(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of header.split(",")) {
    const [key, value] = pair.trim().split(" ");
    if (key) out[key] = value ? Buffer.from(value, "base64").toString("utf8") : "";
  }
  return out;
}
