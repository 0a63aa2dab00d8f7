import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConnectProxy, startConnectProxy } from "../servers/connect-proxy.ts";
import { HttpReceiver } from "../servers/http-receiver.ts";
import { makeTestCertificateAuthority, type TestCertificateAuthority } from "../servers/test-ca.ts";
import { startTlsFront, type TlsFront } from "../servers/tls-front.ts";
import { ROOT } from "../support/cli.ts";
import { runModuleScript, type ScriptRun } from "../support/module-script.ts";
import { GITHUB_TOKEN } from "./fixtures.ts";

const API_HOST = "api.github.strongroom.test";

/** Runs `syncFailureIssue` in a fresh process (where @actions/github reads the proxy variables at load). */
function syncInChild(env: Record<string, string>): Promise<ScriptRun> {
  const script = `
    const { syncFailureIssue } = await import(${JSON.stringify(`${ROOT}src/notify/github-issue.ts`)});
    const { failureReport } = await import(${JSON.stringify(`${ROOT}test/notify/fixtures.ts`)});
    const config = { token: ${JSON.stringify(GITHUB_TOKEN)}, owner: "acme", repo: "backups", apiUrl: process.env.GITHUB_API_URL, label: "strongroom-failure" };
    const outcome = await syncFailureIssue(failureReport(), config, { attempts: 1, baseDelayMs: 10, maxDelayMs: 10, timeoutMs: 5000 });
    process.stdout.write(JSON.stringify(outcome));
  `;
  return runModuleScript(script, env);
}

/**
 * The issue client on its own, with no global proxy dispatcher installed: Octokit must use the
 * proxy-aware fetch @actions/github gives it (an Octokit `request` option used to replace it).
 */
describe("the GitHub issue client behind HTTPS_PROXY", () => {
  let ca: TestCertificateAuthority;
  let api: HttpReceiver;
  let front: TlsFront;
  let proxy: ConnectProxy;

  beforeAll(async () => {
    ca = makeTestCertificateAuthority();
    api = await new HttpReceiver(GITHUB_TOKEN).start();
    front = await startTlsFront(ca.issue([API_HOST]), api.port);
    proxy = await startConnectProxy((host, port) => (host === API_HOST && port === 443 ? front.port : undefined));
  });
  afterAll(async () => {
    await Promise.all([proxy?.stop(), front?.stop(), api?.close()]);
    ca?.remove();
  });

  it("opens the issue through the proxy, trusting the CA in NODE_EXTRA_CA_CERTS", async () => {
    const run = await syncInChild({
      HTTPS_PROXY: proxy.url,
      NODE_EXTRA_CA_CERTS: ca.caFile,
      GITHUB_API_URL: `https://${API_HOST}`,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ action: "opened", number: 1 });
    expect(api.issues).toHaveLength(1);
    expect(proxy.hosts()).toEqual([API_HOST]);
  }, 60_000);
});
