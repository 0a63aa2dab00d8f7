/**
 * The age v1 header (age-encryption.org/v1, C2SP age spec): the version line, recipient stanzas
 * with 64-column unpadded base64 bodies, and the `---` line carrying the header MAC. Parsing is
 * strict, like the reference implementation: canonical base64 only, LF line ends only.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { IntegrityError } from "../errors.ts";

export interface Stanza {
  readonly type: string;
  readonly args: readonly string[];
  readonly body: Buffer;
}

export interface Header {
  readonly stanzas: readonly Stanza[];
  /** The header bytes the MAC covers: everything up to and including `---`. */
  readonly macInput: Buffer;
  readonly mac: Buffer;
}

export const VERSION_LINE = "age-encryption.org/v1\n";
/** No legitimate header comes close (a post-quantum stanza is ~1.6 KiB); stop reading garbage early. */
export const MAX_HEADER_SIZE = 1024 * 1024;
const ARMOR_BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----";
const MAC_SIZE = 32;
const BODY_COLUMNS = 64;
const NEWLINE = 0x0a;

const CORRUPT_HINT = "the backup is damaged or is not an age file; try another copy";

export function headerError(problem: string): IntegrityError {
  return new IntegrityError(`age: invalid header: ${problem}`, { hint: CORRUPT_HINT });
}

/** Unpadded standard base64 (RFC 4648 §4), rejecting anything that is not the canonical encoding. */
export function decodeBase64(text: string, what: string): Buffer {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) throw headerError(`${what} is not unpadded base64`);
  const bytes = Buffer.from(text, "base64");
  if (encodeBase64(bytes) !== text) throw headerError(`${what} is not canonical base64`);
  return bytes;
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64").replace(/=+$/, "");
}

function isArgument(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}

function hmacKey(fileKey: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", fileKey, Buffer.alloc(0), "header", 32));
}

export function computeMac(fileKey: Uint8Array, macInput: Uint8Array): Buffer {
  return createHmac("sha256", hmacKey(fileKey)).update(macInput).digest();
}

export function verifyMac(fileKey: Uint8Array, header: Header): void {
  if (!timingSafeEqual(computeMac(fileKey, header.macInput), header.mac)) {
    throw new IntegrityError("age: header MAC mismatch: the header was modified", { hint: CORRUPT_HINT });
  }
}

/** Serializes stanzas and appends the MAC keyed by the file key: the whole binary header. */
export function encodeHeader(stanzas: readonly Stanza[], fileKey: Uint8Array): Buffer {
  let text = VERSION_LINE;
  for (const stanza of stanzas) {
    const args = [stanza.type, ...stanza.args];
    if (!args.every(isArgument)) throw new Error("age: stanza arguments must be non-empty printable ASCII");
    text += `-> ${args.join(" ")}\n`;
    const body = encodeBase64(stanza.body);
    // Full 64-column lines, then a final short (possibly empty) line ends the body.
    for (let i = 0; i <= body.length; i += BODY_COLUMNS) text += `${body.slice(i, i + BODY_COLUMNS)}\n`;
  }
  text += "---";
  const macInput = Buffer.from(text, "latin1");
  return Buffer.concat([macInput, Buffer.from(` ${encodeBase64(computeMac(fileKey, macInput))}\n`, "latin1")]);
}

/**
 * Checks the first bytes as soon as they arrive, so that a file which is not binary age fails
 * without buffering a megabyte first.
 */
export function checkPrefix(bytes: Buffer): void {
  const seen = bytes.subarray(0, VERSION_LINE.length).toString("latin1");
  if (VERSION_LINE.startsWith(seen)) return;
  if (seen.startsWith(ARMOR_BEGIN.slice(0, seen.length)) || seen.trimStart().startsWith("-----BEGIN")) {
    throw new IntegrityError("age: the file is ASCII-armored (PEM); only binary age files are supported", {
      hint: "dearmor it first, e.g. 'age -d' it with the age CLI, or store backups unarmored",
    });
  }
  if (seen.startsWith("age-encryption.org/")) throw headerError("unsupported age format version");
  throw new IntegrityError("age: not an age encrypted file (it does not start with 'age-encryption.org/v1')", {
    hint: CORRUPT_HINT,
  });
}

/**
 * Finds where the header ends in `bytes`: `end` is the offset just past the MAC line's newline;
 * without it, `resume` is where the next call (with more bytes) should start scanning. Stanza
 * lines start with `->` and body lines are base64, so the first line starting with `---` is the
 * MAC line.
 */
export function findHeaderEnd(bytes: Buffer, from = 0): { end: number } | { resume: number } {
  const found = bytes.indexOf("\n---", from, "latin1");
  if (found === -1) return { resume: Math.max(from, bytes.length - 3) };
  const end = bytes.indexOf(NEWLINE, found + 1);
  return end === -1 ? { resume: found } : { end: end + 1 };
}

/** Parses a complete header (as delimited by findHeaderEnd) without verifying its MAC. */
export function parseHeader(bytes: Buffer): Header {
  const text = bytes.toString("latin1");
  if (!text.endsWith("\n")) throw headerError("missing final newline");
  const lines = text.slice(0, -1).split("\n");
  if (`${lines[0]}\n` !== VERSION_LINE) throw headerError("unsupported version line");
  const stanzas: Stanza[] = [];
  let index = 1;
  for (;;) {
    const line = lines[index++];
    if (line === undefined) throw headerError("missing MAC line");
    if (line.startsWith("---")) {
      if (index !== lines.length) throw headerError("data after the MAC line");
      const match = /^--- ([^ ]+)$/.exec(line);
      if (match?.[1] === undefined) throw headerError("malformed MAC line");
      const mac = decodeBase64(match[1], "header MAC");
      if (mac.length !== MAC_SIZE) throw headerError("header MAC has the wrong length");
      const macLength = text.length - line.length - 1 + 3;
      return { stanzas, macInput: bytes.subarray(0, macLength), mac };
    }
    if (!line.startsWith("-> ")) throw headerError("expected a stanza ('-> ') or the MAC line ('---')");
    const [type, ...args] = line.slice(3).split(" ");
    if (type === undefined || ![type, ...args].every(isArgument)) throw headerError("malformed stanza arguments");
    const chunks: Buffer[] = [];
    for (;;) {
      const bodyLine = lines[index++];
      if (bodyLine === undefined) throw headerError("stanza body is not terminated by a short line");
      if (bodyLine.length > BODY_COLUMNS) throw headerError("stanza body line longer than 64 columns");
      chunks.push(decodeBase64(bodyLine, "stanza body"));
      if (bodyLine.length < BODY_COLUMNS) break;
    }
    stanzas.push({ type, args, body: Buffer.concat(chunks) });
  }
}
