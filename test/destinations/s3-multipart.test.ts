import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Destination } from "../../src/destinations/s3.ts";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { digestOf } from "./conformance.ts";

process.env.AWS_EC2_METADATA_DISABLED = "true";

const MiB = 1024 * 1024;
const PART = 5 * MiB;
const QUEUE = 2;
let server: S3TestServer;
let buckets = 0;
const destinations: S3Destination[] = [];

beforeAll(async () => {
  server = await startS3Server();
});
afterAll(async () => {
  for (const d of destinations) d.destroy();
  await server?.stop();
});

async function gatedDestination(): Promise<{ d: S3Destination; gate: Gate }> {
  const bucket = `strongroom-mp-${process.pid}-${++buckets}`;
  await server.createBucket(bucket);
  const d = new S3Destination({
    bucket,
    prefix: "",
    region: server.region,
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: server.credentials,
    partSize: PART,
    queueSize: QUEUE,
  });
  destinations.push(d);
  const gate = new Gate();
  // Holds every UploadPart before it is sent, the way a slow link would.
  d.uploads.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== "UploadPartCommand") return next(args);
      gate.inFlight++;
      gate.maxInFlight = Math.max(gate.maxInFlight, gate.inFlight);
      try {
        await gate.wait();
        return await next(args);
      } finally {
        gate.inFlight--;
      }
    },
    { step: "finalizeRequest", name: "testGate" },
  );
  return { d, gate };
}

class Gate {
  inFlight = 0;
  maxInFlight = 0;
  private open = false;
  private readonly waiters: (() => void)[] = [];
  wait(): Promise<void> {
    return this.open ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
  release(): void {
    this.open = true;
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** A body that counts what was pulled from it. */
function countingBody(data: Buffer, chunk = 256 * 1024): { stream: Readable; pulled: () => number } {
  let offset = 0;
  const stream = new Readable({
    highWaterMark: chunk,
    read() {
      if (offset >= data.length) return void this.push(null);
      this.push(data.subarray(offset, offset + chunk));
      offset += chunk;
    },
  });
  return { stream, pulled: () => offset };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe("S3 multipart upload with a fixed pool of part buffers", () => {
  it("reads the body no further ahead than queueSize + 1 parts while parts wait, then completes", async () => {
    const { d, gate } = await gatedDestination();
    const data = randomBytes(8 * PART + 12345);
    const body = countingBody(data);
    const put = d.put("slow.bin", body.stream);
    await until(() => gate.inFlight === QUEUE);
    await new Promise((r) => setTimeout(r, 200));
    expect(gate.inFlight).toBe(QUEUE);
    // QUEUE parts held by the gate, one filling, and what the stream itself buffers.
    expect(body.pulled()).toBeLessThanOrEqual((QUEUE + 1) * PART + 2 * 256 * 1024);
    gate.release();
    const info = await put;
    expect(info.size).toBe(data.length);
    expect(gate.maxInFlight).toBe(QUEUE);
    const stored = await digestOf(await d.get("slow.bin"));
    expect(stored).toEqual({ size: data.length, sha256: createHash("sha256").update(data).digest("hex") });
  });

  it("an abort while parts are in flight aborts the multipart upload and leaves nothing", async () => {
    const { d, gate } = await gatedDestination();
    const bucket = (d.display.split("/")[2] ?? "").trim();
    const controller = new AbortController();
    const put = d.put("aborted.bin", countingBody(randomBytes(6 * PART)).stream, { signal: controller.signal });
    await until(() => gate.inFlight === QUEUE);
    expect(await server.openUploads(bucket)).toHaveLength(1);
    controller.abort(new Error("cancelled"));
    gate.release();
    await expect(put).rejects.toThrow();
    expect(await server.openUploads(bucket)).toEqual([]);
    expect(await server.keys(bucket)).toEqual([]);
  });
});
