/** What waiting for room needs of a writable stream. */
export interface Drainable {
  once(event: "drain" | "close", listener: () => void): unknown;
  off(event: "drain" | "close", listener: () => void): unknown;
  readonly destroyed: boolean;
}

/** Resolves once `stream` has room again, or has closed (a stream whose reader went away never drains). */
export function drainedOrClosed(stream: Drainable): Promise<void> {
  if (stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.once("drain", done);
    stream.once("close", done);
  });
}
