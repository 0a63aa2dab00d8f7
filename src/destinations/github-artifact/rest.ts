import { getOctokit } from "@actions/github";
import type { ArtifactSettings } from "./settings.ts";

/** One artifact as the REST API lists it. */
export interface RemoteArtifact {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly created: Date;
  /** The public workflow run id (what `findBy.workflowRunId` wants), not the runtime token's backend id. */
  readonly runId: number;
  /** `sha256:<hex>` as recorded at upload, when the service has it. */
  readonly digest: string | undefined;
  readonly expired: boolean;
}

const PER_PAGE = 100;

/**
 * The repository-wide artifact routes of the REST API: listing spans every workflow run (the
 * artifact client's own list covers the current run only), newest first, paginated by `Link`.
 */
export class ArtifactsApi {
  private readonly octokit: ReturnType<typeof getOctokit>;
  constructor(private readonly settings: ArtifactSettings) {
    this.octokit = getOctokit(settings.token, { baseUrl: settings.apiUrl });
  }

  /** Every artifact of the repository (or every one named `name`), newest first, expired ones included. */
  async *artifacts(name?: string): AsyncGenerator<RemoteArtifact> {
    const pages = this.octokit.paginate.iterator("GET /repos/{owner}/{repo}/actions/artifacts", {
      owner: this.settings.owner,
      repo: this.settings.repo,
      per_page: PER_PAGE,
      ...(name === undefined ? {} : { name }),
    });
    for await (const page of pages) {
      for (const artifact of page.data) {
        yield {
          id: artifact.id,
          name: artifact.name,
          size: artifact.size_in_bytes,
          created: new Date(artifact.created_at ?? artifact.updated_at ?? 0),
          runId: artifact.workflow_run?.id ?? 0,
          digest: (artifact as { digest?: string | null }).digest ?? undefined,
          expired: artifact.expired,
        };
      }
    }
  }

  /** The artifacts named exactly `name`, expired ones included, newest first. */
  async named(name: string): Promise<RemoteArtifact[]> {
    const found: RemoteArtifact[] = [];
    for await (const artifact of this.artifacts(name)) {
      if (artifact.name === name) found.push(artifact);
    }
    return found.sort((a, b) => b.id - a.id);
  }

  async remove(id: number): Promise<void> {
    await this.octokit.request("DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}", {
      owner: this.settings.owner,
      repo: this.settings.repo,
      artifact_id: id,
    });
  }
}
