import { type Transform, Writable } from "node:stream";
import zlib from "node:zlib";
import { UsageError } from "../errors.ts";

export const COMPRESSIONS = ["zstd", "gzip", "none"] as const;
export type Compression = (typeof COMPRESSIONS)[number];

export const DEFAULT_LEVEL: Record<Compression, number | undefined> = { zstd: 3, gzip: 6, none: undefined };
export const LEVEL_RANGE: Record<Exclude<Compression, "none">, readonly [number, number]> = {
  zstd: [1, 19],
  gzip: [1, 9],
};
export const EXTENSION: Record<Compression, string> = { zstd: ".zst", gzip: ".gz", none: "" };

const CHUNK = 1 << 20;

function requireZstd(): void {
  if (typeof zlib.createZstdCompress !== "function") {
    throw new UsageError(`zstd compression needs Node.js 22.15 or newer (this is ${process.version})`, {
      hint: "upgrade Node.js, or choose --compression gzip",
    });
  }
}

/** Returns a compressor, or undefined for `none` (the caller leaves the stage out). */
export function createCompressStream(compression: Compression, level?: number): Transform | undefined {
  switch (compression) {
    case "zstd":
      requireZstd();
      return zlib.createZstdCompress({
        chunkSize: CHUNK,
        params: {
          [zlib.constants.ZSTD_c_compressionLevel]: level ?? 3,
          [zlib.constants.ZSTD_c_checksumFlag]: 1,
        },
      });
    case "gzip":
      return zlib.createGzip({ level: level ?? 6, chunkSize: CHUNK });
    case "none":
      return undefined;
  }
}

export function createDecompressStream(compression: Compression): Transform | undefined {
  switch (compression) {
    case "zstd":
      requireZstd();
      return zlib.createZstdDecompress({ chunkSize: CHUNK });
    case "gzip":
      return zlib.createGunzip({ chunkSize: CHUNK });
    case "none":
      return undefined;
  }
}

/** zlib reports corrupt input with Z_* / ERR_ZSTD_* / ZSTD_error_* codes: say what that means for a backup. */
export function isCorruptCompressedData(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  return (
    code.startsWith("Z_") ||
    code.startsWith("ERR_ZSTD") ||
    code.startsWith("ZSTD_error") ||
    code === "ERR_ZLIB_INITIALIZATION_FAILED"
  );
}

/** A sink that discards everything (for decode-only verification). */
export function createNullSink(): Writable {
  return new Writable({
    highWaterMark: CHUNK,
    write(_chunk, _encoding, callback) {
      callback();
    },
  });
}
