import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  DefaultArtifactClient
} from "./chunk-VYWWBMEK.js";
import {
  defaults,
  getOctokit
} from "./chunk-A4SEZP6V.js";
import "./chunk-J2QK7ATJ.js";
import "./chunk-RSFMEIMW.js";
import {
  makeScratchFolder,
  privateWriteStream,
  scratchError
} from "./chunk-FD4C7ZQH.js";
import "./chunk-YUBCJN3F.js";
import {
  abortError
} from "./chunk-VKVOJWDY.js";
import "./chunk-ME4EFUP6.js";
import {
  assertObjectName,
  isObjectName
} from "./chunk-5FHIDL6W.js";
import {
  redactText
} from "./chunk-VO6T7KNM.js";
import "./chunk-PVV747LZ.js";
import {
  DestinationError,
  IntegrityError,
  NotFoundError,
  StrongroomError,
  UsageError
} from "./chunk-SI3IGW5R.js";
import "./chunk-VYG5KUGM.js";
import "./chunk-EWK3MTLA.js";

// src/destinations/github-artifact.ts
import { open, readdir, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";

// src/destinations/github-artifact/client-env.ts
function withClientEnv(env, call) {
  const saved = [];
  for (const [key, value] of Object.entries(env)) {
    saved.push([key, process.env[key]]);
    if (value === void 0) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    return call();
  } finally {
    for (const [key, value] of saved) {
      if (value === void 0) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

// src/destinations/github-artifact/errors.ts
function classifyArtifactError(error, what, secrets, hints = {}) {
  if (error instanceof StrongroomError) return error;
  if (error instanceof Error && error.name === "AbortError") return error;
  const failure = inspect(error);
  const message = redactText(`${what}: ${failure.message}`, secrets);
  const cause = Object.assign(new Error(redactText(failure.message, secrets)), {
    name: error instanceof Error ? error.name : "Error"
  });
  const { status } = failure;
  if (status === 404 || status === 410) return new NotFoundError(message, { cause });
  if (status === 401) {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: "the GitHub token was refused: pass a valid token (github.token works inside the workflow)"
    });
  }
  if (status === 403 && !failure.rateLimited) {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: hints.forbidden ?? "grant the job `permissions: actions: write` (or `actions: read` for list and restore)"
    });
  }
  if (status !== void 0 && status >= 400 && status < 500 && status !== 408 && status !== 429 && status !== 403) {
    return new DestinationError(message, { cause, permanent: true });
  }
  if (error instanceof Error && error.name === "UsageError") {
    return new DestinationError(message, {
      cause,
      permanent: true,
      hint: "the account's artifact storage quota is used up: delete old artifacts or lower retention-days"
    });
  }
  if (error instanceof Error && error.name === "GHESNotSupportedError") {
    return new DestinationError(message, { cause, permanent: true });
  }
  return new DestinationError(message, { cause });
}
function inspect(error) {
  const message = error instanceof Error ? error.message : String(error);
  const record = typeof error === "object" && error !== null ? error : {};
  if (typeof record.status === "number") {
    const headers = record.response?.headers ?? {};
    return {
      status: record.status,
      rateLimited: headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0,
      message
    };
  }
  if (typeof record.statusCode === "number") {
    return { status: record.statusCode, rateLimited: false, message: `(${record.statusCode}) ${firstLine(message)}` };
  }
  const twirp = /Received non-retryable error: Failed request: \((\d{3})\)/.exec(message);
  if (twirp?.[1]) return { status: Number(twirp[1]), rateLimited: false, message };
  return { status: void 0, rateLimited: false, message };
}
function firstLine(text) {
  return text.split("\n", 1)[0] ?? "";
}

// src/destinations/github-artifact/rest.ts
var PER_PAGE = 100;
var ArtifactsApi = class {
  constructor(settings) {
    this.settings = settings;
    this.octokit = getOctokit(settings.token, { baseUrl: settings.apiUrl });
  }
  settings;
  octokit;
  /** Every artifact of the repository (or every one named `name`), newest first, expired ones included. */
  async *artifacts(name) {
    const pages = this.octokit.paginate.iterator("GET /repos/{owner}/{repo}/actions/artifacts", {
      owner: this.settings.owner,
      repo: this.settings.repo,
      per_page: PER_PAGE,
      ...name === void 0 ? {} : { name }
    });
    for await (const page of pages) {
      for (const artifact of page.data) {
        yield {
          id: artifact.id,
          name: artifact.name,
          size: artifact.size_in_bytes,
          created: new Date(artifact.created_at ?? artifact.updated_at ?? 0),
          runId: artifact.workflow_run?.id ?? 0,
          digest: artifact.digest ?? void 0,
          expired: artifact.expired
        };
      }
    }
  }
  /** The artifacts named exactly `name`, expired ones included, newest first. */
  async named(name) {
    const found = [];
    for await (const artifact of this.artifacts(name)) {
      if (artifact.name === name) found.push(artifact);
    }
    return found.sort((a, b) => b.id - a.id);
  }
  async remove(id) {
    await this.octokit.request("DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}", {
      owner: this.settings.owner,
      repo: this.settings.repo,
      artifact_id: id
    });
  }
};

// src/destinations/github-artifact/rest-download.ts
import { Readable } from "node:stream";
var READ_SCOPE = "the token may not read this repository's Actions: give it `actions: read` (fine-grained token: Repository permissions \u2192 Actions \u2192 Read; classic token: the repo scope)";
async function downloadThroughRest(settings, artifact, signal) {
  const route = `${settings.apiUrl}/repos/${settings.owner}/${settings.repo}/actions/artifacts/${artifact.id}/zip`;
  const answer = await fetch(route, {
    headers: {
      authorization: `Bearer ${settings.token}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "strongroom"
    },
    redirect: "manual",
    ...signal ? { signal } : {}
  });
  await answer.body?.cancel();
  const location = answer.headers.get("location");
  if (answer.status !== 302 || !location) throw refusal(answer.status, artifact);
  const blob = await fetch(location, { ...signal ? { signal } : {} });
  if (!blob.ok || !blob.body) {
    await blob.body?.cancel();
    throw new DestinationError(`downloading artifact ${artifact.name} failed: the blob store answered ${blob.status}`, {
      permanent: blob.status >= 400 && blob.status < 500 && blob.status !== 408 && blob.status !== 429
    });
  }
  if (/zip/i.test(blob.headers.get("content-type") ?? "")) {
    await blob.body.cancel();
    throw new DestinationError(`artifact ${artifact.name} is a zip archive, not an object Strongroom stored`, {
      permanent: true
    });
  }
  return Readable.fromWeb(blob.body, { highWaterMark: 1 << 20 });
}
function refusal(status, artifact) {
  const what = `downloading artifact ${artifact.name}`;
  if (status === 410) return new NotFoundError(`${what}: the artifact has expired`);
  if (status === 404) return new NotFoundError(`${what}: not found`);
  if (status === 401)
    return new DestinationError(`${what}: the GitHub token was refused (401)`, {
      permanent: true,
      hint: "check GH_TOKEN / GITHUB_TOKEN (`gh auth token` prints a valid one)"
    });
  if (status === 403) return new DestinationError(`${what}: forbidden (403)`, { permanent: true, hint: READ_SCOPE });
  return new DestinationError(`${what}: the API answered ${status}`, {
    permanent: status >= 400 && status < 500 && status !== 408 && status !== 429
  });
}

// src/destinations/github-artifact/settings.ts
var INVALID_NAME_CHARACTERS = /[":<>|*?\r\n\\/]/;
function resolveSettings(options) {
  const env = options.env ?? process.env;
  const problems = [];
  const hints = [];
  const runtimeToken = env.ACTIONS_RUNTIME_TOKEN;
  const resultsUrl = env.ACTIONS_RESULTS_URL;
  const writable = Boolean(runtimeToken && resultsUrl);
  if (resultsUrl && !isUrl(resultsUrl)) {
    problems.push("artifact: ACTIONS_RESULTS_URL is not a URL");
  }
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  if (!isUrl(serverUrl)) {
    problems.push(`artifact: GITHUB_SERVER_URL '${serverUrl}' is not a URL`);
  } else if (!/^(github\.com|.+\.ghe\.com|.+\.localhost)$/i.test(new URL(serverUrl).hostname.trim())) {
    problems.push(`artifact: destinations are not supported on GitHub Enterprise Server (${new URL(serverUrl).host})`);
    hints.push("artifacts v4 exist only on github.com and GHE.com: choose another destination");
  }
  const apiUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const clientApiUrl = (defaults.baseUrl ?? "https://api.github.com").replace(/\/+$/, "");
  if (apiUrl !== clientApiUrl) {
    problems.push(
      `artifact: GITHUB_API_URL is ${apiUrl} but @actions/github read ${clientApiUrl} when it was loaded; downloads would go to the wrong host`
    );
    hints.push("set GITHUB_API_URL before Strongroom starts");
  }
  const token = options.token || env.GITHUB_TOKEN || env.GH_TOKEN || "";
  if (!token) {
    problems.push("artifact: a GitHub token is needed to find backups made by other workflow runs");
    hints.push(
      writable ? "pass the github-token input (the workflow's github.token works) and grant the job `permissions: actions: write` (read is enough for list, verify and restore)" : "outside a workflow set GH_TOKEN (GH_TOKEN=$(gh auth token) works) or GITHUB_TOKEN to a token that may read the repository's Actions (fine-grained: Actions read)"
    );
  }
  const repository = options.repository ?? env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...extra] = repository.split("/");
  if (!owner || !repo || extra.length > 0) {
    problems.push(
      repository ? `artifact: repository '${repository}' is not owner/name` : "artifact: which repository? set GITHUB_REPOSITORY=owner/name or pass --repository owner/name"
    );
  }
  if (INVALID_NAME_CHARACTERS.test(options.prefix)) {
    problems.push(
      `artifact: prefix '${options.prefix}' contains a character artifact names reject (" : < > | * ? \\ / or a line break)`
    );
  }
  const retentionDays = options.retentionDays;
  if (retentionDays !== void 0 && !(Number.isInteger(retentionDays) && retentionDays >= 1 && retentionDays <= 400)) {
    problems.push(`artifact: retention days must be a whole number from 1 to 400, got ${retentionDays}`);
  }
  if (problems.length > 0) throw new UsageError(problems, hints.length > 0 ? { hint: hints.join("; ") } : {});
  return Object.freeze({
    prefix: options.prefix,
    token,
    owner: owner ?? "",
    repo: repo ?? "",
    retentionDays,
    apiUrl,
    writable,
    clientEnv: Object.freeze({
      ACTIONS_RUNTIME_TOKEN: runtimeToken,
      ACTIONS_RESULTS_URL: resultsUrl,
      GITHUB_SERVER_URL: env.GITHUB_SERVER_URL,
      GITHUB_RETENTION_DAYS: env.GITHUB_RETENTION_DAYS
    })
  });
}
function isUrl(value) {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

// src/destinations/github-artifact.ts
var FORBIDDEN_REMOVE = "removing artifacts needs `permissions: actions: write` on the job's token";
var FORBIDDEN_READ_IN_JOB = "reading artifacts of other runs needs `permissions: actions: read` on the job's token";
var WRITE_NEEDS_JOB = "writing to artifact: (backup, rotate, delete) works only inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN is not set): run the Strongroom action in a workflow (workflow_dispatch or repository_dispatch starts one)";
var GitHubArtifactDestination = class {
  display;
  settings;
  api;
  client = new DefaultArtifactClient();
  secrets;
  constructor(options) {
    this.settings = resolveSettings(options);
    this.display = `artifact:${this.settings.owner}/${this.settings.repo}/${this.settings.prefix}`;
    this.api = new ArtifactsApi(this.settings);
    this.secrets = [this.settings.token, this.settings.clientEnv.ACTIONS_RUNTIME_TOKEN ?? ""];
  }
  async put(name, body, options = {}) {
    assertObjectName(name);
    this.assertWritable(`upload ${name}`);
    const { signal } = options;
    const artifactName = this.settings.prefix + name;
    const dir = await makeScratchFolder("artifact");
    try {
      const file = join(dir, artifactName);
      await pipeline(body, privateWriteStream(file), { signal }).catch((error) => {
        throw scratchError(dirname(dir), error, "the artifact is staged there whole before its upload");
      });
      if (signal?.aborted) throw abortError(signal);
      const { size } = await stat(file);
      await this.upload(artifactName, file, dir);
      if (signal?.aborted) {
        await this.discard(artifactName);
        throw abortError(signal);
      }
      return { name, size, modified: /* @__PURE__ */ new Date() };
    } catch (error) {
      if (signal?.aborted) throw error instanceof Error && error.name === "AbortError" ? error : abortError(signal);
      throw this.classify(error, `could not upload ${name}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  async get(name, options = {}) {
    assertObjectName(name);
    const { signal } = options;
    if (signal?.aborted) throw abortError(signal);
    const artifact = await this.find(name);
    if (!this.settings.writable) {
      try {
        return await downloadThroughRest(this.settings, artifact, signal);
      } catch (error) {
        throw this.classify(error, `could not download ${name}`);
      }
    }
    const dir = await makeScratchFolder("artifact");
    let keepDir = false;
    try {
      const { digestMismatch } = await withClientEnv(
        this.settings.clientEnv,
        () => this.client.downloadArtifact(artifact.id, {
          path: dir,
          skipDecompress: true,
          ...artifact.digest ? { expectedHash: artifact.digest } : {},
          findBy: {
            token: this.settings.token,
            workflowRunId: artifact.runId,
            repositoryOwner: this.settings.owner,
            repositoryName: this.settings.repo
          }
        })
      );
      if (digestMismatch) {
        const problem = `${name} in ${this.display} does not match the digest recorded when it was uploaded (${artifact.digest})`;
        throw new DestinationError(problem, {
          cause: new IntegrityError(problem),
          hint: "the download was damaged or the stored artifact changed: retry, and if it persists treat this backup as lost"
        });
      }
      if (signal?.aborted) throw abortError(signal);
      const files = await readdir(dir);
      if (files.length !== 1 || !files[0]) {
        throw new DestinationError(`downloading ${name} from ${this.display} gave ${files.length} files, expected one`);
      }
      const handle = await open(join(dir, files[0]), "r");
      keepDir = await rm(dir, { recursive: true, force: true }).then(
        () => false,
        () => true
      );
      const stream = handle.createReadStream({ highWaterMark: 1 << 20, ...signal ? { signal } : {} });
      if (keepDir) stream.once("close", () => void rm(dir, { recursive: true, force: true }).catch(() => {
      }));
      return stream;
    } catch (error) {
      keepDir = false;
      throw this.classify(error, `could not download ${name}`, this.forbiddenRead);
    } finally {
      if (!keepDir) await rm(dir, { recursive: true, force: true });
    }
  }
  async stat(name) {
    assertObjectName(name);
    const artifact = await this.find(name);
    return { name, size: artifact.size, modified: artifact.created };
  }
  async *list() {
    const { prefix } = this.settings;
    const seen = /* @__PURE__ */ new Set();
    const pages = this.api.artifacts()[Symbol.asyncIterator]();
    for (; ; ) {
      let next;
      try {
        next = await pages.next();
      } catch (error) {
        throw this.classify(error, "could not list artifacts", this.forbiddenRead);
      }
      if (next.done) return;
      const artifact = next.value;
      if (artifact.expired || !artifact.name.startsWith(prefix)) continue;
      const name = artifact.name.slice(prefix.length);
      if (seen.has(name) || !isObjectName(name)) continue;
      seen.add(name);
      yield { name, size: artifact.size, modified: artifact.created };
    }
  }
  async remove(name) {
    assertObjectName(name);
    this.assertWritable(`remove ${name}`);
    const artifacts = await this.live(name);
    if (artifacts.length === 0) throw new NotFoundError(`${name} is not in ${this.display} (missing or expired)`);
    for (const artifact of artifacts) {
      try {
        await this.api.remove(artifact.id);
      } catch (error) {
        const classified = this.classify(error, `could not remove ${name}`, FORBIDDEN_REMOVE);
        if (!(classified instanceof NotFoundError)) throw classified;
      }
    }
  }
  /** Uploads one file as one artifact; a finalized artifact of that name in this run is replaced. */
  async upload(artifactName, file, dir) {
    const options = {
      skipArchive: true,
      ...this.settings.retentionDays === void 0 ? {} : { retentionDays: this.settings.retentionDays }
    };
    const call = () => withClientEnv(this.settings.clientEnv, () => this.client.uploadArtifact(artifactName, [file], dir, options));
    try {
      await call();
    } catch (error) {
      if (!(error instanceof Error && /Failed request: \(409\)/.test(error.message))) throw error;
      await withClientEnv(this.settings.clientEnv, () => this.client.deleteArtifact(artifactName));
      await call();
    }
  }
  /** Best effort: deletes an artifact this job just uploaded (runtime token, no `actions: write` needed). */
  async discard(artifactName) {
    try {
      await withClientEnv(this.settings.clientEnv, () => this.client.deleteArtifact(artifactName));
    } catch {
    }
  }
  async find(name) {
    const all = await this.named(name);
    const newest = all.find((a) => !a.expired);
    if (newest) return newest;
    if (all.length > 0) {
      throw new NotFoundError(
        `${name} in ${this.display} has expired (artifacts are kept for the repository's retention period)`,
        {
          hint: "use a newer backup; keep backups longer with retention-days or another destination"
        }
      );
    }
    throw new NotFoundError(`${name} is not in ${this.display}`);
  }
  async live(name) {
    return (await this.named(name)).filter((a) => !a.expired);
  }
  async named(name) {
    try {
      return await this.api.named(this.settings.prefix + name);
    } catch (error) {
      throw this.classify(error, `could not look up ${name}`, this.forbiddenRead);
    }
  }
  get forbiddenRead() {
    return this.settings.writable ? FORBIDDEN_READ_IN_JOB : READ_SCOPE;
  }
  assertWritable(what) {
    if (!this.settings.writable) throw new UsageError(`cannot ${what} in ${this.display}: ${WRITE_NEEDS_JOB}`);
  }
  classify(error, what, forbidden) {
    return classifyArtifactError(
      error,
      `${what} in ${this.display}`,
      this.secrets,
      forbidden === void 0 ? {} : { forbidden }
    );
  }
};
export {
  GitHubArtifactDestination
};
