import { Transform, type TransformCallback } from "node:stream";

const NEWLINE = 0x0a;
const COPY_START = /^COPY .+ FROM stdin;$/;
const COPY_END = Buffer.from("\n\\.\n");
const LO_LINE = "SELECT pg_catalog.lo_";
const LO_CLOSE = "SELECT pg_catalog.lo_close(0);";

/**
 * Wraps a plain-format dump (a psql script) in one transaction that only the end of the input
 * commits: `BEGIN;` first, `COMMIT;` written when the stream ends, which it does only after every
 * stage before it (digest, decryption) has accepted all of the input. If Strongroom dies first,
 * psql reads an end of input without a COMMIT, exits, and the server rolls everything back; psql's
 * own `--single-transaction` would commit at that end of input instead, even in the middle of COPY.
 *
 * pg_dump writes the large-object section in a `BEGIN;` … `COMMIT;` of its own, which would commit
 * the outer transaction early: those two lines are turned into comments. Only those two: a `BEGIN;`
 * directly followed by a blank line and a `SELECT pg_catalog.lo_…` line, and a `COMMIT;` right after
 * `SELECT pg_catalog.lo_close(0);`. COPY data passes untouched.
 */
export function plainScriptInOneTransaction(): Transform {
  let pending: Buffer = Buffer.alloc(0);
  let inCopy = false;
  let atCopyStart = false;
  let lastLine = "";
  const out: Buffer[] = [];

  /** Consumes what can be decided from `pending`; `ended` when no more input will come. */
  const consume = (ended: boolean) => {
    for (;;) {
      if (inCopy) {
        if (atCopyStart) {
          if (pending.length < 3 && !ended) return;
          if (pending.subarray(0, 3).toString("latin1") === "\\.\n") {
            out.push(pending.subarray(0, 3));
            pending = pending.subarray(3);
            inCopy = false;
            atCopyStart = false;
            continue;
          }
          atCopyStart = false;
        }
        const end = pending.indexOf(COPY_END);
        if (end === -1) {
          const keep = ended ? 0 : Math.min(pending.length, COPY_END.length - 1);
          out.push(pending.subarray(0, pending.length - keep));
          pending = pending.subarray(pending.length - keep);
          return;
        }
        out.push(pending.subarray(0, end + COPY_END.length));
        pending = pending.subarray(end + COPY_END.length);
        inCopy = false;
        continue;
      }
      const eol = pending.indexOf(NEWLINE);
      if (eol === -1) {
        if (ended && pending.length) {
          out.push(pending);
          pending = Buffer.alloc(0);
        }
        return;
      }
      const line = pending.subarray(0, eol).toString("utf8");
      if (line === "BEGIN;") {
        const next = linesAfter(pending, eol + 1, 2);
        if (next.length < 2 && !ended) return;
        if (next[0] === "" && next[1]?.startsWith(LO_LINE)) {
          out.push(Buffer.from("-- BEGIN; (large objects: part of Strongroom's one transaction)\n"));
          pending = pending.subarray(eol + 1);
          lastLine = line;
          continue;
        }
      }
      if (line === "COMMIT;" && lastLine === LO_CLOSE) {
        out.push(Buffer.from("-- COMMIT; (large objects: committed with everything else at the end)\n"));
      } else out.push(pending.subarray(0, eol + 1));
      pending = pending.subarray(eol + 1);
      if (line !== "") lastLine = line;
      if (COPY_START.test(line)) {
        inCopy = true;
        atCopyStart = true;
      }
    }
  };
  const emit = (stream: Transform) => {
    if (out.length) stream.push(out.length === 1 ? out[0] : Buffer.concat(out));
    out.length = 0;
  };

  let begun = false;
  const begin = (stream: Transform) => {
    if (!begun) stream.push(Buffer.from("BEGIN;\n"));
    begun = true;
  };

  return new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      begin(this);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      consume(false);
      emit(this);
      callback();
    },
    flush(callback: TransformCallback) {
      begin(this);
      consume(true);
      emit(this);
      this.push(Buffer.from("\nCOMMIT;\n"));
      callback();
    },
  });
}

/** Up to `count` complete lines starting at `from`. */
function linesAfter(buffer: Buffer, from: number, count: number): string[] {
  const lines: string[] = [];
  let start = from;
  while (lines.length < count) {
    const eol = buffer.indexOf(NEWLINE, start);
    if (eol === -1) break;
    lines.push(buffer.subarray(start, eol).toString("utf8"));
    start = eol + 1;
  }
  return lines;
}
