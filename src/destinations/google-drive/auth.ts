import { readFileSync } from "node:fs";
import { auth } from "googleapis/build/src/apis/drive/index.js";
import { DestinationError } from "../../errors.ts";

export const DRIVE_SCOPE = "https://www.googleapis.com/auth/drive";

export type DriveCredentials =
  | {
      readonly kind: "oauth";
      readonly clientId: string;
      readonly clientSecret: string;
      readonly refreshToken: string;
      /** Token endpoint; default Google's (https://oauth2.googleapis.com/token). */
      readonly tokenUrl?: string;
    }
  | {
      readonly kind: "service-account";
      /** Path of the JSON key file (GOOGLE_APPLICATION_CREDENTIALS). */
      readonly keyFile: string;
      /**
       * Sign a JWT with the scope and send it as the bearer token instead of exchanging it at the
       * token endpoint (Google's "service account authorization without OAuth"). Default false.
       */
      readonly selfSignedJwt?: boolean;
    };

export interface ServiceAccountKey {
  readonly client_email: string;
  readonly private_key: string;
  readonly private_key_id?: string;
}

/** What a request needs: headers for a URL, and the credential values to keep out of messages. */
export interface DriveAuth {
  readonly client: InstanceType<typeof auth.OAuth2>;
  readonly secrets: readonly string[];
}

export function readServiceAccountKey(path: string): ServiceAccountKey {
  const hint =
    "GOOGLE_APPLICATION_CREDENTIALS must name a service account's JSON key file (IAM → Service accounts → Keys → Add key → JSON)";
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DestinationError(
      `could not read the service account key file ${path} (GOOGLE_APPLICATION_CREDENTIALS): ${(error as Error).message}`,
      { permanent: true, hint },
    );
  }
  let key: Partial<ServiceAccountKey> & { type?: string };
  try {
    key = JSON.parse(text) as typeof key;
  } catch {
    throw new DestinationError(`the service account key file ${path} is not JSON`, { permanent: true, hint });
  }
  if (typeof key.client_email !== "string" || typeof key.private_key !== "string") {
    throw new DestinationError(
      `the key file ${path} has no client_email and private_key${key.type ? ` (its type is ${key.type})` : ""}`,
      { permanent: true, hint },
    );
  }
  return key as ServiceAccountKey;
}

export function createDriveAuth(credentials: DriveCredentials): DriveAuth {
  if (credentials.kind === "oauth") {
    const client = new auth.OAuth2({
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      ...(credentials.tokenUrl ? { endpoints: { oauth2TokenUrl: credentials.tokenUrl } } : {}),
    });
    client.setCredentials({ refresh_token: credentials.refreshToken });
    return { client, secrets: [credentials.clientSecret, credentials.refreshToken] };
  }
  const key = readServiceAccountKey(credentials.keyFile);
  const client = new auth.JWT({
    email: key.client_email,
    key: key.private_key,
    ...(key.private_key_id ? { keyId: key.private_key_id } : {}),
    scopes: [DRIVE_SCOPE],
  });
  client.useJWTAccessWithScope = credentials.selfSignedJwt === true;
  return { client, secrets: [key.private_key, ...key.private_key.split(/\r?\n/).filter((line) => line.length > 20)] };
}
