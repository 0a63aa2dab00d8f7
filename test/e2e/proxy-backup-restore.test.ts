import { generateKeyPairSync } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConnectProxy, startConnectProxy } from "../servers/connect-proxy.ts";
import { type DriveTestServer, startDriveServer } from "../servers/drive-server.ts";
import { type S3TestServer, startS3Server } from "../servers/s3-server.ts";
import { makeTestCertificateAuthority, type TestCertificateAuthority } from "../servers/test-ca.ts";
import { startTlsFront, type TlsFront } from "../servers/tls-front.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { dbUrl, dropDatabase, fingerprint, richDatabase } from "../support/postgres.ts";

/**
 * The CLI bundle behind a company proxy: every HTTPS connection goes through a CONNECT proxy, and
 * the servers' certificates come from a CA known only through NODE_EXTRA_CA_CERTS. Google Drive is
 * reached at its real host names (the service-account flow always posts to oauth2.googleapis.com),
 * which the proxy maps to the local Drive server; nothing leaves the machine.
 */
describe("backups through a CONNECT proxy (CLI bundle)", () => {
  // Virtual-hosted style, as on AWS: the bucket is part of the host name the proxy is asked for.
  const S3_HOST = "s3.strongroom.test";
  const BUCKET_HOST = `backups.${S3_HOST}`;
  let ca: TestCertificateAuthority;
  let drive: DriveTestServer;
  let s3: S3TestServer;
  let proxy: ConnectProxy;
  const fronts: TlsFront[] = [];
  const folders: string[] = [];
  const databases: string[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    ca = makeTestCertificateAuthority();
    [drive, s3] = await Promise.all([startDriveServer(), startS3Server()]);
    await s3.createBucket("backups");
    drive.createFolder("folderProxy1");
    const certificate = ca.issue(["www.googleapis.com", "oauth2.googleapis.com", `*.${S3_HOST}`]);
    const [driveFront, s3Front] = await Promise.all([
      startTlsFront(certificate, Number(new URL(drive.rootUrl).port)),
      startTlsFront(certificate, Number(new URL(s3.endpoint).port)),
    ]);
    fronts.push(driveFront!, s3Front!);
    const routes: Record<string, number> = {
      "www.googleapis.com:443": driveFront!.port,
      "oauth2.googleapis.com:443": driveFront!.port,
      [`${BUCKET_HOST}:443`]: s3Front!.port,
    };
    proxy = await startConnectProxy((host, port) => routes[`${host}:${port}`]);

    const keys = tempDir();
    folders.push(keys);
    const account = "backups@strongroom-test.iam.gserviceaccount.com";
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const keyFile = join(keys, "service-account.json");
    writeFileSync(
      keyFile,
      JSON.stringify({
        type: "service_account",
        client_email: account,
        private_key: privateKey.export({ type: "pkcs8", format: "pem" }),
        private_key_id: "proxy-test-key",
      }),
    );
    drive.trustServiceAccount(account, publicKey.export({ type: "spki", format: "pem" }) as string);
    env = {
      HTTPS_PROXY: proxy.url,
      HTTP_PROXY: "",
      NO_PROXY: "",
      https_proxy: "",
      http_proxy: "",
      no_proxy: "",
      NODE_EXTRA_CA_CERTS: ca.caFile,
      NODE_USE_ENV_PROXY: "",
      GOOGLE_APPLICATION_CREDENTIALS: keyFile,
      GOOGLE_CLIENT_ID: "",
      GOOGLE_DRIVE_ROOT_URL: "",
      GOOGLE_OAUTH_TOKEN_URL: "",
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: s3.region,
      AWS_ENDPOINT_URL: `https://${S3_HOST}`,
      AWS_EC2_METADATA_DISABLED: "true",
    };
  });

  afterAll(async () => {
    await Promise.all([proxy?.stop(), ...fronts.map((f) => f.stop()), drive?.stop(), s3?.stop()]);
    for (const name of databases) await dropDatabase(name);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    ca?.remove();
  });

  it("backs up to Google Drive (service account) and S3 through the proxy; both restore identically", async () => {
    const source = await richDatabase();
    databases.push(source);
    const keys = tempDir();
    folders.push(keys);
    const identity = join(keys, "key.txt");
    const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();

    const backup = await runCli(
      [
        ...[
          "backup",
          "--source",
          dbUrl(source),
          "--to",
          "gdrive://folderProxy1",
          "--to",
          "s3://backups/proxy?path-style=false",
        ],
        ...["--recipient", recipient, "--json"],
      ],
      { env },
    );
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).not.toMatch(/warning|experimental/i);
    const manifest = JSON.parse(backup.stdout) as { destinations: { ok: boolean }[] };
    expect(manifest.destinations.map((d) => d.ok)).toEqual([true, true]);
    // Every request went through the tunnel: the token, the Drive API and uploads, and S3.
    expect(proxy.hosts().sort()).toEqual(["oauth2.googleapis.com", BUCKET_HOST, "www.googleapis.com"].sort());
    expect(drive.requests.some((r) => r.route === "token" && r.status === 200)).toBe(true);
    expect(drive.requests.some((r) => r.route === "chunk" && r.status === 200)).toBe(true);
    expect(drive.files("folderProxy1").length).toBeGreaterThan(0);
    expect(backup.stdout + backup.stderr).not.toContain(s3.credentials.secretAccessKey);

    const original = await fingerprint(dbUrl(source));
    for (const [i, from] of ["gdrive://folderProxy1", "s3://backups/proxy?path-style=false"].entries()) {
      const target = `${source}_via_proxy_${i}`;
      databases.push(target);
      const restore = await runCli(["restore", "--from", from, "--to", dbUrl(target), "--identity", identity], {
        env,
      });
      expect(restore.code, `${from}: ${restore.stderr}`).toBe(0);
      expect(await fingerprint(dbUrl(target))).toEqual(original);
    }
  }, 300_000);

  it("an OAuth refresh token is exchanged at Google's token endpoint through the proxy too", async () => {
    const before = drive.requests.length;
    const run = await runCli(["list", "--from", "gdrive://folderProxy1", "--json"], {
      env: {
        ...env,
        GOOGLE_APPLICATION_CREDENTIALS: "",
        GOOGLE_CLIENT_ID: drive.client.clientId,
        GOOGLE_CLIENT_SECRET: drive.client.clientSecret,
        GOOGLE_REFRESH_TOKEN: drive.client.refreshToken,
      },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    const seen = drive.requests.slice(before);
    expect(seen.some((r) => r.route === "token" && r.status === 200)).toBe(true);
    expect(seen.some((r) => r.route === "list" && r.status === 200)).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(drive.client.refreshToken);
  }, 120_000);

  it("a certificate not signed by a CA in NODE_EXTRA_CA_CERTS is refused", async () => {
    const run = await runCli(["list", "--from", "s3://backups/proxy?path-style=false"], {
      env: { ...env, NODE_EXTRA_CA_CERTS: "" },
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/certificate/i);
  }, 120_000);
});
