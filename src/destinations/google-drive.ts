import { Readable } from "node:stream";
import { guardedPut } from "./guarded-put.ts";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { drive, type drive_v3 } from "googleapis/build/src/apis/drive/index.js";
import { UsageError } from "../errors.ts";
import { BodyReader } from "./body-reader.ts";
import type { Destination, GetOptions, ObjectInfo, PutOptions } from "./destination.ts";
import { createDriveAuth, type DriveAuth, type DriveCredentials } from "./google-drive/auth.ts";
import { classifyDriveError } from "./google-drive/errors.ts";
import { CHUNK_UNIT, type DriveFileMeta, resumableUpload } from "./google-drive/resumable.ts";
import { assertObjectName, isObjectName } from "./object-name.ts";
import type { OpenContext } from "./open-context.ts";
import { parseDestinationUrl } from "./destination-url.ts";

export type { DriveCredentials } from "./google-drive/auth.ts";

export interface GoogleDriveOptions {
  /** The folder's id (the last part of its drive.google.com/drive/folders/<id> address). */
  readonly folderId: string;
  readonly credentials: DriveCredentials;
  /** API root; default https://www.googleapis.com/ (GOOGLE_DRIVE_ROOT_URL). */
  readonly rootUrl?: string;
  /** Resumable upload chunk, a multiple of 256 KiB. Default 8 MiB. */
  readonly chunkSize?: number;
  /** Tries per request for transient failures (dropped connections, 429, 5xx). Default 6. */
  readonly attempts?: number;
  /** Ceiling of the first backoff between tries; doubles per try. Default 500 ms. */
  readonly baseDelayMs?: number;
}

export const DEFAULT_ROOT_URL = "https://www.googleapis.com/";
const DEFAULT_CHUNK = 8 * 1024 * 1024;
const FILE_FIELDS = "id,name,size,modifiedTime";

/**
 * A Google Drive folder (`gdrive://<folder id>`), on My Drive or a shared drive. Uploads use
 * Drive's resumable protocol in 8 MiB chunks and resume from the server's offset after a failure
 * (see google-drive/resumable.ts). Drive allows several files with one name in a folder: a put
 * uploads the new file, then deletes the older ones with that name; readers take the newest.
 * A file is created only when its upload completes, so a put is atomic; an unfinished upload
 * session is invisible and expires on its own.
 */
export class GoogleDriveDestination implements Destination {
  readonly display: string;
  private readonly api: drive_v3.Drive;
  private readonly auth: DriveAuth;
  private readonly rootUrl: string;
  private readonly authKind: DriveCredentials["kind"];

  constructor(private readonly options: GoogleDriveOptions) {
    this.display = `gdrive://${options.folderId}`;
    this.rootUrl = (options.rootUrl ?? DEFAULT_ROOT_URL).replace(/\/*$/, "/");
    this.authKind = options.credentials.kind;
    const chunk = options.chunkSize ?? DEFAULT_CHUNK;
    if (chunk < CHUNK_UNIT || chunk % CHUNK_UNIT !== 0)
      throw new UsageError(`the Drive chunk size must be a multiple of 256 KiB (got ${chunk})`);
    this.auth = createDriveAuth(options.credentials);
    this.api = drive({ version: "v3", auth: this.auth.client, rootUrl: this.rootUrl, retry: false });
  }

  async put(name: string, body: Readable, options: PutOptions = {}): Promise<ObjectInfo> {
    assertObjectName(name);
    const { signal } = options;
    const classify = (error: unknown) => this.classify(error, `could not upload ${name}`);
    const { created, older } = await guardedPut({ body, signal, classify }, async () => {
      const older = await this.find(name);
      const created = await resumableUpload({
        rootUrl: this.rootUrl,
        folderId: this.options.folderId,
        name,
        reader: new BodyReader(body),
        ...(options.size !== undefined ? { size: options.size } : {}),
        chunkSize: this.options.chunkSize ?? DEFAULT_CHUNK,
        authorize: (url) => this.auth.client.getRequestHeaders(url),
        ...(signal ? { signal } : {}),
        attempts: this.options.attempts ?? 6,
        baseDelayMs: this.options.baseDelayMs ?? 500,
      });
      return { created, older };
    });
    // The new file is complete: the ones it replaces go.
    for (const file of older) await this.deleteQuietly(file.id);
    return toInfo(created);
  }

  async get(name: string, options: GetOptions = {}): Promise<Readable> {
    const [file] = await this.findOrThrow(name, "download");
    try {
      const response = await this.api.files.get(
        { fileId: file.id, alt: "media", supportsAllDrives: true },
        { responseType: "stream", ...(options.signal ? { signal: options.signal } : {}) },
      );
      const data = response.data as unknown;
      return data instanceof Readable
        ? data
        : Readable.fromWeb(data as WebReadableStream<Uint8Array>, { highWaterMark: 1 << 20 });
    } catch (error) {
      throw this.classify(error, `could not download ${name}`);
    }
  }

  async stat(name: string): Promise<ObjectInfo> {
    const [file] = await this.findOrThrow(name, "read");
    return toInfo(file);
  }

  async *list(): AsyncIterable<ObjectInfo> {
    const newest = new Map<string, DriveFileMeta>();
    try {
      for await (const file of this.files()) {
        if (!isObjectName(file.name)) continue;
        const seen = newest.get(file.name);
        if (!seen || modifiedOf(file) >= modifiedOf(seen)) newest.set(file.name, file);
      }
    } catch (error) {
      throw this.classify(error, "could not list");
    }
    for (const name of [...newest.keys()].sort()) yield toInfo(newest.get(name) as DriveFileMeta);
  }

  async remove(name: string): Promise<void> {
    const files = await this.findOrThrow(name, "remove");
    for (const file of files) {
      try {
        await this.api.files.delete({ fileId: file.id, supportsAllDrives: true });
      } catch (error) {
        throw this.classify(error, `could not remove ${name}`);
      }
    }
  }

  /** Every file in the folder (not trashed), page by page. */
  private async *files(nameIs?: string): AsyncIterable<DriveFileMeta> {
    const folder = quote(this.options.folderId);
    const q = `${folder} in parents and trashed = false${nameIs === undefined ? "" : ` and name = ${quote(nameIs)}`}`;
    let pageToken: string | undefined;
    do {
      const response = await this.api.files.list({
        q,
        pageSize: 1000,
        fields: `nextPageToken, files(${FILE_FIELDS})`,
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
        ...(pageToken ? { pageToken } : {}),
      });
      for (const file of response.data.files ?? []) {
        if (file.id && file.name) yield file as DriveFileMeta;
      }
      pageToken = response.data.nextPageToken ?? undefined;
    } while (pageToken);
  }

  /** Files named `name`, newest first. */
  private async find(name: string): Promise<DriveFileMeta[]> {
    const found: DriveFileMeta[] = [];
    for await (const file of this.files(name)) if (file.name === name) found.push(file);
    return found.sort((a, b) => modifiedOf(b) - modifiedOf(a));
  }

  private async findOrThrow(name: string, verb: string): Promise<[DriveFileMeta, ...DriveFileMeta[]]> {
    assertObjectName(name);
    let found: DriveFileMeta[];
    try {
      found = await this.find(name);
    } catch (error) {
      throw this.classify(error, `could not ${verb} ${name}`);
    }
    if (found.length === 0)
      throw this.classify({ status: 404, message: "no such file in the folder" }, `could not ${verb} ${name}`);
    return found as [DriveFileMeta, ...DriveFileMeta[]];
  }

  private async deleteQuietly(fileId: string): Promise<void> {
    try {
      await this.api.files.delete({ fileId, supportsAllDrives: true });
    } catch {
      // Readers take the newest file of a name; the next put or remove of it retries.
    }
  }

  private classify(error: unknown, what: string): Error {
    return classifyDriveError(error, { what, display: this.display, secrets: this.auth.secrets, auth: this.authKind });
  }
}

/**
 * `gdrive://<folder id>`, with credentials from the environment:
 *
 * - an OAuth client and refresh token: GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN
 *   (a user's My Drive; the token needs the `drive` or `drive.file` scope), or
 * - a service account key file: GOOGLE_APPLICATION_CREDENTIALS (on a shared drive the account is
 *   a member of: service accounts have no storage of their own).
 *
 * The OAuth variables win when both are set. GOOGLE_DRIVE_ROOT_URL and GOOGLE_OAUTH_TOKEN_URL
 * point the API and the token endpoint elsewhere (tests, proxies). Throws one UsageError listing
 * every problem.
 */
export function googleDriveOptionsFromUrl(spec: string, env: NodeJS.ProcessEnv): GoogleDriveOptions {
  const problems: string[] = [];
  const parsed = parseDestinationUrl(
    spec,
    {
      protocol: "gdrive:",
      what: "the Google Drive destination",
      shape: "gdrive://<folder id>",
      noCredentials: "the gdrive:// URL must not carry credentials",
    },
    problems,
  );
  const folderId = parsed.host;
  if (!/^[A-Za-z0-9_-]{5,}$/.test(folderId))
    problems.push(`'${folderId}' is not a Drive folder id (gdrive://<folder id>, the id from the folder's address)`);
  if (parsed.pathname.replace(/\/+$/, "") !== "")
    problems.push("gdrive:// takes a folder id only, no path: name the folder itself by its id");
  if ([...parsed.searchParams.keys()].length > 0) problems.push("gdrive:// takes no options");
  const nonEmpty = (value: string | undefined) =>
    value === undefined || value.trim() === "" ? undefined : value.trim();
  const clientId = nonEmpty(env.GOOGLE_CLIENT_ID);
  const clientSecret = nonEmpty(env.GOOGLE_CLIENT_SECRET);
  const refreshToken = nonEmpty(env.GOOGLE_REFRESH_TOKEN);
  const keyFile = nonEmpty(env.GOOGLE_APPLICATION_CREDENTIALS);
  const rootUrl = nonEmpty(env.GOOGLE_DRIVE_ROOT_URL);
  const tokenUrl = nonEmpty(env.GOOGLE_OAUTH_TOKEN_URL);
  for (const [key, value] of [
    ["GOOGLE_DRIVE_ROOT_URL", rootUrl],
    ["GOOGLE_OAUTH_TOKEN_URL", tokenUrl],
  ] as const) {
    if (value !== undefined && !/^https?:\/\/[^/@\s]+/.test(value))
      problems.push(`${key} must be an http(s) URL without credentials`);
  }
  let credentials: DriveCredentials | undefined;
  const oauth = { GOOGLE_CLIENT_ID: clientId, GOOGLE_CLIENT_SECRET: clientSecret, GOOGLE_REFRESH_TOKEN: refreshToken };
  const oauthSet = Object.entries(oauth).filter(([, v]) => v !== undefined);
  if (oauthSet.length > 0 && oauthSet.length < 3) {
    const missing = Object.entries(oauth)
      .filter(([, v]) => v === undefined)
      .map(([k]) => k);
    problems.push(
      `${oauthSet.map(([k]) => k).join(" and ")} ${oauthSet.length === 1 ? "is" : "are"} set but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not: an OAuth refresh token needs all three`,
    );
  } else if (clientId && clientSecret && refreshToken) {
    credentials = { kind: "oauth", clientId, clientSecret, refreshToken, ...(tokenUrl ? { tokenUrl } : {}) };
  } else if (keyFile) {
    credentials = { kind: "service-account", keyFile };
  } else {
    problems.push(
      "no Google credentials: set GOOGLE_APPLICATION_CREDENTIALS to a service account key file (for a shared drive), or GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN",
    );
  }
  if (problems.length > 0 || credentials === undefined) throw new UsageError(problems);
  return Object.freeze({ folderId, credentials, ...(rootUrl ? { rootUrl } : {}) });
}

export function openGoogleDrive(spec: string, context: OpenContext): Destination {
  for (const key of ["GOOGLE_CLIENT_SECRET", "GOOGLE_REFRESH_TOKEN"]) context.addSecret(context.env[key]?.trim());
  const options = googleDriveOptionsFromUrl(spec, context.env);
  const destination = new GoogleDriveDestination(options);
  // The private key is read from the key file: register every line of it.
  for (const secret of (destination as unknown as { auth: DriveAuth }).auth.secrets) context.addSecret(secret);
  return destination;
}

function toInfo(file: DriveFileMeta): ObjectInfo {
  return { name: file.name, size: Number(file.size ?? 0), modified: new Date(file.modifiedTime ?? 0) };
}

function modifiedOf(file: DriveFileMeta): number {
  return Date.parse(file.modifiedTime ?? "") || 0;
}

/** A Drive query string literal. */
function quote(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
