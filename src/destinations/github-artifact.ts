import { makeScratchFolder, privateWriteStream, scratchError } from "../stages/scratch.ts";
import { abortError } from "./abort.ts";
import { open, readdir, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DefaultArtifactClient } from "@actions/artifact";
import { DestinationError, IntegrityError, NotFoundError, UsageError } from "../errors.ts";
import type { Destination, GetOptions, ObjectInfo, PutOptions } from "./destination.ts";
import { withClientEnv } from "./github-artifact/client-env.ts";
import { classifyArtifactError } from "./github-artifact/errors.ts";
import { ArtifactsApi, type RemoteArtifact } from "./github-artifact/rest.ts";
import { downloadThroughRest, READ_SCOPE } from "./github-artifact/rest-download.ts";
import { type ArtifactSettings, type GitHubArtifactOptions, resolveSettings } from "./github-artifact/settings.ts";
import { assertObjectName, isObjectName } from "./object-name.ts";

export type { GitHubArtifactOptions } from "./github-artifact/settings.ts";

const FORBIDDEN_REMOVE = "removing artifacts needs `permissions: actions: write` on the job's token";
const FORBIDDEN_READ_IN_JOB = "reading artifacts of other runs needs `permissions: actions: read` on the job's token";
const WRITE_NEEDS_JOB =
  "writing to artifact: (backup, rotate, delete) works only inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN is not set): run the Strongroom action in a workflow (workflow_dispatch or repository_dispatch starts one)";

/**
 * GitHub Actions artifacts (v4 service, through the real @actions/artifact client). Each object is
 * one artifact named `<prefix><name>` holding exactly that file (`skipArchive`, so a download is
 * the file itself). Uploads go through the current job's runtime token; listing, reading and
 * removing go through the REST API with a token, so a later workflow run sees earlier backups.
 *
 * - `put` spools the body to a temporary file (the client uploads from a path), uploads, and
 *   removes the file. The client takes no AbortSignal: an abort during the upload waits for it
 *   to settle, then deletes the artifact, so nothing aborted stays visible.
 * - A second `put` of a name in the same run replaces it; in another run it shadows the older
 *   one (list, get and stat see the newest unexpired artifact of a name; remove deletes all).
 * - `list` yields objects newest first.
 */
export class GitHubArtifactDestination implements Destination {
  readonly display: string;
  private readonly settings: ArtifactSettings;
  private readonly api: ArtifactsApi;
  private readonly client = new DefaultArtifactClient();
  private readonly secrets: readonly string[];

  constructor(options: GitHubArtifactOptions) {
    this.settings = resolveSettings(options);
    this.display = `artifact:${this.settings.owner}/${this.settings.repo}/${this.settings.prefix}`;
    this.api = new ArtifactsApi(this.settings);
    this.secrets = [this.settings.token, this.settings.clientEnv.ACTIONS_RUNTIME_TOKEN ?? ""];
  }

  async put(name: string, body: Readable, options: PutOptions = {}): Promise<ObjectInfo> {
    assertObjectName(name);
    this.assertWritable(`upload ${name}`);
    const { signal } = options;
    const artifactName = this.settings.prefix + name;
    const dir = await makeScratchFolder("artifact");
    try {
      const file = join(dir, artifactName);
      await pipeline(body, privateWriteStream(file), { signal }).catch((error: unknown) => {
        throw scratchError(dirname(dir), error, "the artifact is staged there whole before its upload");
      });
      if (signal?.aborted) throw abortError(signal);
      const { size } = await stat(file);
      await this.upload(artifactName, file, dir);
      if (signal?.aborted) {
        await this.discard(artifactName);
        throw abortError(signal);
      }
      return { name, size, modified: new Date() };
    } catch (error) {
      if (signal?.aborted) throw error instanceof Error && error.name === "AbortError" ? error : abortError(signal);
      throw this.classify(error, `could not upload ${name}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async get(name: string, options: GetOptions = {}): Promise<Readable> {
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
      const { digestMismatch } = await withClientEnv(this.settings.clientEnv, () =>
        this.client.downloadArtifact(artifact.id, {
          path: dir,
          skipDecompress: true,
          ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
          findBy: {
            token: this.settings.token,
            workflowRunId: artifact.runId,
            repositoryOwner: this.settings.owner,
            repositoryName: this.settings.repo,
          },
        }),
      );
      if (digestMismatch) {
        const problem = `${name} in ${this.display} does not match the digest recorded when it was uploaded (${artifact.digest})`;
        throw new DestinationError(problem, {
          cause: new IntegrityError(problem),
          hint: "the download was damaged or the stored artifact changed: retry, and if it persists treat this backup as lost",
        });
      }
      if (signal?.aborted) throw abortError(signal);
      const files = await readdir(dir);
      if (files.length !== 1 || !files[0]) {
        throw new DestinationError(`downloading ${name} from ${this.display} gave ${files.length} files, expected one`);
      }
      const handle = await open(join(dir, files[0]), "r");
      // Unlink now where the OS allows it (the open handle keeps the data); otherwise on close.
      keepDir = await rm(dir, { recursive: true, force: true }).then(
        () => false,
        () => true,
      );
      const stream = handle.createReadStream({ highWaterMark: 1 << 20, ...(signal ? { signal } : {}) });
      if (keepDir) stream.once("close", () => void rm(dir, { recursive: true, force: true }).catch(() => {}));
      return stream;
    } catch (error) {
      keepDir = false;
      throw this.classify(error, `could not download ${name}`, this.forbiddenRead);
    } finally {
      if (!keepDir) await rm(dir, { recursive: true, force: true });
    }
  }

  async stat(name: string): Promise<ObjectInfo> {
    assertObjectName(name);
    const artifact = await this.find(name);
    return { name, size: artifact.size, modified: artifact.created };
  }

  async *list(): AsyncIterable<ObjectInfo> {
    const { prefix } = this.settings;
    const seen = new Set<string>();
    const pages = this.api.artifacts()[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<RemoteArtifact>;
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

  async remove(name: string): Promise<void> {
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
  private async upload(artifactName: string, file: string, dir: string): Promise<void> {
    const options = {
      skipArchive: true,
      ...(this.settings.retentionDays === undefined ? {} : { retentionDays: this.settings.retentionDays }),
    };
    const call = () =>
      withClientEnv(this.settings.clientEnv, () => this.client.uploadArtifact(artifactName, [file], dir, options));
    try {
      await call();
    } catch (error) {
      if (!(error instanceof Error && /Failed request: \(409\)/.test(error.message))) throw error;
      await withClientEnv(this.settings.clientEnv, () => this.client.deleteArtifact(artifactName));
      await call();
    }
  }

  /** Best effort: deletes an artifact this job just uploaded (runtime token, no `actions: write` needed). */
  private async discard(artifactName: string): Promise<void> {
    try {
      await withClientEnv(this.settings.clientEnv, () => this.client.deleteArtifact(artifactName));
    } catch {
      // The caller reports the abort; a leftover would be a complete object, never a partial one.
    }
  }

  private async find(name: string): Promise<RemoteArtifact> {
    const all = await this.named(name);
    const newest = all.find((a) => !a.expired);
    if (newest) return newest;
    if (all.length > 0) {
      throw new NotFoundError(
        `${name} in ${this.display} has expired (artifacts are kept for the repository's retention period)`,
        {
          hint: "use a newer backup; keep backups longer with retention-days or another destination",
        },
      );
    }
    throw new NotFoundError(`${name} is not in ${this.display}`);
  }

  private async live(name: string): Promise<RemoteArtifact[]> {
    return (await this.named(name)).filter((a) => !a.expired);
  }

  private async named(name: string): Promise<RemoteArtifact[]> {
    try {
      return await this.api.named(this.settings.prefix + name);
    } catch (error) {
      throw this.classify(error, `could not look up ${name}`, this.forbiddenRead);
    }
  }

  private get forbiddenRead(): string {
    return this.settings.writable ? FORBIDDEN_READ_IN_JOB : READ_SCOPE;
  }

  private assertWritable(what: string): void {
    if (!this.settings.writable) throw new UsageError(`cannot ${what} in ${this.display}: ${WRITE_NEEDS_JOB}`);
  }

  private classify(error: unknown, what: string, forbidden?: string): Error {
    return classifyArtifactError(
      error,
      `${what} in ${this.display}`,
      this.secrets,
      forbidden === undefined ? {} : { forbidden },
    );
  }
}
