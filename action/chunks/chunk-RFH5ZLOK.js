import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  OptionReader,
  runUrlFromEnv
} from "./chunk-TIYZLAUU.js";
import {
  dumpContents,
  findPgTool,
  findPsql,
  findRestoreTool,
  isManagedSchema,
  outputOf,
  pgRestoreArgs,
  pgRestoreScriptArgs,
  projectRef,
  psqlEchoArgs,
  psqlPlainScriptArgs,
  quoteIdent,
  serverFacts,
  spawnStage,
  stdinSink,
  supabaseOptionsFrom,
  supabaseSecrets,
  tableBytes,
  warmPgTools
} from "./chunk-EF2U5OZ6.js";
import {
  childEnv,
  connect,
  connectTo,
  createEmptyDatabase,
  describeContents,
  dropDatabase,
  environmentNamesDatabase,
  isConninfo,
  isPostgresUri,
  libpqEnv,
  openTarget,
  parsePostgresUrl,
  quoteIdent as quoteIdent2,
  restoredTablesQuery,
  swapInDatabase,
  tableRowCounts,
  tableRowCountsConcurrently,
  targetContents,
  targetFromEnvironment,
  withAdmin,
  withApplicationName,
  withDatabase
} from "./chunk-3MRYKAAL.js";
import {
  PRIVATE_FILE_MODE,
  PRIVATE_FOLDER_MODE,
  ensureRoom,
  isAlive,
  isDiskFull,
  makeScratchFolder,
  privateWriteStream,
  scratchError,
  sweepScratchFoldersLogged
} from "./chunk-FD4C7ZQH.js";
import {
  parseSize
} from "./chunk-IQ5VW7YH.js";
import {
  putFile,
  withRetry
} from "./chunk-R7MMNWVF.js";
import {
  assertObjectName,
  isObjectName
} from "./chunk-5FHIDL6W.js";
import {
  displayUrl
} from "./chunk-VO6T7KNM.js";
import {
  formatBytes,
  formatMs
} from "./chunk-PVV747LZ.js";
import {
  CheckFailedError,
  DestinationError,
  IntegrityError,
  NotFoundError,
  PartialError,
  SourceError,
  StrongroomError,
  UsageError,
  isNotFound,
  messageOf
} from "./chunk-SI3IGW5R.js";

// src/config/backup.ts
import { availableParallelism } from "node:os";

// src/sources/postgres/dump.ts
import { mkdir, rm } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/sources/postgres/end-sessions.ts
import { randomBytes } from "node:crypto";
function uniqueApplicationName() {
  return `strongroom-dump-${randomBytes(6).toString("hex")}`;
}
async function endDumpSessions(target, pid, applicationName) {
  const admin = await connect(target).catch(() => void 0);
  if (!admin) return;
  try {
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where (pid = $1 or application_name = $2) and pid <> pg_backend_pid()",
      [pid, applicationName]
    );
  } catch {
  } finally {
    await admin.end().catch(() => {
    });
  }
}

// src/sources/postgres/folder-packer.ts
import { readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var POLL_MS = 200;
var WRITTEN_LAST = /* @__PURE__ */ new Set(["toc.dat"]);
function packFolderWhileWritten(dump, folder, signal) {
  const tar = spawnStage("tar", ["-C", folder, "--null", "--verbatim-files-from", "-T", "-", "-cf", "-"], {
    stdin: "pipe",
    ...signal ? { signal } : {},
    makeError: (detail) => new SourceError(`could not pack the dump folder: ${detail}`, { hint: "GNU tar must be installed" })
  });
  const names = tar.child.stdin;
  names.on("error", () => {
  });
  const sent = /* @__PURE__ */ new Set();
  const send = (name) => {
    sent.add(name);
    names.write(`${name}\0`);
  };
  const resolved = realpathSync(folder);
  let dumping = true;
  const poll = async () => {
    while (dumping) {
      await new Promise((resolve6) => setTimeout(resolve6, POLL_MS));
      if (!dumping) break;
      const present = await readdir(folder).catch(() => []);
      const open8 = openFilesOf(dump.child.pid);
      if (!open8) return;
      for (const name of present) {
        if (!sent.has(name) && !WRITTEN_LAST.has(name) && !open8.has(join(resolved, name))) send(name);
      }
    }
  };
  const polling = poll();
  const finished = dump.exited.then(
    async () => {
      dumping = false;
      await polling;
      const rest = (await readdir(folder)).filter((name) => !sent.has(name));
      rest.sort((a, b) => Number(WRITTEN_LAST.has(a)) - Number(WRITTEN_LAST.has(b)) || a.localeCompare(b));
      for (const name of rest) send(name);
      names.end();
    },
    (error) => {
      dumping = false;
      tar.child.kill("SIGKILL");
      throw error;
    }
  );
  const exited = Promise.all([finished, tar.exited]).then(() => void 0);
  exited.catch(() => {
  });
  return { child: tar.child, exited, stderrTail: tar.stderrTail };
}
function openFilesOf(pid) {
  if (pid === void 0) return void 0;
  let processes;
  try {
    processes = [String(pid), ...childrenOf(pid)];
  } catch {
    return void 0;
  }
  const open8 = /* @__PURE__ */ new Set();
  for (const p of processes) {
    let fds;
    try {
      fds = readdirSync(`/proc/${p}/fd`);
    } catch (error) {
      if (error.code === "ENOENT") continue;
      return void 0;
    }
    for (const fd of fds) {
      try {
        open8.add(readlinkSync(`/proc/${p}/fd/${fd}`));
      } catch {
      }
    }
  }
  return open8;
}
function childrenOf(pid) {
  const children = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat2 = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat2.slice(stat2.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(entry);
    } catch {
    }
  }
  return children;
}

// src/sources/postgres/dump.ts
var DUMP_FORMATS = ["custom", "plain", "directory"];
async function startPostgresDump(options) {
  const { redactor } = options;
  warmPgTools(["pg_dump"], { binDir: options.pgBin });
  const { client, target } = await connectTo(options.target);
  const applicationName = uniqueApplicationName();
  const pid = client.processID ?? 0;
  const endSessions = () => endDumpSessions(target, pid, applicationName);
  const onAbort = () => void endSessions();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let closed = false;
  let finished = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    options.signal?.removeEventListener("abort", onAbort);
    if (!finished) await endSessions();
    await client.query("rollback").catch(() => {
    });
    await client.end().catch(() => {
    });
  };
  try {
    options.signal?.throwIfAborted();
    const server = await serverFacts(client);
    const estimatedBytes = await estimateBytes(client);
    const pgDump = await findPgTool("pg_dump", server.serverMajor, { binDir: options.pgBin });
    const snapshot = await exportSnapshot(client);
    const args = [
      `--dbname=${target.urlWithoutPassword}`,
      `--format=${options.format}`,
      `--snapshot=${snapshot}`,
      "--no-password"
    ];
    if (options.format !== "plain" && options.uncompressed) args.push("--compress=0");
    let spool;
    if (options.format === "directory") {
      spool = await makeSpool();
      args.push(`--jobs=${options.jobs ?? 1}`, `--file=${join2(spool, "dump")}`);
    }
    const closeConnection = close;
    let stream;
    let tool;
    const closeAll = async () => {
      for (const running of [stage, tool]) {
        if (running && running.child.exitCode === null && running.child.signalCode === null)
          running.child.kill("SIGKILL");
      }
      stream?.destroy();
      await closeConnection();
      if (spool) await rm(spool, { recursive: true, force: true });
    };
    options.signal?.throwIfAborted();
    const stage = spawnStage(pgDump.path, args, {
      env: { ...libpqEnv(target), PGAPPNAME: applicationName },
      signal: options.signal,
      stdout: spool ? "ignore" : "pipe",
      makeError: (detail) => pgDumpError(detail, target, redactor, spool, estimatedBytes)
    });
    const contents = countContents(client, target, options);
    contents.catch(() => {
    });
    Promise.all([stage.exited, contents]).then(
      () => void (finished = true),
      () => {
      }
    );
    tool = spool ? packFolderWhileWritten(stage, join2(spool, "dump"), options.signal) : stage;
    stream = outputOf(tool);
    return { stream, tool, server, pgDump, contents, estimatedBytes, close: closeAll };
  } catch (error) {
    await close();
    if (options.signal?.aborted) throw options.signal.reason;
    throw error;
  }
}
async function estimateBytes(client) {
  await client.query("set lock_timeout = '500ms'");
  const estimatedBytes = await tableBytes(client).catch(() => void 0);
  await client.query("reset lock_timeout");
  return estimatedBytes;
}
async function exportSnapshot(client) {
  await client.query("begin isolation level repeatable read read only");
  const { rows } = await client.query("select pg_export_snapshot() as snapshot");
  return rows[0].snapshot;
}
async function makeSpool() {
  const spool = await makeScratchFolder("pgdump");
  await mkdir(join2(spool, "dump"));
  return spool;
}
function pgDumpError(detail, target, redactor, spool, estimatedBytes) {
  if (spool && isDiskFull(detail)) {
    return scratchError(
      dirname(spool),
      detail,
      `pg_dump --jobs writes every table there before it is packed${estimatedBytes ? `: about ${formatBytes(estimatedBytes)}` : ""}`
    );
  }
  return new SourceError(`pg_dump failed for ${target.display}: ${redactor.redact(detail)}`, {
    hint: "read pg_dump's message above; permission errors mean the user needs read access to every table (or a role such as pg_read_all_data)"
  });
}
function countContents(client, target, options) {
  return dumpContents(client, options.rowCounts).catch((error) => {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new SourceError(
      `could not count rows in ${target.display}: ${options.redactor.redact(error.message)}`,
      { cause: error }
    );
  });
}

// src/stages/compress.ts
import { Writable } from "node:stream";
import zlib from "node:zlib";
var COMPRESSIONS = ["zstd", "gzip", "none"];
var DEFAULT_LEVEL = { zstd: 3, gzip: 6, none: void 0 };
var LEVEL_RANGE = {
  zstd: [1, 19],
  gzip: [1, 9]
};
var CHUNK = 1 << 20;
function requireZstd() {
  if (typeof zlib.createZstdCompress !== "function") {
    throw new UsageError(`zstd compression needs Node.js 22.15 or newer (this is ${process.version})`, {
      hint: "upgrade Node.js, or choose --compression gzip"
    });
  }
}
function createCompressStream(compression, level) {
  switch (compression) {
    case "zstd":
      requireZstd();
      return zlib.createZstdCompress({
        chunkSize: CHUNK,
        params: {
          [zlib.constants.ZSTD_c_compressionLevel]: level ?? 3,
          [zlib.constants.ZSTD_c_checksumFlag]: 1
        }
      });
    case "gzip":
      return zlib.createGzip({ level: level ?? 6, chunkSize: CHUNK });
    case "none":
      return void 0;
  }
}
function createDecompressStream(compression) {
  switch (compression) {
    case "zstd":
      requireZstd();
      return zlib.createZstdDecompress({ chunkSize: CHUNK });
    case "gzip":
      return zlib.createGunzip({ chunkSize: CHUNK });
    case "none":
      return void 0;
  }
}
function isCorruptCompressedData(error) {
  const code = error?.code ?? "";
  return code.startsWith("Z_") || code.startsWith("ERR_ZSTD") || code.startsWith("ZSTD_error") || code === "ERR_ZLIB_INITIALIZATION_FAILED";
}
function createNullSink() {
  return new Writable({
    highWaterMark: CHUNK,
    write(_chunk, _encoding, callback) {
      callback();
    }
  });
}

// src/config/auto-jobs.ts
var JOBS_MODEL = Object.freeze({
  cpuSecondsPerGB: 15,
  serialSecondsPerGB: 4.5,
  directoryOverhead: 1.1
});
var MIN_GAIN = 0.1;
var MAX_AUTO_JOBS = 8;
function predictedSecondsPerGB(jobs, cores, model = JOBS_MODEL) {
  if (jobs <= 1) return Math.max(model.serialSecondsPerGB, model.cpuSecondsPerGB / cores);
  return Math.max(model.serialSecondsPerGB / jobs, model.cpuSecondsPerGB * model.directoryOverhead / cores);
}
function chooseJobs(cores, model = JOBS_MODEL) {
  const usable = Math.max(1, Math.floor(cores));
  const single = predictedSecondsPerGB(1, usable, model);
  const limit = Math.min(usable, MAX_AUTO_JOBS);
  let best = single;
  for (let jobs2 = 2; jobs2 <= limit; jobs2++) best = Math.min(best, predictedSecondsPerGB(jobs2, usable, model));
  let jobs = 1;
  if (best <= single * (1 - MIN_GAIN)) {
    jobs = 2;
    while (predictedSecondsPerGB(jobs, usable, model) > best * 1.05) jobs++;
  }
  const secondsPerGB = predictedSecondsPerGB(jobs, usable, model);
  const why = jobs === 1 ? `one stream already keeps ${usable} core${usable === 1 ? "" : "s"} busy` : `about ${Math.round((1 - secondsPerGB / single) * 100)} % faster than one stream on ${usable} cores`;
  return { jobs, secondsPerGB, reason: `--jobs ${jobs} (chosen for ${usable} cores: ${why}; set --jobs to override)` };
}

// src/config/encryption.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/crypto/age-keys.ts
import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync } from "node:crypto";

// node_modules/@scure/base/index.js
var freeze = (fn) => Object.freeze(fn());
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
function abytes(b) {
  if (!isBytes(b))
    throw new TypeError("Uint8Array expected");
}
function isArrayOf(isString, arr) {
  if (!Array.isArray(arr))
    return false;
  if (arr.length === 0)
    return true;
  if (isString) {
    return arr.every((item) => typeof item === "string");
  } else {
    return arr.every((item) => Number.isSafeInteger(item));
  }
}
function afn(input) {
  if (typeof input !== "function")
    throw new TypeError("function expected");
  return true;
}
function astr(label2, input) {
  if (typeof input !== "string")
    throw new TypeError(`${label2}: string expected`);
  return true;
}
function anumber(n, title = "number") {
  if (typeof n !== "number")
    throw new TypeError(`${title}: expected number, got ${typeof n}`);
  if (!Number.isSafeInteger(n))
    throw new RangeError(`${title}: expected safe integer, got ${n}`);
}
function anumArr(label2, input) {
  if (!isArrayOf(false, input))
    throw new TypeError(`${label2}: array of numbers expected`);
}
var powers = /* @__PURE__ */ (() => {
  let res = [];
  for (let i = 0; i < 40; i++)
    res.push(2 ** i);
  return res;
})();
function u8ToNumArr(u8, len = u8.length) {
  const res = new Array(len);
  for (let i = 0; i < len; i++)
    res[i] = u8[i];
  return res;
}
var asciiDecoder = /* @__PURE__ */ (() => {
  try {
    const decoder = new TextDecoder();
    return decoder.decode(Uint8Array.of(65, 48, 43, 127)) === "A0+\x7F" ? decoder : void 0;
  } catch (e) {
    return void 0;
  }
})();
var B2S_CHUNK = 8192;
function charcodesToString(codes) {
  const len = codes.length;
  if (asciiDecoder !== void 0 && len >= 12)
    return asciiDecoder.decode(codes);
  if (len <= B2S_CHUNK)
    return String.fromCharCode.apply(null, codes);
  let res = "";
  for (let i = 0; i < len; i += B2S_CHUNK)
    res += String.fromCharCode.apply(null, codes.subarray(i, i + B2S_CHUNK));
  return res;
}
function radix2(bits) {
  anumber(bits);
  if (bits <= 0 || bits > 8)
    throw new RangeError("radix2: bits should be in (0..8]");
  const mask = powers[bits] - 1;
  return {
    encode: (bytes) => {
      abytes(bytes);
      const len = bytes.length;
      const res = new Uint8Array(Math.ceil(len * 8 / bits));
      let carry = 0;
      let pos = 0;
      let j = 0;
      for (let i = 0; i < len; ) {
        if (i + 2 < len) {
          carry = carry << 24 | bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2];
          pos += 24;
          i += 3;
        } else {
          carry = (carry << 8 | bytes[i]) & 65535;
          pos += 8;
          i++;
        }
        for (; ; ) {
          pos -= bits;
          res[j++] = carry >> pos & mask;
          if (pos < bits)
            break;
        }
      }
      if (pos > 0)
        res[j] = carry << bits - pos & mask;
      return res;
    },
    decode: (digits) => {
      const len = digits.length;
      const res = new Uint8Array(Math.floor(len * bits / 8));
      let carry = 0;
      let pos = 0;
      let j = 0;
      for (let i = 0; i < len; i++) {
        carry = (carry << bits | digits[i]) & 65535;
        pos += bits;
        for (; pos >= 8; pos -= 8)
          res[j++] = carry >> pos - 8 & 255;
      }
      carry = carry << 8 - pos & 255;
      if (pos >= bits)
        throw new Error("Excess padding");
      if (carry > 0)
        throw new Error(`Non-zero padding: ${carry}`);
      return res;
    }
  };
}
function alphabet(letters, aliases) {
  const len = letters.length;
  if (len > 128)
    throw new Error("alphabet: max 128 letters");
  const encTable = new Uint8Array(len);
  const decTable = new Int8Array(128).fill(-1);
  for (let i = 0; i < len; i++) {
    const code = letters.charCodeAt(i);
    if (letters.codePointAt(i) !== code || code > 127)
      throw new Error("alphabet: single-char ASCII letters only");
    encTable[i] = code;
    decTable[code] = i;
  }
  if (aliases !== void 0) {
    for (const alias of Object.keys(aliases)) {
      const code = alias.charCodeAt(0);
      const target = decTable[aliases[alias].charCodeAt(0)];
      if (alias.length !== 1 || code > 127 || target === void 0 || target === -1)
        throw new Error(`alphabet: invalid alias ${alias}`);
      decTable[code] = target;
    }
  }
  return {
    encode: (digits) => {
      const codes = new Uint8Array(digits.length);
      for (let i = 0; i < digits.length; i++) {
        const d = digits[i];
        const code = encTable[d];
        if (code === void 0)
          throw new Error(`alphabet.encode: invalid digit ${d}`);
        codes[i] = code;
      }
      return charcodesToString(codes);
    },
    decode: (input) => {
      astr("decode", input);
      const slen = input.length;
      const digits = new Uint8Array(slen);
      for (let i = 0; i < slen; i++) {
        const code = input.charCodeAt(i);
        const digit = code < 128 ? decTable[code] : -1;
        if (digit === -1)
          throw new Error(`Unknown letter "${input[i]}". Allowed: ${letters}`);
        digits[i] = digit;
      }
      return digits;
    }
  };
}
function unsafeWrapper(fn) {
  afn(fn);
  return function(...args) {
    try {
      return fn.apply(null, args);
    } catch (e) {
    }
  };
}
var BECH_ALPHABET = /* @__PURE__ */ alphabet("qpzry9x8gf2tvdw0s3jn54khce6mua7l");
var BECH_UPPERCASE_PRINTABLE = /^[\x21-\x60\x7b-\x7e]+$/;
function assertBech32Printable(label2, value) {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 33 || c > 126)
      throw new Error(`${label2}: printable ASCII expected`);
  }
}
function wordsToU8(words) {
  const len = words.length;
  const res = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const w = words[i];
    if (w < 0 || w >= 32)
      throw new Error(`alphabet.encode: invalid digit ${w}`);
    res[i] = w;
  }
  return res;
}
var POLYMOD_GENERATORS = [996825010, 642813549, 513874426, 1027748829, 705979059];
function bech32Polymod(pre) {
  const b = pre >> 25;
  let chk = (pre & 33554431) << 5;
  for (let i = 0; i < POLYMOD_GENERATORS.length; i++) {
    if ((b >> i & 1) === 1)
      chk ^= POLYMOD_GENERATORS[i];
  }
  return chk;
}
function bechChecksum(prefix, words, encodingConst = 1) {
  const len = prefix.length;
  let chk = 1;
  for (let i = 0; i < len; i++) {
    const c = prefix.charCodeAt(i);
    if (c < 33 || c > 126)
      throw new Error(`Invalid prefix (${prefix})`);
    chk = bech32Polymod(chk) ^ c >> 5;
  }
  chk = bech32Polymod(chk);
  for (let i = 0; i < len; i++)
    chk = bech32Polymod(chk) ^ prefix.charCodeAt(i) & 31;
  for (let v of words)
    chk = bech32Polymod(chk) ^ v;
  for (let i = 0; i < 6; i++)
    chk = bech32Polymod(chk);
  chk ^= encodingConst;
  const sum = new Uint8Array(6);
  for (let i = 0; i < 6; i++)
    sum[i] = chk >>> 5 * (5 - i) & 31;
  return BECH_ALPHABET.encode(sum);
}
function genBech32(encoding) {
  const ENCODING_CONST = encoding === "bech32" ? 1 : 734539939;
  const _words = radix2(5);
  const toWords = (from) => {
    abytes(from);
    const len = from.length;
    const res = new Array(Math.ceil(len * 8 / 5));
    let carry = 0;
    let pos = 0;
    let j = 0;
    for (let i = 0; i < len; i++) {
      carry = carry << 8 | from[i];
      pos += 8;
      for (; pos >= 5; pos -= 5)
        res[j++] = carry >> pos - 5 & 31;
    }
    if (pos > 0)
      res[j] = carry << 5 - pos & 31;
    return res;
  };
  const fromWords = (to) => {
    anumArr("radix2.decode", to);
    const len = to.length;
    const digits = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      const w = to[i];
      if (w < 0 || w >= 32)
        throw new Error(`convertRadix2: invalid word=${w}`);
      digits[i] = w;
    }
    return _words.decode(digits);
  };
  const fromWordsUnsafe = unsafeWrapper(fromWords);
  function encode(prefix, words, limit = 90) {
    astr("bech32.encode prefix", prefix);
    if (limit !== false)
      anumber(limit, "limit");
    if (isBytes(words))
      words = u8ToNumArr(words);
    anumArr("bech32.encode", words);
    const plen = prefix.length;
    if (plen === 0)
      throw new TypeError(`Invalid prefix length ${plen}`);
    const actualLength = plen + 7 + words.length;
    if (limit !== false && actualLength > limit)
      throw new TypeError(`Length ${actualLength} exceeds limit ${limit}`);
    assertBech32Printable("bech32.encode prefix", prefix);
    const lowered = prefix.toLowerCase();
    const sum = bechChecksum(lowered, words, ENCODING_CONST);
    return `${lowered}1${BECH_ALPHABET.encode(wordsToU8(words))}${sum}`;
  }
  function decode(str, limit = 90) {
    astr("bech32.decode input", str);
    if (limit !== false)
      anumber(limit, "limit");
    const slen = str.length;
    if (slen < 8 || limit !== false && slen > limit)
      throw new TypeError(`invalid string length ${slen}, expected (8..${limit})`);
    const lowered = str.toLowerCase();
    if (str !== lowered) {
      if (!BECH_UPPERCASE_PRINTABLE.test(str)) {
        assertBech32Printable("bech32.decode input", str);
        throw new Error(`mixed-case string not allowed`);
      }
    }
    const sepIndex = lowered.lastIndexOf("1");
    if (sepIndex === 0 || sepIndex === -1)
      throw new Error(`invalid separator "1"`);
    const prefix = lowered.slice(0, sepIndex);
    const data = lowered.slice(sepIndex + 1);
    if (data.length < 6)
      throw new Error("invalid data length");
    const digits = BECH_ALPHABET.decode(data);
    const words = u8ToNumArr(digits, digits.length - 6);
    const sum = bechChecksum(prefix, words, ENCODING_CONST);
    if (!data.endsWith(sum))
      throw new Error(`Invalid checksum in ${str}`);
    return { prefix, words };
  }
  const decodeUnsafe = unsafeWrapper(decode);
  function decodeToBytes(str, limit = 90) {
    const { prefix, words } = decode(str, limit);
    return {
      prefix,
      words,
      bytes: fromWords(words)
    };
  }
  function encodeFromBytes(prefix, bytes) {
    return encode(prefix, toWords(bytes));
  }
  return {
    encode,
    decode,
    encodeFromBytes,
    decodeToBytes,
    decodeUnsafe,
    fromWords,
    fromWordsUnsafe,
    toWords
  };
}
var bech32 = /* @__PURE__ */ freeze(() => genBech32("bech32"));

// src/crypto/age-keys.ts
var IDENTITY_PREFIX = "AGE-SECRET-KEY-";
var RECIPIENT_PREFIX = "age";
var PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
var SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
var KEY_SIZE = 32;
function x25519PrivateKey(secret) {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secret]), format: "der", type: "pkcs8" });
}
function x25519PublicKey(publicKey) {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: "der", type: "spki" });
}
function rawPublicKey(key) {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  return publicKey.export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length);
}
function rawPrivateKey(key) {
  return key.export({ format: "der", type: "pkcs8" }).subarray(PKCS8_PREFIX.length);
}
function x25519(privateKey, point) {
  try {
    const shared = diffieHellman({ privateKey, publicKey: x25519PublicKey(point) });
    return shared.some((byte) => byte !== 0) ? shared : null;
  } catch {
    return null;
  }
}
function generateX25519() {
  const { privateKey, publicKey } = generateKeyPairSync("x25519");
  return { privateKey, publicKey: rawPublicKey(publicKey) };
}
function encodeIdentity(secret) {
  return bech32.encode(IDENTITY_PREFIX, bech32.toWords(secret), false).toUpperCase();
}
function encodeRecipient(publicKey) {
  return bech32.encode(RECIPIENT_PREFIX, bech32.toWords(publicKey), false);
}
function generateIdentity() {
  const { privateKey, publicKey } = generateX25519();
  return Object.freeze({ identity: encodeIdentity(rawPrivateKey(privateKey)), recipient: encodeRecipient(publicKey) });
}
function parseIdentity(identity) {
  const text = identity.trim();
  const problem = "not a valid age identity: expected an X25519 secret key (AGE-SECRET-KEY-1 followed by 58 characters)";
  if (!text.startsWith(`${IDENTITY_PREFIX}1`) || text !== text.toUpperCase()) {
    throw new UsageError(problem, {
      hint: "generate one with 'age-keygen' or 'strongroom keygen'; post-quantum (AGE-SECRET-KEY-PQ-1) and plugin identities are not supported"
    });
  }
  let decoded;
  try {
    decoded = bech32.decode(text, false);
  } catch {
    throw new UsageError(`${problem} (bad Bech32 checksum or characters)`, {
      hint: "check that the key was copied completely"
    });
  }
  const bytes = wordsToBytes(decoded.words);
  if (decoded.prefix !== IDENTITY_PREFIX.toLowerCase() || bytes?.length !== KEY_SIZE) {
    throw new UsageError(problem, { hint: "check that the key was copied completely" });
  }
  return bytes;
}
function parseRecipient(recipient) {
  const text = recipient.trim();
  const shown = /^age-secret-key-/i.test(text) ? "an AGE-SECRET-KEY-1... secret key (give its public key instead)" : `'${text}'`;
  const problem = `not a valid age recipient: ${shown} (expected an X25519 public key: age1 followed by 58 characters)`;
  const hint = "use the 'public key' line that age-keygen printed, or 'age-keygen -y key.txt'";
  if (!text.startsWith(`${RECIPIENT_PREFIX}1`) || text !== text.toLowerCase()) throw new UsageError(problem, { hint });
  let decoded;
  try {
    decoded = bech32.decode(text, false);
  } catch {
    throw new UsageError(problem, { hint });
  }
  const bytes = wordsToBytes(decoded.words);
  if (decoded.prefix !== RECIPIENT_PREFIX || bytes?.length !== KEY_SIZE) throw new UsageError(problem, { hint });
  return bytes;
}
function wordsToBytes(words) {
  try {
    return Buffer.from(bech32.fromWords(words));
  } catch {
    return void 0;
  }
}
function parseIdentityFile(text) {
  const identities = [];
  const problems = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    try {
      parseIdentity(line);
      identities.push(line);
    } catch {
      problems.push(`identity file line ${index + 1} is not an age X25519 secret key (AGE-SECRET-KEY-1...)`);
    }
  });
  if (problems.length > 0)
    throw new UsageError(problems, {
      hint: "an identity file holds '#' comments, blank lines and AGE-SECRET-KEY-1 keys, as written by age-keygen"
    });
  if (identities.length === 0)
    throw new UsageError("the identity file contains no age identity (AGE-SECRET-KEY-1...)", {
      hint: "create one with 'age-keygen -o key.txt'"
    });
  return identities;
}
function formatIdentityFile(id, created) {
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `# created: ${stamp}
# public key: ${id.recipient}
${id.identity}
`;
}

// src/config/encryption.ts
function readEncryption(reader) {
  const recipients = reader.list("recipient").concat(reader.list("recipients"));
  const passphrase = reader.secret("passphrase");
  const unencrypted = reader.boolean("no-encryption") || reader.boolean("allow-unencrypted");
  for (const recipient of recipients) {
    try {
      parseRecipient(recipient);
    } catch (error) {
      reader.problems.push(error.message);
    }
  }
  if (recipients.length && passphrase) {
    reader.problems.push("give age recipients or a passphrase, not both");
  }
  if (unencrypted && (recipients.length || passphrase)) {
    reader.problems.push(
      "--no-encryption (allow-unencrypted) contradicts --recipient/--passphrase-env: keep the key to encrypt, or drop it to store the dump in the clear"
    );
  }
  if (recipients.length) return { mode: "recipients", recipients };
  if (passphrase) return { mode: "passphrase", passphrase };
  if (unencrypted) return { mode: "none" };
  reader.problems.push(
    "no encryption configured: give --recipient age1\u2026 (recommended; create a key with `strongroom keygen`), --passphrase-env VAR, or --no-encryption to store the dump in the clear"
  );
  return { mode: "none" };
}
function readDecryption(reader) {
  const passphrase = reader.secret("passphrase");
  const identities = [];
  for (const item of reader.raw.identity === void 0 ? [] : [reader.raw.identity].flat()) {
    const text = String(item);
    if (!text.trim()) continue;
    if (text.includes("AGE-SECRET-KEY-")) {
      identities.push(...safeParse(reader, text, "the identity"));
      continue;
    }
    let content;
    try {
      content = readFileSync2(text.trim(), "utf8");
    } catch (error) {
      reader.problems.push(
        `cannot read the identity file ${text.trim()}: ${error.code ?? "error"}`
      );
      continue;
    }
    identities.push(...safeParse(reader, content, `the identity file ${text.trim()}`));
  }
  if (identities.length && passphrase) reader.problems.push("give --identity or a passphrase, not both");
  if (identities.length) return { mode: "identities", identities };
  if (passphrase) return { mode: "passphrase", passphrase };
  return { mode: "none" };
}
function safeParse(reader, text, what) {
  try {
    return parseIdentityFile(text);
  } catch (error) {
    reader.problems.push(`${what}: ${error.message}`);
    return [];
  }
}
function encryptionSecrets(config) {
  if (config.mode === "passphrase") return [config.passphrase];
  if (config.mode === "identities") return [...config.identities];
  return [];
}

// src/config/retention-days.ts
var RETENTION_DAYS_RANGE = [1, 400];
function isArtifactSpec(spec) {
  return /^artifact:/i.test(spec.trim());
}
function readRetentionDays(reader, destinations) {
  const given = reader.string("retention-days") !== void 0;
  const days = given ? reader.integer("retention-days", RETENTION_DAYS_RANGE) : envRetentionDays(reader.env, reader.problems);
  if (days !== void 0 && given && !destinations.some(isArtifactSpec)) {
    reader.problems.push(
      "--retention-days applies only to artifact: destinations (GitHub deletes artifacts after it); other destinations keep backups until rotate removes them"
    );
  }
  return days;
}
function envRetentionDays(env, problems) {
  const text = env.STRONGROOM_RETENTION_DAYS;
  if (text === void 0 || text.trim() === "") return void 0;
  const reader = new OptionReader({ "retention-days": text }, env);
  const days = reader.integer("retention-days", RETENTION_DAYS_RANGE);
  if (problems) problems.push(...reader.problems.map((p) => `${p} (from STRONGROOM_RETENTION_DAYS)`));
  else reader.finish();
  return days;
}

// src/sources/sqlite/spec.ts
import { homedir } from "node:os";
import { isAbsolute, resolve } from "node:path";
var PREFIX = /^sqlite:/i;
var EXTENSION = /\.(db|sqlite|sqlite3)$/i;
var URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
function isSqliteSpec(spec) {
  const text = spec.trim();
  if (PREFIX.test(text)) return true;
  return !URL_SCHEME.test(text) && EXTENSION.test(text);
}
function sqlitePathOf(spec) {
  const text = spec.trim();
  let path = text.replace(PREFIX, "");
  if (path !== text && path.startsWith("//")) {
    const rest = path.slice(2);
    const slash = rest.indexOf("/");
    const host = slash === -1 ? rest : rest.slice(0, slash);
    if (host !== "" && host.toLowerCase() !== "localhost") {
      throw new UsageError(`SQLite source '${spec}' names a host ('${host}'); a SQLite database is a local file`, {
        hint: "use sqlite:///absolute/path/app.db or sqlite:relative/path/app.db"
      });
    }
    path = slash === -1 ? "" : decodeURIComponent(rest.slice(slash));
  }
  if (path === "") {
    throw new UsageError(`SQLite source '${spec}' has no file path`, { hint: "use sqlite:path/to/app.db" });
  }
  if (path === "~" || path.startsWith("~/")) path = homedir() + path.slice(1);
  return isAbsolute(path) ? resolve(path) : resolve(process.cwd(), path);
}

// src/config/source.ts
function readSource(reader) {
  const raw = reader.string("source") ?? reader.env.DATABASE_URL;
  if (!raw) {
    if (environmentNamesDatabase(reader.env)) {
      try {
        return { kind: "postgres", target: targetFromEnvironment(reader.env) };
      } catch (error) {
        reader.problems.push(error.message);
        return void 0;
      }
    }
    reader.problems.push(
      "no source: give --source postgres://user:password@host/db (or sqlite:<path>), or set DATABASE_URL (or PGHOST/PGDATABASE)"
    );
    return void 0;
  }
  try {
    if (raw === "supabase" || raw.startsWith("supabase:")) {
      const buckets = reader.list("buckets").flatMap((b) => b.split(",")).map((b) => b.trim()).filter(Boolean);
      const options = supabaseOptionsFrom(
        {
          source: raw,
          "supabase-url": reader.string("supabase-url"),
          "service-role-key": reader.secret("service-role-key"),
          ...buckets.length ? { buckets } : {},
          "include-migrations": reader.boolean("include-migrations")
        },
        reader.env
      );
      return { kind: "supabase", options };
    }
    if (isSqliteSpec(raw) && !isConninfo(raw))
      return { kind: "sqlite", path: sqlitePathOf(raw), vacuum: reader.boolean("vacuum") };
    return { kind: "postgres", target: parsePostgresUrl(raw, "source", reader.env) };
  } catch (error) {
    if (error instanceof UsageError) reader.problems.push(...error.problems);
    else reader.problems.push(error.message);
    return void 0;
  }
}
function readTargetUrl(reader, name) {
  const raw = reader.string(name);
  if (!raw) {
    reader.problems.push(`--${name} is required: the postgres:// URL of the database to restore into`);
    return void 0;
  }
  try {
    return parsePostgresUrl(raw, "restore target", reader.env);
  } catch (error) {
    reader.problems.push(error.message);
    return void 0;
  }
}
function sourceDisplay(raw, env) {
  const text = raw.trim();
  if (isPostgresUri(text) || isConninfo(text)) {
    try {
      return parsePostgresUrl(text, "source", env).display;
    } catch {
      if (isConninfo(text)) return "a PostgreSQL connection string";
    }
  }
  return displayUrl(text);
}

// src/config/backup.ts
function parseBackupConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const source = readSource(reader);
  const destinations = reader.list("to").concat(reader.list("destinations"));
  if (!destinations.length)
    reader.problems.push("--to is required: where to store the backup (a folder, file:\u2026, artifact:, s3://\u2026)");
  const encryption = readEncryption(reader);
  const compression = reader.choice("compression", COMPRESSIONS, "zstd");
  const level = compression === "none" ? void 0 : reader.integer("level", LEVEL_RANGE[compression]);
  if (compression === "none" && reader.string("level") !== void 0)
    reader.problems.push("--level has no meaning with --compression none");
  const asked = reader.integer("jobs", [1, 64]);
  const auto = asked === void 0 && reader.string("format") === void 0 && source?.kind === "postgres" ? chooseJobs(availableParallelism()) : void 0;
  const jobs = asked ?? auto?.jobs ?? 1;
  const format = reader.choice("format", DUMP_FORMATS, jobs > 1 ? "directory" : "custom");
  if (jobs > 1 && format !== "directory")
    reader.problems.push(`--jobs ${jobs} needs --format directory (one file per table)`);
  const rowCounts = reader.choice("row-counts", ["exact", "estimate"], "exact");
  const pgBin = reader.string("pg-bin") ?? env.STRONGROOM_PG_BIN;
  const retentionDays = readRetentionDays(reader, destinations);
  reader.finish();
  return Object.freeze({
    source,
    destinations,
    encryption,
    compression,
    level,
    format,
    jobs,
    ...auto ? { jobsChoice: auto.reason } : {},
    rowCounts,
    pgBin,
    retentionDays
  });
}

// src/config/duration.ts
var DURATION_UNITS = {
  y: 365 * 864e5,
  mo: 30 * 864e5,
  w: 7 * 864e5,
  d: 864e5,
  h: 36e5,
  min: 6e4,
  s: 1e3,
  ms: 1
};
var ORDER = Object.keys(DURATION_UNITS);
var FORMS = "a whole number and a unit, largest first, such as 26h, 8d, 2w, 90min or 1y6mo (units: y = 365d, mo = 30d, w, d, h, min, s, ms)";
var PART = /(\d+)\s*([a-z]+)\s*/y;
function invalid(text, why) {
  return new UsageError(`invalid duration "${text}": ${why}`, { hint: `write ${FORMS}` });
}
function isUnit(unit) {
  return Object.hasOwn(DURATION_UNITS, unit);
}
function parseDuration(text) {
  const input = text.trim();
  if (input === "") throw invalid(text, "it is empty");
  if (input !== input.toLowerCase()) throw invalid(text, "units are lower case (d, h, min, mo)");
  if (/^\d+$/.test(input)) throw invalid(text, `a unit is required (did you mean "${input}s" or "${input}d"?)`);
  let total = 0;
  let previous = -1;
  PART.lastIndex = 0;
  while (PART.lastIndex < input.length) {
    const at = PART.lastIndex;
    const match = PART.exec(input);
    if (match === null) {
      const rest = input.slice(at);
      if (/^\d*[.,]\d/.test(rest)) throw invalid(text, "use whole numbers (write 90min rather than 1.5h)");
      throw invalid(text, `cannot read "${rest}"`);
    }
    const [, digits = "", unit = ""] = match;
    if (unit === "m") {
      throw invalid(text, `"m" is ambiguous: write "${digits}min" for minutes or "${digits}mo" for months`);
    }
    if (!isUnit(unit)) throw invalid(text, `unknown unit "${unit}"`);
    const rank = ORDER.indexOf(unit);
    if (rank <= previous) throw invalid(text, `"${unit}" must come once, after larger units (as in 1y6mo or 1d12h)`);
    previous = rank;
    total += Number(digits) * DURATION_UNITS[unit];
  }
  if (!Number.isSafeInteger(total)) throw invalid(text, "it is too large");
  return total;
}
function formatDuration(ms) {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`cannot format duration ${ms}`);
  if (ms === 0) return "0s";
  for (const unit of ["y", "w", "d"]) {
    const size = DURATION_UNITS[unit];
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  let rest = ms;
  let text = "";
  for (const unit of ["y", "d", "h", "min", "s", "ms"]) {
    const size = DURATION_UNITS[unit];
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text;
}

// src/config/check.ts
function parseCheckConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination to check");
  const maxAgeMs = reader.parsed("max-age", parseDuration);
  const maxUnverifiedAgeMs = reader.parsed("max-unverified-age", parseDuration);
  const minCount = reader.integer("min-count", [0, 1e6]);
  const maxTotalSize = reader.parsed("max-total-size", parseSize);
  if (maxAgeMs === void 0 && maxUnverifiedAgeMs === void 0 && minCount === void 0 && maxTotalSize === void 0 && !reader.problems.length) {
    reader.problems.push(
      "give at least one limit: --max-age 26h, --max-unverified-age 8d, --min-count N or --max-total-size 10GB"
    );
  }
  reader.finish();
  return Object.freeze({ from, maxAgeMs, maxUnverifiedAgeMs, minCount, maxTotalSize });
}

// src/config/point-in-time.ts
var BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
function parsePointInTime(text) {
  const trimmed = text.trim();
  const bare = BARE_DATE.exec(trimmed);
  if (bare) {
    const [, year, month, day] = bare.map(Number);
    const end = new Date(Date.UTC(year, month - 1, day, 23, 59, 59, 999));
    if (end.getUTCMonth() !== month - 1 || end.getUTCDate() !== day) throw new Error(`'${trimmed}' is not a date`);
    return end;
  }
  if (!DATE_TIME.test(trimmed)) {
    const hint = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(trimmed) ? " (add Z for UTC, or an offset such as +01:00)" : "";
    throw new Error(`'${trimmed}' is not an ISO 8601 time with a zone, like 2026-11-20T09:00Z or 2026-11-20${hint}`);
  }
  const time = new Date(trimmed.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  if (Number.isNaN(time.getTime())) throw new Error(`'${trimmed}' is not a valid time`);
  return time;
}

// src/config/selection.ts
function readSelector(reader) {
  const backup2 = reader.string("backup") ?? "latest";
  const at = reader.parsed("at", parsePointInTime);
  const source = reader.string("source");
  if (at && backup2 !== "latest") reader.problems.push("give --backup <id> or --at <time>, not both");
  return Object.freeze({ backup: backup2, at, source });
}

// src/config/inspect.ts
var VERIFY_LEVELS = ["stat", "digest", "decode", "restore"];
function parseListConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination to list");
  const source = reader.string("source");
  reader.finish();
  return Object.freeze({ from, source });
}
function parseVerifyConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backups");
  const { backup: backup2, at, source: sourceKey } = readSelector(reader);
  const level = reader.string("level") === void 0 ? void 0 : reader.choice("level", VERIFY_LEVELS, "decode");
  const decryption = readDecryption(reader);
  const pgBin = reader.string("pg-bin") ?? env.STRONGROOM_PG_BIN;
  const restoreInto = reader.string("restore-into") === void 0 ? void 0 : readTargetUrl(reader, "restore-into");
  const sample = reader.integer("sample", [0, 1e3]) ?? 0;
  const record2 = !reader.boolean("no-record");
  reader.finish();
  return Object.freeze({ from, backup: backup2, at, sourceKey, level, decryption, pgBin, restoreInto, sample, record: record2 });
}

// src/retention/buckets.ts
var HOUR_MS = 36e5;
var DAY_MS = 24 * HOUR_MS;
var DEFAULT_TIMEZONE = "UTC";
var formatters = /* @__PURE__ */ new Map();
function formatterFor(timezone) {
  let formatter = formatters.get(timezone);
  if (formatter === void 0) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}
function isKnownTimezone(timezone) {
  if (timezone.trim() === "") return false;
  try {
    formatterFor(timezone);
    return true;
  } catch {
    return false;
  }
}
function utcMs(year, month, day, hour = 0, minute = 0, second = 0) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
function calendarFields(instant, timezone = DEFAULT_TIMEZONE) {
  const time = instant.getTime();
  if (!Number.isFinite(time)) throw new RangeError("invalid date");
  const parts = {};
  for (const part of formatterFor(timezone).formatToParts(instant)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === "BC" || parts.era === "B" ? 1 - yearOfEra : yearOfEra;
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const wholeSecond = Math.floor(time / 1e3) * 1e3;
  const offsetMinutes = Math.round((utcMs(year, month, day, hour, minute, second) - wholeSecond) / 6e4);
  return { year, month, day, hour, minute, offsetMinutes };
}
function isoWeek(year, month, day) {
  const date = utcMs(year, month, day);
  const mondayBased = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = new Date(date + (3 - mondayBased) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - utcMs(weekYear, 1, 1)) / (7 * DAY_MS));
  return { year: weekYear, week };
}
function pad(value, width) {
  const digits = String(Math.abs(value)).padStart(width, "0");
  return value < 0 ? `-${digits}` : digits;
}
function formatOffset(offsetMinutes) {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}
function bucketKeys(instant, timezone = DEFAULT_TIMEZONE) {
  const fields = calendarFields(instant, timezone);
  const year = pad(fields.year, 4);
  const date = `${year}-${pad(fields.month, 2)}-${pad(fields.day, 2)}`;
  const week = isoWeek(fields.year, fields.month, fields.day);
  return {
    hourly: `${date}T${pad(fields.hour, 2)}:00${formatOffset(fields.offsetMinutes)}`,
    daily: date,
    weekly: `${pad(week.year, 4)}-W${pad(week.week, 2)}`,
    monthly: `${year}-${pad(fields.month, 2)}`,
    yearly: year
  };
}

// src/retention/policy.ts
var COUNT_OPTIONS = [
  { option: "keepLast", rule: "last", input: "keep-last" },
  { option: "keepHourly", rule: "hourly", input: "keep-hourly" },
  { option: "keepDaily", rule: "daily", input: "keep-daily" },
  { option: "keepWeekly", rule: "weekly", input: "keep-weekly" },
  { option: "keepMonthly", rule: "monthly", input: "keep-monthly" },
  { option: "keepYearly", rule: "yearly", input: "keep-yearly" }
];
var INCOMPLETE_REASON = "incomplete: left for orphan cleanup";
function validatePolicy(policy) {
  const problems = [];
  let anyRule = false;
  for (const { option, input } of COUNT_OPTIONS) {
    const value = policy[option];
    if (value === void 0) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      problems.push(`${input} must be a whole number, 0 or more; got ${JSON.stringify(value) ?? String(value)}`);
    } else if (value > 0) {
      anyRule = true;
    }
  }
  const within = policy.keepWithin;
  if (within !== void 0) {
    if (typeof within !== "number" || !Number.isSafeInteger(within) || within < 0) {
      problems.push(`keep-within must be a whole number of milliseconds, 0 or more; got ${String(within)}`);
    } else if (within > 0) {
      anyRule = true;
    }
  }
  const timezone = policy.timezone;
  if (timezone !== void 0 && (typeof timezone !== "string" || !isKnownTimezone(timezone))) {
    problems.push(
      `timezone ${JSON.stringify(timezone)} is not a known IANA time zone (such as UTC, Europe/Berlin, America/New_York)`
    );
  }
  const representative = policy.periodRepresentative;
  if (representative !== void 0 && representative !== "newest" && representative !== "oldest") {
    problems.push(`period representative must be "newest" or "oldest"; got ${JSON.stringify(representative)}`);
  }
  const verifiedOnly = policy.countVerifiedOnly;
  if (verifiedOnly !== void 0 && typeof verifiedOnly !== "boolean") {
    problems.push(`count-verified-only must be true or false; got ${JSON.stringify(verifiedOnly)}`);
  }
  if (!anyRule && problems.length === 0) {
    const names = [...COUNT_OPTIONS.map((o) => o.input), "keep-within"].join(", ");
    problems.push(
      `the retention policy is empty: set at least one of ${names} (a policy that keeps nothing is refused)`
    );
  }
  return problems;
}
function newestFirst(a, b) {
  if (a.time !== b.time) return b.time - a.time;
  if (a.entry.group !== b.entry.group) return a.entry.group < b.entry.group ? -1 : 1;
  if (a.entry.id !== b.entry.id) return a.entry.id < b.entry.id ? 1 : -1;
  return a.index - b.index;
}
function keep(item, rule, reason) {
  if (item.rules.includes(rule)) return;
  item.rules.push(rule);
  item.reasons.push(reason);
}
function planGroup(items, policy) {
  const complete = items.filter((item) => item.entry.complete);
  const newest = complete[0];
  if (newest === void 0) return;
  keep(newest, "newest", "newest backup");
  const newestVerified = complete.find((item) => item.entry.verified === "passed");
  if (newestVerified !== void 0) keep(newestVerified, "newest-verified", "newest verified backup");
  const within = policy.keepWithin ?? 0;
  if (within > 0) {
    const reason = `within ${formatDuration(within)}`;
    for (const item of complete) if (item.time > newest.time - within) keep(item, "within", reason);
  }
  const counted = policy.countVerifiedOnly === true ? complete.filter((item) => item.entry.verified === "passed") : complete;
  const timezone = policy.timezone ?? DEFAULT_TIMEZONE;
  const oldest = policy.periodRepresentative === "oldest";
  let keys;
  for (const { option, rule } of COUNT_OPTIONS) {
    const count = policy[option] ?? 0;
    if (count <= 0) continue;
    if (rule !== "last") keys ??= counted.map((item) => bucketKeys(item.entry.createdAt, timezone));
    const periods = [];
    for (let i = 0; i < counted.length; i++) {
      const key = rule === "last" ? String(i) : keys?.[i]?.[rule] ?? "";
      const current = periods.at(-1);
      if (current !== void 0 && current.key === key) current.last = i;
      else if (periods.length === count) break;
      else periods.push({ key, first: i, last: i });
    }
    periods.forEach((period, n) => {
      const item = counted[oldest ? period.last : period.first];
      if (item === void 0) return;
      keep(item, rule, rule === "last" ? `last ${n + 1} of ${count}` : `${rule} ${period.key}`);
    });
  }
  for (const item of complete) {
    if (item.rules.length > 0) continue;
    const unverified = policy.countVerifiedOnly === true && item.entry.verified !== "passed";
    item.reasons.push(
      unverified ? `not kept by any rule (${item.entry.verified === "failed" ? "verification failed" : "not verified"}, and only verified backups are counted)` : "not kept by any rule"
    );
  }
}
function planRetention(entries, policy) {
  const problems = validatePolicy(policy);
  if (problems.length > 0) {
    throw new UsageError(problems, {
      hint: "set the retention options, e.g. keep-daily: 7, keep-weekly: 4, keep-monthly: 12"
    });
  }
  const items = entries.map((entry, index) => {
    const time = entry.createdAt instanceof Date ? entry.createdAt.getTime() : Number.NaN;
    if (!Number.isFinite(time)) throw new RangeError(`backup ${JSON.stringify(entry.id)} has an invalid creation time`);
    return { entry, index, time, rules: [], reasons: [] };
  });
  items.sort(newestFirst);
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const group = groups.get(item.entry.group);
    if (group === void 0) groups.set(item.entry.group, [item]);
    else group.push(item);
  }
  for (const group of groups.values()) planGroup(group, policy);
  return items.map((item) => {
    if (!item.entry.complete) return { entry: item.entry, keep: true, reasons: [INCOMPLETE_REASON], rules: [] };
    return { entry: item.entry, keep: item.rules.length > 0, reasons: item.reasons, rules: item.rules };
  });
}

// src/config/rotate.ts
var DEFAULT_GRACE = "1d";
var MIN_GRACE = "1h";
function readPolicy(reader) {
  const policy = {};
  for (const { option, input } of COUNT_OPTIONS) {
    const value = reader.integer(input, [0, 1e6]);
    if (value !== void 0) policy[option] = value;
  }
  const within = reader.parsed("keep-within", parseDuration);
  if (within !== void 0) policy.keepWithin = within;
  const timezone = reader.string("timezone");
  if (timezone !== void 0) policy.timezone = timezone;
  policy.periodRepresentative = reader.choice("period-representative", ["newest", "oldest"], "newest");
  policy.countVerifiedOnly = reader.boolean("count-verified-only");
  reader.problems.push(...validatePolicy(policy));
  return policy;
}
function parseRotateConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination to rotate");
  const policy = readPolicy(reader);
  const dryRun = reader.boolean("dry-run");
  const graceMs = reader.parsed("grace-period", parseDuration) ?? parseDuration(DEFAULT_GRACE);
  if (graceMs < parseDuration(MIN_GRACE)) {
    reader.problems.push(
      `--grace-period must be at least ${MIN_GRACE}: a shorter one lets rotation remove the data of a backup that another run is still writing`
    );
  }
  reader.finish();
  return Object.freeze({ from, policy, dryRun, graceMs });
}

// src/config/report.ts
var DEFAULT_MAX_AGE = "26h";
function parseReportConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.list("from");
  if (from.length === 0) reader.problems.push("--from is required: the destination(s) to report on");
  const out = reader.required("out", "the folder to write index.html, badge.svg and status.json into");
  const maxAgeMs = reader.parsed("max-age", parseDuration) ?? parseDuration(DEFAULT_MAX_AGE);
  const givesPolicy = COUNT_OPTIONS.some(({ input }) => reader.string(input) !== void 0) || reader.string("keep-within") !== void 0;
  const policy = givesPolicy ? readPolicy(reader) : void 0;
  const timezone = policy?.timezone ?? reader.string("timezone") ?? "UTC";
  reader.finish();
  return Object.freeze({ from, out, maxAgeMs, policy, timezone });
}

// src/config/restore.ts
import { availableParallelism as availableParallelism2 } from "node:os";
function parseRestoreConfig(raw, env) {
  const reader = new OptionReader(raw, env);
  const from = reader.required("from", "the destination holding the backup");
  const { backup: backup2, at, source: sourceKey } = readSelector(reader);
  const toName = raw.target !== void 0 ? "target" : "to";
  const to = reader.string(toName) ?? "";
  const target = /^postgres(ql)?:/i.test(to) || !to ? readTargetUrl(reader, toName) : void 0;
  const decryption = readDecryption(reader);
  const clean = reader.boolean("clean");
  const force = reader.boolean("force");
  const noOwner = reader.boolean("no-owner");
  const rowCheck = !reader.boolean("no-row-check");
  const jobs = reader.integer("jobs", [1, 64]) ?? defaultJobs();
  const pgBin = reader.string("pg-bin") ?? env.STRONGROOM_PG_BIN;
  const projectUrl = reader.string("supabase-url") ?? env.SUPABASE_URL;
  const serviceRoleKey = reader.secret("service-role-key") ?? env.SUPABASE_SERVICE_ROLE_KEY;
  const skipStorage = reader.boolean("skip-storage");
  const storageOnly = reader.boolean("storage-only");
  if (skipStorage && storageOnly) reader.problems.push("give --skip-storage or --storage-only, not both");
  reader.finish();
  return Object.freeze({
    from,
    backup: backup2,
    at,
    sourceKey,
    target,
    to,
    decryption,
    clean,
    force,
    noOwner,
    rowCheck,
    jobs,
    pgBin,
    projectUrl,
    serviceRoleKey,
    skipStorage,
    storageOnly
  });
}
function defaultJobs() {
  return Math.max(1, Math.min(4, availableParallelism2()));
}

// src/config/secrets.ts
function registerConfigSecrets(config, redactor) {
  if ("source" in config && config.source.kind === "postgres") redactor.add(config.source.target.password);
  if ("source" in config && config.source.kind === "supabase")
    for (const s of supabaseSecrets(config.source.options)) redactor.add(s);
  if ("serviceRoleKey" in config) redactor.add(config.serviceRoleKey);
  if ("target" in config && config.target) redactor.add(config.target.password);
  if ("encryption" in config) for (const s of encryptionSecrets(config.encryption)) redactor.add(s);
  if ("decryption" in config) for (const s of encryptionSecrets(config.decryption)) redactor.add(s);
  return config;
}

// src/catalog/backup-id.ts
import { randomBytes as randomBytes2 } from "node:crypto";
function newBackupId(database, at = /* @__PURE__ */ new Date()) {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(".", "");
  return `${stamp}-${slug(database)}-${randomBytes2(6).toString("hex")}`;
}
function slug(name) {
  const cleaned = name.normalize("NFKD").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 40);
  return cleaned || "db";
}
var ID = /^(\d{8}T\d{9}Z)-([a-z0-9_-]+)-([0-9a-f]{12})$/;
function isBackupId(text) {
  return ID.test(text);
}
function timeOfBackupId(id) {
  const match = ID.exec(id);
  if (!match) return void 0;
  const s = match[1];
  return /* @__PURE__ */ new Date(
    `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`
  );
}

// src/catalog/manifest.ts
var MANIFEST_VERSION = 1;
var MANIFEST_SUFFIX = ".manifest.json";
function manifestName(id) {
  return `${id}${MANIFEST_SUFFIX}`;
}
function objectName(id, format, compression, encrypted) {
  const bases = {
    custom: ".dump",
    plain: ".sql",
    directory: ".dir.tar",
    sqlite: ".sqlite",
    supabase: ".supabase.tar"
  };
  const base = bases[format];
  const comp = compression === "zstd" ? ".zst" : compression === "gzip" ? ".gz" : "";
  return `${id}${base}${comp}${encrypted ? ".age" : ""}`;
}
function parseManifest(text, name) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`${name} is not a Strongroom manifest: not a JSON object`);
  const problems = manifestProblems(value);
  if (problems.length) throw new Error(`${name} is not a Strongroom manifest: ${problems.join(", ")}`);
  return value;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var isCount = (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
var isDate = (value) => typeof value === "string" && /^\d{4}-\d\d-\d\dT/.test(value) && Number.isFinite(Date.parse(value));
function manifestProblems(m) {
  const problems = [];
  if (m.strongroom !== MANIFEST_VERSION) problems.push(`unsupported manifest version ${String(m.strongroom)}`);
  for (const key of ["id", "object", "sha256", "format"]) {
    if (typeof m[key] !== "string") problems.push(`missing ${key}`);
  }
  for (const key of ["createdAt", "completedAt"]) {
    if (m[key] === void 0) problems.push(`missing ${key}`);
    else if (!isDate(m[key])) problems.push(`${key} is not a date`);
  }
  for (const key of ["size", "plainSize", "durationMs"]) {
    if (!isCount(m[key])) problems.push(`${key} is not a whole number of bytes or ms`);
  }
  const source = m.source;
  if (!isRecord(source) || !["key", "display", "database", "kind"].every((k) => typeof source[k] === "string"))
    problems.push("missing source (kind, display, database, key)");
  if (!isRecord(m.compression) || typeof m.compression.algorithm !== "string") problems.push("missing compression");
  const encryption = m.encryption;
  if (!isRecord(encryption) || typeof encryption.type !== "string") problems.push("missing encryption");
  else if (encryption.type === "age" && encryption.mode === "recipients" && !Array.isArray(encryption.recipients))
    problems.push("encryption recipients are not a list");
  return problems;
}

// src/destinations/open.ts
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/destinations/local-folder.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { lstat, mkdir as mkdir2, open as open2, readdir as readdir2, rename, rm as rm2, statfs } from "node:fs/promises";
import { join as join3 } from "node:path";
import { pipeline } from "node:stream/promises";

// src/destinations/synced-file.ts
import { open } from "node:fs/promises";
import { Writable as Writable2 } from "node:stream";
var SYNC_EVERY = 32 * 2 ** 20;
function createSyncedFileSink(path) {
  let handle;
  let unsynced = 0;
  let syncing;
  const syncInBackground = (file) => {
    unsynced = 0;
    syncing = file.datasync().finally(() => {
      syncing = void 0;
    });
    syncing.catch(() => {
    });
  };
  return new Writable2({
    highWaterMark: 1 << 20,
    construct(callback) {
      open(path, "wx", PRIVATE_FILE_MODE).then(async (opened) => {
        handle = opened;
        await opened.chmod(PRIVATE_FILE_MODE);
      }).then(() => callback(), callback);
    },
    writev(chunks, callback) {
      const file = handle;
      writeAll(
        file,
        chunks.map((c) => c.chunk)
      ).then((bytesWritten) => {
        unsynced += bytesWritten;
        if (unsynced >= SYNC_EVERY && !syncing) syncInBackground(file);
        callback();
      }, callback);
    },
    final(callback) {
      const file = handle;
      Promise.resolve(syncing).then(() => file.sync()).then(() => file.close()).then(() => {
        handle = void 0;
        callback();
      }, callback);
    },
    destroy(error, callback) {
      const file = handle;
      handle = void 0;
      Promise.resolve(syncing).catch(() => {
      }).then(() => file?.close()).then(
        () => callback(error),
        () => callback(error)
      );
    }
  });
}
async function writeAll(file, buffers) {
  let rest = buffers.filter((b) => b.length > 0);
  let total = 0;
  while (rest.length > 0) {
    const { bytesWritten } = await file.writev(rest);
    if (bytesWritten <= 0) {
      throw Object.assign(new Error("no space left on device (the write stored nothing)"), { code: "ENOSPC" });
    }
    total += bytesWritten;
    rest = skipBytes(rest, bytesWritten);
  }
  return total;
}
function skipBytes(buffers, count) {
  let skip = count;
  const out = [];
  for (const buffer of buffers) {
    if (skip >= buffer.length) skip -= buffer.length;
    else {
      out.push(skip > 0 ? buffer.subarray(skip) : buffer);
      skip = 0;
    }
  }
  return out;
}

// src/destinations/local-folder.ts
var PARTIAL_MARK = ".partial-";
var LocalFolder = class {
  constructor(root) {
    this.root = root;
    this.display = `file:${root}`;
  }
  root;
  display;
  localPath(name) {
    assertObjectName(name);
    return join3(this.root, name);
  }
  async put(name, body, options = {}) {
    assertObjectName(name);
    await this.ensureRoot();
    const partial = join3(this.root, `.${name}${PARTIAL_MARK}${randomBytes3(6).toString("hex")}`);
    try {
      await pipeline(body, createSyncedFileSink(partial), { signal: options.signal });
      const written = (await lstat(partial)).size;
      if (options.size !== void 0 && written !== options.size) {
        throw new DestinationError(
          `could not write ${name} in ${this.display}: ${written} of ${options.size} bytes stored`,
          {
            hint: "check the disk behind the folder"
          }
        );
      }
      await rename(partial, join3(this.root, name));
      await syncFolder(this.root);
    } catch (error) {
      await rm2(partial, { force: true });
      if (isDiskFull2(error)) throw await this.diskFull(name, options.size, error);
      throw this.classify(error, `could not write ${name}`);
    }
    return this.stat(name);
  }
  /** The folder, the room the object needed and the room there was: what a person needs to act. */
  async diskFull(name, size, cause) {
    const space = await statfs(this.root).catch(() => void 0);
    const free = space ? ` (${space.bavail * space.bsize} bytes free after removing the partial file)` : "";
    const needed = size === void 0 ? "" : `: ${name} needs ${size} bytes`;
    return new DestinationError(`the folder ${this.root} is full${needed}${free}; nothing was stored`, {
      cause,
      permanent: true,
      hint: size === void 0 ? `free space in ${this.root} or choose a folder on a larger disk` : `free at least ${size} bytes in ${this.root} or choose a folder on a larger disk`
    });
  }
  async get(name, options = {}) {
    assertObjectName(name);
    const path = join3(this.root, name);
    await this.stat(name);
    let handle;
    try {
      handle = await open2(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      throw this.classify(error, `could not read ${name}`);
    }
    return createReadStream(path, { fd: handle, highWaterMark: 1 << 20, signal: options.signal });
  }
  async stat(name) {
    assertObjectName(name);
    try {
      const info = await lstat(join3(this.root, name));
      if (!info.isFile()) throw new NotFoundError(`${name} in ${this.display} is not a regular file`);
      return { name, size: info.size, modified: info.mtime };
    } catch (error) {
      throw this.classify(error, `could not read ${name}`);
    }
  }
  async *list() {
    let names;
    try {
      names = await readdir2(this.root);
    } catch (error) {
      if (error.code === "ENOENT") return;
      throw this.classify(error, "could not list");
    }
    for (const name of names.sort()) {
      if (name.startsWith(".")) continue;
      try {
        yield await this.stat(name);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
  }
  async remove(name) {
    assertObjectName(name);
    await this.stat(name);
    try {
      await rm2(join3(this.root, name));
    } catch (error) {
      throw this.classify(error, `could not remove ${name}`);
    }
  }
  async ensureRoot() {
    try {
      await mkdir2(this.root, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    } catch (error) {
      throw this.classify(error, "could not create the folder");
    }
  }
  classify(error, what) {
    if (error instanceof DestinationError) return error;
    const code = error.code;
    const message = `${what} in ${this.display}: ${error.message}`;
    if (code === "ENOENT") return new NotFoundError(message, { cause: error });
    if (code === "ENOTDIR" || code === "EISDIR") {
      return new DestinationError(message, {
        cause: error,
        permanent: true,
        hint: `part of ${this.root} is a file, not a folder: choose another path`
      });
    }
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
      return new DestinationError(message, {
        cause: error,
        permanent: true,
        hint: `check that the user running Strongroom can write to ${this.root}`
      });
    }
    if (code === "ENOSPC" || code === "EDQUOT") {
      return new DestinationError(message, {
        cause: error,
        permanent: true,
        hint: "free disk space or choose another folder"
      });
    }
    if (error instanceof Error && error.name === "AbortError") return error;
    return new DestinationError(message, { cause: error });
  }
};
function isDiskFull2(error) {
  const code = error?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}
async function syncFolder(folder) {
  const handle = await open2(folder, "r").catch(() => void 0);
  if (!handle) return;
  try {
    await handle.sync().catch(() => {
    });
  } finally {
    await handle.close();
  }
}

// src/destinations/open.ts
var OPENERS = {
  "file:": (spec) => new LocalFolder(spec.startsWith("file://") ? fileURLToPath(spec) : resolve2(spec.slice("file:".length))),
  "artifact:": async (spec, { env, addSecret, retentionDays }) => {
    addSecret(env.ACTIONS_RUNTIME_TOKEN);
    addSecret(env.GITHUB_TOKEN);
    addSecret(env.GH_TOKEN);
    const retention = retentionDays ?? envRetentionDays(env);
    const { GitHubArtifactDestination } = await import("./github-artifact-UZSP4VT7.js");
    return new GitHubArtifactDestination({
      prefix: spec.slice("artifact:".length),
      env,
      ...retention !== void 0 ? { retentionDays: retention } : {}
    });
  },
  "supabase:": async (spec, context) => (await import("./supabase-storage-Y32NFUIQ.js")).openSupabaseStorage(spec, context),
  "gdrive:": async (spec, context) => (await import("./google-drive-6542LYSP.js")).openGoogleDrive(spec, context),
  "s3:": async (spec, { env, addSecret }) => {
    const { S3Destination } = await import("./s3-EPDTJ4MI.js");
    const { s3OptionsFromUrl } = await import("./url-3N5IFXD3.js");
    const options = s3OptionsFromUrl(spec, env);
    addSecret(options.credentials?.secretAccessKey);
    addSecret(options.credentials?.sessionToken);
    return new S3Destination(options);
  }
};
async function openDestination(spec, context) {
  const destination = await openBare(spec, context);
  return withRetry(destination, {
    onRetry: (info) => context.onRetry?.(
      `${destination.display}: ${info.operation} ${info.name ?? ""} failed (attempt ${info.attempt}): ${messageOf(info.error)}; retrying in ${Math.round(info.delayMs)} ms`
    )
  });
}
async function openBare(spec, context) {
  const trimmed = spec.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (!scheme || scheme.length === 2 && /^[a-z]:$/i.test(scheme)) {
    return new LocalFolder(isAbsolute2(trimmed) ? trimmed : resolve2(trimmed));
  }
  const opener = OPENERS[scheme];
  if (!opener) {
    throw new UsageError(`unknown destination '${scheme}\u2026' in '${trimmed.replace(/\/\/[^@/]*@/, "//")}'`, {
      hint: `use a folder path or one of: ${Object.keys(OPENERS).join(", ")}`
    });
  }
  return opener(trimmed, context);
}

// src/sources/postgres/session.ts
async function startPostgresSession(options, context) {
  const { target } = options;
  const dump = await startPostgresDump({ ...options, redactor: context.log.redactor, signal: context.signal });
  return {
    stream: dump.stream,
    tool: dump.tool,
    ...dump.estimatedBytes ? { estimatedBytes: dump.estimatedBytes } : {},
    format: options.format,
    name: dump.server.database,
    source: {
      kind: "postgres",
      display: target.display,
      database: dump.server.database,
      key: `postgres://${target.host}:${target.port}/${dump.server.database}`
    },
    describe: `PostgreSQL ${dump.server.serverVersion}, database ${dump.server.database}; using ${dump.pgDump.path} (${dump.pgDump.major})`,
    facts: {
      postgres: {
        serverVersion: dump.server.serverVersion,
        serverMajor: dump.server.serverMajor,
        pgDumpVersion: dump.pgDump.version,
        pgDumpMajor: dump.pgDump.major
      }
    },
    contents: () => dump.contents,
    close: () => dump.close()
  };
}

// src/sources/sqlite/source.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { rm as rm5 } from "node:fs/promises";
import { hostname } from "node:os";
import { basename as basename2, dirname as dirname3, extname, join as join6, resolve as resolve4 } from "node:path";

// src/sources/sqlite/database.ts
import { open as open3, stat } from "node:fs/promises";
import { DatabaseSync } from "node:sqlite";
var SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");
var BUSY_TIMEOUT_MS = 3e4;
function isSqliteHeader(bytes) {
  return bytes.length >= SQLITE_HEADER.length && bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER);
}
function sqliteCode(error) {
  const code = error?.errcode;
  return typeof code === "number" ? code & 255 : void 0;
}
var SQLITE_BUSY = 5;
var SQLITE_LOCKED = 6;
var SQLITE_CORRUPT = 11;
var SQLITE_CANTOPEN = 14;
var SQLITE_NOTADB = 26;
async function checkSourceFile(path) {
  let size;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new SourceError(`SQLite source ${path} is a folder, not a database file`, {
        hint: "point --source at the database file itself (e.g. sqlite:data/app.db)"
      });
    }
    size = info.size;
    const handle = await open3(path, "r");
    try {
      const header = Buffer.alloc(SQLITE_HEADER.length);
      const { bytesRead } = await handle.read(header, 0, header.length, 0);
      if (size === 0) {
        throw new SourceError(`SQLite source ${path} is an empty file`, {
          hint: "SQLite creates a 0-byte file before the first table exists; check that this is the database your application writes"
        });
      }
      if (!isSqliteHeader(header.subarray(0, bytesRead))) {
        throw new SourceError(
          `SQLite source ${path} is not a SQLite database (it does not start with "SQLite format 3")`,
          {
            hint: "point --source at the database file itself; encrypted databases (SQLCipher, SEE) are not supported"
          }
        );
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw fileError(error, path);
  }
  return size;
}
function fileError(error, path) {
  const code = error.code;
  if (code === "ENOENT") {
    return new SourceError(`SQLite database ${path} does not exist`, {
      cause: error,
      hint: `check the path (relative paths are resolved from ${process.cwd()}); Strongroom never creates the database it backs up`
    });
  }
  if (code === "EACCES" || code === "EPERM") {
    return new SourceError(`cannot read SQLite database ${path}: permission denied`, {
      cause: error,
      hint: "run the backup as a user that can read the file (and, for a WAL-mode database, write its -shm file beside it)"
    });
  }
  return new SourceError(`cannot read SQLite database ${path}: ${error.message}`, { cause: error });
}
function sqliteSourceError(error, path, doing) {
  const message = `${doing} ${path} failed: ${error.message}`;
  switch (sqliteCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return new SourceError(message, {
        cause: error,
        hint: "another connection held an exclusive lock for too long (a long write in rollback-journal mode, or a VACUUM); retry, or switch the database to WAL mode (PRAGMA journal_mode=WAL) so readers never wait"
      });
    case SQLITE_CANTOPEN:
      return new SourceError(message, {
        cause: error,
        hint: "SQLite could not open the file or its companions: a WAL-mode database needs its -wal and -shm files readable and its folder writable by this user"
      });
    case SQLITE_NOTADB:
      return new SourceError(message, { cause: error, hint: "the file is not a SQLite database (or it is encrypted)" });
    case SQLITE_CORRUPT:
      return new SourceError(message, {
        cause: error,
        hint: "the database is damaged: run PRAGMA integrity_check on it, recover it with the sqlite3 shell's .recover, or restore an earlier backup"
      });
    default:
      return new SourceError(message, { cause: error });
  }
}
function openReadOnly(path) {
  return new DatabaseSync(path, { readOnly: true, timeout: BUSY_TIMEOUT_MS });
}
function integrityProblems(db) {
  let rows;
  try {
    rows = db.prepare("PRAGMA main.integrity_check").all();
  } catch (error) {
    const code = sqliteCode(error);
    if (code === SQLITE_CORRUPT || code === SQLITE_NOTADB) return [error.message];
    throw error;
  }
  const lines = rows.map((row) => String(row.integrity_check));
  return lines.length === 1 && lines[0] === "ok" ? [] : lines;
}
function describeProblems(problems) {
  const shown = problems.slice(0, 5).join("; ");
  return problems.length > 5 ? `${shown}; and ${problems.length - 5} more` : shown;
}
function quoteIdent3(name) {
  return `"${name.replaceAll('"', '""')}"`;
}
function tableRowCounts2(db) {
  const tables = db.prepare(
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
  ).all();
  return tables.map(({ name }) => {
    const row = db.prepare(`SELECT count(*) AS n FROM main.${quoteIdent3(name)}`).get();
    return { schema: "main", name, rows: Number(row.n) };
  });
}
function pageFacts(db) {
  const size = db.prepare("PRAGMA main.page_size").get();
  const count = db.prepare("PRAGMA main.page_count").get();
  return { pageSize: Number(size.page_size), pageCount: Number(count.page_count) };
}
function closeQuietly(db) {
  try {
    if (db?.isOpen) db.close();
  } catch {
  }
}
function readCheckedBackup(path, say, read) {
  let db;
  try {
    db = openReadOnly(path);
    const problems = integrityProblems(db);
    if (problems.length)
      throw new IntegrityError(say.damaged(describeProblems(problems)), { hint: "use another backup" });
    return read(db);
  } catch (error) {
    if (error instanceof StrongroomError) throw error;
    throw new IntegrityError(say.unreadable(error.message), { cause: error, hint: "use another backup" });
  } finally {
    closeQuietly(db);
  }
}

// src/sources/sqlite/snapshot.ts
import { backup } from "node:sqlite";
var ALL_PAGES = 2 ** 31 - 1;
async function takeSnapshot(db, target, method) {
  if (method === "vacuum-into") {
    db.prepare("VACUUM main INTO ?").run(target);
  } else {
    await backup(db, target, { rate: ALL_PAGES });
  }
}

// src/sources/sqlite/inspect.ts
import { open as open4, rm as rm3 } from "node:fs/promises";
import { join as join4 } from "node:path";
import { Writable as Writable3 } from "node:stream";

// src/sources/sqlite/row-counts.ts
function label(table) {
  return `${table.schema}.${table.name}`;
}
function tablesOf(contents, backupId) {
  const tables = contents?.tables;
  const valid = Array.isArray(tables) && tables.every(
    (t) => typeof t?.schema === "string" && typeof t.name === "string" && typeof t.rows === "number"
  );
  if (!valid) {
    throw new IntegrityError(`backup ${backupId}: the manifest's contents do not hold SQLite row counts`, {
      hint: "the manifest was altered or written by another tool; verify with --level decode"
    });
  }
  return tables;
}
function rowCountDifferences(expected, actual, backupId) {
  const recorded = new Map(tablesOf(expected, backupId).map((t) => [label(t), t.rows]));
  const found2 = new Map(actual.map((t) => [label(t), t.rows]));
  const differences = [];
  for (const [name, rows] of recorded) {
    const got = found2.get(name);
    if (got === void 0) differences.push(`${name}: ${rows} rows in the manifest, table missing from the backup`);
    else if (got !== rows) differences.push(`${name}: ${rows} rows in the manifest, ${got} in the backup`);
  }
  for (const [name, rows] of found2) {
    if (!recorded.has(name)) differences.push(`${name}: ${rows} rows in the backup, table not in the manifest`);
  }
  return differences;
}
function assertRowCounts(expected, actual, backupId) {
  const differences = rowCountDifferences(expected, actual, backupId);
  if (differences.length === 0) return;
  throw new IntegrityError(
    `backup ${backupId}: row counts differ from the manifest in ${differences.length} table${differences.length === 1 ? "" : "s"}:
- ${differences.join("\n- ")}`,
    { hint: "the stored database is not the one the manifest describes; use another backup" }
  );
}

// src/sources/sqlite/inspect.ts
async function writeAll2(handle, chunk) {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
function sqliteInspector(manifest, contents) {
  const id = manifest.id;
  let dir;
  let handle;
  let head = Buffer.alloc(0);
  let size = 0;
  let finished = false;
  let failure;
  const release = async () => {
    const h = handle;
    handle = void 0;
    await h?.close().catch(() => {
    });
    const d = dir;
    dir = void 0;
    if (d) await rm3(d, { recursive: true, force: true, maxRetries: 3 });
  };
  const sink = new Writable3({
    highWaterMark: 1 << 20,
    write(chunk, _encoding, callback) {
      (async () => {
        if (head.length < SQLITE_HEADER.length) {
          head = Buffer.concat([head, chunk.subarray(0, SQLITE_HEADER.length - head.length)]);
          if (head.length === SQLITE_HEADER.length && !isSqliteHeader(head)) throw notSqlite(id);
        }
        if (!handle) {
          dir = await makeScratchFolder("verify");
          handle = await open4(join4(dir, "payload.sqlite"), "wx", 384);
        }
        await writeAll2(handle, chunk);
        size += chunk.length;
      })().then(() => callback(), callback);
    },
    final(callback) {
      const h = handle;
      handle = void 0;
      (h ? h.close() : Promise.resolve()).then(() => {
        finished = true;
        callback();
      }, callback);
    },
    destroy(error, callback) {
      if (error) failure = error;
      if (error || !finished)
        release().then(
          () => callback(error),
          () => callback(error)
        );
      else callback(null);
    }
  });
  return {
    sink,
    async result() {
      try {
        if (failure) throw failure;
        if (!finished) throw new Error(`backup ${id}: the payload was not read to its end before inspection`);
        if (size === 0 || !dir)
          throw new IntegrityError(`backup ${id}: the decoded payload is empty`, { hint: "use another backup" });
        if (!isSqliteHeader(head)) throw notSqlite(id);
        return { detail: checkStoredDatabase(join4(dir, "payload.sqlite"), id, contents) };
      } finally {
        await release();
      }
    }
  };
}
function notSqlite(id) {
  return new IntegrityError(
    `backup ${id}: the decoded data is not a SQLite database (it does not start with "SQLite format 3")`,
    {
      hint: "the backup was made from something else or altered before it was encrypted; use another backup"
    }
  );
}
function checkStoredDatabase(path, id, contents) {
  return readCheckedBackup(
    path,
    {
      damaged: (problems) => `backup ${id}: the stored SQLite database fails PRAGMA integrity_check: ${problems}`,
      unreadable: (reason) => `backup ${id}: SQLite cannot read the stored database: ${reason}`
    },
    (db) => {
      const tables = tableRowCounts2(db);
      const { pageCount } = pageFacts(db);
      const rows = tables.reduce((sum, t) => sum + t.rows, 0);
      if (contents !== void 0) assertRowCounts(contents, tables, id);
      const counts = contents === void 0 ? "row counts not compared (contents not available)" : "row counts match the manifest";
      return `SQLite database, ${pageCount} pages, integrity_check ok, ${tables.length} tables, ${rows} rows; ${counts}`;
    }
  );
}

// src/sources/sqlite/restore.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { lstat as lstat2, mkdir as mkdir3, open as open5, rename as rename2, rm as rm4 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join5, resolve as resolve3 } from "node:path";
import { Writable as Writable4 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
var COMPANIONS = ["-wal", "-shm", "-journal"];
async function exists(path) {
  try {
    const info = await lstat2(path);
    return { mode: info.mode & 4095, directory: info.isDirectory() };
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function syncFolder2(folder) {
  const handle = await open5(folder, "r").catch(() => void 0);
  await handle?.sync().catch(() => {
  });
  await handle?.close().catch(() => {
  });
}
function fileSink(handle) {
  return new Writable4({
    highWaterMark: 1 << 20,
    write(chunk, _encoding, callback) {
      writeAll2(handle, chunk).then(() => callback(), callback);
    }
  });
}
async function checkRestoreTarget(targetPath, force) {
  const target = resolve3(targetPath);
  const existing = await exists(target);
  if (existing?.directory) {
    throw new UsageError(`restore target ${target} is a folder`, {
      hint: "give the path of the database file to write, e.g. restored/app.db"
    });
  }
  const companions = [];
  for (const suffix of COMPANIONS) if (await exists(target + suffix)) companions.push(target + suffix);
  if ((existing || companions.length) && !force) {
    throw new UsageError(`restore target ${existing ? target : companions[0]} already exists; nothing was restored`, {
      hint: "choose a path that does not exist, or pass --force to replace the database (stop the applications using it first)"
    });
  }
  return { target, existing, companions };
}
async function restoreSqlite(payload, targetPath, options) {
  let checked;
  try {
    checked = await checkRestoreTarget(targetPath, options.force);
    options.signal?.throwIfAborted();
    await mkdir3(dirname2(checked.target), { recursive: true });
  } catch (error) {
    payload.destroy();
    throw error;
  }
  const { target, existing, companions } = checked;
  const folder = dirname2(target);
  const temp = join5(folder, `.${basename(target)}.${randomBytes4(6).toString("hex")}.strongroom-tmp`);
  const moved = [];
  let handle;
  let renamed = false;
  try {
    handle = await open5(temp, "wx+", 384);
    if (existing) await handle.chmod(existing.mode);
    await pipeline2(payload, fileSink(handle), { signal: options.signal });
    await handle.sync();
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    await handle.close();
    handle = void 0;
    if (!isSqliteHeader(head.subarray(0, bytesRead))) {
      throw new IntegrityError(
        `the restored data is not a SQLite database (it does not start with "SQLite format 3"); ${target} was not touched`,
        {
          hint: "the backup was not made from a SQLite database, or it was altered before encryption; use another backup"
        }
      );
    }
    const tables = await checkRestoredDatabase(temp, target);
    options.signal?.throwIfAborted();
    for (const path of companions) {
      const aside = `${temp}.old${path.slice(target.length)}`;
      await rename2(path, aside);
      moved.push([path, aside]);
    }
    await rename2(temp, target);
    renamed = true;
    await syncFolder2(folder);
    for (const [, aside] of moved) await rm4(aside, { force: true });
    return { path: target, tables };
  } catch (error) {
    if (!payload.destroyed) payload.destroy();
    await handle?.close().catch(() => {
    });
    if (!renamed) {
      await rm4(temp, { force: true }).catch(() => {
      });
      await removeCompanions(temp);
      for (const [path, aside] of moved.reverse()) await rename2(aside, path).catch(() => {
      });
    }
    throw error;
  }
}
async function checkRestoredDatabase(temp, target) {
  try {
    return readCheckedBackup(
      temp,
      {
        damaged: (problems) => `the restored database fails PRAGMA integrity_check: ${problems}; ${target} was not touched`,
        unreadable: (reason) => `SQLite cannot read the restored database: ${reason}; ${target} was not touched`
      },
      tableRowCounts2
    );
  } finally {
    await removeCompanions(temp);
  }
}
async function removeCompanions(path) {
  for (const suffix of COMPANIONS) await rm4(path + suffix, { force: true }).catch(() => {
  });
}

// src/sources/sqlite/source.ts
var CHUNK2 = 1 << 20;
async function startSqliteDump(file, options, context) {
  const { log, signal } = context;
  const path = resolve4(file);
  signal.throwIfAborted();
  const sourceSize = await checkSourceFile(path);
  const method = options.vacuum ? "vacuum-into" : "backup";
  const dir = await makeScratchFolder("sqlite");
  const snapshotPath = join6(dir, "snapshot.sqlite");
  let removal;
  const removeTemp = () => {
    removal ??= rm5(dir, { recursive: true, force: true, maxRetries: 3 });
    return removal;
  };
  let source;
  try {
    const live = openLiveDatabase(path);
    source = live.db;
    const { version, journalMode } = live;
    const started = Date.now();
    await snapshotInto(source, { path, dir, snapshotPath, method, sourceSize });
    closeQuietly(source);
    signal.throwIfAborted();
    log.info(
      `snapshot of ${path} taken with ${method === "vacuum-into" ? "VACUUM INTO" : "the backup API"} in ${Date.now() - started} ms`
    );
    const { contents, pages } = checkSnapshot(snapshotPath, path, signal);
    signal.throwIfAborted();
    const facts = { version, ...pages, journalMode, sourceSize };
    const database = basename2(path, extname(path));
    const info = { kind: "sqlite", display: path, database, key: `sqlite://${hostname()}${path}` };
    const stream = createReadStream2(snapshotPath, { highWaterMark: CHUNK2, signal });
    stream.once("close", () => void removeTemp().catch(() => {
    }));
    const rows = contents.tables.reduce((sum, table) => sum + table.rows, 0);
    return {
      stream,
      format: "sqlite",
      name: database,
      source: info,
      describe: `SQLite ${version} ${path} (${journalMode} mode, ${method === "vacuum-into" ? "VACUUM INTO" : "online backup"}, ${contents.tables.length} tables, ${rows} rows)`,
      facts: { sqlite: facts },
      contents: async () => contents,
      async close() {
        if (!stream.destroyed) stream.destroy();
        await removeTemp();
      }
    };
  } catch (error) {
    closeQuietly(source);
    await removeTemp().catch(() => {
    });
    throw error;
  }
}
function openLiveDatabase(path) {
  let db;
  try {
    db = openReadOnly(path);
    const about = db.prepare("SELECT sqlite_version() AS version").get();
    const mode = db.prepare("PRAGMA main.journal_mode").get();
    return { db, version: about.version, journalMode: String(mode.journal_mode) };
  } catch (error) {
    closeQuietly(db);
    throw sqliteSourceError(error, path, "opening SQLite database");
  }
}
async function snapshotInto(source, plan) {
  const { path, dir, method, sourceSize } = plan;
  if (method === "backup") await ensureRoom(dir, sourceSize, `the snapshot of ${path}`);
  try {
    await takeSnapshot(source, plan.snapshotPath, method);
  } catch (error) {
    if (isDiskFull(error))
      throw scratchError(dirname3(dir), error, `the snapshot of ${path} needs about ${formatBytes(sourceSize)}`);
    throw sqliteSourceError(error, path, method === "vacuum-into" ? "VACUUM INTO from" : "backup of");
  }
}
function checkSnapshot(snapshotPath, path, signal) {
  let snapshot;
  try {
    snapshot = openReadOnly(snapshotPath);
    const problems = integrityProblems(snapshot);
    if (problems.length) {
      throw new SourceError(`SQLite database ${path} failed PRAGMA integrity_check: ${describeProblems(problems)}`, {
        hint: "the database is damaged, so this snapshot was not stored: recover it (sqlite3 app.db '.recover' | sqlite3 fixed.db) or restore an earlier backup, then check it with PRAGMA integrity_check"
      });
    }
    signal.throwIfAborted();
    return { contents: { rowCounts: "exact", tables: tableRowCounts2(snapshot) }, pages: pageFacts(snapshot) };
  } catch (error) {
    if (error instanceof StrongroomError || error.name === "AbortError") throw error;
    throw sqliteSourceError(error, path, "checking the snapshot of");
  } finally {
    closeQuietly(snapshot);
  }
}

// src/stages/encode.ts
import { pipeline as pipeline3 } from "node:stream/promises";

// src/stages/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";

// src/memory-pacer.ts
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
var collect;
function collector() {
  if (collect === void 0) {
    try {
      v8.setFlagsFromString("--expose-gc");
      v8.setFlagsFromString("--heap-growing-percent=300");
      collect = runInNewContext("gc");
    } catch {
      collect = null;
    }
  }
  return collect ?? void 0;
}
function createMemoryPacer(everyBytes) {
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < everyBytes) return;
    since = 0;
    collector()?.({ type: "minor" });
  };
}

// src/stages/digest.ts
var PASS_THROUGH_BUFFER = 64 * 1024;
function createDigestStream() {
  const hash = createHash("sha256");
  let size = 0;
  let digest;
  const paceMemory = createMemoryPacer(4 * 2 ** 20);
  const stream = new Transform({
    // Pass-through: holding one chunk on each side is enough; more is memory for nothing.
    readableHighWaterMark: PASS_THROUGH_BUFFER,
    writableHighWaterMark: PASS_THROUGH_BUFFER,
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      paceMemory(chunk.length);
      callback(null, chunk);
    },
    flush(callback) {
      digest = hash.digest("hex");
      callback();
    }
  });
  stream.result = () => {
    if (digest === void 0) throw new Error("digest requested before the stream finished");
    return { sha256: digest, size };
  };
  stream.bytes = () => size;
  return stream;
}

// src/crypto/age-stream.ts
import { Transform as Transform2 } from "node:stream";

// src/crypto/age-header.ts
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
var VERSION_LINE = "age-encryption.org/v1\n";
var MAX_HEADER_SIZE = 1024 * 1024;
var ARMOR_BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----";
var MAC_SIZE = 32;
var BODY_COLUMNS = 64;
var NEWLINE = 10;
var CORRUPT_HINT = "the backup is damaged or is not an age file; try another copy";
function headerError(problem) {
  return new IntegrityError(`age: invalid header: ${problem}`, { hint: CORRUPT_HINT });
}
function decodeBase64(text, what) {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) throw headerError(`${what} is not unpadded base64`);
  const bytes = Buffer.from(text, "base64");
  if (encodeBase64(bytes) !== text) throw headerError(`${what} is not canonical base64`);
  return bytes;
}
function encodeBase64(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64").replace(/=+$/, "");
}
function isArgument(text) {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 33 || code > 126) return false;
  }
  return true;
}
function hmacKey(fileKey) {
  return Buffer.from(hkdfSync("sha256", fileKey, Buffer.alloc(0), "header", 32));
}
function computeMac(fileKey, macInput) {
  return createHmac("sha256", hmacKey(fileKey)).update(macInput).digest();
}
function verifyMac(fileKey, header) {
  if (!timingSafeEqual(computeMac(fileKey, header.macInput), header.mac)) {
    throw new IntegrityError("age: header MAC mismatch: the header was modified", { hint: CORRUPT_HINT });
  }
}
function encodeHeader(stanzas, fileKey) {
  let text = VERSION_LINE;
  for (const stanza of stanzas) {
    const args = [stanza.type, ...stanza.args];
    if (!args.every(isArgument)) throw new Error("age: stanza arguments must be non-empty printable ASCII");
    text += `-> ${args.join(" ")}
`;
    const body = encodeBase64(stanza.body);
    for (let i = 0; i <= body.length; i += BODY_COLUMNS) text += `${body.slice(i, i + BODY_COLUMNS)}
`;
  }
  text += "---";
  const macInput = Buffer.from(text, "latin1");
  return Buffer.concat([macInput, Buffer.from(` ${encodeBase64(computeMac(fileKey, macInput))}
`, "latin1")]);
}
function checkPrefix(bytes) {
  const seen = bytes.subarray(0, VERSION_LINE.length).toString("latin1");
  if (VERSION_LINE.startsWith(seen)) return;
  if (seen.startsWith(ARMOR_BEGIN.slice(0, seen.length)) || seen.trimStart().startsWith("-----BEGIN")) {
    throw new IntegrityError("age: the file is ASCII-armored (PEM); only binary age files are supported", {
      hint: "dearmor it first, e.g. 'age -d' it with the age CLI, or store backups unarmored"
    });
  }
  if (seen.startsWith("age-encryption.org/")) throw headerError("unsupported age format version");
  throw new IntegrityError("age: not an age encrypted file (it does not start with 'age-encryption.org/v1')", {
    hint: CORRUPT_HINT
  });
}
function findHeaderEnd(bytes, from = 0) {
  const found2 = bytes.indexOf("\n---", from, "latin1");
  if (found2 === -1) return { resume: Math.max(from, bytes.length - 3) };
  const end = bytes.indexOf(NEWLINE, found2 + 1);
  return end === -1 ? { resume: found2 } : { end: end + 1 };
}
function parseHeader(bytes) {
  const text = bytes.toString("latin1");
  if (!text.endsWith("\n")) throw headerError("missing final newline");
  const lines = text.slice(0, -1).split("\n");
  if (`${lines[0]}
` !== VERSION_LINE) throw headerError("unsupported version line");
  const stanzas = [];
  let index = 1;
  for (; ; ) {
    const line = lines[index++];
    if (line === void 0) throw headerError("missing MAC line");
    if (line.startsWith("---")) {
      if (index !== lines.length) throw headerError("data after the MAC line");
      const match = /^--- ([^ ]+)$/.exec(line);
      if (match?.[1] === void 0) throw headerError("malformed MAC line");
      const mac = decodeBase64(match[1], "header MAC");
      if (mac.length !== MAC_SIZE) throw headerError("header MAC has the wrong length");
      const macLength = text.length - line.length - 1 + 3;
      return { stanzas, macInput: bytes.subarray(0, macLength), mac };
    }
    if (!line.startsWith("-> ")) throw headerError("expected a stanza ('-> ') or the MAC line ('---')");
    const [type, ...args] = line.slice(3).split(" ");
    if (type === void 0 || ![type, ...args].every(isArgument)) throw headerError("malformed stanza arguments");
    const chunks = [];
    for (; ; ) {
      const bodyLine = lines[index++];
      if (bodyLine === void 0) throw headerError("stanza body is not terminated by a short line");
      if (bodyLine.length > BODY_COLUMNS) throw headerError("stanza body line longer than 64 columns");
      chunks.push(decodeBase64(bodyLine, "stanza body"));
      if (bodyLine.length < BODY_COLUMNS) break;
    }
    stanzas.push({ type, args, body: Buffer.concat(chunks) });
  }
}

// src/crypto/age-keyring.ts
import { randomBytes as randomBytes6 } from "node:crypto";

// src/crypto/age-payload.ts
import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync as hkdfSync2 } from "node:crypto";
var CHUNK_SIZE = 64 * 1024;
var TAG_SIZE = 16;
var SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
var PAYLOAD_NONCE_SIZE = 16;
var BATCH_CHUNKS = 64;
var CORRUPT_HINT2 = "the backup is damaged, truncated or was modified; try another copy";
function payloadKey(fileKey, nonce) {
  return Buffer.from(hkdfSync2("sha256", fileKey, nonce, "payload", 32));
}
var ChunkNonces = class {
  #nonce = Buffer.alloc(12);
  #counter = 0;
  get counter() {
    return this.#counter;
  }
  /** The nonce for the next chunk; the counter then advances. */
  next(last) {
    if (this.#counter >= Number.MAX_SAFE_INTEGER) throw new IntegrityError("age: too many payload chunks");
    this.#nonce.writeUInt32BE(Math.floor(this.#counter / 2 ** 32), 3);
    this.#nonce.writeUInt32BE(this.#counter >>> 0, 7);
    this.#nonce[11] = last ? 1 : 0;
    this.#counter++;
    return this.#nonce;
  }
};
var PayloadSealer = class {
  /** A KeyObject made once: passing raw key bytes re-imports the key for every 64 KiB chunk. */
  #key;
  #nonces = new ChunkNonces();
  constructor(key) {
    this.#key = createSecretKey(key);
  }
  /** Seals one chunk (at most CHUNK_SIZE bytes) into `out` at `offset`; returns the bytes written. */
  seal(plaintext, last, out, offset) {
    const cipher = createCipheriv("chacha20-poly1305", this.#key, this.#nonces.next(last), { authTagLength: TAG_SIZE });
    cipher.update(plaintext).copy(out, offset);
    cipher.final();
    cipher.getAuthTag().copy(out, offset + plaintext.length);
    return plaintext.length + TAG_SIZE;
  }
};
var PayloadOpener = class {
  #key;
  #nonces = new ChunkNonces();
  constructor(key) {
    this.#key = createSecretKey(key);
  }
  get chunks() {
    return this.#nonces.counter;
  }
  /**
   * Opens one sealed chunk into `out` at `offset` and returns the plaintext length. Nothing is
   * written to `out` unless the chunk authenticates.
   */
  open(sealed, last, out, offset) {
    const index = this.#nonces.counter;
    if (sealed.length < TAG_SIZE) {
      throw new IntegrityError(
        `age: payload chunk ${index} is shorter than its authentication tag: the file is truncated`,
        { hint: CORRUPT_HINT2 }
      );
    }
    const length = sealed.length - TAG_SIZE;
    if (last && length === 0 && index > 0) {
      throw new IntegrityError("age: the final payload chunk is empty, which age never writes: the file was modified", {
        hint: CORRUPT_HINT2
      });
    }
    const decipher = createDecipheriv("chacha20-poly1305", this.#key, this.#nonces.next(last), {
      authTagLength: TAG_SIZE
    });
    decipher.setAuthTag(sealed.subarray(length));
    const plaintext = decipher.update(sealed.subarray(0, length));
    try {
      decipher.final();
    } catch {
      const which = last ? `the final payload chunk (${index}) failed authentication: the file is truncated (perhaps at a chunk boundary) or was modified` : `payload chunk ${index} failed authentication: the file was modified or is corrupt`;
      throw new IntegrityError(`age: ${which}`, { hint: CORRUPT_HINT2 });
    }
    plaintext.copy(out, offset);
    return length;
  }
};
var EMPTY = Buffer.alloc(0);
var ByteQueue = class {
  #chunks = [];
  #head = 0;
  #offset = 0;
  #length = 0;
  get length() {
    return this.#length;
  }
  push(bytes) {
    if (bytes.length === 0) return;
    this.#chunks.push(bytes);
    this.#length += bytes.length;
  }
  /** Removes and returns the next `size` bytes (`size` must not exceed `length`). */
  read(size) {
    if (size > this.#length) throw new RangeError("ByteQueue.read past the end");
    const first = this.#chunks[this.#head];
    if (first !== void 0 && first.length - this.#offset >= size) {
      const view = first.subarray(this.#offset, this.#offset + size);
      this.#advance(size);
      return view;
    }
    const out = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const chunk = this.#chunks[this.#head];
      const take = Math.min(size - filled, chunk.length - this.#offset);
      chunk.copy(out, filled, this.#offset, this.#offset + take);
      filled += take;
      this.#advance(take);
    }
    return out;
  }
  #advance(size) {
    this.#length -= size;
    this.#offset += size;
    const first = this.#chunks[this.#head];
    if (first !== void 0 && this.#offset === first.length) {
      this.#chunks[this.#head] = EMPTY;
      this.#head++;
      this.#offset = 0;
    }
    if (this.#head === this.#chunks.length) {
      this.#chunks = [];
      this.#head = 0;
    } else if (this.#head > 64 && this.#head * 2 > this.#chunks.length) {
      this.#chunks = this.#chunks.slice(this.#head);
      this.#head = 0;
    }
  }
};

// src/crypto/age-stanzas.ts
import { createCipheriv as createCipheriv2, createDecipheriv as createDecipheriv2, hkdfSync as hkdfSync3, randomBytes as randomBytes5, scrypt } from "node:crypto";
var FILE_KEY_SIZE = 16;
var TAG_SIZE2 = 16;
var ZERO_NONCE = Buffer.alloc(12);
var X25519_LABEL = "age-encryption.org/v1/X25519";
var SCRYPT_LABEL = "age-encryption.org/v1/scrypt";
var SCRYPT_SALT_SIZE = 16;
var MAX_SCRYPT_WORK_FACTOR = 22;
var DEFAULT_SCRYPT_WORK_FACTOR = 18;
function x25519Identity(privateKey) {
  return { privateKey, publicKey: rawPublicKey(privateKey) };
}
function seal(key, plaintext) {
  const cipher = createCipheriv2("chacha20-poly1305", key, ZERO_NONCE, { authTagLength: TAG_SIZE2 });
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}
function open6(key, body, what) {
  if (body.length !== FILE_KEY_SIZE + TAG_SIZE2) throw headerError(`${what} stanza body has the wrong length`);
  const decipher = createDecipheriv2("chacha20-poly1305", key, ZERO_NONCE, { authTagLength: TAG_SIZE2 });
  decipher.setAuthTag(body.subarray(FILE_KEY_SIZE));
  const fileKey = decipher.update(body.subarray(0, FILE_KEY_SIZE));
  try {
    decipher.final();
    return fileKey;
  } catch {
    return null;
  }
}
function x25519WrapKey(shared, share, recipient) {
  return Buffer.from(hkdfSync3("sha256", shared, Buffer.concat([share, recipient]), X25519_LABEL, 32));
}
function wrapX25519(fileKey, recipient) {
  const ephemeral = generateX25519();
  const shared = x25519(ephemeral.privateKey, recipient);
  if (shared === null)
    throw new IntegrityError("age: the recipient is a low-order X25519 point and cannot be encrypted to");
  const body = seal(x25519WrapKey(shared, ephemeral.publicKey, recipient), fileKey);
  return { type: "X25519", args: [encodeBase64(ephemeral.publicKey)], body };
}
function unwrapX25519(stanzas, identities) {
  for (const stanza of stanzas) {
    if (stanza.type !== "X25519") continue;
    if (stanza.args.length !== 1) throw headerError("X25519 stanza must have exactly one argument");
    const share = decodeBase64(stanza.args[0] ?? "", "X25519 share");
    if (share.length !== 32) throw headerError("X25519 share must be 32 bytes");
    for (const identity of identities) {
      const shared = x25519(identity.privateKey, share);
      if (shared === null) throw headerError("X25519 share is a low-order point");
      const fileKey = open6(x25519WrapKey(shared, share, identity.publicKey), stanza.body, "X25519");
      if (fileKey !== null) return fileKey;
    }
  }
  return null;
}
function scryptKey(passphrase, salt, logN) {
  const N = 2 ** logN;
  const r = 8;
  const p = 1;
  const maxmem = 128 * r * (N + p + 2) + 1024 * 1024;
  const fullSalt = Buffer.concat([Buffer.from(SCRYPT_LABEL, "latin1"), salt]);
  return new Promise((resolve6, reject) => {
    scrypt(passphrase, fullSalt, 32, { N, r, p, maxmem }, (error, key) => {
      if (error) reject(new IntegrityError("age: scrypt key derivation failed", { cause: error }));
      else resolve6(key);
    });
  });
}
async function wrapScrypt(fileKey, passphrase, logN) {
  const salt = randomBytes5(SCRYPT_SALT_SIZE);
  const body = seal(await scryptKey(passphrase, salt, logN), fileKey);
  return { type: "scrypt", args: [encodeBase64(salt), String(logN)], body };
}
async function unwrapScrypt(stanza, passphrase) {
  if (stanza.args.length !== 2) throw headerError("scrypt stanza must have exactly two arguments");
  const [saltText = "", logNText = ""] = stanza.args;
  const salt = decodeBase64(saltText, "scrypt salt");
  if (salt.length !== SCRYPT_SALT_SIZE) throw headerError("scrypt salt must be 16 bytes");
  if (!/^[1-9][0-9]{0,2}$/.test(logNText)) throw headerError("scrypt work factor is not a positive decimal number");
  const logN = Number(logNText);
  if (logN > MAX_SCRYPT_WORK_FACTOR) {
    throw headerError(`scrypt work factor ${logN} is above ${MAX_SCRYPT_WORK_FACTOR}, the most age accepts`);
  }
  if (stanza.body.length !== FILE_KEY_SIZE + TAG_SIZE2) throw headerError("scrypt stanza body has the wrong length");
  return open6(await scryptKey(passphrase, salt, logN), stanza.body, "scrypt");
}

// src/crypto/age-keyring.ts
function checkPassphrase(passphrase) {
  if (typeof passphrase !== "string" || passphrase.length === 0) throw new UsageError("the age passphrase is empty");
}
function encryptPlan(options) {
  if ("recipients" in options && "passphrase" in options)
    throw new UsageError("age: give either recipients or a passphrase, not both");
  if ("recipients" in options) {
    if (options.recipients.length === 0)
      throw new UsageError("age: no recipients to encrypt to", { hint: "give at least one age1... public key" });
    const problems = [];
    const recipients = [];
    for (const recipient of options.recipients) {
      try {
        recipients.push(parseRecipient(recipient));
      } catch (error) {
        problems.push(error instanceof UsageError ? error.message : String(error));
      }
    }
    if (problems.length > 0)
      throw new UsageError(problems, { hint: "use the 'public key' line that age-keygen printed" });
    return { kind: "x25519", recipients };
  }
  checkPassphrase(options.passphrase);
  const logN = options.workFactor ?? DEFAULT_SCRYPT_WORK_FACTOR;
  if (!Number.isInteger(logN) || logN < 1 || logN > MAX_SCRYPT_WORK_FACTOR) {
    throw new UsageError(
      `age: scrypt work factor must be an integer from 1 to ${MAX_SCRYPT_WORK_FACTOR} (got ${logN})`
    );
  }
  return { kind: "scrypt", passphrase: options.passphrase, logN };
}
function decryptPlan(options) {
  if ("identities" in options && "passphrase" in options)
    throw new UsageError("age: give either identities or a passphrase, not both");
  if ("identities" in options) {
    if (options.identities.length === 0)
      throw new UsageError("age: no identities to decrypt with", { hint: "give at least one AGE-SECRET-KEY-1... key" });
    const problems = [];
    const identities = [];
    options.identities.forEach((identity, index) => {
      try {
        identities.push(x25519Identity(x25519PrivateKey(parseIdentity(identity))));
      } catch (error) {
        problems.push(
          `identity ${index + 1}: ${error instanceof UsageError ? error.message : "not a valid age identity"}`
        );
      }
    });
    if (problems.length > 0)
      throw new UsageError(problems, { hint: "an age identity is an AGE-SECRET-KEY-1... line from age-keygen" });
    return { kind: "x25519", identities };
  }
  checkPassphrase(options.passphrase);
  return { kind: "scrypt", passphrase: options.passphrase };
}
async function beginEncryption(plan) {
  const fileKey = randomBytes6(FILE_KEY_SIZE);
  const stanzas = plan.kind === "x25519" ? plan.recipients.map((recipient) => wrapX25519(fileKey, recipient)) : [await wrapScrypt(fileKey, plan.passphrase, plan.logN)];
  const nonce = randomBytes6(PAYLOAD_NONCE_SIZE);
  const prologue = Buffer.concat([encodeHeader(stanzas, fileKey), nonce]);
  return { prologue, sealer: new PayloadSealer(payloadKey(fileKey, nonce)) };
}
var WRONG_KEY_HINT = "decrypt with the identity (or passphrase) the backup was encrypted with; check which key the backup's manifest names";
async function recoverFileKey(header, plan) {
  const scrypt2 = header.stanzas.filter((stanza) => stanza.type === "scrypt");
  if (scrypt2.length > 0 && header.stanzas.length !== 1)
    throw headerError("an scrypt stanza must be the only stanza in the header");
  let fileKey;
  if (plan.kind === "scrypt") {
    const [stanza] = scrypt2;
    if (stanza === void 0) {
      throw new IntegrityError(
        "age: no identity matches: the file is encrypted to public keys (age1...), not with a passphrase",
        { hint: WRONG_KEY_HINT }
      );
    }
    fileKey = await unwrapScrypt(stanza, plan.passphrase);
    if (fileKey === null)
      throw new IntegrityError("age: wrong passphrase: no identity matches the file's scrypt stanza", {
        hint: WRONG_KEY_HINT
      });
  } else {
    if (scrypt2.length > 0) {
      throw new IntegrityError(
        "age: no identity matches: the file is encrypted with a passphrase, not to public keys",
        { hint: WRONG_KEY_HINT }
      );
    }
    fileKey = unwrapX25519(header.stanzas, plan.identities);
    if (fileKey === null)
      throw new IntegrityError("age: no identity matches any of the file's recipients", { hint: WRONG_KEY_HINT });
  }
  verifyMac(fileKey, header);
  return fileKey;
}

// src/crypto/age-stream.ts
var HIGH_WATER_MARK = 1024 * 1024;
var TRUNCATED_HINT = "the backup is damaged or truncated; try another copy";
function sealQueued(queue, sealer, final, emit) {
  let whole = queue.length > 0 ? Math.floor((queue.length - 1) / CHUNK_SIZE) : 0;
  while (whole > 0 || final) {
    const count = Math.min(whole, BATCH_CHUNKS);
    whole -= count;
    const withLast = final && whole === 0;
    const lastSize = withLast ? queue.length - count * CHUNK_SIZE : 0;
    const out = Buffer.allocUnsafe(count * SEALED_CHUNK_SIZE + (withLast ? lastSize + TAG_SIZE : 0));
    let offset = 0;
    for (let i = 0; i < count; i++) offset += sealer.seal(queue.read(CHUNK_SIZE), false, out, offset);
    if (withLast) sealer.seal(queue.read(lastSize), true, out, offset);
    emit(out);
    if (withLast) return;
  }
}
function openQueued(queue, opener, final, emit) {
  let whole = queue.length > 0 ? Math.floor((queue.length - 1) / SEALED_CHUNK_SIZE) : 0;
  while (whole > 0) {
    const count = Math.min(whole, BATCH_CHUNKS);
    whole -= count;
    const out2 = Buffer.allocUnsafe(count * CHUNK_SIZE);
    for (let i = 0; i < count; i++) opener.open(queue.read(SEALED_CHUNK_SIZE), false, out2, i * CHUNK_SIZE);
    emit(out2);
  }
  if (!final) return;
  if (queue.length === 0) {
    throw new IntegrityError("age: the file ends before its first payload chunk: it is truncated", {
      hint: TRUNCATED_HINT
    });
  }
  const out = Buffer.allocUnsafe(Math.max(0, queue.length - TAG_SIZE));
  opener.open(queue.read(queue.length), true, out, 0);
  emit(out);
}
var AgeEncryptStream = class extends Transform2 {
  #plan;
  #queue = new ByteQueue();
  #sealer;
  #emit = (bytes) => {
    this.push(bytes);
  };
  constructor(plan) {
    super({ highWaterMark: HIGH_WATER_MARK });
    this.#plan = plan;
  }
  #seal(chunk, final, callback) {
    const sealer = this.#sealer;
    if (sealer === void 0) {
      beginEncryption(this.#plan).then(({ prologue, sealer: created }) => {
        if (this.destroyed) return;
        this.#sealer = created;
        this.push(prologue);
        this.#seal(chunk, final, callback);
      }, callback);
      return;
    }
    try {
      if (chunk !== void 0) this.#queue.push(chunk);
      sealQueued(this.#queue, sealer, final, this.#emit);
    } catch (error) {
      callback(error);
      return;
    }
    callback();
  }
  _transform(chunk, _encoding, callback) {
    this.#seal(chunk, false, callback);
  }
  _flush(callback) {
    this.#seal(void 0, true, callback);
  }
};
var AgeDecryptStream = class extends Transform2 {
  #plan;
  #queue = new ByteQueue();
  // Measured: 4 MiB of ciphertext per collection; every 1 MiB, the restore's read-ahead is promoted.
  #paceMemory = createMemoryPacer(4 * 2 ** 20);
  /** The header as it arrives (grown by doubling), until the MAC line is complete. */
  #head = Buffer.allocUnsafe(1024);
  #headLength = 0;
  #scanFrom = 0;
  #fileKey;
  #opener;
  #emit = (bytes) => {
    this.push(bytes);
  };
  constructor(plan) {
    super({ highWaterMark: HIGH_WATER_MARK });
    this.#plan = plan;
  }
  /** Appends to the header buffer; returns the header's length once it is complete. */
  #collectHeader(head, chunk) {
    let buffer = head;
    if (this.#headLength + chunk.length > buffer.length) {
      buffer = Buffer.allocUnsafe(Math.max(buffer.length * 2, this.#headLength + chunk.length));
      head.copy(buffer, 0, 0, this.#headLength);
      this.#head = buffer;
    }
    chunk.copy(buffer, this.#headLength);
    this.#headLength += chunk.length;
    const seen = buffer.subarray(0, this.#headLength);
    checkPrefix(seen);
    const found2 = findHeaderEnd(seen, this.#scanFrom);
    if ("end" in found2) return found2.end;
    this.#scanFrom = found2.resume;
    if (this.#headLength > MAX_HEADER_SIZE) throw headerError(`no MAC line within the first ${MAX_HEADER_SIZE} bytes`);
    return void 0;
  }
  #open(final) {
    let opener = this.#opener;
    if (opener === void 0) {
      const fileKey = this.#fileKey;
      if (fileKey === void 0 || this.#queue.length < PAYLOAD_NONCE_SIZE) {
        if (final)
          throw new IntegrityError("age: the file ends inside its header or payload nonce: it is truncated", {
            hint: TRUNCATED_HINT
          });
        return;
      }
      opener = new PayloadOpener(payloadKey(fileKey, Buffer.from(this.#queue.read(PAYLOAD_NONCE_SIZE))));
      this.#opener = opener;
      this.#fileKey = void 0;
    }
    openQueued(this.#queue, opener, final, this.#emit);
  }
  _transform(chunk, _encoding, callback) {
    this.#paceMemory(chunk.length);
    try {
      const head = this.#head;
      if (head === void 0) {
        this.#queue.push(chunk);
        this.#open(false);
        callback();
        return;
      }
      const end = this.#collectHeader(head, chunk);
      if (end === void 0) {
        callback();
        return;
      }
      const complete = this.#head;
      const header = parseHeader(complete.subarray(0, end));
      this.#queue.push(complete.subarray(end, this.#headLength));
      this.#head = void 0;
      recoverFileKey(header, this.#plan).then((fileKey) => {
        if (this.destroyed) return;
        this.#fileKey = fileKey;
        try {
          this.#open(false);
        } catch (error) {
          callback(error);
          return;
        }
        callback();
      }, callback);
    } catch (error) {
      callback(error);
    }
  }
  _flush(callback) {
    try {
      if (this.#head !== void 0) {
        if (this.#headLength < VERSION_LINE.length) checkPrefix(this.#head.subarray(0, this.#headLength));
        throw new IntegrityError(
          this.#headLength === 0 ? "age: the encrypted file is empty" : "age: the file ends inside its header: it is truncated",
          { hint: TRUNCATED_HINT }
        );
      }
      this.#open(true);
    } catch (error) {
      callback(error);
      return;
    }
    callback();
  }
};
function createEncryptStream(options) {
  return new AgeEncryptStream(encryptPlan(options));
}
function createDecryptStream(options) {
  return new AgeDecryptStream(decryptPlan(options));
}
async function encryptBuffer(data, options) {
  const plan = encryptPlan(options);
  const { prologue, sealer } = await beginEncryption(plan);
  const chunks = Math.max(1, Math.ceil(data.length / CHUNK_SIZE));
  const out = Buffer.allocUnsafe(prologue.length + data.length + chunks * TAG_SIZE);
  prologue.copy(out);
  const input = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let offset = prologue.length;
  for (let i = 0; i < chunks; i++) {
    offset += sealer.seal(input.subarray(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE), i === chunks - 1, out, offset);
  }
  return out;
}
async function decryptBuffer(data, options) {
  const plan = decryptPlan(options);
  const input = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (input.length === 0) throw new IntegrityError("age: the encrypted file is empty", { hint: TRUNCATED_HINT });
  checkPrefix(input);
  const found2 = findHeaderEnd(input.subarray(0, MAX_HEADER_SIZE + 1));
  if (!("end" in found2)) {
    if (input.length > MAX_HEADER_SIZE) throw headerError(`no MAC line within the first ${MAX_HEADER_SIZE} bytes`);
    throw new IntegrityError("age: the file ends inside its header: it is truncated", { hint: TRUNCATED_HINT });
  }
  const fileKey = await recoverFileKey(parseHeader(input.subarray(0, found2.end)), plan);
  if (input.length < found2.end + PAYLOAD_NONCE_SIZE) {
    throw new IntegrityError("age: the file ends inside its payload nonce: it is truncated", { hint: TRUNCATED_HINT });
  }
  const opener = new PayloadOpener(payloadKey(fileKey, input.subarray(found2.end, found2.end + PAYLOAD_NONCE_SIZE)));
  const payload = input.subarray(found2.end + PAYLOAD_NONCE_SIZE);
  if (payload.length === 0)
    throw new IntegrityError("age: the file ends before its first payload chunk: it is truncated", {
      hint: TRUNCATED_HINT
    });
  const chunks = Math.ceil(payload.length / SEALED_CHUNK_SIZE);
  const out = Buffer.allocUnsafe(Math.max(0, payload.length - chunks * TAG_SIZE));
  let offset = 0;
  for (let i = 0; i < chunks; i++) {
    offset += opener.open(
      payload.subarray(i * SEALED_CHUNK_SIZE, (i + 1) * SEALED_CHUNK_SIZE),
      i === chunks - 1,
      out,
      offset
    );
  }
  return out;
}

// src/stages/encrypt.ts
function encryptStage(config) {
  if (config.mode === "none") return void 0;
  return createEncryptStream(
    config.mode === "recipients" ? { recipients: config.recipients } : { passphrase: config.passphrase }
  );
}
function encryptionInfo(config) {
  if (config.mode === "recipients") return { type: "age", mode: "recipients", recipients: [...config.recipients] };
  if (config.mode === "passphrase") return { type: "age", mode: "passphrase" };
  return { type: "none" };
}
function decryptStage(info, config, backupId) {
  if (info.type === "none") return void 0;
  return createDecryptStream(decryptOptions(info, config, backupId));
}
async function sealJson(value, config) {
  if (config.mode === "none") throw new Error("nothing to seal with");
  const data = Buffer.from(JSON.stringify(value));
  const options = config.mode === "recipients" ? { recipients: config.recipients } : { passphrase: config.passphrase };
  return (await encryptBuffer(data, options)).toString("base64");
}
async function unsealJson(sealed, info, config, backupId) {
  const plain = await decryptBuffer(Buffer.from(sealed, "base64"), decryptOptions(info, config, backupId));
  return JSON.parse(plain.toString("utf8"));
}
function decryptOptions(info, config, backupId) {
  if (config.mode === "identities") return { identities: config.identities };
  if (config.mode === "passphrase") return { passphrase: config.passphrase };
  const needs = info.type === "age" && info.mode === "recipients" ? `--identity with the secret key of one of: ${info.recipients.join(", ")}` : "--passphrase-env with the backup's passphrase";
  throw new IntegrityError(`backup ${backupId} is encrypted and no key was given`, { hint: `give ${needs}` });
}

// src/stages/meter.ts
import { Transform as Transform3 } from "node:stream";
var PASS_THROUGH_BUFFER2 = 64 * 1024;
function createMeterStream() {
  let count = 0;
  const stream = new Transform3({
    // Pass-through: holding one chunk on each side is enough; more is memory for nothing.
    readableHighWaterMark: PASS_THROUGH_BUFFER2,
    writableHighWaterMark: PASS_THROUGH_BUFFER2,
    transform(chunk, _encoding, callback) {
      count += chunk.length;
      callback(null, chunk);
    }
  });
  stream.bytes = () => count;
  return stream;
}

// src/stages/rechunk.ts
import { Transform as Transform4 } from "node:stream";
var DEFAULT_CHUNK_BYTES = 1 << 20;
function createRechunkStream(size = DEFAULT_CHUNK_BYTES) {
  let pending = [];
  let pendingBytes = 0;
  return new Transform4({
    readableHighWaterMark: size,
    writableHighWaterMark: size,
    transform(chunk, _encoding, callback) {
      if (pendingBytes === 0 && chunk.length >= size) {
        callback(null, chunk);
        return;
      }
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= size) {
        const joined = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        callback(null, joined);
      } else callback();
    },
    flush(callback) {
      callback(null, pendingBytes > 0 ? Buffer.concat(pending, pendingBytes) : void 0);
    }
  });
}

// src/stages/zstd-tool.ts
import { spawn } from "node:child_process";
import { readFileSync as readFileSync3 } from "node:fs";
import { availableParallelism as availableParallelism3 } from "node:os";
var PROBE_INPUT = "strongroom";
var COUNTS = /\(\s*(\d+) B =>\s*(\d+) B/;
var found = /* @__PURE__ */ new Map();
function findZstdTool(env) {
  if (env.STRONGROOM_ZSTD === "node") return Promise.resolve(void 0);
  const key = env.PATH ?? "";
  let tool = found.get(key);
  if (!tool) {
    tool = probeZstd(env);
    found.set(key, tool);
  }
  return tool;
}
async function probeZstd(env) {
  const report = await new Promise((resolve6) => {
    const child = spawn("zstd", ["-vv", "-c"], {
      env: childEnv(env),
      stdio: ["pipe", "ignore", "pipe"],
      timeout: 5e3
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text) => {
      stderr += text;
    });
    child.once("error", () => resolve6(void 0));
    child.once("close", (code) => resolve6(code === 0 ? stderr : void 0));
    child.stdin.on("error", () => {
    });
    child.stdin.end(PROBE_INPUT);
  });
  if (report === void 0) return void 0;
  return { path: "zstd", reportsCounts: zstdInputBytes(report) === PROBE_INPUT.length };
}
function zstdCompressArgs(level, verbose, threads = availableParallelism3()) {
  return [verbose ? "-vv" : "-q", "-c", `-${level}`, "--check", `-T${threads}`];
}
function zstdInputBytes(stderr) {
  const match = COUNTS.exec(stderr);
  return match ? Number(match[1]) : void 0;
}
function bytesReadBy(pid) {
  if (pid === void 0) return void 0;
  try {
    const match = /^rchar:\s*(\d+)/m.exec(readFileSync3(`/proc/${pid}/io`, "utf8"));
    return match ? Number(match[1]) : void 0;
  } catch {
    return void 0;
  }
}

// src/stages/encode.ts
async function startEncoding(source, options) {
  options.signal.throwIfAborted();
  const output = createDigestStream();
  const encrypt = encryptStage(options.encryption);
  const tail = encrypt ? [encrypt, output] : [output];
  const zstdTool = options.compression === "zstd" ? await findZstdTool(options.env) : void 0;
  if (!zstdTool) return encodeInNode(source.stream, tail, output, options);
  const handover = source.tool?.child.stdout;
  const untouched = handover && !handover.destroyed && handover.readableLength === 0;
  const direct = zstdTool.reportsCounts && untouched ? source.tool : void 0;
  const level = options.level ?? DEFAULT_LEVEL.zstd;
  const zstd = spawnStage(zstdTool.path, zstdCompressArgs(level, direct !== void 0), {
    stdin: direct?.child.stdout ?? "pipe",
    signal: options.signal,
    makeError: (detail) => new StrongroomError(`zstd failed: ${detail}`)
  });
  let plain;
  let feeding;
  if (direct) {
    source.stream.destroy();
    feeding = direct.exited;
    let seen = 0;
    plain = {
      bytes: () => {
        const exact = zstd.child.exitCode === 0 ? zstdInputBytes(zstd.stderrTail()) : void 0;
        seen = exact ?? Math.max(seen, bytesReadBy(zstd.child.pid) ?? 0);
        return seen;
      }
    };
  } else {
    const meter = createMeterStream();
    plain = meter;
    feeding = pipeline3([source.stream, meter, stdinSink(zstd)], { signal: options.signal });
  }
  const draining = pipeline3([outputOf(zstd, direct ? [direct.exited] : []), ...tail], { signal: options.signal });
  feeding.catch((error) => {
    zstd.child.kill("SIGKILL");
    output.destroy(error);
  });
  draining.catch((error) => {
    zstd.child.kill("SIGKILL");
    source.stream.destroy(error);
    source.tool?.child.kill("SIGKILL");
  });
  const done = allSettled([feeding, draining, zstd.exited, ...source.tool ? [source.tool.exited] : []]);
  return encodingOf({ source: source.stream, output, plain, done }, [zstd, source.tool]);
}
async function allSettled(promises) {
  let first;
  for (const promise of promises) promise.catch((error) => first ??= { error });
  await Promise.allSettled(promises);
  if (first) throw first.error;
}
function encodeInNode(source, tail, output, options) {
  const plain = createMeterStream();
  const compress = createCompressStream(options.compression, options.level);
  const stages = [plain, createRechunkStream(), ...compress ? [compress] : [], ...tail];
  const done = pipeline3([source, ...stages], { signal: options.signal });
  return encodingOf({ source, output, plain, done }, []);
}
function encodingOf(parts, tools) {
  const { source, output, plain, done } = parts;
  done.catch(() => {
  });
  return {
    output,
    plain,
    done,
    abort: (error) => {
      for (const tool of tools) tool?.child.kill("SIGKILL");
      output.destroy(error);
      source.destroy(error);
    }
  };
}

// src/version.ts
var VERSION = "0.1.0";

// src/commands/backup-outcome.ts
import { hostname as hostname2 } from "node:os";

// src/catalog/failure-record.ts
import { createHash as createHash2 } from "node:crypto";

// src/catalog/catalog.ts
import { Readable } from "node:stream";

// src/catalog/ownership.ts
var CLOCK_SKEW_MS = 10 * 6e4;
function entryProblem(manifest, now) {
  if (!isBackupId(manifest.id)) return `has an invalid backup id '${manifest.id}'`;
  if (!isObjectName(manifest.object) || !manifest.object.startsWith(`${manifest.id}.`))
    return `names an object it does not own ('${manifest.object}'): a manifest's object starts with its own id`;
  const created = Date.parse(manifest.createdAt);
  if (created > now.getTime() + CLOCK_SKEW_MS)
    return `is dated in the future (${manifest.createdAt}): the clock that wrote it was wrong or the manifest was altered`;
  const idTime = timeOfBackupId(manifest.id)?.getTime();
  if (idTime !== void 0 && idTime > now.getTime() + CLOCK_SKEW_MS)
    return `has an id dated in the future (${manifest.id})`;
  return void 0;
}

// src/catalog/verification.ts
var RECORD = /^(.+)\.verify-(\d{8}T\d{9}Z)\.json$/;
function verificationName(id, at) {
  return `${id}.verify-${at.toISOString().replace(/[-:]/g, "").replace(".", "")}.json`;
}
function parseVerificationName(name) {
  const match = RECORD.exec(name);
  return match ? { id: match[1], stamp: match[2] } : void 0;
}
function companionNames(id, names) {
  const out = [manifestName(id)];
  for (const name of names) if (parseVerificationName(name)?.id === id) out.push(name);
  return out;
}

// src/catalog/catalog.ts
var MAX_SMALL_OBJECT = 16 << 20;
var READ_CONCURRENCY = 8;
async function readSmallObject(destination, name) {
  const stream = await destination.get(name);
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_SMALL_OBJECT) {
      stream.destroy();
      throw new IntegrityError(`${name} in ${destination.display} is larger than ${MAX_SMALL_OBJECT} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function writeJsonObject(destination, name, value) {
  const body = Buffer.from(`${JSON.stringify(value, null, 2)}
`);
  const open8 = () => Readable.from([body]);
  const replayable = destination;
  if (replayable.putReplayable) await replayable.putReplayable(name, open8, { size: body.length });
  else await destination.put(name, open8(), { size: body.length });
}
async function readCatalog(destination, now = /* @__PURE__ */ new Date()) {
  const objects = [];
  for await (const info of destination.list()) objects.push(info);
  const byName = new Map(objects.map((o) => [o.name, o]));
  const manifestNames = objects.filter((o) => o.name.endsWith(MANIFEST_SUFFIX)).map((o) => o.name);
  const backups = [];
  const unreadable = [];
  let next = 0;
  const worker = async () => {
    while (next < manifestNames.length) {
      const name = manifestNames[next++];
      try {
        const manifest = parseManifest(await readSmallObject(destination, name), name);
        if (manifestName(manifest.id) !== name) throw new Error(`${name} describes another backup (${manifest.id})`);
        const problem = entryProblem(manifest, now);
        if (problem) throw new Error(`${name} ${problem}`);
        const verification = await latestVerification(destination, manifest.id, objects);
        backups.push({ manifest, object: byName.get(manifest.object), ...verification ? { verification } : {} });
      } catch (error) {
        if (isNotFound(error)) continue;
        unreadable.push({ name, reason: error.message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, manifestNames.length) }, worker));
  backups.sort(
    (a, b) => a.manifest.createdAt < b.manifest.createdAt ? 1 : a.manifest.createdAt > b.manifest.createdAt ? -1 : b.manifest.id.localeCompare(a.manifest.id)
  );
  return { backups, objects, unreadable };
}
async function latestVerification(destination, id, objects) {
  let newest;
  for (const object of objects) {
    const parsed = parseVerificationName(object.name);
    if (parsed?.id === id && (!newest || parsed.stamp > newest.stamp))
      newest = { name: object.name, stamp: parsed.stamp };
  }
  if (!newest) return void 0;
  try {
    const record2 = JSON.parse(await readSmallObject(destination, newest.name));
    return record2.strongroomVerification === 1 && record2.id === id ? record2 : void 0;
  } catch {
    return void 0;
  }
}

// src/catalog/failure-record.ts
var FAILURE_RECORD_PREFIX = "strongroom-failure.";
var MAX_REASON = 300;
function failureRecordName(sourceKey) {
  const database = slug(sourceKey.replace(/\/+$/, "").split("/").pop() ?? "");
  const hash = createHash2("sha256").update(sourceKey).digest("hex").slice(0, 16);
  return `${FAILURE_RECORD_PREFIX}${database}-${hash}.json`;
}
function isFailureRecordName(name) {
  return name.startsWith(FAILURE_RECORD_PREFIX) && name.endsWith(".json");
}
function shortReason(error, redact) {
  const line = redact(messageOf(error)).split(/\r?\n/).map((l) => l.trim()).find((l) => l !== "");
  const clean = (line ?? "failed").replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1");
  return clean.length <= MAX_REASON ? clean : `${clean.slice(0, MAX_REASON - 1)}\u2026`;
}
async function writeFailureRecord(destination, record2) {
  await writeJsonObject(destination, failureRecordName(record2.sourceKey), record2);
}
async function readFailureRecord(destination, sourceKey) {
  let text;
  try {
    text = await readSmallObject(destination, failureRecordName(sourceKey));
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
  }
  const known = {};
  for (const field of ["failedAt", "stage", "reason", "runUrl"]) {
    const item = value && typeof value === "object" ? value[field] : void 0;
    if (typeof item === "string" && item.length <= MAX_REASON * 2) known[field] = item;
  }
  return { sourceKey, ...known };
}
async function removeFailureRecord(destination, sourceKey) {
  try {
    await destination.remove(failureRecordName(sourceKey));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

// src/commands/backup-outcome.ts
function sourceKeyOf(source) {
  if (source.kind === "postgres")
    return `postgres://${source.target.host}:${source.target.port}/${source.target.database}`;
  if (source.kind === "sqlite") return `sqlite://${hostname2()}${source.path}`;
  const { projectUrl, databaseUrl } = source.options;
  let project = projectRef(projectUrl);
  if (!project) {
    try {
      project = new URL(projectUrl).host;
    } catch {
      project = projectUrl;
    }
  }
  let database = "postgres";
  try {
    database = parsePostgresUrl(databaseUrl).database;
  } catch {
  }
  return `supabase://${project}/${database}`;
}
async function recordFailure(destinations, failed, log, env) {
  const runUrl = runUrlFromEnv(env);
  const record2 = {
    strongroomFailure: 1,
    sourceKey: failed.sourceKey,
    command: "backup",
    failedAt: failed.at.toISOString(),
    stage: failed.stage,
    reason: shortReason(failed.error, (text) => log.redactor.redact(text)),
    ...runUrl ? { runUrl } : {}
  };
  await Promise.all(
    destinations.map(async (destination) => {
      try {
        await writeFailureRecord(destination, record2);
      } catch (error) {
        log.warn(`${destination.display}: could not record the failure for the next run: ${messageOf(error)}`);
      }
    })
  );
}
async function takeFailureRecord(destinations, sourceKey, log) {
  const found2 = await Promise.all(
    destinations.map(async (destination) => {
      try {
        const record2 = await readFailureRecord(destination, sourceKey);
        if (record2) await removeFailureRecord(destination, sourceKey);
        return record2;
      } catch (error) {
        log.warn(`${destination.display}: could not read or clear the last failure record: ${messageOf(error)}`);
        return void 0;
      }
    })
  );
  const records = found2.filter((r) => r !== void 0);
  records.sort((a, b) => (b.failedAt ?? "").localeCompare(a.failedAt ?? ""));
  return records[0];
}

// src/run-context.ts
function addSecretTo(context) {
  return (secret) => context.log.redactor.add(secret);
}
function openContext(context) {
  return {
    env: context.env,
    addSecret: addSecretTo(context),
    onRetry: (message) => context.log.warn(message),
    onInfo: (message) => context.log.info(message),
    onWarning: (message) => context.log.warn(message)
  };
}

// src/commands/backup-store.ts
import { rm as rm6 } from "node:fs/promises";
import { dirname as dirname4, join as join7 } from "node:path";
import { pipeline as pipeline4 } from "node:stream/promises";

// src/stages/progress.ts
function startProgress(sources, report, options = {}) {
  const started = Date.now();
  const timer = setInterval(() => {
    const seconds = (Date.now() - started) / 1e3;
    const first = sources[0]?.bytes() ?? 0;
    const parts = sources.map((s) => `${s.label} ${formatBytes(s.bytes())}`);
    const rate = first / Math.max(seconds, 1e-3);
    parts.push(`${formatBytes(rate)}/s`);
    if (options.totalBytes && rate > 0 && first < options.totalBytes) {
      parts.push(`about ${formatMs(Math.ceil((options.totalBytes - first) / rate) * 1e3)} left`);
    }
    report(parts.join(", "));
  }, options.intervalMs ?? 5e3);
  timer.unref();
  return () => clearInterval(timer);
}

// src/commands/backup-store.ts
async function spoolThenStore(destinations, encoder, session, run, stopProgress) {
  const { object, stored, results, progress } = run;
  const { log, signal } = run.context;
  const digest = encoder.output;
  const spoolDir = await makeScratchFolder("spool");
  try {
    const spool = join7(spoolDir, object);
    let spoolFull;
    await log.group(
      "Dump, compress and encrypt",
      () => Promise.all([
        encoder.done,
        pipeline4([digest, privateWriteStream(spool)], { signal }).catch((error) => {
          if (isDiskFull(error)) spoolFull = error;
          throw error;
        })
      ])
    ).catch((error) => {
      if (spoolFull === void 0) throw error;
      const tables = session.estimatedBytes ? ` (its tables hold about ${formatBytes(session.estimatedBytes)} before compression)` : "";
      throw scratchError(
        dirname4(spoolDir),
        spoolFull,
        `it filled after ${formatBytes(digest.bytes())}; with several destinations the whole backup is spooled there before the uploads${tables}`
      );
    });
    stopProgress();
    progress.stage = "store";
    await log.group("Store", async () => {
      const settled = await Promise.allSettled(
        destinations.map(async (destination) => {
          try {
            await putFile(destination, object, spool, { signal });
            stored.push(destination);
            results.push({ destination: destination.display, ok: true });
          } catch (error) {
            if (signal.aborted) throw error;
            log.warn(`${destination.display}: ${messageOf(error)}`);
            results.push({ destination: destination.display, ok: false, error: messageOf(error) });
          }
        })
      );
      const aborted = settled.find((s) => s.status === "rejected");
      if (aborted) throw aborted.reason;
    });
  } finally {
    await rm6(spoolDir, { recursive: true, force: true });
  }
}
async function storeEncoded(destinations, encoder, session, run) {
  const { log } = run.context;
  const { plain, output: digest } = encoder;
  const stopProgress = startProgress(
    [
      { label: "dumped", bytes: () => plain.bytes() },
      { label: "stored", bytes: () => digest.bytes() }
    ],
    (line) => log.progress(line),
    session.estimatedBytes ? { totalBytes: session.estimatedBytes } : {}
  );
  try {
    if (destinations.length === 1) await streamToOnly(destinations[0], encoder, run);
    else await spoolThenStore(destinations, encoder, session, run, stopProgress);
  } finally {
    stopProgress();
  }
}
async function streamToOnly(only, encoder, run) {
  const { log, signal } = run.context;
  await log.group(
    `Dump, compress, encrypt and store in ${only.display}`,
    () => Promise.all([
      encoder.done,
      // Counted as stored the moment it is, so a late failure elsewhere removes it again.
      only.put(run.object, encoder.output, { signal }).then(() => void run.stored.push(only))
    ])
  );
  run.results.push({ destination: only.display, ok: true });
}
async function publishManifests(stored, results, object, manifest) {
  const id = manifest.id;
  for (const destination of [...stored]) {
    try {
      await writeJsonObject(destination, manifestName(id), manifest);
    } catch (error) {
      stored.splice(stored.indexOf(destination), 1);
      await destination.remove(object).catch(() => {
      });
      const result = results.find((r) => r.destination === destination.display);
      if (result) Object.assign(result, { ok: false, error: messageOf(error) });
    }
  }
}

// src/commands/backup.ts
async function runBackup(config, context) {
  const opening = await Promise.allSettled(
    config.destinations.map(
      (spec) => openDestination(spec, { ...openContext(context), retentionDays: config.retentionDays })
    )
  );
  const destinations = opening.flatMap((o) => o.status === "fulfilled" ? [o.value] : []);
  const sourceKey = sourceKeyOf(config.source);
  const progress = { stage: "open-destinations" };
  try {
    const unopened = opening.find((o) => o.status === "rejected");
    if (unopened) throw unopened.reason;
    const result = await storeBackup(config, context, destinations, progress);
    const previousFailure = await takeFailureRecord(destinations, sourceKey, context.log);
    return previousFailure ? { ...result, previousFailure } : result;
  } catch (error) {
    const failed = { sourceKey, stage: progress.stage, error, at: /* @__PURE__ */ new Date() };
    if (!context.signal.aborted) await recordFailure(destinations, failed, context.log, context.env);
    throw error;
  }
}
async function storeBackup(config, context, destinations, progress) {
  const { log, signal } = context;
  const started = /* @__PURE__ */ new Date();
  progress.stage = "connect";
  if (config.compression === "zstd") findZstdTool(context.env).catch(() => {
  });
  const session = await log.group(`Connect to ${sourceDisplay2(config)}`, () => openSource(config, context));
  progress.stage = destinations.length === 1 ? "dump-and-store" : "dump";
  log.info(session.describe);
  if (config.jobsChoice) log.info(config.jobsChoice);
  const id = newBackupId(session.name, started);
  const object = objectName(id, session.format, config.compression, config.encryption.mode !== "none");
  const stored = [];
  let encoding;
  try {
    const encoder = await startEncoding(session, {
      compression: config.compression,
      level: config.level,
      encryption: config.encryption,
      signal,
      env: context.env
    });
    encoding = encoder;
    const results = [];
    await storeEncoded(destinations, encoder, session, { object, stored, results, context, progress });
    progress.stage = "manifest";
    const contents = await session.contents();
    await session.close();
    const manifest = await buildManifest(config, session, {
      id,
      object,
      started,
      digest: encoder.output.result(),
      plainSize: encoder.plain.bytes(),
      contents
    });
    await publishManifests(stored, results, object, manifest);
    const result = { manifest, destinations: results };
    assertStoredEverywhere(result, stored.length, destinations.length);
    return result;
  } catch (error) {
    encoding?.abort(error instanceof Error ? error : new Error(String(error)));
    if (!(error instanceof PartialError)) {
      for (const destination of stored) await destination.remove(object).catch(() => {
      });
    }
    throw error;
  } finally {
    await session.close();
  }
}
function assertStoredEverywhere(result, storedIn, wanted) {
  const failed = result.destinations.filter((r) => !r.ok);
  if (storedIn === 0) {
    throw new DestinationError(
      `the backup could not be stored: ${failed.map((f) => `${f.destination}: ${f.error}`).join("; ")}`
    );
  }
  if (failed.length) {
    throw Object.assign(
      new PartialError(`backup ${result.manifest.id} was stored in ${storedIn} of ${wanted} destinations`, {
        hint: `failed: ${failed.map((f) => `${f.destination} (${f.error})`).join("; ")}`
      }),
      { result }
    );
  }
}
function sourceDisplay2(config) {
  const source = config.source;
  if (source.kind === "postgres") return source.target.display;
  if (source.kind === "sqlite") return source.path;
  return `Supabase ${displayUrl(source.options.projectUrl)}`;
}
async function openSource(config, context) {
  const source = config.source;
  if (source.kind === "sqlite") return startSqliteDump(source.path, { vacuum: source.vacuum }, context);
  if (source.kind === "supabase")
    return (await import("./supabase-YYCK7DFL.js")).startSupabaseDump(
      { ...source.options, ...config.pgBin ? { pgBin: config.pgBin } : {} },
      context
    );
  return startPostgresSession(
    {
      target: source.target,
      format: config.format,
      uncompressed: config.compression !== "none",
      rowCounts: config.rowCounts,
      jobs: config.jobs,
      pgBin: config.pgBin
    },
    context
  );
}
async function buildManifest(config, session, facts) {
  const completed = /* @__PURE__ */ new Date();
  const sealed = config.encryption.mode === "none" ? void 0 : await sealJson(facts.contents, config.encryption);
  return {
    strongroom: MANIFEST_VERSION,
    id: facts.id,
    createdAt: facts.started.toISOString(),
    completedAt: completed.toISOString(),
    durationMs: completed.getTime() - facts.started.getTime(),
    tool: { name: "strongroom", version: VERSION },
    source: session.source,
    object: facts.object,
    size: facts.digest.size,
    sha256: facts.digest.sha256,
    plainSize: facts.plainSize,
    format: session.format,
    compression: config.compression === "none" ? { algorithm: "none" } : { algorithm: config.compression, level: config.level ?? (config.compression === "zstd" ? 3 : 6) },
    encryption: encryptionInfo(config.encryption),
    ...session.facts,
    ...sealed === void 0 ? { contents: facts.contents } : { sealedContents: sealed }
  };
}

// src/commands/check.ts
function age(ms) {
  return formatDuration(Math.max(6e4, Math.round(ms / 6e4) * 6e4));
}
async function runCheck(config, context, now = /* @__PURE__ */ new Date()) {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination, now);
  for (const bad of catalog.unreadable)
    context.log.warn(`${destination.display}: damaged entry ${bad.name} (not counted): ${bad.reason}`);
  const complete = catalog.backups.filter((b) => b.object?.size === b.manifest.size);
  const problems = [];
  const totalSize = catalog.objects.reduce((sum, o) => sum + o.size, 0);
  const newestEntry = complete[0];
  const newest = newestEntry && {
    id: newestEntry.manifest.id,
    createdAt: newestEntry.manifest.createdAt,
    ageMs: now.getTime() - Date.parse(newestEntry.manifest.createdAt)
  };
  const verifiedEntry = complete.filter((b) => b.verification?.ok).sort((a, b) => Date.parse(b.manifest.createdAt) - Date.parse(a.manifest.createdAt))[0];
  const newestVerified = verifiedEntry?.verification && {
    id: verifiedEntry.manifest.id,
    verifiedAt: verifiedEntry.verification.verifiedAt,
    ageMs: now.getTime() - Date.parse(verifiedEntry.manifest.createdAt)
  };
  if (!newest) problems.push(`no complete backup in ${destination.display}`);
  if (newest && config.maxAgeMs !== void 0 && newest.ageMs > config.maxAgeMs) {
    problems.push(
      `the newest backup (${newest.id}) is ${age(newest.ageMs)} old, more than the ${formatDuration(config.maxAgeMs)} allowed`
    );
  }
  if (config.maxUnverifiedAgeMs !== void 0) {
    if (!newestVerified) problems.push("no backup has passed verification");
    else if (newestVerified.ageMs > config.maxUnverifiedAgeMs) {
      problems.push(
        `the newest verified backup (${newestVerified.id}) is ${age(newestVerified.ageMs)} old, more than the ${formatDuration(config.maxUnverifiedAgeMs)} allowed`
      );
    }
  }
  if (config.minCount !== void 0 && complete.length < config.minCount) {
    problems.push(`${complete.length} complete backups, fewer than the ${config.minCount} required`);
  }
  if (config.maxTotalSize !== void 0 && totalSize > config.maxTotalSize) {
    problems.push(
      `the destination holds ${formatBytes(totalSize)}, more than the ${formatBytes(config.maxTotalSize)} allowed`
    );
  }
  const result = {
    destination: destination.display,
    ok: problems.length === 0,
    problems,
    count: complete.length,
    ...newest ? { newest } : {},
    ...newestVerified ? { newestVerified } : {},
    totalSize
  };
  if (problems.length) {
    throw Object.assign(
      new CheckFailedError(`check failed for ${destination.display}: ${problems.join("; ")}`, {
        hint: "look at the backup workflow's recent runs: scheduled runs can be delayed, dropped, or disabled after 60 days without repository activity"
      }),
      { result }
    );
  }
  return result;
}

// src/catalog/select.ts
function matchesSource(source, wanted) {
  if (wanted === source.key || wanted === source.display) return true;
  try {
    const url = new URL(wanted);
    if (!/^postgres(ql)?:$/.test(url.protocol)) return false;
    const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
    return source.key === `postgres://${url.hostname}:${url.port || "5432"}/${database}`;
  } catch {
    return false;
  }
}
function createdTime(entry) {
  return Date.parse(entry.manifest.createdAt);
}
function isComplete(entry) {
  return entry.object !== void 0 && entry.object.size === entry.manifest.size;
}
function chooseBackup(catalog, selector, display) {
  if (selector.backup !== "latest") assertIdShape(selector.backup);
  const bySource = selector.source ? catalog.backups.filter((b) => matchesSource(b.manifest.source, selector.source)) : catalog.backups;
  if (catalog.backups.length === 0) {
    throw new NotFoundError(`no backups found in ${display}`, {
      hint: "check the destination, or run `strongroom backup` first"
    });
  }
  if (bySource.length === 0) {
    throw new NotFoundError(`no backups of source '${selector.source}' in ${display}`, {
      hint: `sources there: ${sourcesOf(catalog.backups).join(", ")}`
    });
  }
  if (selector.backup !== "latest") return byId(bySource, selector.backup, display);
  const at = selector.at?.getTime() ?? Number.POSITIVE_INFINITY;
  const candidates = bySource.filter((b) => (selector.at ? isComplete(b) : true) && createdTime(b) <= at);
  const newestPerSource = /* @__PURE__ */ new Map();
  for (const entry of candidates) {
    const key = entry.manifest.source.key;
    const current = newestPerSource.get(key);
    if (!current || createdTime(entry) > createdTime(current)) newestPerSource.set(key, entry);
  }
  if (newestPerSource.size > 1) {
    const lines = [...newestPerSource.values()].map(
      (e) => `  ${e.manifest.source.key}  (newest: ${e.manifest.id}, ${e.manifest.createdAt})`
    );
    throw new UsageError(`${display} holds backups of ${newestPerSource.size} sources:
${lines.join("\n")}`, {
      hint: "choose one with --source <key> (or pass --backup <id>)"
    });
  }
  const [chosen] = newestPerSource.values();
  if (!chosen) {
    const complete = bySource.filter(isComplete).sort((a, b) => createdTime(a) - createdTime(b));
    if (selector.at && complete[0]) {
      throw new NotFoundError(
        `no complete backup in ${display} was taken at or before ${selector.at.toISOString()}: the first is ${complete[0].manifest.id} (${complete[0].manifest.createdAt})`,
        { hint: "pick a later --at, or run `strongroom list --from \u2026` to see what exists" }
      );
    }
    throw new NotFoundError(`no complete backup in ${display}: every listed backup lacks its data object`, {
      hint: "run `strongroom list --from \u2026` and `strongroom verify`"
    });
  }
  return chosen;
}
function isIdShaped(id) {
  return /^[A-Za-z0-9_-]+$/.test(id);
}
function assertIdShape(id) {
  if (!isIdShaped(id))
    throw new UsageError(`'${id}' is not a backup id: ids hold only letters, digits, '-' and '_'`, {
      hint: "run `strongroom list --from \u2026` to see the ids, or pass latest"
    });
}
function byId(entries, id, display) {
  const exact = entries.find((b) => b.manifest.id === id);
  if (exact) return exact;
  const matches = entries.filter((b) => b.manifest.id.startsWith(id));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1)
    throw new UsageError(`backup id '${id}' is ambiguous in ${display}: ${matches.length} backups match`);
  throw new NotFoundError(`backup '${id}' not found in ${display}`, {
    hint: "run `strongroom list --from \u2026` to see the ids"
  });
}
function sourcesOf(entries) {
  return [...new Set(entries.map((e) => e.manifest.source.key))];
}

// src/commands/list.ts
function listedBackup(manifest, objectSize, verification) {
  return {
    id: manifest.id,
    createdAt: manifest.createdAt,
    size: manifest.size,
    sha256: manifest.sha256,
    object: manifest.object,
    compression: manifest.compression.algorithm,
    encryption: manifest.encryption.type === "none" ? "none" : `age-${manifest.encryption.mode}`,
    recipients: manifest.encryption.type === "age" && manifest.encryption.mode === "recipients" ? [...manifest.encryption.recipients] : [],
    format: manifest.format,
    source: manifest.source.display,
    database: manifest.source.database,
    plainSize: manifest.plainSize,
    durationMs: manifest.durationMs,
    objectPresent: objectSize === manifest.size,
    verified: verification ? verification.ok ? "passed" : "failed" : null,
    verifiedAt: verification?.verifiedAt ?? null,
    verifiedLevel: verification?.level ?? null
  };
}
async function runList(config, context) {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  for (const bad of catalog.unreadable)
    context.log.warn(`${destination.display}: damaged entry ${bad.name} (not a backup, not listed): ${bad.reason}`);
  const backups = config.source ? catalog.backups.filter((entry) => matchesSource(entry.manifest.source, config.source)) : catalog.backups;
  return backups.map((entry) => listedBackup(entry.manifest, entry.object?.size, entry.verification));
}

// src/commands/report.ts
import { randomBytes as randomBytes7 } from "node:crypto";
import { mkdir as mkdir4, rename as rename3, rm as rm7, writeFile } from "node:fs/promises";
import { join as join8, resolve as resolve5 } from "node:path";

// src/report/html/escape.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeXml(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// src/report/verdict.ts
function verdictOf(input) {
  const { backups, openFailure, now, maxAgeMs } = input;
  if (openFailure) return { verdict: "failing", summary: `the last backup run failed: ${openFailure.reason}` };
  if (backups.length === 0) return { verdict: "empty", summary: "no backups yet" };
  const newest = backups[0];
  if (newest.copies.length === 0)
    return { verdict: "failing", summary: `the newest backup ${newest.id} has no complete copy` };
  const verified = backups.find((b) => b.verification !== null);
  if (verified?.verification && !verified.verification.ok) {
    return {
      verdict: "failing",
      summary: `the newest verification (${verified.id}, ${verified.verification.level}) failed${verified.verification.error ? `: ${verified.verification.error}` : ""}`
    };
  }
  const age2 = now - Date.parse(newest.createdAt);
  if (!(age2 >= -CLOCK_SKEW_MS2))
    return { verdict: "stale", summary: `the newest backup is dated in the future (${newest.createdAt})` };
  if (age2 > maxAgeMs) return { verdict: "stale", summary: `the newest backup is ${ageText(age2)} old` };
  return {
    verdict: "healthy",
    summary: `newest backup ${ageText(Math.max(0, age2))} ago${verified ? `, verified ${ageText(now - Date.parse(verified.verification.at))} ago` : ", never verified"}`
  };
}
var CLOCK_SKEW_MS2 = 5 * 6e4;
function worstVerdict(verdicts) {
  for (const verdict of ["failing", "stale", "empty"]) if (verdicts.includes(verdict)) return verdict;
  return verdicts.length ? "healthy" : "empty";
}
function ageText(ms) {
  const minutes = Math.round(ms / 6e4);
  if (minutes < 1) return "moments";
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}

// src/report/badge.ts
var VERDICT_COLOURS = {
  healthy: "#2e7d32",
  stale: "#b26a00",
  failing: "#c62828",
  empty: "#c62828"
};
function badgeMessage(data) {
  const now = Date.parse(data.generatedAt);
  const oldest = (times) => times.some((t) => t === null) ? null : Math.min(...times.map((t) => Date.parse(t)));
  switch (data.verdict) {
    case "failing":
      return "failing";
    case "empty":
      return "no backups";
    case "stale": {
      const newest = oldest(data.sources.map((s) => s.newestBackupAt));
      return newest === null ? "stale" : `stale: ${ageText(now - newest)} ago`;
    }
    case "healthy": {
      const verified = oldest(data.sources.map((s) => s.newestVerifiedAt));
      if (verified !== null) return `verified ${ageText(now - verified)} ago`;
      const backed = oldest(data.sources.map((s) => s.newestBackupAt));
      return backed === null ? "healthy" : `${ageText(now - backed)} ago, unverified`;
    }
  }
}
function badgeSvg(data, label2 = "backup") {
  const message = badgeMessage(data);
  const width = (text2) => Math.round(text2.length * 6.6 + 12);
  const left = width(label2);
  const right = width(message);
  const colour = VERDICT_COLOURS[data.verdict];
  const text = `${label2}: ${message}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + right}" height="20" role="img" aria-label="${escapeXml(text)}">
<title>${escapeXml(text)}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${left + right}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${colour}"/><rect width="${left + right}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="14">${escapeXml(label2)}</text><text x="${left + right / 2}" y="14">${escapeXml(message)}</text>
</g></svg>
`;
}

// src/report/collect.ts
async function collectReport(options, context) {
  const reads = await Promise.all(options.from.map((spec) => readDestination(spec, context)));
  const now = options.now.getTime();
  const sources = mergeSources(reads, now, options.maxAgeMs);
  const destinations = reads.map(describeDestination);
  const plan = options.policy ? retentionPlan(reads, options.policy) : null;
  const verdicts = [
    ...sources.map((s) => s.verdict),
    ...destinations.some((d) => !d.readable) ? ["failing"] : []
  ];
  return {
    generatedAt: options.now.toISOString(),
    maxAgeMs: options.maxAgeMs,
    verdict: worstVerdict(verdicts),
    sources,
    destinations,
    plan
  };
}
async function readDestination(spec, context) {
  let display = displayUrl(spec);
  try {
    const destination = await openDestination(spec, openContext(context));
    display = destination.display;
    const catalog = await readCatalog(destination);
    const failures = [];
    for (const object of catalog.objects) {
      if (!isFailureRecordName(object.name)) continue;
      try {
        const record2 = JSON.parse(await readSmallObject(destination, object.name));
        if (typeof record2.sourceKey === "string")
          failures.push({
            sourceKey: record2.sourceKey,
            failedAt: typeof record2.failedAt === "string" ? record2.failedAt : object.modified.toISOString(),
            reason: typeof record2.reason === "string" ? record2.reason : "failed"
          });
      } catch {
      }
    }
    return { display, catalog, error: void 0, failures };
  } catch (error) {
    return { display, catalog: void 0, error: context.log.redactor.redact(messageOf(error)), failures: [] };
  }
}
function describeDestination(read) {
  const backups = read.catalog?.backups ?? [];
  return {
    destination: read.display,
    readable: read.catalog !== void 0,
    error: read.error ?? null,
    backups: backups.length,
    storedBytes: backups.reduce((sum, b) => sum + (b.object?.size ?? 0), 0),
    damaged: read.catalog?.unreadable ?? []
  };
}
function mergeSources(reads, now, maxAgeMs) {
  const bySource = /* @__PURE__ */ new Map();
  for (const read of reads) {
    for (const entry of read.catalog?.backups ?? []) {
      const m = entry.manifest;
      const source = bySource.get(m.source.key) ?? {
        display: m.source.display,
        kind: m.source.kind,
        backups: /* @__PURE__ */ new Map()
      };
      bySource.set(m.source.key, source);
      const backup2 = source.backups.get(m.id) ?? {
        id: m.id,
        createdAt: m.createdAt,
        size: m.size,
        plainSize: m.plainSize,
        durationMs: m.durationMs,
        copies: [],
        incomplete: [],
        verification: null
      };
      source.backups.set(m.id, backup2);
      (entry.object?.size === m.size ? backup2.copies : backup2.incomplete).push(read.display);
      const v = entry.verification;
      if (v && (!backup2.verification || v.verifiedAt > backup2.verification.at))
        backup2.verification = { level: v.level, at: v.verifiedAt, ok: v.ok, ...v.error ? { error: v.error } : {} };
    }
  }
  for (const read of reads)
    for (const failure of read.failures)
      if (!bySource.has(failure.sourceKey))
        bySource.set(failure.sourceKey, { display: failure.sourceKey, kind: "unknown", backups: /* @__PURE__ */ new Map() });
  const sources = [];
  for (const [key, source] of bySource) {
    const backups = [...source.backups.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const newestComplete = backups.find((b) => b.copies.length > 0);
    const failures = reads.flatMap((r) => r.failures.filter((f) => f.sourceKey === key));
    const openFailure = newestOf(
      failures.filter((f) => !newestComplete || Date.parse(f.failedAt) > Date.parse(newestComplete.createdAt)).map((f) => ({ at: f.failedAt, reason: f.reason, kind: "backup" }))
    );
    const failedVerifications = backups.filter((b) => b.verification && !b.verification.ok).map((b) => ({
      at: b.verification.at,
      reason: `verification of ${b.id} (${b.verification.level}) failed${b.verification.error ? `: ${b.verification.error}` : ""}`,
      kind: "verification"
    }));
    const passed = backups.filter((b) => b.verification?.ok).map((b) => b.verification.at);
    const { verdict, summary } = verdictOf({ now, maxAgeMs, backups, openFailure });
    sources.push({
      source: key,
      display: source.display,
      kind: source.kind,
      verdict,
      summary,
      newestBackupAt: newestComplete?.createdAt ?? null,
      newestVerifiedAt: passed.sort().at(-1) ?? null,
      lastFailure: newestOf([...openFailure ? [openFailure] : [], ...failedVerifications]),
      backups,
      storedBytes: backups.reduce((sum, b) => sum + b.size * b.copies.length, 0)
    });
  }
  return sources.sort((a, b) => a.source.localeCompare(b.source));
}
function newestOf(failures) {
  return [...failures].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? null;
}
function retentionPlan(reads, policy) {
  const decisions = /* @__PURE__ */ new Map();
  const removals = [];
  for (const read of reads) {
    if (!read.catalog) continue;
    const plan = planRetention(
      read.catalog.backups.map((entry) => ({
        id: entry.manifest.id,
        createdAt: new Date(entry.manifest.createdAt),
        group: entry.manifest.source.key,
        complete: entry.object !== void 0 && entry.object.size === entry.manifest.size,
        verified: entry.verification ? entry.verification.ok ? "passed" : "failed" : void 0
      })),
      policy
    );
    for (const decision of plan) {
      const id = decision.entry.id;
      const seen = decisions.get(id) ?? {
        source: decision.entry.group,
        createdAt: decision.entry.createdAt.toISOString(),
        keptBy: /* @__PURE__ */ new Set(),
        removedIn: 0,
        seenIn: 0
      };
      decisions.set(id, seen);
      seen.seenIn++;
      for (const rule of decision.rules) seen.keptBy.add(rule);
      if (!decision.keep) {
        seen.removedIn++;
        removals.push({ id, source: decision.entry.group, createdAt: seen.createdAt });
      }
    }
  }
  const day = dayFormatter(policy.timezone ?? "UTC");
  const days = /* @__PURE__ */ new Map();
  for (const [id, seen] of decisions) {
    const key = `${seen.source}\0${day(seen.createdAt)}`;
    const cell = days.get(key) ?? {
      day: day(seen.createdAt),
      source: seen.source,
      ids: [],
      rules: /* @__PURE__ */ new Set(),
      pruned: true
    };
    days.set(key, cell);
    cell.ids.push(id);
    for (const rule of seen.keptBy) cell.rules.add(rule);
    if (seen.removedIn < seen.seenIn) cell.pruned = false;
  }
  return {
    removals: removals.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
    days: [...days.values()].map((d) => ({ day: d.day, source: d.source, ids: d.ids.sort(), rules: [...d.rules].sort(), pruned: d.pruned })).sort((a, b) => a.day.localeCompare(b.day))
  };
}
function dayFormatter(timezone) {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
  return (iso) => format.format(new Date(iso));
}

// src/report/html/calendar.ts
var CELL = 13;
var DAY_MS2 = 864e5;
function calendar(days, today, label2) {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const end = Date.parse(`${today}T00:00:00Z`);
  const first = end - 364 * DAY_MS2;
  const start = first - new Date(first).getUTCDay() * DAY_MS2;
  const cells = [];
  let kept = 0;
  let pruned = 0;
  let none = 0;
  for (let t = start, i = 0; t <= end; t += DAY_MS2, i++) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (t < first) continue;
    const entry = byDay.get(day);
    const state = !entry ? "none" : entry.pruned ? "pruned" : "kept";
    if (state === "kept") kept++;
    else if (state === "pruned") pruned++;
    else none++;
    const x = Math.floor(i / 7) * CELL + 30;
    const y = i % 7 * CELL + 14;
    const title = !entry ? `${day}: no backup` : entry.pruned ? `${day}: will be pruned (${entry.ids.length} backup${entry.ids.length > 1 ? "s" : ""})` : `${day}: kept by ${entry.rules.join(", ") || "safety rule"}`;
    const shape = state === "pruned" ? `<path d="M${x + 2} ${y + 2}l7 7m0 -7l-7 7"/>` : "";
    cells.push(
      `<g data-day="${day}" data-state="${state}"${entry ? ` data-rules="${escapeXml(entry.rules.join(" "))}"` : ""} class="${state}"><rect x="${x}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" rx="2"/>${shape}<title>${escapeXml(title)}</title></g>`
    );
  }
  const width = 30 + 54 * CELL;
  const summary = `${kept} days kept, ${pruned} days to prune, ${none} days without a backup`;
  return `<svg class="calendar" viewBox="0 0 ${width} ${14 + 7 * CELL}" role="img" aria-label="${escapeXml(`Retention calendar of ${label2}: ${summary}`)}">
<title>${escapeXml(`Retention calendar of ${label2}`)}</title><desc>${escapeXml(summary)}</desc>
<text class="tick" x="0" y="${14 + CELL}">Mon</text><text class="tick" x="0" y="${14 + 5 * CELL}">Fri</text>
${cells.join("")}</svg>
<p class="legend"><span class="key kept" aria-hidden="true">\u25A0</span> kept (hover for the rule) \xB7 <span class="key pruned" aria-hidden="true">\u22A0</span> pruned by the next rotation \xB7 <span class="key none" aria-hidden="true">\u25A1</span> no backup \u2014 ${escapeXml(summary)}</p>`;
}

// src/report/html/tables.ts
var HISTORY_ROWS = 50;
function verificationHistory(source) {
  const verified = source.backups.filter((b) => b.verification).slice(0, HISTORY_ROWS);
  if (verified.length === 0) return `<p class="none">Never verified.</p>`;
  return `<div class="scroll"><table class="history"><thead><tr><th>Verified</th><th>Backup</th><th>Level</th><th>Outcome</th></tr></thead><tbody>${verified.map((b) => {
    const v = b.verification;
    return `<tr data-outcome="${v.ok ? "passed" : "failed"}"><td>${escapeXml(v.at)}</td><td><code>${escapeXml(b.id)}</code></td><td>${escapeXml(v.level)}</td><td class="${v.ok ? "ok" : "bad"}">${v.ok ? "\u2713 passed" : `\u2717 failed${v.error ? `: ${escapeXml(v.error)}` : ""}`}</td></tr>`;
  }).join("")}</tbody></table></div>`;
}
function destinationsTable(data) {
  const header = data.sources.map((s) => `<th>${escapeXml(s.display)}</th>`).join("");
  const rows = data.destinations.map((d) => {
    const perSource = data.sources.map((s) => `<td>${s.backups.filter((b) => b.copies.includes(d.destination)).length}</td>`).join("");
    return `<tr data-destination="${escapeXml(d.destination)}"><td>${escapeXml(d.destination)}</td><td class="${d.readable ? "ok" : "bad"}">${d.readable ? "\u2713 read" : `\u2717 could not be read: ${escapeXml(d.error ?? "")}`}${damaged(d)}</td><td>${d.backups}</td><td>${formatBytes(d.storedBytes)}</td>${perSource}</tr>`;
  }).join("");
  return `<div class="scroll"><table><thead><tr><th>Destination</th><th>State</th><th>Backups</th><th>Stored</th>${header}</tr></thead><tbody>${rows}</tbody></table></div>`;
}
function damaged(d) {
  if (d.damaged.length === 0) return "";
  return `<ul class="damaged">${d.damaged.map((x) => `<li>damaged: <code>${escapeXml(x.name)}</code>: ${escapeXml(x.reason)}</li>`).join("")}</ul>`;
}
function storedTrend(data) {
  const points = data.sources.flatMap((s) => s.backups.map((b) => ({ t: Date.parse(b.createdAt), bytes: b.size * b.copies.length }))).sort((a, b) => a.t - b.t);
  if (points.length < 2) return "";
  let total = 0;
  const series = points.map((p) => ({ t: p.t, total: total += p.bytes }));
  const [first, last] = [series[0], series.at(-1)];
  const span = Math.max(last.t - first.t, 1);
  const d = series.map(
    (p, i) => `${i ? "L" : "M"}${(10 + (p.t - first.t) / span * 580).toFixed(1)} ${(70 - p.total / last.total * 60).toFixed(1)}`
  ).join("");
  const text = `Stored size grew to ${formatBytes(last.total)} across ${series.length} backups held`;
  return `<svg class="trend" viewBox="0 0 600 80" role="img" aria-label="${escapeXml(text)}"><title>${escapeXml(text)}</title><path d="${d}"/></svg><p class="legend">${escapeXml(text)}.</p>`;
}
function nextRotation(data) {
  if (!data.plan)
    return `<p class="none">No retention policy was given to the report (pass the same --keep-* flags as rotate).</p>`;
  if (data.plan.removals.length === 0) return `<p>The next rotation deletes nothing.</p>`;
  return `<p>The next rotation deletes ${data.plan.removals.length} backup${data.plan.removals.length > 1 ? "s" : ""}:</p><ul class="removals">${data.plan.removals.map(
    (r) => `<li data-removal="${escapeXml(r.id)}"><code>${escapeXml(r.id)}</code> (${escapeXml(r.createdAt)})</li>`
  ).join("")}</ul>`;
}

// src/report/html/timeline.ts
var WIDTH = 960;
var HEIGHT = 140;
var PAD = 24;
function timeline(source, now) {
  const backups = [...source.backups].reverse();
  if (backups.length === 0 && !source.lastFailure) return `<p class="none">No backups.</p>`;
  const times = backups.map((b) => Date.parse(b.createdAt));
  const start = Math.min(...times, now - 864e5);
  const span = Math.max(now - start, 1);
  const x = (t) => PAD + (t - start) / span * (WIDTH - 2 * PAD);
  const biggest = Math.max(1, ...backups.map((b) => b.size));
  const barWidth = Math.max(1, Math.min(8, (WIDTH - 2 * PAD) / Math.max(backups.length, 1) - 1));
  const marks = backups.map((b, i) => {
    const h = Math.max(2, b.size / biggest * (HEIGHT - 2 * PAD));
    const failed = b.verification && !b.verification.ok;
    const ratio = b.size > 0 ? (b.plainSize / b.size).toFixed(1) : "\u2013";
    const label2 = `${b.createdAt.slice(0, 16)}Z ${formatBytes(b.size)}, ${ratio}:1, ${formatMs(b.durationMs)}${failed ? ", verification failed" : b.verification ? ", verified" : ""}${b.copies.length ? "" : ", no complete copy"}`;
    return `<rect data-mark="backup" class="${failed || !b.copies.length ? "bad" : b.verification ? "ok" : "plain"}" x="${(x(times[i]) - barWidth / 2).toFixed(1)}" y="${(HEIGHT - PAD - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeXml(label2)}</title></rect>`;
  });
  const failure = source.lastFailure?.kind === "backup" ? source.lastFailure : null;
  const failureMark = failure ? `<text data-mark="failure" class="fail" x="${x(Date.parse(failure.at)).toFixed(1)}" y="${HEIGHT - PAD + 14}" text-anchor="middle">\u2717<title>${escapeXml(`failed run ${failure.at}: ${failure.reason}`)}</title></text>` : "";
  const description = `${backups.length} backups from ${backups[0]?.createdAt ?? "\u2013"} to ${backups.at(-1)?.createdAt ?? "\u2013"}, largest ${formatBytes(biggest)}`;
  return `<svg class="timeline" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="tt-${escapeXml(source.source.length.toString())}" preserveAspectRatio="none">
<title>Backups of ${escapeXml(source.display)} over time</title><desc>${escapeXml(description)}</desc>
<line class="axis" x1="${PAD}" y1="${HEIGHT - PAD}" x2="${WIDTH - PAD}" y2="${HEIGHT - PAD}"/>
${marks.join("")}${failureMark}
<text class="tick" x="${PAD}" y="${HEIGHT - 4}">${escapeXml(new Date(start).toISOString().slice(0, 10))}</text>
<text class="tick" x="${WIDTH - PAD}" y="${HEIGHT - 4}" text-anchor="end">now</text>
</svg>
<details><summary>Backups as a table</summary>${backupTable(source)}</details>`;
}
var TABLE_ROWS = 60;
function backupTable(source) {
  const more = source.backups.length - TABLE_ROWS;
  const rows = source.backups.slice(0, TABLE_ROWS).map(
    (b) => `<tr><td><code>${escapeXml(b.id)}</code></td><td>${escapeXml(b.createdAt)}</td><td>${formatBytes(b.size)}</td><td>${b.size > 0 ? (b.plainSize / b.size).toFixed(1) : "\u2013"}:1</td><td>${formatMs(b.durationMs)}</td><td>${escapeXml(b.copies.join(", ") || "none")}</td><td>${b.verification ? `${b.verification.ok ? "passed" : "failed"} (${escapeXml(b.verification.level)})` : "never verified"}</td></tr>`
  ).join("");
  return `<div class="scroll"><table><thead><tr><th>Backup</th><th>Taken</th><th>Stored</th><th>Ratio</th><th>Duration</th><th>Copies</th><th>Verification</th></tr></thead><tbody>${rows}</tbody></table></div>${more > 0 ? `<p class="legend">and ${more} older backups (\`strongroom list\` shows every one).</p>` : ""}`;
}

// src/report/html/verdicts.ts
var SYMBOL = { healthy: "\u2713", stale: "!", failing: "\u2717", empty: "\u2013" };
var WORD = { healthy: "Healthy", stale: "Stale", failing: "Failing", empty: "Empty" };
function verdictWord(verdict) {
  return WORD[verdict];
}
function verdictCards(sources, now) {
  if (sources.length === 0) return `<p class="none">No backups were found in any destination.</p>`;
  const ago = (iso) => iso ? `<time datetime="${escapeXml(iso)}">${ageText(now - Date.parse(iso))} ago</time>` : "never";
  return `<div class="cards">${sources.map(
    (s) => `<section class="card v-${s.verdict}" data-source="${escapeXml(s.source)}" aria-labelledby="h-${anchor(s.source)}">
<h3 id="h-${anchor(s.source)}">${escapeXml(s.display)}</h3>
<p class="verdict" data-verdict="${s.verdict}"><span aria-hidden="true">${SYMBOL[s.verdict]}</span> ${WORD[s.verdict]}</p>
<p class="why">${escapeXml(s.summary)}</p>
<dl><dt>Newest backup</dt><dd>${ago(s.newestBackupAt)}</dd>
<dt>Newest verified</dt><dd>${ago(s.newestVerifiedAt)}</dd>
<dt>Last failure</dt><dd>${s.lastFailure ? `${ago(s.lastFailure.at)}: ${escapeXml(s.lastFailure.reason)}` : "none"}</dd></dl>
</section>`
  ).join("\n")}</div>`;
}
function anchor(key) {
  let hash = 0;
  for (const c of key) hash = Math.imul(hash, 31) + c.codePointAt(0) >>> 0;
  return `s${hash.toString(36)}`;
}

// src/report/html/page.ts
var STYLE = `
:root{--ok:#2e7d32;--warn:#b26a00;--bad:#c62828;--muted:#5f6368;--line:#dadce0}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#202124}
h1{font-size:1.5rem;margin:.2em 0}h2{font-size:1.2rem;margin-top:2em;border-bottom:1px solid var(--line);overflow-wrap:anywhere}h3{margin:.2em 0;font-size:1.05rem;overflow-wrap:anywhere}
.overall{font-size:1.1rem}.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px}
.card{border:2px solid var(--line);border-radius:8px;padding:12px}.card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:8px 0 0}.card dt{color:var(--muted)}.card dd{margin:0;overflow-wrap:anywhere}
.verdict{font-size:1.3rem;font-weight:700;margin:.2em 0}.v-healthy{border-color:var(--ok)}.v-healthy .verdict{color:var(--ok)}.v-stale{border-color:var(--warn)}.v-stale .verdict{color:var(--warn)}
.v-failing,.v-empty{border-color:var(--bad)}.v-failing .verdict,.v-empty .verdict{color:var(--bad)}.why{margin:0;overflow-wrap:anywhere}
svg{width:100%;height:auto;display:block}.timeline rect.ok{fill:var(--ok)}.timeline rect.plain{fill:#5c85d6}.timeline rect.bad{fill:var(--bad)}.fail{fill:var(--bad);font-size:14px}
.axis{stroke:var(--muted)}.tick{font-size:10px;fill:var(--muted)}.calendar rect{stroke-width:1}.calendar .kept rect{fill:var(--ok);stroke:var(--ok)}
.calendar .pruned rect{fill:#fff;stroke:var(--bad)}.calendar .pruned path{stroke:var(--bad);stroke-width:1.5}.calendar .none rect{fill:#fff;stroke:var(--line)}
.key.kept{color:var(--ok)}.key.pruned{color:var(--bad)}.key.none{color:var(--muted)}.legend,.none{color:var(--muted)}
.trend path{fill:none;stroke:#5c85d6;stroke-width:2}.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}td.ok{color:var(--ok)}td.bad{color:var(--bad)}code{font-size:.85em;overflow-wrap:anywhere}
footer{margin-top:3em;color:var(--muted);font-size:.85rem}@media (max-width:600px){body{padding:8px}.card dl{grid-template-columns:1fr}}
`;
function reportPage(data, options) {
  const now = Date.parse(data.generatedAt);
  const today = dayFormatter(options.timezone)(data.generatedAt);
  const sections = data.sources.map((s) => sourceSection(s, data, now, today, options.timezone)).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Backups: ${verdictWord(data.verdict)}</title><style>${STYLE}</style></head>
<body>
<header><h1>Backup health</h1>
<p class="overall" data-overall="${data.verdict}">Overall: <strong>${verdictWord(data.verdict)}</strong> \xB7 ${data.sources.length} source${data.sources.length === 1 ? "" : "s"} \xB7 ${data.destinations.length} destination${data.destinations.length === 1 ? "" : "s"} \xB7 generated <time datetime="${data.generatedAt}">${escapeXml(data.generatedAt)}</time></p></header>
<main>
<h2>Verdict</h2>
${verdictCards(data.sources, now)}
${sections}
<h2>Destinations</h2>
${destinationsTable(data)}
${storedTrend(data)}
<h2>Next rotation</h2>
${nextRotation(data)}
</main>
<footer>Written by Strongroom. This page holds names, sizes and times of backups, never their data or credentials.</footer>
</body></html>
`;
}
function sourceSection(source, data, now, today, timezone) {
  const days = data.plan ? data.plan.days.filter((d) => d.source === source.source) : unplannedDays(source, timezone);
  return `<section class="source" id="${anchor(source.source)}" data-source="${escapeXml(source.source)}">
<h2>${escapeXml(source.display)} <small>(${source.backups.length} backups, ${formatBytes(source.storedBytes)} stored)</small></h2>
<h3>Timeline</h3>
${timeline(source, now)}
<h3>Retention calendar</h3>
${calendar(days, today, source.display)}
<h3>Verification history</h3>
${verificationHistory(source)}
</section>`;
}
function unplannedDays(source, timezone) {
  const day = dayFormatter(timezone);
  const byDay = /* @__PURE__ */ new Map();
  for (const b of source.backups) byDay.set(day(b.createdAt), [...byDay.get(day(b.createdAt)) ?? [], b.id]);
  return [...byDay].map(([d, ids]) => ({
    day: d,
    source: source.source,
    ids,
    rules: ["no policy given"],
    pruned: false
  }));
}

// src/report/status-json.ts
var STATUS_SCHEMA_ID = "https://strongroom.dev/schemas/status-1.json";
function statusJson(data) {
  return {
    $schema: STATUS_SCHEMA_ID,
    generatedAt: data.generatedAt,
    verdict: data.verdict,
    maxAgeSeconds: Math.round(data.maxAgeMs / 1e3),
    sources: data.sources.map((s) => ({
      source: s.source,
      display: s.display,
      kind: s.kind,
      verdict: s.verdict,
      summary: s.summary,
      newestBackupAt: s.newestBackupAt,
      newestVerifiedAt: s.newestVerifiedAt,
      lastFailure: s.lastFailure,
      backups: s.backups.length,
      storedBytes: s.storedBytes
    })),
    destinations: data.destinations.map((d) => ({
      destination: d.destination,
      readable: d.readable,
      error: d.error,
      backups: d.backups,
      storedBytes: d.storedBytes,
      damaged: d.damaged
    })),
    nextRotation: data.plan ? { removes: data.plan.removals.map((r) => r.id) } : null
  };
}

// src/commands/report.ts
var REPORT_FILES = ["index.html", "badge.svg", "status.json"];
async function runReport(config, context, now = /* @__PURE__ */ new Date()) {
  const data = await collectReport(
    { from: config.from, maxAgeMs: config.maxAgeMs, policy: config.policy, now },
    context
  );
  for (const d of data.destinations)
    if (!d.readable) context.log.warn(`${d.destination} could not be read: ${d.error ?? "unknown error"}`);
  const status = statusJson(data);
  const out = resolve5(config.out);
  await mkdir4(out, { recursive: true });
  const contents = {
    "index.html": reportPage(data, { timezone: config.timezone }),
    "badge.svg": badgeSvg(data),
    "status.json": `${JSON.stringify(status, null, 2)}
`
  };
  for (const [name, text] of Object.entries(contents)) {
    const temporary = join8(out, `.${name}.${randomBytes7(4).toString("hex")}`);
    try {
      await writeFile(temporary, context.log.redactor.redact(text), { mode: 420 });
      await rename3(temporary, join8(out, name));
    } finally {
      await rm7(temporary, { force: true });
    }
  }
  context.log.info(`report: ${data.verdict}; wrote ${REPORT_FILES.join(", ")} to ${out}`);
  return { out, files: REPORT_FILES.map((f) => join8(out, f)), data, status };
}
function reportSummaryMarkdown(data, lastBackups = 5) {
  const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    `## Backup health: ${data.verdict}`,
    "",
    "| Source | Verdict | Newest backup | Newest verified | Last failure |",
    "|---|---|---|---|---|",
    ...data.sources.map(
      (s) => `| ${cell(s.display)} | **${s.verdict}** | ${s.newestBackupAt ?? "never"} | ${s.newestVerifiedAt ?? "never"} | ${s.lastFailure ? cell(`${s.lastFailure.at}: ${s.lastFailure.reason}`) : "none"} |`
    ),
    ""
  ];
  for (const d of data.destinations.filter((x) => !x.readable))
    lines.push(`- \u26A0\uFE0F ${cell(d.destination)} could not be read: ${cell(d.error ?? "")}`);
  for (const s of data.sources) {
    lines.push(
      "",
      `### ${cell(s.display)}: last backups`,
      "",
      "| Backup | Taken | Stored | Verification |",
      "|---|---|---|---|"
    );
    for (const b of s.backups.slice(0, lastBackups))
      lines.push(
        `| \`${b.id}\` | ${b.createdAt} | ${b.size} B | ${b.verification ? `${b.verification.ok ? "passed" : "failed"} (${b.verification.level})` : "\u2014"} |`
      );
  }
  return `${lines.join("\n")}
`;
}

// src/commands/restore.ts
import { randomBytes as randomBytes9 } from "node:crypto";
import { availableParallelism as availableParallelism4 } from "node:os";

// src/sources/postgres/insert-counters.ts
import { randomBytes as randomBytes8 } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
var INSERT_COUNTERS_SINCE_MAJOR = 15;
var SESSION_GONE_WITHIN_MS = 1e4;
function restoreSessionName() {
  return `strongroom-restore-${randomBytes8(6).toString("hex")}`;
}
async function insertedRows(target, sessionName, signal) {
  const client = await connect(target, "restore target");
  try {
    if (!await sessionEnded(client, sessionName, signal)) return void 0;
    const { rows } = await client.query(
      restoredTablesQuery(", pg_stat_get_tuples_inserted(c.oid) as rows")
    );
    return rows.map((row) => ({ schema: row.schema, name: row.name, rows: Number(row.rows) }));
  } finally {
    await client.end().catch(() => {
    });
  }
}
async function sessionEnded(client, sessionName, signal) {
  const deadline = Date.now() + SESSION_GONE_WITHIN_MS;
  for (let wait = 5; Date.now() < deadline; wait = Math.min(wait * 2, 200)) {
    const { rows } = await client.query(
      "select count(*) as n from pg_stat_activity where application_name = $1",
      [sessionName]
    );
    if (rows[0].n === "0") return true;
    await sleep(wait, void 0, { signal });
  }
  return false;
}

// src/sources/postgres/restore-stream.ts
import { rm as rm8 } from "node:fs/promises";
import { pipeline as pipeline6 } from "node:stream/promises";

// src/stages/decode.ts
import { PassThrough } from "node:stream";
import { pipeline as pipeline5 } from "node:stream/promises";
function decodeStages(manifest, decryption, options = {}) {
  const stages = [];
  const decrypt = decryptStage(manifest.encryption, decryption, manifest.id);
  if (decrypt) stages.push(decrypt);
  if (options.decompress === false) return stages;
  const decompress = createDecompressStream(manifest.compression.algorithm);
  if (decompress) stages.push(decompress);
  return stages;
}
async function withDecodedPayload(copy, manifest, decryption, signal, consume) {
  const payload = new PassThrough({ highWaterMark: 1 << 20 });
  const feeding = pipeline5([copy.open(), ...decodeStages(manifest, decryption), payload], { signal }).catch(
    async (error) => {
      throw await copy.failure() ?? decodeError(error, manifest);
    }
  );
  const [, result] = await Promise.all([feeding, consume(payload)]);
  return result;
}
async function readContents(manifest, decryption) {
  if (manifest.sealedContents === void 0) return manifest.contents;
  return unsealJson(manifest.sealedContents, manifest.encryption, decryption, manifest.id);
}
function decodeError(error, manifest) {
  if (error instanceof StrongroomError || error?.name === "AbortError") return error;
  if (isCorruptCompressedData(error)) {
    return new IntegrityError(
      `backup ${manifest.id}: the ${manifest.compression.algorithm} data is corrupt: ${error.message}`,
      {
        cause: error,
        hint: "use another backup"
      }
    );
  }
  return error;
}

// src/sources/postgres/plain-transaction.ts
import { Transform as Transform5 } from "node:stream";
var NEWLINE2 = 10;
var COPY_START = /^COPY .+ FROM stdin;$/;
var COPY_END = Buffer.from("\n\\.\n");
var LO_LINE = "SELECT pg_catalog.lo_";
var LO_CLOSE = "SELECT pg_catalog.lo_close(0);";
function plainScriptInOneTransaction() {
  const script = new ScriptRewriter();
  let begun = false;
  const begin = (stream) => {
    if (!begun) stream.push(Buffer.from("BEGIN;\n"));
    begun = true;
  };
  const emit = (stream) => {
    const output = script.takeOutput();
    if (output) stream.push(output);
  };
  return new Transform5({
    highWaterMark: 1 << 20,
    transform(chunk, _encoding, callback) {
      begin(this);
      script.add(chunk);
      script.consume(false);
      emit(this);
      callback();
    },
    flush(callback) {
      begin(this);
      script.consume(true);
      emit(this);
      this.push(Buffer.from("\nCOMMIT;\n"));
      callback();
    }
  });
}
var ScriptRewriter = class {
  pending = Buffer.alloc(0);
  inCopy = false;
  atCopyStart = false;
  lastLine = "";
  out = [];
  add(chunk) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
  }
  /** Consumes what can be decided from the pending input; `ended` when no more input will come. */
  consume(ended) {
    while (this.inCopy ? this.copyData(ended) : this.scriptLine(ended)) ;
  }
  /** The output produced since the last call, as one buffer; undefined when there is none. */
  takeOutput() {
    const output = this.out.length === 0 ? void 0 : this.out.length === 1 ? this.out[0] : Buffer.concat(this.out);
    this.out.length = 0;
    return output;
  }
  pass(length) {
    this.out.push(this.pending.subarray(0, length));
    this.pending = this.pending.subarray(length);
  }
  /** Inside COPY data, passed untouched up to its end marker. False when it needs more input. */
  copyData(ended) {
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
      const keep2 = ended ? 0 : Math.min(this.pending.length, COPY_END.length - 1);
      this.pass(this.pending.length - keep2);
      return false;
    }
    this.pass(end + COPY_END.length);
    this.inCopy = false;
    return true;
  }
  /** One line of script, with the large objects' own BEGIN; and COMMIT; commented out. False when it needs more input. */
  scriptLine(ended) {
    const eol = this.pending.indexOf(NEWLINE2);
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
};
function linesAfter(buffer, from, count) {
  const lines = [];
  let start = from;
  while (lines.length < count) {
    const eol = buffer.indexOf(NEWLINE2, start);
    if (eol === -1) break;
    lines.push(buffer.subarray(start, eol).toString("utf8"));
    start = eol + 1;
  }
  return lines;
}

// src/sources/postgres/copy-tags.ts
var CopyTagReader = class {
  tables = [];
  partial = "";
  /** The echoed COPY statement waiting for its tag (it can span lines: quoted names hold newlines). */
  statement;
  lastTag = "";
  /** Feeds psql's stdout as it arrives. */
  write(text) {
    const lines = (this.partial + text).split("\n");
    this.partial = lines.pop();
    for (const line of lines) this.line(line);
  }
  /** The tables counted; the last command tag tells whether the script ran to its COMMIT. */
  end() {
    if (this.partial) this.line(this.partial);
    this.partial = "";
    return { tables: this.tables, committed: this.lastTag === "COMMIT" };
  }
  line(line) {
    const tag = /^COPY (\d+)$/.exec(line);
    if (tag && this.statement?.endsWith(" FROM stdin;")) {
      const table = tableOf(this.statement);
      if (table) this.tables.push({ ...table, rows: Number(tag[1]) });
      this.statement = void 0;
      return;
    }
    if (/^[A-Z]+( [A-Z]+)*( \d+)*$/.test(line)) this.lastTag = line;
    if (line.startsWith("COPY ") && !tag) this.statement = line;
    else if (this.statement !== void 0 && !this.statement.endsWith(" FROM stdin;"))
      this.statement = this.statement.length < 1 << 16 ? `${this.statement}
${line}` : void 0;
    else this.statement = void 0;
  }
};
var IDENTIFIER = String.raw`"(?:[^"]|"")*"|[^\s."(]+`;
var COPY_STATEMENT = new RegExp(`^COPY (${IDENTIFIER})\\.(${IDENTIFIER})[ (]`, "s");
function tableOf(statement) {
  const match = COPY_STATEMENT.exec(statement);
  return match ? { schema: unquote(match[1]), name: unquote(match[2]) } : void 0;
}
function unquote(identifier) {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replaceAll('""', '"') : identifier;
}

// src/sources/postgres/counted-restore.ts
function startTool(spec, stdin, signal) {
  const stage = spawnStage(spec.tool, spec.args, { ...spec, stdin, stdout: "ignore", signal });
  return { entry: stage, exited: stage.exited.then(() => void 0), kill: () => stage.child.kill("SIGKILL") };
}
function startCountedRestore(pgRestore, psql, stdin, signal) {
  const script = spawnStage(pgRestore.tool, pgRestore.args, { ...pgRestore, stdin, stdout: "pipe", signal });
  const run = spawnStage(psql.tool, psql.args, { ...psql, stdin: script.child.stdout, stdout: "pipe", signal });
  const reader = new CopyTagReader();
  run.child.stdout.setEncoding("utf8").on("data", (text) => reader.write(text));
  const outputRead = new Promise((resolve6) => run.child.stdout.once("close", resolve6));
  const kill = () => {
    script.child.kill("SIGKILL");
    run.child.kill("SIGKILL");
  };
  let firstFailure;
  script.exited.catch((error) => {
    firstFailure ??= error;
    run.child.kill("SIGKILL");
  });
  run.exited.catch((error) => {
    firstFailure ??= error;
  });
  const exited = (async () => {
    const settled = await Promise.allSettled([run.exited, script.exited]);
    if (settled.some((result) => result.status === "rejected")) throw firstFailure;
    await outputRead;
    const { tables, committed } = reader.end();
    if (!committed) throw psql.makeError("psql ended before the restore's COMMIT; nothing was committed");
    return tables;
  })();
  return { entry: script, exited, kill };
}

// src/sources/postgres/restore-stream.ts
async function streamInto(target, copy, manifest, config, context) {
  const tool = await findRestoreTool(manifest, config.pgBin);
  const failed = (detail, hint) => new SourceError(`restore into ${target.display} failed: ${context.log.redactor.redact(detail)}`, { hint });
  return context.log.group(`Restore into ${target.display}`, async () => {
    if (manifest.format !== "directory") {
      const hint = "nothing was committed (the restore runs in one transaction); fix the cause above and run it again";
      const spec = { tool, env: libpqEnv(target), makeError: (d) => failed(d, hint) };
      const input = { copy, manifest, config, context };
      if (manifest.format !== "custom") {
        const start = (stdin) => startTool({ ...spec, args: psqlPlainScriptArgs(target) }, stdin, context.signal);
        await feedTool({ start, failsOnShortInput: false, wrap: plainScriptInOneTransaction }, input);
        return void 0;
      }
      if (config.rowsFrom === "copy-tags") {
        const psql = { ...spec, tool: await findPsql(config.pgBin), args: psqlEchoArgs(target) };
        const start = (stdin) => startCountedRestore({ ...spec, args: pgRestoreScriptArgs(config.noOwner) }, psql, stdin, context.signal);
        const tables2 = await feedTool({ start, failsOnShortInput: true }, input);
        return tables2 && { tables: tables2, from: "copy-tags" };
      }
      const session = config.rowsFrom === "insert-counters" ? restoreSessionName() : void 0;
      const args = pgRestoreArgs(session ? withApplicationName(target, session) : target, { noOwner: config.noOwner });
      await feedTool(
        { start: (stdin) => startTool({ ...spec, args }, stdin, context.signal), failsOnShortInput: true },
        input
      );
      const tables = session ? await insertedRows(target, session, context.signal) : void 0;
      return tables && { tables, from: "insert-counters" };
    }
    const folder = await makeScratchFolder("restore-dir");
    try {
      const untar = {
        tool: "tar",
        args: ["-C", folder, "-xf", "-"],
        env: childEnv(),
        makeError: (d) => failed(d, "the tar tool must be installed and the temporary folder writable")
      };
      await feedTool(
        { start: (stdin) => startTool(untar, stdin, context.signal), failsOnShortInput: true },
        { copy, manifest, config, context }
      );
      const args = pgRestoreArgs(target, { noOwner: config.noOwner, jobs: config.jobs });
      const restore = spawnStage(tool, [...args, folder], {
        env: libpqEnv(target),
        stdout: "ignore",
        signal: context.signal,
        makeError: (d) => failed(d, "a parallel restore is not one transaction: drop the partly restored database before trying again")
      });
      await restore.exited;
      return void 0;
    } finally {
      await rm8(folder, { recursive: true, force: true });
    }
  });
}
async function feedTool(input, source) {
  const { copy, manifest, config, context } = source;
  const zstdTool = input.failsOnShortInput && manifest.compression.algorithm === "zstd" ? await findZstdTool(context.env) : void 0;
  if (zstdTool) return feedThroughZstdTool(zstdTool.path, input, source);
  const run = input.start("pipe");
  try {
    const wrap = input.wrap ? [input.wrap()] : [];
    await pipeline6([copy.open(), ...decodeStages(manifest, config.decryption), ...wrap, stdinSink(run.entry)], {
      signal: context.signal
    });
  } catch (error) {
    run.kill();
    await run.exited.catch(() => {
    });
    throw await copy.failure() ?? decodeError(error, manifest);
  }
  return run.exited;
}
async function feedThroughZstdTool(zstdPath, input, { copy, manifest, config, context }) {
  const { signal } = context;
  const unzstd = spawnStage(zstdPath, ["-d", "-q", "-c"], {
    stdin: "pipe",
    signal,
    makeError: (detail) => new IntegrityError(`backup ${manifest.id}: the zstd data is corrupt: ${detail}`, { hint: "use another backup" })
  });
  const run = input.start(unzstd.child.stdout);
  const killAll = () => {
    run.kill();
    unzstd.child.kill("SIGKILL");
  };
  try {
    await pipeline6(
      [copy.open(), ...decodeStages(manifest, config.decryption, { decompress: false }), stdinSink(unzstd)],
      {
        signal
      }
    );
  } catch (error) {
    killAll();
    await Promise.allSettled([run.exited, unzstd.exited]);
    throw await copy.failure() ?? decodeError(error, manifest);
  }
  unzstd.exited.catch(() => run.kill());
  const [restored, decompressed] = await Promise.allSettled([run.exited, unzstd.exited]);
  if (restored.status === "rejected") throw restored.reason;
  if (decompressed.status === "rejected") throw decompressed.reason;
  return restored.value;
}

// src/sources/postgres/scratch-databases.ts
import { hostname as hostname3 } from "node:os";
var SCRATCH_NAMES = ["^strongroom_verify_[0-9a-f]{12}$", "_sr_restore_[0-9a-f]{8}$"];
var ABANDONED_AFTER_MS = 6 * 36e5;
var NOTE = "strongroom scratch database ";
var SERVER = "scratch database server";
async function createScratchDatabase(server, name) {
  await createEmptyDatabase(server, name);
  const note = { createdAt: (/* @__PURE__ */ new Date()).toISOString(), host: hostname3(), pid: process.pid };
  await withAdmin(
    server,
    (admin) => admin.query(`comment on database ${quoteIdent2(name)} is ${quoteLiteral(NOTE + JSON.stringify(note))}`),
    SERVER
  ).catch(() => {
  });
}
async function sweepScratchDatabases(server, now = Date.now()) {
  return withAdmin(
    server,
    async (admin) => {
      const { rows } = await admin.query(
        `select d.datname as name, shobj_description(d.oid, 'pg_database') as note from pg_database d
       where (${SCRATCH_NAMES.map((_, i) => `d.datname ~ $${i + 1}`).join(" or ")})
         and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`,
        SCRATCH_NAMES
      );
      const dropped = [];
      for (const { name, note } of rows) {
        if (!isAbandoned(note, now)) continue;
        await admin.query(`drop database if exists ${quoteIdent2(name)}`).then(
          () => dropped.push(name),
          () => {
          }
        );
      }
      return dropped;
    },
    SERVER
  );
}
function isAbandoned(note, now) {
  if (!note?.startsWith(NOTE)) return false;
  let parsed;
  try {
    parsed = JSON.parse(note.slice(NOTE.length));
  } catch {
    return false;
  }
  const created = Date.parse(String(parsed.createdAt));
  if (Number.isNaN(created)) return false;
  if (now - created > ABANDONED_AFTER_MS) return true;
  return parsed.host === hostname3() && typeof parsed.pid === "number" && !isAlive(parsed.pid);
}
function quoteLiteral(text) {
  return `'${text.replaceAll("'", "''")}'`;
}
async function sweepScratchDatabasesLogged(server, log) {
  const dropped = await sweepScratchDatabases(server).catch(() => []);
  if (dropped.length)
    log.info(`dropped ${dropped.length} scratch database(s) left by killed runs: ${dropped.join(", ")}`);
}

// src/catalog/verified-copy.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream3 } from "node:fs";
import { open as open7, rm as rm9 } from "node:fs/promises";
import { dirname as dirname5, join as join9 } from "node:path";
import { Transform as Transform6 } from "node:stream";
import { pipeline as pipeline7 } from "node:stream/promises";
var NO_FAILURE = async () => void 0;
async function checkDigest(destination, manifest, sink = createNullSink(), signal) {
  const digest = createDigestStream();
  let source;
  try {
    source = await destination.get(manifest.object, { signal });
  } catch (error) {
    if (isNotFound(error)) throw missingObject(manifest, destination, error);
    throw error;
  }
  await pipeline7([source, digest, sink], { signal });
  assertDigest(manifest, digest.result());
}
async function digestLocalFile(path, signal) {
  const handle = await open7(path, "r");
  try {
    const hash = createHash3("sha256");
    const buffer = Buffer.allocUnsafe(1 << 20);
    let size = 0;
    for (; ; ) {
      signal?.throwIfAborted();
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, size);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
    return { sha256: hash.digest("hex"), size };
  } finally {
    await handle.close();
  }
}
async function checkLocalDigest(destination, manifest, path, signal) {
  let result;
  try {
    result = await digestLocalFile(path, signal);
  } catch (error) {
    if (error.code === "ENOENT") throw missingObject(manifest, destination);
    throw error;
  }
  assertDigest(manifest, result);
}
function assertDigest(manifest, { sha256, size }) {
  if (size !== manifest.size || sha256 !== manifest.sha256) {
    throw new IntegrityError(
      `backup ${manifest.id}: the stored object does not match its manifest (${size} bytes with sha256 ${sha256.slice(0, 16)}\u2026, expected ${manifest.size} bytes with ${manifest.sha256.slice(0, 16)}\u2026)`,
      { hint: "the object was modified, truncated or replaced after the backup; use another backup" }
    );
  }
}
function missingObject(manifest, destination, cause) {
  const why = /expired/.test(cause?.message ?? "") ? " (the artifact has expired)" : "";
  return new IntegrityError(
    `backup ${manifest.id}: its data object ${manifest.object} is missing from ${destination.display}${why}`,
    {
      hint: "the backup cannot be restored; use another backup"
    }
  );
}
async function verifiedCopy(destination, manifest, signal, options = {}) {
  if (destination.localPath) {
    const path2 = destination.localPath(manifest.object);
    const open8 = () => createReadStream3(path2, { highWaterMark: 1 << 20 });
    if (!options.checkWhileReading) {
      await checkLocalDigest(destination, manifest, path2, signal);
      return { open: open8, failure: NO_FAILURE, dispose: async () => {
      } };
    }
    let verdict;
    return {
      open: () => digestChecked(open8(), manifest, (mismatch) => {
        verdict = { mismatch };
      }),
      // Read to the end, the inline check has the answer; a read that stopped early (the decoder
      // failed first) is followed by a check of the whole object, so damage is reported as such.
      failure: async () => {
        if (verdict) return verdict.mismatch;
        return checkLocalDigest(destination, manifest, path2, signal).then(
          () => void 0,
          (error) => signal?.aborted ? void 0 : error
        );
      },
      dispose: async () => {
      }
    };
  }
  const dir = await makeScratchFolder("download");
  const path = join9(dir, manifest.object);
  try {
    await ensureRoom(dir, manifest.size, `the download of ${manifest.object}`);
    await checkDigest(destination, manifest, privateWriteStream(path), signal);
  } catch (error) {
    await rm9(dir, { recursive: true, force: true });
    throw scratchError(dirname5(dir), error, `the download of ${manifest.object} needs ${formatBytes(manifest.size)}`);
  }
  return {
    open: () => createReadStream3(path, { highWaterMark: 1 << 20 }),
    failure: NO_FAILURE,
    dispose: () => rm9(dir, { recursive: true, force: true })
  };
}
function digestChecked(source, manifest, onVerdict) {
  const hash = createHash3("sha256");
  let size = 0;
  const checked = new Transform6({
    readableHighWaterMark: 1 << 20,
    writableHighWaterMark: 1 << 20,
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      let mismatch;
      try {
        assertDigest(manifest, { sha256: hash.digest("hex"), size });
      } catch (error) {
        mismatch = error;
      }
      onVerdict(mismatch);
      callback(mismatch);
    }
  });
  pipeline7(source, checked).catch(() => {
  });
  return checked;
}

// src/commands/restore.ts
async function runRestore(config, context) {
  const started = Date.now();
  const destination = await openDestination(config.from, openContext(context));
  const entry = chooseBackup(
    await readCatalog(destination),
    { backup: config.backup, at: config.at, source: config.sourceKey },
    destination.display
  );
  const manifest = entry.manifest;
  const contents = await readContents(manifest, config.decryption);
  if (manifest.format === "sqlite")
    return restoreSqliteBackup(destination, manifest, contents, config, context, started);
  if (manifest.format === "supabase")
    return restoreSupabaseBackup(destination, manifest, contents, config, context, started);
  if (!config.target) {
    throw new UsageError(
      `backup ${manifest.id} is a PostgreSQL dump: --to must be a postgres:// URL, not '${config.to}'`
    );
  }
  const target = config.target;
  if (manifest.compression.algorithm === "zstd" && manifest.format !== "plain")
    findZstdTool(context.env).catch(() => {
    });
  await findRestoreTool(manifest, config.pgBin);
  const copy = destination.localPath ? await verifiedCopy(destination, manifest, context.signal, { checkWhileReading: true }) : await context.log.group(
    `Download and check ${manifest.id} (${manifest.size} bytes)`,
    () => verifiedCopy(destination, manifest, context.signal)
  );
  try {
    const { created, replaced, serverMajor } = await checkTarget(target, config);
    const rowsFrom = !config.rowCheck ? "none" : serverMajor >= INSERT_COUNTERS_SINCE_MAJOR ? "insert-counters" : "copy-tags";
    const options = { ...config, rowsFrom, contents };
    const rows = replaced ? await restoreReplacing(target, copy, manifest, options, context) : await restoreOnto(target, copy, manifest, options, context);
    return {
      id: manifest.id,
      target: target.display,
      createdDatabase: created,
      replacedDatabase: replaced,
      tables: rows?.tables ?? [],
      rowsChecked: config.rowCheck,
      ...rows ? { rowsFrom: rows.from } : {},
      mismatches: rows ? compareCounts(contents, rows.tables) : [],
      durationMs: Date.now() - started
    };
  } finally {
    await copy.dispose();
  }
}
async function checkTarget(target, config) {
  const { client, created } = await openTarget(target);
  try {
    const { serverMajor } = await serverFacts(client);
    const held = await targetContents(client);
    const existing = held.relations + held.largeObjects;
    if (existing > 0 && !config.clean && !config.force) {
      throw new UsageError(
        `the target database '${target.database}' already holds ${describeContents(held)}; nothing was restored`,
        {
          hint: "restore into a new or empty database, or pass --clean (replace the database) or --force (restore on top)"
        }
      );
    }
    return { created, replaced: existing > 0 && config.clean, serverMajor };
  } finally {
    await client.end().catch(() => {
    });
  }
}
async function restoreOnto(target, copy, manifest, options, context) {
  const reported = await streamInto(target, copy, manifest, options, context);
  if (options.rowsFrom === "none") return void 0;
  const trusted = reported?.from === "insert-counters" ? compareCounts(options.contents, reported.tables).length === 0 : true;
  if (reported && trusted) return reported;
  return { tables: await countRows(target), from: "count" };
}
async function restoreReplacing(target, copy, manifest, options, context) {
  const suffix = randomBytes9(4).toString("hex");
  const staging = withDatabase(target, `${target.database.slice(0, 40)}_sr_restore_${suffix}`);
  await sweepScratchDatabasesLogged(target, context.log);
  await createScratchDatabase(target, staging.database);
  try {
    const rows = await restoreOnto(staging, copy, manifest, options, context);
    await swapInDatabase(target, staging.database, `${target.database.slice(0, 40)}_sr_old_${suffix}`);
    return rows;
  } catch (error) {
    await dropDatabase(target, staging.database).catch(() => {
    });
    throw error;
  }
}
async function countRows(target) {
  return tableRowCountsConcurrently(target, availableParallelism4());
}
function compareCounts(contents, tables) {
  if (contents?.rowCounts !== "exact") return [];
  const restored = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t.rows]));
  return contents.tables.map((t) => ({
    table: `${t.schema}.${t.name}`,
    expected: t.rows,
    restored: restored.get(`${t.schema}.${t.name}`) ?? -1
  })).filter((m) => m.expected !== m.restored);
}
async function restoreSqliteBackup(destination, manifest, contents, config, context, started) {
  if (config.target || !config.to) {
    throw new UsageError(`backup ${manifest.id} is a SQLite database: --to must be the path of the file to write`);
  }
  await checkRestoreTarget(config.to, config.force);
  const result = await restoreDecoded(
    destination,
    manifest,
    config,
    context,
    config.to,
    (payload) => restoreSqlite(payload, config.to, { force: config.force, signal: context.signal })
  );
  return {
    id: manifest.id,
    target: result.path,
    createdDatabase: true,
    replacedDatabase: config.force,
    tables: result.tables,
    rowsChecked: true,
    mismatches: compareCounts(contents, result.tables),
    durationMs: Date.now() - started
  };
}
async function restoreDecoded(destination, manifest, config, context, into, restore) {
  const copy = await context.log.group(
    `Check ${manifest.id} (${manifest.size} bytes)`,
    () => verifiedCopy(destination, manifest, context.signal)
  );
  try {
    return await context.log.group(
      `Restore into ${into}`,
      () => withDecodedPayload(copy, manifest, config.decryption, context.signal, restore)
    );
  } finally {
    await copy.dispose();
  }
}
async function restoreSupabaseBackup(destination, manifest, contents, config, context, started) {
  if (!config.target)
    throw new UsageError(
      `backup ${manifest.id} is a Supabase project: --to must be the target project's postgres:// URL`
    );
  const target = config.target;
  const { restoreSupabase } = await import("./supabase-YYCK7DFL.js");
  const result = await restoreDecoded(
    destination,
    manifest,
    config,
    context,
    target.display,
    (payload) => restoreSupabase(
      payload,
      {
        databaseUrl: config.to,
        ...config.projectUrl ? { projectUrl: config.projectUrl } : {},
        ...config.serviceRoleKey ? { serviceRoleKey: config.serviceRoleKey } : {},
        skipStorage: config.skipStorage,
        storageOnly: config.storageOnly,
        force: config.force,
        clean: config.clean,
        ...config.pgBin ? { pgBin: config.pgBin } : {}
      },
      context
    )
  );
  context.log.info(`restored ${result.files} files into ${result.buckets.length} buckets`);
  return {
    id: manifest.id,
    target: target.display,
    createdDatabase: false,
    replacedDatabase: false,
    tables: result.tables,
    rowsChecked: true,
    mismatches: config.storageOnly ? [] : compareCounts(contents, result.tables),
    durationMs: Date.now() - started
  };
}

// src/catalog/lease.ts
import { randomBytes as randomBytes10 } from "node:crypto";
import { hostname as hostname4 } from "node:os";
import { setTimeout as sleep2 } from "node:timers/promises";
var LEASE_PREFIX = "strongroom-lease.";
var READING_PREFIX = "strongroom-reading.";
var TOKEN = /^[0-9a-f]{16}$/;
var SETTLE_LOCAL_MS = 200;
var SETTLE_REMOTE_MS = 1500;
function settleMsFor(destination) {
  return destination.localPath ? SETTLE_LOCAL_MS : SETTLE_REMOTE_MS;
}
function newToken() {
  return randomBytes10(8).toString("hex");
}
function leaseName(token) {
  return `${LEASE_PREFIX}${token}.json`;
}
function readingMarkName(backupId, token) {
  return `${READING_PREFIX}${backupId}.${token}.json`;
}
function describeHolder(env) {
  const run = runUrlFromEnv(env);
  return `host ${hostname4()} pid ${process.pid}${run ? `, run ${run}` : ""}`;
}
var MAX_LEASE_AHEAD_MS = 60 * 6e4;
function isLive(record2, now) {
  const expires = Date.parse(record2.expiresAt);
  return expires > now && expires <= now + MAX_LEASE_AHEAD_MS;
}
async function readLeases(destination, wanted, log, objects) {
  const found2 = [];
  const infos = [];
  if (objects) infos.push(...objects.filter((o) => wanted(o.name)));
  else for await (const info of destination.list()) if (wanted(info.name)) infos.push(info);
  for (const info of infos) {
    try {
      const record2 = parseLease(await readSmallObject(destination, info.name));
      if (record2) found2.push({ name: info.name, record: record2, modified: info.modified });
      else log?.warn(`${destination.display}: ${info.name} is not a lease Strongroom wrote; ignored`);
    } catch (error) {
      if (!isNotFound(error)) log?.warn(`${destination.display}: could not read ${info.name}: ${messageOf(error)}`);
    }
  }
  return found2;
}
function parseLease(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || value.strongroomLease !== 1) return void 0;
  const short = (v) => typeof v === "string" && v.length <= 500;
  if (value.kind !== "rotate" && value.kind !== "read") return void 0;
  if (typeof value.token !== "string" || !TOKEN.test(value.token)) return void 0;
  if (!short(value.holder) || !short(value.createdAt) || !short(value.expiresAt)) return void 0;
  if (!Number.isFinite(Date.parse(value.expiresAt))) return void 0;
  if (value.backup !== void 0 && !short(value.backup)) return void 0;
  if (value.queuedAt !== void 0 && !short(value.queuedAt)) return void 0;
  return value;
}
var HeldObject = class {
  constructor(destination, name, record2, options) {
    this.destination = destination;
    this.name = name;
    this.options = options;
    this.record = record2;
  }
  destination;
  name;
  options;
  record;
  timer;
  renewing = Promise.resolve();
  lostReason;
  released = false;
  written = false;
  get current() {
    return this.record;
  }
  /** Why the object is no longer ours, or undefined while it is. */
  get lost() {
    if (!this.lostReason && !isLive(this.record, Date.now()))
      this.lostReason = `it expired at ${this.record.expiresAt}`;
    return this.lostReason;
  }
  /** Writes the record (with a fresh expiry) and starts renewing it. */
  async write(change = {}) {
    const writing = this.renewing.then(async () => {
      this.record = { ...this.record, ...change, expiresAt: expiry(this.options.ttlMs) };
      await writeJsonObject(this.destination, this.name, this.record);
      this.written = true;
    });
    this.renewing = writing.catch(() => {
    });
    await writing;
    if (!this.timer) {
      const every = this.options.renewEveryMs ?? Math.floor(this.options.ttlMs / 3);
      this.timer = setInterval(() => {
        this.renewing = this.renewing.then(() => this.renew());
      }, every);
      this.timer.unref();
    }
  }
  async renew() {
    if (this.released || this.lostReason) return;
    try {
      const stored = parseLease(await readSmallObject(this.destination, this.name));
      if (stored?.token !== this.record.token) {
        this.lostReason = `${this.name} was replaced by another holder`;
        return;
      }
      if (this.released) return;
      this.record = { ...this.record, expiresAt: expiry(this.options.ttlMs) };
      await writeJsonObject(this.destination, this.name, this.record);
    } catch (error) {
      if (isNotFound(error)) this.lostReason = `${this.name} was removed by someone else`;
      else this.options.log.warn(`could not renew ${this.name} in ${this.destination.display}: ${messageOf(error)}`);
    }
  }
  /** Stops renewing and removes the object; a failure is a warning (the object expires by itself). */
  async release() {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    await this.renewing;
    if (!this.written) return;
    try {
      await this.destination.remove(this.name);
    } catch (error) {
      if (isNotFound(error)) return;
      const expired = { ...this.record, expiresAt: (/* @__PURE__ */ new Date()).toISOString() };
      const freed = await writeJsonObject(this.destination, this.name, expired).then(
        () => true,
        () => false
      );
      if (!freed)
        this.options.log.warn(
          `could not remove ${this.name} from ${this.destination.display} (${messageOf(error)}); it expires by itself at ${this.record.expiresAt}`
        );
    }
  }
};
function expiry(ttlMs) {
  return new Date(Date.now() + ttlMs).toISOString();
}
async function pause(ms, signal) {
  if (ms <= 0) return signal.throwIfAborted();
  await sleep2(ms, void 0, { signal }).catch((error) => {
    throw signal.aborted ? signal.reason : error;
  });
}

// src/catalog/reading-mark.ts
var READING_TTL_MS = 10 * 6e4;
async function withReadingMark(destination, id, context, read) {
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const record2 = {
    strongroomLease: 1,
    kind: "read",
    token: newToken(),
    holder: describeHolder(context.env),
    backup: id,
    createdAt: now,
    expiresAt: now
  };
  const mark = new HeldObject(destination, readingMarkName(id, record2.token), record2, {
    ttlMs: READING_TTL_MS,
    log: context.log
  });
  try {
    try {
      await mark.write();
    } catch (error) {
      if (context.signal.aborted) throw error;
      context.log.warn(
        `could not mark ${id} as being read in ${destination.display} (${messageOf(error)}): a rotation running now could remove it`
      );
      return await read();
    }
    await pause(settleMsFor(destination), context.signal);
    const present = await destination.stat(manifestName(id)).then(
      () => true,
      (error) => {
        if (isNotFound(error)) return false;
        throw error;
      }
    );
    return present ? await read() : void 0;
  } finally {
    await mark.release();
  }
}
async function readingMarks(destination, context, objects) {
  const marks = await readLeases(destination, (name) => name.startsWith(READING_PREFIX), context.log, objects);
  const now = Date.now();
  const byId2 = /* @__PURE__ */ new Map();
  for (const { name, record: record2 } of marks)
    if (record2.kind === "read" && record2.backup && isLive(record2, now) && name === readingMarkName(record2.backup, record2.token))
      byId2.set(record2.backup, record2);
  return byId2;
}

// src/retention/lease.ts
var LEASE_TTL_MS = 5 * 6e4;
var LeaseHeldError = class extends DestinationError {
  constructor(message, hint) {
    super(message, { permanent: true, hint });
  }
};
async function acquireRotationLease(destination, context, options = {}) {
  const ttlMs = options.ttlMs ?? LEASE_TTL_MS;
  const token = newToken();
  const now = /* @__PURE__ */ new Date();
  const record2 = {
    strongroomLease: 1,
    kind: "rotate",
    token,
    holder: describeHolder(context.env),
    createdAt: now.toISOString(),
    expiresAt: now.toISOString(),
    state: "candidate"
  };
  const held = new HeldObject(destination, leaseName(token), record2, { ttlMs, log: context.log });
  try {
    const started = Date.now();
    await held.write();
    const settle = options.settleMs ?? settleMsFor(destination);
    await pause(Math.max(settle, 2 * (Date.now() - started)), context.signal);
    const leases = await readLeases(destination, (name) => name.startsWith(LEASE_PREFIX), context.log);
    const mine = leases.find((l) => l.record.token === token);
    if (!mine) throw new DestinationError(`the rotation lease just written to ${destination.display} is not listed`);
    const rival = winnerOver(mine, leases);
    if (rival) throw heldError(destination, rival.record);
    await held.write({ state: "held", queuedAt: mine.modified.toISOString() });
    await removeExpired(destination, leases, context);
  } catch (error) {
    await held.release();
    throw error;
  }
  return {
    name: held.name,
    assertHeld() {
      const lost = held.lost;
      if (lost)
        throw new DestinationError(
          `rotation stopped: the rotation lease in ${destination.display} was lost (${lost})`,
          {
            hint: "another rotation may have taken over after the lease expired; what was removed so far is consistent, run rotate again"
          }
        );
    },
    release: () => held.release()
  };
}
function winnerOver(mine, leases) {
  const now = Date.now();
  const others = leases.filter((l) => l !== mine && l.record.kind === "rotate" && isLive(l.record, now));
  const held = others.find((l) => l.record.state === "held");
  if (held) return held;
  const order = (l) => l.record.queuedAt ?? l.modified.toISOString();
  const first = [mine, ...others].sort(
    (a, b) => order(a) !== order(b) ? Date.parse(order(a)) < Date.parse(order(b)) ? -1 : 1 : a.name < b.name ? -1 : 1
  )[0];
  return first === mine ? void 0 : first;
}
function heldError(destination, holder) {
  return new LeaseHeldError(
    `another rotation holds the lease on ${destination.display}: ${holder.holder}, since ${holder.createdAt}, until ${holder.expiresAt} unless renewed`,
    `two rotations must not remove backups at once: run rotate again after that one ends; a lease of a killed run expires by itself at ${holder.expiresAt}`
  );
}
async function removeExpired(destination, leases, context) {
  const now = Date.now();
  for (const lease of leases) {
    if (isLive(lease.record, now)) continue;
    try {
      await destination.remove(lease.name);
      context.log.info(
        Date.parse(lease.record.expiresAt) > now ? `removed ${lease.name}: its expiry ${lease.record.expiresAt} is further ahead than any rotation takes a lease for` : `took over the expired rotation lease of ${lease.record.holder} (expired ${lease.record.expiresAt})`
      );
    } catch (error) {
      context.log.warn(`could not remove the expired lease ${lease.name}: ${messageOf(error)}`);
    }
  }
}

// src/commands/rotate.ts
var TEST_PAUSE_ENV = "STRONGROOM_TEST_PAUSE_BETWEEN_DELETIONS_MS";
async function runRotate(config, context, opened) {
  const destination = opened ?? await openDestination(config.from, openContext(context));
  const lease = config.dryRun ? void 0 : await acquireRotationLease(destination, context);
  try {
    return await rotateLeased(config, context, destination, lease);
  } finally {
    await lease?.release();
  }
}
async function rotateLeased(config, context, destination, lease) {
  const now = /* @__PURE__ */ new Date();
  const catalog = await readCatalog(destination, now);
  for (const bad of catalog.unreadable)
    context.log.warn(`${destination.display}: damaged entry ${bad.name} was left alone: ${bad.reason}`);
  const decisions = planRetention(
    catalog.backups.map((entry) => ({
      id: entry.manifest.id,
      createdAt: new Date(entry.manifest.createdAt),
      group: entry.manifest.source.key,
      complete: entry.object !== void 0 && entry.object.size === entry.manifest.size,
      verified: entry.verification ? entry.verification.ok ? "passed" : "failed" : void 0
    })),
    config.policy
  );
  const plan = decisions.map((d) => planned(d, catalog));
  const orphans = findOrphans(catalog, config.graceMs, now);
  const beingRead = (id, mark) => {
    const at = plan.findIndex((p) => p.id === id);
    const reason = `being read by a verify (${mark.holder}) until ${mark.expiresAt}: kept for this run`;
    plan[at] = { ...plan[at], keep: true, reasons: [...plan[at].reasons, reason] };
    context.log.info(`kept ${id}: ${reason}`);
  };
  const doomed = decisions.filter((d) => !d.keep).map((d) => d.entry.id);
  const removed = [];
  if (config.dryRun) {
    const marks = await readingMarks(destination, context, catalog.objects);
    for (const id of doomed)
      if (marks.has(id)) beingRead(id, marks.get(id));
      else removed.push(id);
  } else {
    const remove = remover(destination, context, lease);
    const doomedIds = new Set(doomed);
    const keptObjects = new Set(
      catalog.backups.filter((b) => !doomedIds.has(b.manifest.id)).map((b) => b.manifest.object)
    );
    const names = catalog.objects.map((o) => o.name);
    for (const id of doomed) {
      const mark = (await freshReadingMarks(destination, context)).get(id);
      if (mark) {
        beingRead(id, mark);
        continue;
      }
      const entry = catalog.backups.find((b) => b.manifest.id === id);
      const [manifest, ...records] = companionNames(id, names);
      await remove(manifest);
      if (!keptObjects.has(entry.manifest.object)) await remove(entry.manifest.object);
      for (const record2 of records) await remove(record2);
      removed.push(id);
      context.log.info(`removed ${id}`);
    }
    for (const orphan of orphans) {
      await remove(orphan);
      context.log.info(`removed orphaned ${orphan}`);
    }
  }
  return {
    destination: destination.display,
    dryRun: config.dryRun,
    plan,
    kept: plan.filter((p) => p.keep).length,
    removed,
    orphans
  };
}
async function freshReadingMarks(destination, context) {
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    const marks = await readingMarks(destination, context);
    if (Date.now() - started < settleMsFor(destination) / 2 || attempt === 3) return marks;
  }
}
function remover(destination, context, lease) {
  const pauseMs = Number(context.env[TEST_PAUSE_ENV] ?? 0);
  return async (name) => {
    if (context.signal.aborted) throw context.signal.reason;
    lease?.assertHeld();
    await removeIfPresent(destination, name);
    if (pauseMs > 0) {
      context.log.info(`test pause after removing ${name}`);
      await pause(pauseMs, context.signal);
    }
  };
}
function planned(decision, catalog) {
  const entry = catalog.backups.find((b) => b.manifest.id === decision.entry.id);
  return {
    id: decision.entry.id,
    createdAt: entry.manifest.createdAt,
    source: entry.manifest.source.display,
    keep: decision.keep,
    reasons: decision.reasons,
    ...decision.entry.verified ? { verified: decision.entry.verified } : {}
  };
}
async function removeIfPresent(destination, name) {
  try {
    await destination.remove(name);
  } catch (error) {
    if (isNotFound(error)) return;
    throw new DestinationError(
      `rotation stopped: could not remove ${name} from ${destination.display}: ${messageOf(error)}`,
      {
        cause: error,
        hint: "what was removed before is consistent (manifests go first); run rotate again once the cause is fixed"
      }
    );
  }
}
function findOrphans(catalog, graceMs, now) {
  const referenced = /* @__PURE__ */ new Set();
  const ids = /* @__PURE__ */ new Set();
  for (const entry of catalog.backups) {
    referenced.add(entry.manifest.object);
    ids.add(entry.manifest.id);
  }
  const listed = new Set(ids);
  const unreadable = new Set(catalog.unreadable.map((u) => u.name));
  for (const name of unreadable) ids.add(name.slice(0, -MANIFEST_SUFFIX.length));
  const orphans = [];
  for (const entry of catalog.backups) {
    if (entry.object !== void 0) continue;
    const age2 = now.getTime() - Date.parse(entry.manifest.completedAt);
    if (age2 > graceMs)
      orphans.push(
        ...companionNames(
          entry.manifest.id,
          catalog.objects.map((o) => o.name)
        )
      );
  }
  for (const object of catalog.objects) {
    if (referenced.has(object.name) || unreadable.has(object.name) || object.name.endsWith(MANIFEST_SUFFIX)) continue;
    const record2 = parseVerificationName(object.name);
    const id = record2?.id ?? /^(\d{8}T\d{9}Z-[a-z0-9_-]+-[0-9a-f]{12})\./.exec(object.name)?.[1];
    if (!id || ids.has(id) && (record2 !== void 0 || !listed.has(id))) continue;
    const born = timeOfBackupId(id) ?? object.modified;
    const age2 = now.getTime() - Math.max(born.getTime(), object.modified.getTime());
    if (age2 > graceMs) orphans.push(object.name);
  }
  return orphans;
}

// src/verify/verify-backup.ts
import { rm as rm11 } from "node:fs/promises";
import { join as join11 } from "node:path";
import { pipeline as pipeline8 } from "node:stream/promises";

// src/sources/postgres/inspect.ts
import { readdir as readdir3, rm as rm10 } from "node:fs/promises";
import { join as join10 } from "node:path";
import { Writable as Writable5 } from "node:stream";
var CUSTOM_MAGIC = Buffer.from("PGDMP");
function tocSink(pgRestore, backupId) {
  const stage = spawnStage(pgRestore, ["--list"], {
    stdin: "pipe",
    makeError: (detail) => new IntegrityError(`backup ${backupId}: pg_restore cannot read the dump's table of contents: ${detail}`)
  });
  let toc = "";
  stage.child.stdout.setEncoding("utf8");
  stage.child.stdout.on("data", (text) => {
    toc += text;
  });
  const sink = stdinSink(stage, {
    checkFirst: (chunk) => chunk.subarray(0, 5).equals(CUSTOM_MAGIC) ? void 0 : new IntegrityError(`backup ${backupId}: the decoded data is not a pg_dump custom-format archive`)
  });
  return {
    sink,
    async dispose() {
      if (stage.child.exitCode === null && stage.child.signalCode === null) stage.child.kill("SIGKILL");
    },
    async result() {
      await stage.exited;
      const entries = toc.split("\n").filter((line) => line.trim() && !line.startsWith(";")).length;
      if (entries === 0) throw new IntegrityError(`backup ${backupId}: the dump's table of contents is empty`);
      return { entries, detail: `${entries} table-of-contents entries` };
    }
  };
}
var PLAIN_TRAILER = "-- PostgreSQL database dump complete";
function plainSink(backupId) {
  let tail = "";
  let lines = 0;
  const sink = new Writable5({
    highWaterMark: 1 << 20,
    write(chunk, _encoding, callback) {
      const text = chunk.toString("latin1");
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
      tail = (tail + text).slice(-4096);
      callback();
    }
  });
  return {
    sink,
    async dispose() {
    },
    async result() {
      if (!tail.includes(PLAIN_TRAILER)) {
        throw new IntegrityError(`backup ${backupId}: the SQL dump is incomplete (pg_dump's closing line is missing)`);
      }
      return { entries: lines, detail: `${lines} lines of SQL` };
    }
  };
}
async function directorySink(pgRestore, backupId) {
  const folder = await makeScratchFolder("verify-dir");
  const tar = spawnStage("tar", ["-C", folder, "-xf", "-"], {
    stdin: "pipe",
    stdout: "ignore",
    makeError: (detail) => new IntegrityError(`backup ${backupId}: the decoded data is not a readable tar of a dump folder: ${detail}`)
  });
  const sink = stdinSink(tar);
  return {
    sink,
    async dispose() {
      if (tar.child.exitCode === null && tar.child.signalCode === null) tar.child.kill("SIGKILL");
      await rm10(folder, { recursive: true, force: true });
    },
    async result() {
      try {
        await tar.exited;
        const list = spawnStage(pgRestore, ["--list", join10(folder, ".")], {
          makeError: (detail) => new IntegrityError(`backup ${backupId}: pg_restore cannot read the dump folder: ${detail}`)
        });
        let toc = "";
        list.child.stdout.setEncoding("utf8");
        list.child.stdout.on("data", (text) => toc += text);
        await list.exited;
        const entries = toc.split("\n").filter((line) => line.trim() && !line.startsWith(";")).length;
        const files = (await readdir3(folder)).filter((name) => name.endsWith(".dat")).length;
        if (entries === 0) throw new IntegrityError(`backup ${backupId}: the dump's table of contents is empty`);
        return { entries, detail: `${entries} table-of-contents entries, ${files} data files` };
      } finally {
        await rm10(folder, { recursive: true, force: true });
      }
    }
  };
}

// src/verify/restore-check.ts
import { randomBytes as randomBytes11 } from "node:crypto";
async function restoreCheck(copy, manifest, contents, options, context) {
  const scratch = withDatabase(options.server, `strongroom_verify_${randomBytes11(6).toString("hex")}`);
  await sweepScratchDatabasesLogged(options.server, context.log);
  await createScratchDatabase(options.server, scratch.database);
  try {
    await streamInto(
      scratch,
      copy,
      manifest,
      { decryption: options.decryption, noOwner: true, pgBin: options.pgBin, jobs: defaultJobs(), rowsFrom: "none" },
      context
    );
    await options.afterRestore?.(scratch);
    const restored = await observe(scratch);
    if (!contents)
      return {
        checks: [`restored into a scratch database (${restored.tables.length} tables); no recorded counts to compare`],
        differences: []
      };
    const differences = compare(contents, restored);
    const rows = contents.tables.reduce((sum, t) => sum + t.rows, 0);
    const checks = [
      `restored into a scratch database`,
      `${contents.tables.length} tables and ${rows} rows ${contents.rowCounts === "exact" ? "match the exact counts" : "compared with the estimates"} recorded at dump time`,
      `${contents.sequences.length} sequences, ${contents.largeObjects} large objects`
    ];
    return { checks, differences };
  } finally {
    await dropDatabase(options.server, scratch.database).catch(
      (error) => context.log.warn(`could not drop the scratch database ${scratch.database}: ${error.message}`)
    );
  }
}
async function observe(target) {
  const client = await connect(target, "scratch database");
  try {
    const tables = await tableRowCounts(client);
    const seqs = await client.query(
      "select schemaname as s, sequencename as n, last_value::text as v from pg_sequences where schemaname not in ('pg_catalog','information_schema')"
    );
    const lobs = await client.query("select count(*) as n from pg_largeobject_metadata");
    return {
      tables,
      sequences: new Map(seqs.rows.map((r) => [`${r.s}.${r.n}`, r.v])),
      largeObjects: Number(lobs.rows[0].n)
    };
  } finally {
    await client.end().catch(() => {
    });
  }
}
function compare(recorded, restored) {
  const differences = [];
  const restoredRows = new Map(restored.tables.map((t) => [`${t.schema}.${t.name}`, t.rows]));
  for (const table of recorded.tables) {
    const key = `${table.schema}.${table.name}`;
    const rows = restoredRows.get(key);
    if (rows === void 0) differences.push(`${key}: missing after restore`);
    else if (recorded.rowCounts === "exact" && rows !== table.rows)
      differences.push(`${key}: ${rows} rows restored, ${table.rows} at dump time`);
    restoredRows.delete(key);
  }
  for (const key of restoredRows.keys()) differences.push(`${key}: restored but not recorded at dump time`);
  for (const sequence of recorded.sequences) {
    const key = `${sequence.schema}.${sequence.name}`;
    if (!restored.sequences.has(key)) differences.push(`sequence ${key}: missing after restore`);
    else if (restored.sequences.get(key) !== sequence.lastValue) {
      differences.push(
        `sequence ${key}: last value ${restored.sequences.get(key)} restored, ${sequence.lastValue} at dump time`
      );
    }
  }
  if (restored.largeObjects !== recorded.largeObjects) {
    differences.push(`large objects: ${restored.largeObjects} restored, ${recorded.largeObjects} at dump time`);
  }
  return differences;
}
function differencesError(manifest, differences) {
  return new IntegrityError(
    `backup ${manifest.id}: the restored data differs from the dump: ${differences.join("; ")}`,
    {
      hint: "the backup does not restore to what was dumped; keep it for investigation and rely on another backup"
    }
  );
}

// src/verify/supabase-scratch.ts
import { randomBytes as randomBytes12 } from "node:crypto";
var PLATFORM_ROLES = [
  "anon",
  "authenticated",
  "service_role",
  "authenticator",
  "dashboard_user",
  "pgbouncer",
  "supabase_admin",
  "supabase_auth_admin",
  "supabase_storage_admin",
  "supabase_functions_admin",
  "supabase_realtime_admin",
  "supabase_replication_admin",
  "supabase_read_only_user"
];
var PROJECT_SHAPE = `
create schema if not exists extensions;
create schema if not exists auth;
create schema if not exists storage;
create schema if not exists realtime;
create schema if not exists graphql;
create schema if not exists graphql_public;
create schema if not exists vault;
create table auth.users (id uuid primary key);
create table storage.buckets (id text primary key);
create table storage.objects (id uuid primary key default gen_random_uuid(), bucket_id text references storage.buckets (id));
create function auth.uid() returns uuid language sql stable as
  $$ select nullif(coalesce(current_setting('request.jwt.claim.sub', true), current_setting('request.jwt.claims', true)::jsonb ->> 'sub'), '')::uuid $$;
create function auth.role() returns text language sql stable as
  $$ select nullif(coalesce(current_setting('request.jwt.claim.role', true), current_setting('request.jwt.claims', true)::jsonb ->> 'role'), '')::text $$;
create function auth.email() returns text language sql stable as
  $$ select nullif(coalesce(current_setting('request.jwt.claim.email', true), current_setting('request.jwt.claims', true)::jsonb ->> 'email'), '')::text $$;
create function auth.jwt() returns jsonb language sql stable as
  $$ select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;
create function storage.foldername(name text) returns text[] language sql immutable as
  $$ select (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1] $$;
create function storage.filename(name text) returns text language sql immutable as
  $$ select (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)] $$;
create function storage.extension(name text) returns text language sql immutable as
  $$ select reverse(split_part(reverse(storage.filename(name)), '.', 1)) $$;
create publication supabase_realtime;
`;
var ROLES_LOCK = "select pg_advisory_lock(hashtext('strongroom: supabase scratch roles'))";
async function createScratchProject(server, log) {
  const admin = await connect(server, "verify server");
  const created = [];
  const target = withDatabase(server, `strongroom_verify_${randomBytes12(6).toString("hex")}`);
  let databaseMade = false;
  const dispose = async () => {
    try {
      if (databaseMade) {
        await dropDatabase(server, target.database).catch(
          (error) => log.warn(`could not drop the scratch database ${target.database}: ${error.message}`)
        );
      }
      for (const role of created.reverse()) {
        await admin.query(`drop role if exists ${quoteIdent(role)}`).catch((error) => {
          log.warn(`could not drop the scratch role ${role}: ${error.message}`);
        });
      }
    } finally {
      await admin.end().catch(() => {
      });
    }
  };
  const ensureRoles = async (names) => {
    const wanted = [...new Set(names)].filter((n) => n && !/^pg_/i.test(n) && n.toLowerCase() !== "public");
    const { rows } = await admin.query("select rolname from pg_roles where rolname = any($1)", [
      wanted
    ]);
    const present = new Set(rows.map((r) => r.rolname));
    for (const name of wanted.filter((n) => !present.has(n))) {
      await admin.query(`create role ${quoteIdent(name)} nologin`);
      created.push(name);
    }
  };
  try {
    await admin.query(ROLES_LOCK);
    await ensureRoles(PLATFORM_ROLES);
    await createEmptyDatabase(server, target.database);
    databaseMade = true;
    await withClient(target, (client) => client.query(PROJECT_SHAPE));
    if (created.length) log.info(`scratch roles (dropped afterwards): ${created.join(", ")}`);
    return { target, ensureRoles, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
async function withClient(target, body) {
  const client = await connect(target, "scratch database");
  try {
    return await body(client);
  } finally {
    await client.end().catch(() => {
    });
  }
}

// src/verify/supabase-restore-check.ts
async function supabaseRestoreCheck(copy, manifest, contents, options, context) {
  const recorded = contents;
  const { restoreSupabase } = await import("./supabase-YYCK7DFL.js");
  const project = await createScratchProject(options.server, context.log);
  try {
    await project.ensureRoles(recorded?.database?.roles ?? []);
    const result = await withDecodedPayload(
      copy,
      manifest,
      options.decryption,
      context.signal,
      (payload) => restoreSupabase(
        payload,
        {
          databaseUrl: urlWithPassword(project.target),
          skipStorage: true,
          storageOnly: false,
          scratch: project,
          ...options.pgBin ? { pgBin: options.pgBin } : {}
        },
        context
      )
    );
    await options.afterRestore?.(project.target);
    if (!recorded?.tables) {
      return {
        checks: [`restored into a scratch Supabase-like database; no recorded contents to compare`],
        differences: []
      };
    }
    const tables = await countTables(project.target);
    const differences = [
      ...compareTables(recorded, tables.rows),
      ...compareSequences(recorded, tables.sequences),
      ...compareFiles(recorded, result.checkedFiles)
    ];
    const rows = recorded.tables.reduce((sum, t) => sum + t.rows, 0);
    const bytes = recorded.storage.files.reduce((sum, f) => sum + f.size, 0);
    return {
      checks: [
        "restored roles, schema, data, policies and triggers into a scratch Supabase-like database",
        `${recorded.tables.length} tables and ${rows} rows match the exact counts recorded at dump time; ${recorded.sequences.length} sequences`,
        `${recorded.storage.files.length} Storage files (${bytes} bytes) match the manifest's sizes and sha256, none uploaded`
      ],
      differences
    };
  } finally {
    await project.dispose();
  }
}
async function countTables(target) {
  const client = await connect(target, "scratch database");
  try {
    const { tableRowCounts: tableRowCounts3 } = await import("./target-GDQRFVSI.js");
    const tables = await tableRowCounts3(client);
    const seqs = await client.query(
      "select schemaname as s, sequencename as n, last_value::text as v from pg_sequences"
    );
    return {
      rows: new Map(tables.map((t) => [`${t.schema}.${t.name}`, t.rows])),
      sequences: new Map(seqs.rows.map((r) => [`${r.s}.${r.n}`, r.v]))
    };
  } finally {
    await client.end().catch(() => {
    });
  }
}
function compareTables(recorded, restored) {
  const differences = [];
  const named = /* @__PURE__ */ new Set();
  for (const table of recorded.tables) {
    const key = `${table.schema}.${table.name}`;
    named.add(key);
    const rows = restored.get(key);
    if (rows === void 0) differences.push(`${key}: missing after restore`);
    else if (rows !== table.rows) differences.push(`${key}: ${rows} rows restored, ${table.rows} at dump time`);
  }
  for (const key of restored.keys()) {
    const schema = key.slice(0, key.indexOf("."));
    if (!named.has(key) && !isManagedSchema(schema)) differences.push(`${key}: restored but not recorded at dump time`);
  }
  return differences;
}
function compareSequences(recorded, restored) {
  const differences = [];
  for (const sequence of recorded.sequences) {
    const key = `${sequence.schema}.${sequence.name}`;
    if (!restored.has(key)) differences.push(`sequence ${key}: missing after restore`);
    else if (restored.get(key) !== sequence.lastValue)
      differences.push(`sequence ${key}: last value ${restored.get(key)} restored, ${sequence.lastValue} at dump time`);
  }
  return differences;
}
function compareFiles(recorded, read) {
  const differences = [];
  const found2 = new Map(read.map((f) => [`${f.bucket}/${f.path}`, f]));
  for (const file of recorded.storage.files) {
    const key = `${file.bucket}/${file.path}`;
    const got = found2.get(key);
    if (!got) differences.push(`Storage file ${key}: missing from the backup`);
    else if (got.sha256 !== file.sha256 || got.size !== file.size)
      differences.push(
        `Storage file ${key}: ${got.size} bytes, sha256 ${got.sha256}; the manifest says ${file.size} bytes, ${file.sha256}`
      );
    found2.delete(key);
  }
  for (const key of found2.keys()) differences.push(`Storage file ${key}: in the backup but not in the manifest`);
  return differences;
}
function urlWithPassword(target) {
  const url = new URL(target.urlWithoutPassword);
  if (target.password) url.password = encodeURIComponent(target.password);
  return url.toString();
}

// src/verify/verify-backup.ts
async function verifyOne(destination, entry, level, config, context, hooks) {
  const { manifest } = entry;
  const checks = [];
  try {
    checks.push(`object present, ${await storedSize(destination, manifest)} bytes`);
    if (level === "digest") {
      await checkDigest(destination, manifest, void 0, context.signal);
      checks.push("sha256 matches");
    } else if (level === "decode") {
      checks.push(...await decodeCheck(destination, manifest, config, context));
    } else if (level === "restore" && manifest.format === "sqlite") {
      checks.push(...await sqliteRestoreCheck(destination, manifest, config, context));
    } else if (level === "restore") {
      const differences = await databaseRestoreCheck(destination, manifest, config, context, hooks, checks);
      if (differences.length) {
        const error = differencesError(manifest, differences);
        return {
          id: manifest.id,
          level,
          ok: false,
          checks,
          differences,
          error: error.message,
          ...error.hint ? { hint: error.hint } : {}
        };
      }
    }
    return { id: manifest.id, level, ok: true, checks };
  } catch (error) {
    if (!(error instanceof IntegrityError)) throw error;
    const hint = error.hint;
    return {
      id: manifest.id,
      level,
      ok: false,
      checks,
      error: context.log.redactor.redact(messageOf(error)),
      ...hint ? { hint } : {}
    };
  }
}
async function storedSize(destination, manifest) {
  const info = await destination.stat(manifest.object).catch((error) => {
    throw isNotFound(error) ? missingObject(manifest, destination) : error;
  });
  if (info.size !== manifest.size) {
    throw new IntegrityError(
      `backup ${manifest.id}: the stored object has ${info.size} bytes, the manifest says ${manifest.size}`,
      {
        hint: "the object was truncated or replaced; use another backup"
      }
    );
  }
  return info.size;
}
async function databaseRestoreCheck(destination, manifest, config, context, hooks, checks) {
  if (!config.restoreInto) {
    throw new UsageError(
      `--level restore of a ${manifest.format === "supabase" ? "Supabase" : "PostgreSQL"} backup needs --restore-into postgres://user:password@host:5432/postgres`,
      {
        hint: "a server where Strongroom may create, fill and drop a scratch database (in CI: a postgres service container; supabase/postgres for Supabase backups)"
      }
    );
  }
  const contents = await readContents(manifest, config.decryption);
  const copy = await verifiedCopy(destination, manifest, context.signal);
  checks.push("sha256 matches");
  try {
    const check = manifest.format === "supabase" ? supabaseRestoreCheck : restoreCheck;
    const result = await check(
      copy,
      manifest,
      contents,
      {
        server: config.restoreInto,
        decryption: config.decryption,
        pgBin: config.pgBin,
        afterRestore: hooks.afterRestore
      },
      context
    );
    checks.push(...result.checks.slice(0, result.differences.length ? 1 : void 0));
    return result.differences;
  } finally {
    await copy.dispose();
  }
}
async function decodeCheck(destination, manifest, config, context) {
  await readContents(manifest, config.decryption);
  const digest = createDigestStream();
  const source = await destination.get(manifest.object, { signal: context.signal });
  const inspector = await inspectorFor(manifest, config).catch((error) => {
    source.destroy();
    throw error;
  });
  let inspection;
  try {
    try {
      await pipeline8([source, digest, ...decodeStages(manifest, config.decryption), inspector.sink], {
        signal: context.signal
      });
    } catch (error) {
      await checkDigest(destination, manifest, void 0, context.signal);
      throw decodeError(error, manifest);
    }
    const { sha256, size } = digest.result();
    if (sha256 !== manifest.sha256 || size !== manifest.size)
      await checkDigest(destination, manifest, void 0, context.signal);
    inspection = await inspector.result();
  } finally {
    await inspector.dispose?.();
  }
  return [
    "sha256 matches",
    manifest.encryption.type === "none" ? "not encrypted" : "decrypted and authenticated",
    manifest.compression.algorithm === "none" ? "not compressed" : `${manifest.compression.algorithm} stream intact`,
    inspection.detail
  ];
}
async function sqliteRestoreCheck(destination, manifest, config, context) {
  const contents = await readContents(manifest, config.decryption);
  const copy = await verifiedCopy(destination, manifest, context.signal);
  const dir = await makeScratchFolder("verify");
  try {
    const restored = await withDecodedPayload(
      copy,
      manifest,
      config.decryption,
      context.signal,
      (payload) => restoreSqlite(payload, join11(dir, "restored.sqlite"), { force: false, signal: context.signal })
    );
    assertRowCounts(contents, restored.tables, manifest.id);
    const rows = restored.tables.reduce((sum, t) => sum + t.rows, 0);
    return [
      "sha256 matches",
      "restored to a scratch file that passes integrity_check",
      `${restored.tables.length} tables and ${rows} rows match the counts recorded at dump time`
    ];
  } finally {
    await copy.dispose();
    await rm11(dir, { recursive: true, force: true });
  }
}
async function inspectorFor(manifest, config) {
  if (manifest.format === "sqlite") return sqliteInspector(manifest, await readContents(manifest, config.decryption));
  if (manifest.format === "supabase")
    return (await import("./supabase-YYCK7DFL.js")).supabaseInspector(
      manifest,
      await readContents(manifest, config.decryption),
      config.pgBin
    );
  if (manifest.format === "custom") {
    const pgRestore = await findPgTool("pg_restore", manifest.postgres?.pgDumpMajor ?? 0, { binDir: config.pgBin });
    return tocSink(pgRestore.path, manifest.id);
  }
  if (manifest.format === "directory") {
    const pgRestore = await findPgTool("pg_restore", manifest.postgres?.pgDumpMajor ?? 0, { binDir: config.pgBin });
    return directorySink(pgRestore.path, manifest.id);
  }
  return plainSink(manifest.id);
}

// src/commands/verify.ts
async function runVerify(config, context, hooks = {}) {
  const destination = await openDestination(config.from, openContext(context));
  const catalog = await readCatalog(destination);
  const chosen = config.backup === "all" ? [...catalog.backups] : [
    chooseBackup(
      catalog,
      { backup: config.backup, at: config.at, source: config.sourceKey },
      destination.display
    )
  ];
  if (chosen.length === 0) {
    throw new NotFoundError(`no backups found in ${destination.display}`, { hint: "check the destination" });
  }
  chosen.push(...sampleOthers(catalog.backups, chosen, config.sample));
  refuseMissingKey(chosen, config);
  const outcomes = [];
  for (const entry of chosen) {
    const level = config.level ?? (entry.manifest.encryption.type === "none" || config.decryption.mode !== "none" ? "decode" : "digest");
    const outcome = await withReadingMark(
      destination,
      entry.manifest.id,
      context,
      () => context.log.group(
        `Verify ${entry.manifest.id} (${level})`,
        () => verifyOne(destination, entry, level, config, context, hooks)
      )
    );
    if (!outcome) {
      context.log.warn(`${entry.manifest.id} was removed (by a rotation) before it could be read; skipped`);
      continue;
    }
    context.log.info(outcome.ok ? `  ok: ${outcome.checks.join("; ")}` : `  FAILED: ${outcome.error}`);
    if (config.record) await record(destination, outcome, context);
    outcomes.push(outcome);
  }
  if (outcomes.length === 0) throw new NotFoundError(`the backups chosen in ${destination.display} were removed`);
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) {
    const first = failed[0];
    throw Object.assign(
      new IntegrityError(
        failed.length === 1 ? first.error : `${failed.length} of ${outcomes.length} backups failed verification; first: ${first.error}`,
        { hint: first.hint ?? "use another backup, and find out what changed the stored object" }
      ),
      { result: outcomes }
    );
  }
  return outcomes;
}
function refuseMissingKey(chosen, config) {
  if (config.decryption.mode !== "none" || config.level !== "decode" && config.level !== "restore") return;
  const encrypted = chosen.find((entry) => entry.manifest.encryption.type !== "none");
  if (!encrypted) return;
  throw new UsageError(`backup ${encrypted.manifest.id} is encrypted: --level ${config.level} needs its key`, {
    hint: "give --identity <file> or --passphrase-env <VAR>, or verify with --level digest"
  });
}
function sampleOthers(all, chosen, count) {
  const pool = all.filter((b) => !chosen.includes(b) && b.manifest.createdAt < (chosen[0]?.manifest.createdAt ?? ""));
  const picked = [];
  while (picked.length < count && pool.length) picked.push(...pool.splice(Math.floor(Math.random() * pool.length), 1));
  return picked;
}
async function record(destination, outcome, context) {
  const now = /* @__PURE__ */ new Date();
  const value = {
    strongroomVerification: 1,
    id: outcome.id,
    level: outcome.level,
    verifiedAt: now.toISOString(),
    ok: outcome.ok,
    checks: outcome.checks,
    ...outcome.error ? { error: outcome.error } : {},
    ...outcome.differences ? { differences: outcome.differences } : {}
  };
  try {
    await writeJsonObject(destination, verificationName(outcome.id, now), value);
  } catch (error) {
    context.log.warn(
      `could not record the verification of ${outcome.id} in ${destination.display}: ${messageOf(error)}`
    );
  }
}

// src/commands/dispatch.ts
var COMMANDS = [
  "backup",
  "list",
  "restore",
  "verify",
  "rotate",
  "check",
  "report"
];
async function dispatch(command, raw, context) {
  const redactor = context.log.redactor;
  if (command === "backup" || command === "restore" || command === "verify")
    await sweepScratchFoldersLogged(context.log);
  switch (command) {
    case "backup": {
      const result = await runBackup(registerConfigSecrets(parseBackupConfig(raw, context.env), redactor), context);
      return { command, result, report: backupReport(result), outputs: backupOutputs(result) };
    }
    case "list": {
      const result = await runList(parseListConfig(raw, context.env), context);
      return { command, result, report: {}, outputs: { "backup-id": result[0]?.id ?? "" } };
    }
    case "restore": {
      const result = await runRestore(registerConfigSecrets(parseRestoreConfig(raw, context.env), redactor), context);
      return {
        command,
        result,
        report: { backupId: result.id, source: result.target },
        outputs: { "backup-id": result.id }
      };
    }
    case "verify": {
      const result = await runVerify(registerConfigSecrets(parseVerifyConfig(raw, context.env), redactor), context);
      return { command, result, report: verifyReport(result), outputs: { "backup-id": result[0]?.id ?? "" } };
    }
    case "rotate": {
      const result = await runRotate(parseRotateConfig(raw, context.env), context);
      return {
        command,
        result,
        report: {
          retention: {
            kept: result.kept,
            removed: result.removed.length,
            keptIds: result.plan.filter((p) => p.keep).map((p) => p.id),
            removedIds: result.removed,
            dryRun: result.dryRun
          }
        },
        outputs: { removed: result.removed.join("\n"), kept: String(result.kept) }
      };
    }
    case "check": {
      const result = await runCheck(parseCheckConfig(raw, context.env), context);
      return {
        command,
        result,
        report: { ...result.newest ? { backupId: result.newest.id } : {} },
        outputs: { "backup-id": result.newest?.id ?? "", count: String(result.count) }
      };
    }
    case "report": {
      const result = await runReport(parseReportConfig(raw, context.env), context);
      return {
        command,
        result,
        report: {},
        outputs: { verdict: result.data.verdict, "report-folder": result.out },
        summary: reportSummaryMarkdown(result.data)
      };
    }
    default:
      throw new UsageError(`unknown command '${command}'`, { hint: `use one of: ${COMMANDS.join(", ")}` });
  }
}
function backupReport(result) {
  const m = result.manifest;
  const previous = result.previousFailure;
  return {
    ...previous ? { previousStatus: "failure", previousFailure: previousFailureOf(previous) } : {},
    backupId: m.id,
    source: m.source.display,
    sizes: { plain: m.plainSize, stored: m.size },
    sha256: m.sha256,
    stages: [{ name: "dump \u2192 compress \u2192 encrypt \u2192 store", ms: m.durationMs }],
    destinations: result.destinations.map((d) => ({
      display: d.destination,
      status: d.ok ? "success" : "failure",
      object: m.object,
      ...d.ok ? { bytes: m.size } : {},
      ...d.error ? { error: d.error } : {}
    }))
  };
}
function previousFailureOf(record2) {
  const { failedAt, stage, reason, runUrl } = record2;
  return {
    ...failedAt ? { failedAt } : {},
    ...stage ? { stage } : {},
    ...reason ? { reason } : {},
    ...runUrl ? { runUrl } : {}
  };
}
function backupOutputs(result) {
  const m = result.manifest;
  return {
    "backup-id": m.id,
    sha256: m.sha256,
    size: String(m.size),
    object: m.object,
    locations: result.destinations.filter((d) => d.ok).map((d) => `${d.destination.replace(/\/$/, "")}/${m.object}`).join("\n")
  };
}
function verifyReport(outcomes) {
  const first = outcomes[0];
  if (!first) return {};
  const failed = outcomes.filter((o) => !o.ok);
  return {
    backupId: first.id,
    verification: {
      level: first.level,
      status: failed.length ? "failed" : "passed",
      detail: failed.length ? failed.map((o) => `${o.id}: ${o.error}`).join("; ") : `${outcomes.length} backup(s): ${first.checks.join("; ")}`
    }
  };
}

export {
  parseDuration,
  formatDuration,
  generateIdentity,
  parseRecipient,
  formatIdentityFile,
  readDecryption,
  encryptionSecrets,
  envRetentionDays,
  sourceDisplay,
  readSelector,
  manifestName,
  LocalFolder,
  openDestination,
  createDigestStream,
  MAX_HEADER_SIZE,
  headerError,
  verifyMac,
  encodeHeader,
  checkPrefix,
  findHeaderEnd,
  parseHeader,
  CHUNK_SIZE,
  SEALED_CHUNK_SIZE,
  PAYLOAD_NONCE_SIZE,
  payloadKey,
  PayloadOpener,
  ByteQueue,
  wrapX25519,
  unwrapX25519,
  unwrapScrypt,
  encryptPlan,
  decryptPlan,
  VERSION,
  companionNames,
  writeJsonObject,
  readCatalog,
  openContext,
  chooseBackup,
  isIdShaped,
  REPORT_FILES,
  decodeStages,
  readContents,
  decodeError,
  assertDigest,
  missingObject,
  COMMANDS,
  dispatch,
  backupReport,
  backupOutputs
};
