import v8 from "node:v8";
import { runInNewContext } from "node:vm";

type Collect = (options?: { type?: "minor" | "major"; execution?: "sync" | "async" }) => void;

/** The gc function, looked up once per process (null where it cannot be had). */
let collect: Collect | null | undefined;

function collector(): Collect | undefined {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      // After a full collection V8 sets the next limit at 1.1–4 × the heap, by how fast it judged
      // that collection against the program. A streaming run keeps a 10 MB heap, and every paced
      // collection promotes a few Buffers still in flight, whose bytes count against that limit.
      // At 4 × (about 39 MB) a 1 GB backup needs one full collection; when the first one happened
      // to come out near 2.2 × (21 MB), 40–65 followed, one every two or three paced ones (measured
      // on Node 24: 4 of 10 backups, and 10–26 per restore). The flag fixes the factor at 4, V8's
      // own maximum: 20 of 20 backups and every restore then needed one or two.
      v8.setFlagsFromString("--heap-growing-percent=300");
      collect = runInNewContext("gc") as Collect;
    } catch {
      collect = null;
    }
  }
  return collect ?? undefined;
}

/**
 * Streamed data leaves one short-lived Buffer per chunk; V8 counts their memory as "external"
 * and collects only after tens of MB have piled up (measured: peak RSS 150 MB in a 1 GB backup,
 * with about 40 full collections). A stage on a main data path reports what it passes, and every
 * `everyBytes` a young-generation collection (about a millisecond: the JS heap itself is under
 * 10 MB) frees those Buffers while they are still young.
 *
 * The interval matters both ways, measured with --trace-gc on the 1 GB bench database: too long,
 * and the garbage between two collections (several Buffers per chunk passed) crosses V8's global
 * allocation limit, which on a 10 MB heap is only about 12 MB above it, so V8 starts a full
 * collection after nearly every paced one (70–90 of them, 0.5–2 CPU-seconds); too short, and
 * the collections' own cost adds up (about a millisecond each), or Buffers still queued in the
 * pipeline survive two collections, are promoted, and each promotion ends in a full collection.
 * Each stream keeps its own count; only the collector function, found once, is shared.
 */
export function createMemoryPacer(everyBytes: number): (bytes: number) => void {
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < everyBytes) return;
    since = 0;
    collector()?.({ type: "minor" });
  };
}
