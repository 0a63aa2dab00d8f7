import { rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.ts";
import { proxyConfigured, useProxyFromEnv } from "../../src/net/proxy.ts";
import { type ConnectProxy, startConnectProxy } from "../servers/connect-proxy.ts";
import { makeTestCertificateAuthority, type TestCertificateAuthority } from "../servers/test-ca.ts";
import { startTlsFront, type TlsFront } from "../servers/tls-front.ts";
import { ROOT, runCli, tempDir } from "../support/cli.ts";
import { runModuleScript, type ScriptRun } from "../support/module-script.ts";

const HOST = "service.strongroom.test";

/** In a fresh process: install the proxy one way, then call fetch, https.get and a NO_PROXY host. */
function probe(mode: "auto" | "undici", env: Record<string, string>): Promise<ScriptRun> {
  const script = `
    import https from "node:https";
    const { useProxyFromEnv, useUndiciProxy } = await import(${JSON.stringify(`${ROOT}src/net/proxy.ts`)});
    const mode = ${JSON.stringify(mode)} === "undici" ? (await useUndiciProxy(process.env), "undici") : await useProxyFromEnv(process.env);
    const viaFetch = await (await fetch("https://${HOST}/fetch")).text();
    const viaAgent = await new Promise((resolve, reject) =>
      https.get("https://${HOST}/agent", (res) => { let body = ""; res.on("data", (d) => (body += d)); res.on("end", () => resolve(body)); }).on("error", reject));
    const direct = await (await fetch(process.env.DIRECT_URL)).text();
    process.stdout.write(JSON.stringify({ mode, viaFetch, viaAgent, direct }));
  `;
  return runModuleScript(script, env);
}

describe("useProxyFromEnv", () => {
  let ca: TestCertificateAuthority;
  let backend: Server;
  let front: TlsFront;
  let proxy: ConnectProxy;
  let env: Record<string, string>;

  beforeAll(async () => {
    ca = makeTestCertificateAuthority();
    backend = createServer((req, res) => res.end(`${req.headers.host} ${req.url}`));
    await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve));
    front = await startTlsFront(ca.issue([HOST, "localhost"]), (backend.address() as AddressInfo).port);
    proxy = await startConnectProxy((host, port) => (host === HOST && port === 443 ? front.port : undefined));
    env = {
      HTTPS_PROXY: proxy.url,
      NO_PROXY: "localhost",
      NODE_EXTRA_CA_CERTS: ca.caFile,
      DIRECT_URL: `https://localhost:${front.port}/direct`,
    };
  });
  afterAll(async () => {
    await Promise.all([proxy?.stop(), front?.stop()]);
    await new Promise<void>((resolve) => backend?.close(() => resolve()));
    ca?.remove();
  });

  for (const mode of ["auto", "undici"] as const) {
    it(`${mode === "auto" ? "Node's own proxy support" : "undici's agent (Node without setGlobalProxyFromEnv)"}: fetch and https.get go through the proxy, NO_PROXY hosts directly, the test CA is trusted`, async () => {
      const before = proxy.tunnels.length;
      const run = await probe(mode, env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe("");
      const result = JSON.parse(run.stdout) as Record<string, string>;
      expect(result).toEqual({
        mode: mode === "auto" ? "node" : "undici",
        viaFetch: `${HOST} /fetch`,
        viaAgent: `${HOST} /agent`,
        direct: `localhost:${front.port} /direct`,
      });
      expect(proxy.tunnels.slice(before)).toEqual([`${HOST}:443`, `${HOST}:443`]);
    }, 60_000);
  }

  it("does nothing without a proxy variable", async () => {
    expect(proxyConfigured({ HTTPS_PROXY: " ", NO_PROXY: "x" })).toBe(false);
    expect(await useProxyFromEnv({ NO_PROXY: "example.com" })).toBe("none");
  });

  it("refuses a proxy that is not a URL, naming the variable but never echoing its value", async () => {
    const value = "proxy.example.com:3128@s3cr3t-pass";
    const error = await useProxyFromEnv({ https_proxy: value }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain("https_proxy is not a proxy URL");
    expect((error as Error).message).not.toContain("s3cr3t");

    const folder = tempDir();
    const run = await runCli(["list", "--from", folder], { env: { HTTPS_PROXY: value } }).finally(() =>
      rmSync(folder, { recursive: true, force: true }),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("HTTPS_PROXY is not a proxy URL");
    expect(run.stderr + run.stdout).not.toContain("s3cr3t");
  });
});
