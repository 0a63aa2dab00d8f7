import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { DestinationError, NotFoundError } from "../../errors.ts";
import type { RemoteArtifact } from "./rest.ts";
import type { ArtifactSettings } from "./settings.ts";

const READ_SCOPE =
  "the token may not read this repository's Actions: give it `actions: read` (fine-grained token: Repository permissions → Actions → Read; classic token: the repo scope)";

/**
 * Streams one artifact's file through the REST API alone (no runner variables): the download
 * route answers with a redirect to a signed blob URL, which is fetched without the token (blob
 * storage rejects a request that carries both). Artifacts Strongroom uploads hold one unzipped file.
 */
export async function downloadThroughRest(
  settings: ArtifactSettings,
  artifact: RemoteArtifact,
  signal: AbortSignal | undefined,
): Promise<Readable> {
  const route = `${settings.apiUrl}/repos/${settings.owner}/${settings.repo}/actions/artifacts/${artifact.id}/zip`;
  const answer = await fetch(route, {
    headers: {
      authorization: `Bearer ${settings.token}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "strongroom",
    },
    redirect: "manual",
    ...(signal ? { signal } : {}),
  });
  await answer.body?.cancel();
  const location = answer.headers.get("location");
  if (answer.status !== 302 || !location) throw refusal(answer.status, artifact);
  const blob = await fetch(location, { ...(signal ? { signal } : {}) });
  if (!blob.ok || !blob.body) {
    await blob.body?.cancel();
    throw new DestinationError(`downloading artifact ${artifact.name} failed: the blob store answered ${blob.status}`, {
      permanent: blob.status >= 400 && blob.status < 500 && blob.status !== 408 && blob.status !== 429,
    });
  }
  if (/zip/i.test(blob.headers.get("content-type") ?? "")) {
    await blob.body.cancel();
    throw new DestinationError(`artifact ${artifact.name} is a zip archive, not an object Strongroom stored`, {
      permanent: true,
    });
  }
  return Readable.fromWeb(blob.body as WebReadableStream<Uint8Array>, { highWaterMark: 1 << 20 });
}

function refusal(status: number, artifact: RemoteArtifact): Error {
  const what = `downloading artifact ${artifact.name}`;
  if (status === 410) return new NotFoundError(`${what}: the artifact has expired`);
  if (status === 404) return new NotFoundError(`${what}: not found`);
  if (status === 401)
    return new DestinationError(`${what}: the GitHub token was refused (401)`, {
      permanent: true,
      hint: "check GH_TOKEN / GITHUB_TOKEN (`gh auth token` prints a valid one)",
    });
  if (status === 403) return new DestinationError(`${what}: forbidden (403)`, { permanent: true, hint: READ_SCOPE });
  return new DestinationError(`${what}: the API answered ${status}`, {
    permanent: status >= 400 && status < 500 && status !== 408 && status !== 429,
  });
}

export { READ_SCOPE };
