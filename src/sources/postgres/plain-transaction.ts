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
  const script = new ScriptRewriter();
  let begun = false;
  const begin = (stream: Transform) => {
    if (!begun) stream.push(Buffer.from("BEGIN;\n"));
    begun = true;
  };
  const emit = (stream: Transform) => {
    const output = script.takeOutput();
    if (output) stream.push(output);
  };

  return new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      begin(this);
      script.add(chunk);
      script.consume(false);
      emit(this);
      callback();
    },
    flush(callback: TransformCallback) {
      begin(this);
      script.consume(true);
      emit(this);
      this.push(Buffer.from("\nCOMMIT;\n"));
      callback();
    },
  });
}

/** The line-by-line rewriting of the script: the input not yet decided on, and the output so far. */
class ScriptRewriter {
  private pending: Buffer = Buffer.alloc(0);
  private inCopy = false;
  private atCopyStart = false;
  private lastLine = "";
  private readonly out: Buffer[] = [];

  add(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
  }

  /** Consumes what can be decided from the pending input; `ended` when no more input will come. */
  consume(ended: boolean): void {
    while (this.inCopy ? this.copyData(ended) : this.scriptLine(ended));
  }

  /** The output produced since the last call, as one buffer; undefined when there is none. */
  takeOutput(): Buffer | undefined {
    const output = this.out.length === 0 ? undefined : this.out.length === 1 ? this.out[0] : Buffer.concat(this.out);
    this.out.length = 0;
    return output;
  }

  private pass(length: number): void {
    this.out.push(this.pending.subarray(0, length));
    this.pending = this.pending.subarray(length);
  }

  /** Inside COPY data, passed untouched up to its end marker. False when it needs more input. */
  private copyData(ended: boolean): boolean {
    if (this.atCopyStart) {
      if (this.pending.length < 3 && !ended) return false;
      if (this.pending.subarray(0, 3).toString("latin1") === "\\.\n") {
        this.pass(3);
        this.inCopy = false;
        this.atCopyStart = false;
        return true;
      }
      this.atCopyStart = false;
    }
    const end = this.pending.indexOf(COPY_END);
    if (end === -1) {
      const keep = ended ? 0 : Math.min(this.pending.length, COPY_END.length - 1);
      this.pass(this.pending.length - keep);
      return false;
    }
    this.pass(end + COPY_END.length);
    this.inCopy = false;
    return true;
  }

  /** One line of script, with the large objects' own BEGIN; and COMMIT; commented out. False when it needs more input. */
  private scriptLine(ended: boolean): boolean {
    const eol = this.pending.indexOf(NEWLINE);
    if (eol === -1) {
      if (ended && this.pending.length) this.pass(this.pending.length);
      return false;
    }
    const line = this.pending.subarray(0, eol).toString("utf8");
    if (line === "BEGIN;") {
      const next = linesAfter(this.pending, eol + 1, 2);
      if (next.length < 2 && !ended) return false;
      if (next[0] === "" && next[1]?.startsWith(LO_LINE)) {
        this.out.push(Buffer.from("-- BEGIN; (large objects: part of Strongroom's one transaction)\n"));
        this.pending = this.pending.subarray(eol + 1);
        this.lastLine = line;
        return true;
      }
    }
    if (line === "COMMIT;" && this.lastLine === LO_CLOSE) {
      this.out.push(Buffer.from("-- COMMIT; (large objects: committed with everything else at the end)\n"));
      this.pending = this.pending.subarray(eol + 1);
    } else this.pass(eol + 1);
    if (line !== "") this.lastLine = line;
    if (COPY_START.test(line)) {
      this.inCopy = true;
      this.atCopyStart = true;
    }
    return true;
  }
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
