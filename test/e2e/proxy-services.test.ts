import { join } from "node:path";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStep } from "../action/runner.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifact-server.ts";
import { type ConnectProxy, startConnectProxy } from "../servers/connect-proxy.ts";
import { HttpReceiver } from "../servers/http-receiver.ts";
import { type SupabaseStorageTestServer, startSupabaseStorageServer } from "../servers/supabase-storage-server.ts";
import { makeTestCertificateAuthority, type TestCertificateAuthority } from "../servers/test-ca.ts";
import { startTlsFront, type TlsFront } from "../servers/tls-front.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { dbUrl, dropDatabase, fingerprint, richDatabase, sql } from "../support/postgres.ts";

const HOSTS = {
  results: "results.strongroom.test",
  blob: "blob.strongroom.test",
  artifactsApi: "artifacts-api.strongroom.test",
  supabase: "project.supabase.strongroom.test",
  github: "api.github.strongroom.test",
  hooks: "hooks.strongroom.test",
} as const;
const GITHUB_TOKEN = "ghs_proxytesttoken0123456789";

/**
 * The bundles behind a CONNECT proxy, each remote service at an https:// host name the proxy maps
 * to a local server whose certificate comes from a test CA (NODE_EXTRA_CA_CERTS): the artifact
 * service (Twirp, blob storage, REST), Supabase Storage (REST and TUS), webhooks and the GitHub
 * issue. A host in NO_PROXY is reached directly.
 */
describe("every remote service through a CONNECT proxy (bundles)", () => {
  let ca: TestCertificateAuthority;
  let artifacts: ArtifactServer;
  let supabase: SupabaseStorageTestServer;
  let receiver: HttpReceiver;
  let proxy: ConnectProxy;
  let receiverFront: TlsFront;
  const fronts: TlsFront[] = [];
  const folders: string[] = [];
  const databases: string[] = [];
  let proxyEnv: Record<string, string>;

  beforeAll(async () => {
    ca = makeTestCertificateAuthority();
    artifacts = await startArtifactServer({
      origins: {
        twirp: `https://${HOSTS.results}`,
        blob: `https://${HOSTS.blob}`,
        rest: `https://${HOSTS.artifactsApi}`,
      },
    });
    supabase = await startSupabaseStorageServer({ publicUrl: `https://${HOSTS.supabase}` });
    supabase.createBucket("backups");
    receiver = await new HttpReceiver(GITHUB_TOKEN).start();
    const certificate = ca.issue([...Object.values(HOSTS), "localhost"]);
    const front = async (port: number) => {
      const started = await startTlsFront(certificate, port);
      fronts.push(started);
      return started.port;
    };
    receiverFront = { port: await front(receiver.port), stop: async () => undefined };
    const routes: Record<string, number> = {
      [HOSTS.results]: await front(artifacts.ports.twirp),
      [HOSTS.blob]: await front(artifacts.ports.blob),
      [HOSTS.artifactsApi]: await front(artifacts.ports.rest),
      [HOSTS.supabase]: await front(supabase.port),
      [HOSTS.github]: receiverFront.port,
      [HOSTS.hooks]: receiverFront.port,
    };
    proxy = await startConnectProxy((host, port) => (port === 443 ? routes[host] : undefined));
    proxyEnv = {
      HTTPS_PROXY: proxy.url,
      HTTP_PROXY: "",
      https_proxy: "",
      http_proxy: "",
      no_proxy: "",
      NO_PROXY: "localhost",
      NODE_USE_ENV_PROXY: "",
      NODE_EXTRA_CA_CERTS: ca.caFile,
    };
  });

  afterAll(async () => {
    await Promise.all([proxy?.stop(), ...fronts.map((f) => f.stop()), artifacts?.close(), supabase?.stop()]);
    await receiver?.close();
    for (const name of databases) await dropDatabase(name);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    ca?.remove();
  });

  it("the action stores to artifacts and Supabase Storage (TUS) through the proxy, and restores from both", async () => {
    const source = await richDatabase();
    databases.push(source);
    // About 8 MB that does not compress: above Supabase's 6 MB threshold, so it goes through TUS.
    await sql(
      dbUrl(source),
      "create table noise as select g as id, decode(md5(random()::text) || md5(random()::text), 'hex') as bytes from generate_series(1, 250000) g",
    );
    const keys = tempDir();
    folders.push(keys);
    const identity = join(keys, "key.txt");
    const recipient = (await runCli(["keygen", "--out", identity])).stdout.trim();
    const env = {
      ...artifacts.env,
      ...proxyEnv,
      SUPABASE_URL: supabase.url,
      SUPABASE_SERVICE_ROLE_KEY: supabase.serviceRoleKey,
    };
    const backup = await runStep(
      "main",
      {
        command: "backup",
        source: dbUrl(source),
        destinations: "artifact:\nsupabase://backups/proxy",
        recipients: recipient,
        "github-token": artifacts.env.GITHUB_TOKEN!,
      },
      env,
    );
    expect(backup.code, backup.stdout + backup.stderr).toBe(0);
    expect(backup.stdout + backup.stderr).not.toMatch(/experimental/i);
    expect(artifacts.artifacts().filter((a) => a.finalized)).not.toHaveLength(0);
    expect(supabase.requests.some((r) => r.route.startsWith("tus") && r.method === "PATCH")).toBe(true);
    expect(proxy.hosts()).toEqual(expect.arrayContaining([HOSTS.results, HOSTS.blob, HOSTS.supabase]));
    const post = await runStep("post", {}, env, backup.state);
    expect(post.code, post.stdout + post.stderr).toBe(0);

    const original = await fingerprint(dbUrl(source));
    const cliEnv = { ...env, ...artifacts.newRun({ actions: "read" }) };
    for (const [i, from] of ["artifact:", "supabase://backups/proxy"].entries()) {
      const target = `${source}_proxied_${i}`;
      databases.push(target);
      const restore = await runCli(["restore", "--from", from, "--to", dbUrl(target), "--identity", identity], {
        env: cliEnv,
      });
      expect(restore.code, `${from}: ${restore.stderr}`).toBe(0);
      expect(await fingerprint(dbUrl(target))).toEqual(original);
    }
    // Listing another run's artifacts is a REST call: through the proxy too.
    expect(proxy.hosts()).toContain(HOSTS.artifactsApi);
  }, 300_000);

  it("webhooks and the GitHub issue go through the proxy; a webhook on a NO_PROXY host is reached directly", async () => {
    const before = proxy.tunnels.length;
    const folder = tempDir();
    folders.push(folder);
    const run = await runCli(
      ["backup", "--source", `${dbUrl("sr_no_such_database_proxy")}`, "--to", folder, "--no-encryption"],
      {
        env: {
          ...proxyEnv,
          GITHUB_REPOSITORY: "acme/backups",
          GITHUB_API_URL: `https://${HOSTS.github}`,
          STRONGROOM_GITHUB_TOKEN: GITHUB_TOKEN,
          STRONGROOM_GITHUB_ISSUE: "true",
          STRONGROOM_NOTIFY_ON: "failure",
          STRONGROOM_WEBHOOK_URL: [
            `https://${HOSTS.hooks}/hooks/proxied`,
            `https://localhost:${receiverFront.port}/hooks/direct`,
          ].join("\n"),
        },
      },
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).not.toMatch(/notify: .* failed/);
    expect(receiver.issues).toHaveLength(1);
    expect(receiver.hooks("/hooks/proxied")).toHaveLength(1);
    expect(receiver.hooks("/hooks/direct")).toHaveLength(1);
    const tunnelled = proxy.tunnels.slice(before).map((t) => t.replace(/:\d+$/, ""));
    expect(new Set(tunnelled)).toEqual(new Set([HOSTS.github, HOSTS.hooks]));
    expect(tunnelled).not.toContain("localhost");
  }, 120_000);
});
