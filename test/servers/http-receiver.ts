import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as it arrived: raw body bytes (as UTF-8) so signatures can be checked exactly. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

export interface CannedReply {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason: string | null;
  labels: string[];
  comments: string[];
}

/**
 * A local HTTP server on 127.0.0.1 that records every request. Webhook paths answer 200 unless
 * replies are queued with `failNext`. Paths under `/repos/{owner}/{repo}/` are a small in-memory
 * GitHub REST API for issues: list by label, create, comment, update state, create label (422 when
 * it exists), checking `Authorization: token <githubToken>`.
 */
export class HttpReceiver {
  readonly requests: RecordedRequest[] = [];
  readonly issues: Issue[] = [];
  readonly labels = new Set<string>();
  private readonly queue: CannedReply[] = [];
  private readonly githubQueue: CannedReply[] = [];
  private readonly server = createServer((req, res) => void this.handle(req, res));
  port = 0;

  constructor(readonly githubToken = "ghs_testtoken") {}

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The next `times` webhook requests get this reply (then 200 again). */
  failNext(times: number, reply: CannedReply): void {
    for (let i = 0; i < times; i++) this.queue.push(reply);
  }

  /** The next `times` GitHub API requests get this reply (then the API answers again). */
  failGitHubNext(times: number, reply: CannedReply): void {
    for (let i = 0; i < times; i++) this.githubQueue.push(reply);
  }

  /** Requests to webhook paths (not the GitHub API). */
  hooks(path?: string): RecordedRequest[] {
    return this.requests.filter(
      (r) => !r.path.startsWith("/repos/") && (path === undefined || r.path.split("?")[0] === path),
    );
  }

  githubCalls(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith("/repos/"));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const record: RecordedRequest = {
      method: req.method ?? "",
      path: req.url ?? "/",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    this.requests.push(record);
    if (record.path.startsWith("/repos/")) {
      const fault = this.githubQueue.shift();
      if (fault) {
        res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
        res.end(fault.body ?? "");
        return;
      }
      this.github(record, res);
      return;
    }
    const reply = this.queue.shift() ?? { status: 200, body: "ok" };
    res.writeHead(reply.status, { "content-type": "text/plain", ...reply.headers });
    res.end(reply.body ?? "");
  }

  private github(req: RecordedRequest, res: ServerResponse): boolean {
    const send = (status: number, body: unknown): true => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
      return true;
    };
    if (req.headers.authorization !== `token ${this.githubToken}`) return send(401, { message: "Bad credentials" });
    const url = new URL(req.path, this.origin);
    const match = /^\/repos\/([^/]+)\/([^/]+)\/(.*)$/.exec(url.pathname);
    if (!match) return send(404, { message: "Not Found" });
    const [, owner, repo, rest = ""] = match;
    const json = (): Record<string, unknown> => (req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {});
    const view = (issue: Issue) => ({
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      labels: issue.labels.map((name) => ({ name })),
      comments: issue.comments.length,
      html_url: `https://github.test/${owner}/${repo}/issues/${issue.number}`,
    });

    if (rest === "issues" && req.method === "GET") {
      const wanted = (url.searchParams.get("labels") ?? "").split(",").filter(Boolean);
      const state = url.searchParams.get("state") ?? "open";
      const list = this.issues.filter(
        (i) => (state === "all" || i.state === state) && wanted.every((label) => i.labels.includes(label)),
      );
      return send(200, list.map(view));
    }
    if (rest === "issues" && req.method === "POST") {
      const body = json();
      const issue: Issue = {
        number: this.issues.length + 1,
        title: String(body.title),
        body: String(body.body ?? ""),
        state: "open",
        state_reason: null,
        labels: ((body.labels as string[] | undefined) ?? []).map(String),
        comments: [],
      };
      for (const label of issue.labels) {
        if (!this.labels.has(label)) return send(422, { message: `label ${label} does not exist` });
      }
      this.issues.push(issue);
      return send(201, view(issue));
    }
    const comment = /^issues\/(\d+)\/comments$/.exec(rest);
    if (comment && req.method === "POST") {
      const issue = this.issues.find((i) => i.number === Number(comment[1]));
      if (!issue) return send(404, { message: "Not Found" });
      issue.comments.push(String(json().body));
      return send(201, {
        id: issue.comments.length,
        html_url: `https://github.test/${owner}/${repo}/issues/${issue.number}#c`,
      });
    }
    const single = /^issues\/(\d+)$/.exec(rest);
    if (single && req.method === "PATCH") {
      const issue = this.issues.find((i) => i.number === Number(single[1]));
      if (!issue) return send(404, { message: "Not Found" });
      const body = json();
      if (body.state === "open" || body.state === "closed") issue.state = body.state;
      if (typeof body.state_reason === "string") issue.state_reason = body.state_reason;
      return send(200, view(issue));
    }
    if (rest === "labels" && req.method === "POST") {
      const name = String(json().name);
      if (this.labels.has(name)) {
        return send(422, {
          message: "Validation Failed",
          errors: [{ resource: "Label", code: "already_exists", field: "name" }],
        });
      }
      this.labels.add(name);
      return send(201, { name });
    }
    return send(404, { message: "Not Found" });
  }
}
