import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { readCatalog, writeJsonObject } from "../catalog/catalog.ts";
import { type Manifest, manifestName } from "../catalog/manifest.ts";
import { chooseBackup } from "../catalog/select.ts";
import type { GetConfig } from "../config/get.ts";
import { LocalFolder } from "../destinations/local-folder.ts";
import { openDestination } from "../destinations/open.ts";
import { isNotFound, UsageError } from "../errors.ts";
import { createDigestStream } from "../stages/digest.ts";
import { assertDigest, missingObject } from "../catalog/verified-copy.ts";
import { decodeError, decodeStages, readContents } from "../stages/decode.ts";
import { openContext, type RunContext } from "../run-context.ts";

export interface GetResult {
  readonly id: string;
  readonly source: string;
  readonly createdAt: string;
  /** The file written, or `-` for stdout. */
  readonly out: string;
  /** The manifest written beside it (null for stdout). */
  readonly manifestFile: string | null;
  readonly bytes: number;
  readonly decrypted: boolean;
}

/** The name of the plain dump inside a stored object: its name without the encryption and compression suffixes. */
export function plainName(manifest: Manifest): string {
  return manifest.object.replace(/\.age$/, "").replace(/\.(zst|gz)$/, "");
}

/**
 * Copies one backup out of a destination: the stored object byte for byte, or (`--decrypt`) the
 * plain dump. The bytes go to a hidden partial file beside the target, renamed into place only
 * after the sha256 matched the manifest; the manifest is written beside it.
 */
export async function runGet(config: GetConfig, context: RunContext, stdout: Writable): Promise<GetResult> {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  for (const bad of catalog.unreadable) context.log.warn(`${destination.display}: skipped ${bad.name}: ${bad.reason}`);
  const { manifest } = chooseBackup(catalog, config.selector, destination.display);
  if (config.decrypt) {
    if (manifest.encryption.type !== "none" && config.decryption.mode === "none") {
      throw new UsageError(
        `backup ${manifest.id} is encrypted: --decrypt needs --identity <file> or --passphrase-env <VAR>`,
      );
    }
    await readContents(manifest, config.decryption);
  }
  const fileName = config.decrypt ? plainName(manifest) : manifest.object;
  const path = config.out === "-" ? "-" : await outputPath(config.out, fileName, config.force);
  const partial =
    path === "-" ? undefined : join(dirname(path), `.${basename(path)}.partial-${randomBytes(4).toString("hex")}`);
  const digest = createDigestStream();
  let bytes = 0;
  const counter = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      bytes += chunk.length;
      yield chunk;
    }
  };
  try {
    let source;
    try {
      source = await destination.get(manifest.object, { signal: context.signal });
    } catch (error) {
      throw isNotFound(error) ? missingObject(manifest, destination, error) : error;
    }
    const sink = partial ? createWriteStream(partial, { flags: "wx", mode: 0o600, highWaterMark: 1 << 20 }) : stdout;
    const stages = config.decrypt ? decodeStages(manifest, config.decryption) : [];
    await context.log.group(`Get ${manifest.id} (${manifest.size} bytes) from ${destination.display}`, () =>
      pipeline(
        [source, digest, ...stages, counter, sink] as unknown as [NodeJS.ReadableStream, NodeJS.WritableStream],
        {
          signal: context.signal,
          end: partial !== undefined,
        },
      ).catch((error: unknown) => {
        throw decodeError(error, manifest);
      }),
    );
    assertDigest(manifest, digest.result());
    if (!partial) return result(manifest, "-", null, bytes, config.decrypt);
    await chmod(partial, 0o600);
    await rename(partial, path);
    const folder = new LocalFolder(dirname(path));
    await writeJsonObject(folder, manifestName(manifest.id), manifest);
    return result(manifest, path, join(dirname(path), manifestName(manifest.id)), bytes, config.decrypt);
  } finally {
    if (partial) await rm(partial, { force: true });
  }
}

async function outputPath(out: string, fileName: string, force: boolean): Promise<string> {
  const given = resolve(out);
  const existing = await stat(given).catch(() => undefined);
  const path = existing?.isDirectory() ? join(given, fileName) : given;
  const target = path === given ? existing : await stat(path).catch(() => undefined);
  if (target && !force) {
    throw new UsageError(`${path} already exists; nothing was written`, {
      hint: "choose another --out, or pass --force to replace it",
    });
  }
  if (target?.isDirectory()) throw new UsageError(`${path} is a folder`);
  return path;
}

function result(
  manifest: Manifest,
  out: string,
  manifestFile: string | null,
  bytes: number,
  decrypted: boolean,
): GetResult {
  return {
    id: manifest.id,
    source: manifest.source.display,
    createdAt: manifest.createdAt,
    out,
    manifestFile,
    bytes,
    decrypted,
  };
}
