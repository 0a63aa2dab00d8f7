import http from "node:http";
import https from "node:https";
import { UsageError } from "../errors.ts";

type ProxyEnv = Readonly<Record<string, string | undefined>>;

const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"] as const;

/** Whether a proxy variable is set (curl's names, either case). */
export function proxyConfigured(env: ProxyEnv): boolean {
  return PROXY_VARIABLES.some((name) => (env[name] ?? "").trim() !== "");
}

/**
 * Sends the clients that do not pick a route of their own through HTTPS_PROXY / HTTP_PROXY, except
 * for hosts in NO_PROXY: the global `fetch` (Drive uploads, Supabase Storage, webhooks) and the
 * `node:http`/`node:https` global agents (Supabase's resumable uploads). googleapis, the AWS SDK,
 * @actions/artifact and Octokit read the same variables themselves. Certificates are checked against
 * the system roots plus NODE_EXTRA_CA_CERTS. Does nothing when no proxy variable is set.
 * Returns how the proxy was installed: Node's own `http.setGlobalProxyFromEnv` where it exists
 * (Node 24.14+), otherwise undici's proxy agent and agents with `proxyEnv`.
 */
export async function useProxyFromEnv(env: ProxyEnv = process.env): Promise<"none" | "node" | "undici"> {
  if (!proxyConfigured(env)) return "none";
  const problems = PROXY_VARIABLES.filter((name) => {
    const value = env[name]?.trim();
    return value !== undefined && value !== "" && !/^https?:$/.test(parseUrl(value)?.protocol ?? "");
  }).map((name) => `${name} is not a proxy URL: write it as http://host:port (or http://user:password@host:port)`);
  if (problems.length > 0) throw new UsageError(problems);

  const builtIn = (http as { setGlobalProxyFromEnv?: (env: ProxyEnv) => () => void }).setGlobalProxyFromEnv;
  if (typeof builtIn === "function") {
    builtIn({ ...env });
    return "node";
  }
  await useUndiciProxy(env);
  return "undici";
}

/** What `http.setGlobalProxyFromEnv` does, for Node versions without it. */
export async function useUndiciProxy(env: ProxyEnv): Promise<void> {
  const { EnvHttpProxyAgent, setGlobalDispatcher } = await import("undici");
  const proxyEnv = {
    HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
    HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
    NO_PROXY: env.NO_PROXY ?? env.no_proxy,
  };
  const dispatcher = withoutWarning("UNDICI-EHPA", () => {
    const https = proxyEnv.HTTPS_PROXY ?? proxyEnv.HTTP_PROXY;
    return new EnvHttpProxyAgent({
      ...(proxyEnv.HTTP_PROXY ? { httpProxy: proxyEnv.HTTP_PROXY } : {}),
      ...(https ? { httpsProxy: https } : {}),
      ...(proxyEnv.NO_PROXY ? { noProxy: proxyEnv.NO_PROXY } : {}),
    });
  });
  setGlobalDispatcher(dispatcher);
  // `proxyEnv` is read by Node 22.21+ and 24.5+; older versions keep connecting directly.
  const agentOptions = { keepAlive: true, proxyEnv } as http.AgentOptions;
  http.globalAgent = new http.Agent(agentOptions);
  https.globalAgent = new https.Agent(agentOptions);
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** undici calls its env proxy agent experimental; that line would only confuse users' logs. */
function withoutWarning<T>(code: string, make: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0] as { code?: string } | undefined;
    if (options?.code === code || rest[1] === code) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emitWarning;
  }
}
