import { appendFileSync, createReadStream, readFileSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import type { ArtifactState, StoredArtifact } from "./state.ts";

/** Azure's XML error body. */
export function blobError(res: ServerResponse, status: number, code: string, message: string): undefined {
  res.writeHead(status, { "content-type": "application/xml", "x-ms-error-code": code });
  res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/**
 * Azure-Blob-like storage on its own host: `PUT ?comp=block&blockid=`, `PUT ?comp=blocklist`, a
 * single-shot `PUT` (x-ms-blob-type: BlockBlob) and `GET`, all authorised by the signed URL alone.
 * A request that also carries `Authorization` is refused, as Azure refuses two auth mechanisms.
 */
export function handleBlob(
  state: ArtifactState,
  req: IncomingMessage,
  res: ServerResponse,
  upload: { readonly file: string; readonly length: number } | undefined,
): undefined {
  const url = new URL(req.url ?? "/", "http://blob");
  if (req.headers.authorization !== undefined) {
    return blobError(res, 403, "AuthenticationFailed", "Only one auth mechanism allowed: the signed URL.");
  }
  const permissions = url.searchParams.get("sp") ?? "";
  const expiry = url.searchParams.get("se") ?? "";
  const sig = url.searchParams.get("sig") ?? "";
  if (!sig || state.blobSignature(url.pathname, permissions, expiry) !== sig) {
    return blobError(res, 403, "AuthenticationFailed", "Signature did not match.");
  }
  if (Date.parse(expiry) < Date.now())
    return blobError(res, 403, "AuthenticationFailed", "Signed expiry time has passed.");
  const id = Number(url.pathname.split("/")[3]);
  const artifact = state.artifacts.get(id);
  if (!artifact) return blobError(res, 404, "BlobNotFound", "The specified blob does not exist.");

  if (req.method === "GET" || req.method === "HEAD") {
    if (!permissions.includes("r"))
      return blobError(res, 403, "AuthorizationPermissionMismatch", "No read permission.");
    if (!artifact.finalized || artifact.expired || !artifact.content) {
      return blobError(res, 404, "BlobNotFound", "The specified blob does not exist.");
    }
    res.writeHead(200, {
      "content-type": artifact.mimeType,
      "content-length": String(artifact.content.length),
      "content-disposition": `attachment; filename="${artifact.name}"; filename*=UTF-8''${encodeURIComponent(artifact.name)}`,
      "x-ms-blob-type": "BlockBlob",
      etag: `"0x${artifact.id.toString(16)}"`,
    });
    if (req.method === "HEAD") res.end();
    else pipeline(createReadStream(artifact.content.file), res).catch(() => res.destroy());
    return;
  }
  if (req.method !== "PUT" || !upload)
    return blobError(res, 405, "UnsupportedHttpVerb", "The resource doesn't support the verb.");
  if (!permissions.includes("w")) return blobError(res, 403, "AuthorizationPermissionMismatch", "No write permission.");
  if (artifact.finalized) return blobError(res, 409, "BlobImmutable", "The artifact is finalized.");
  const comp = url.searchParams.get("comp");
  if (comp === "block") {
    const blockId = url.searchParams.get("blockid");
    if (!blockId) return blobError(res, 400, "InvalidQueryParameterValue", "blockid is required.");
    artifact.blocks.set(blockId, upload.file);
    return created(res, artifact);
  }
  if (comp === "blocklist") {
    const ids = [...readFileSync(upload.file, "utf8").matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
      (m) => m[2] ?? "",
    );
    const parts: string[] = [];
    for (const blockId of ids) {
      const block = artifact.blocks.get(blockId);
      if (!block) return blobError(res, 400, "InvalidBlockList", `Block ${blockId} was never staged.`);
      parts.push(block);
    }
    const file = state.newFile();
    let length = 0;
    writeFileSync(file, "");
    for (const part of parts) {
      const block = readFileSync(part);
      appendFileSync(file, block);
      length += block.length;
    }
    artifact.content = { file, length };
    artifact.blocks.clear();
    return created(res, artifact);
  }
  if (comp === null && req.headers["x-ms-blob-type"] === "BlockBlob") {
    artifact.content = upload;
    return created(res, artifact);
  }
  return blobError(res, 400, "InvalidQueryParameterValue", `Unsupported comp=${String(comp)}.`);
}

function created(res: ServerResponse, artifact: StoredArtifact): undefined {
  res.writeHead(201, {
    etag: `"0x${artifact.id.toString(16)}${Date.now().toString(16)}"`,
    "last-modified": new Date().toUTCString(),
    "x-ms-request-id": crypto.randomUUID(),
    "x-ms-version": "2025-11-05",
    "x-ms-request-server-encrypted": "true",
    date: new Date().toUTCString(),
  });
  res.end();
}
