import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  UsageError
} from "./chunk-SI3IGW5R.js";

// src/net/proxy.ts
import http from "node:http";
import https from "node:https";
var PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];
function proxyConfigured(env) {
  return PROXY_VARIABLES.some((name) => (env[name] ?? "").trim() !== "");
}
async function useProxyFromEnv(env = process.env) {
  if (!proxyConfigured(env)) return "none";
  const problems = PROXY_VARIABLES.filter((name) => {
    const value = env[name]?.trim();
    return value !== void 0 && value !== "" && !/^https?:$/.test(parseUrl(value)?.protocol ?? "");
  }).map((name) => `${name} is not a proxy URL: write it as http://host:port (or http://user:password@host:port)`);
  if (problems.length > 0) throw new UsageError(problems);
  const builtIn = http.setGlobalProxyFromEnv;
  if (typeof builtIn === "function") {
    builtIn({ ...env });
    return "node";
  }
  await useUndiciProxy(env);
  return "undici";
}
async function useUndiciProxy(env) {
  const { EnvHttpProxyAgent, setGlobalDispatcher } = await import("./undici-OOYCDAIT.js");
  const proxyEnv = {
    HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
    HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
    NO_PROXY: env.NO_PROXY ?? env.no_proxy
  };
  const dispatcher = withoutWarning("UNDICI-EHPA", () => {
    const https2 = proxyEnv.HTTPS_PROXY ?? proxyEnv.HTTP_PROXY;
    return new EnvHttpProxyAgent({
      ...proxyEnv.HTTP_PROXY ? { httpProxy: proxyEnv.HTTP_PROXY } : {},
      ...https2 ? { httpsProxy: https2 } : {},
      ...proxyEnv.NO_PROXY ? { noProxy: proxyEnv.NO_PROXY } : {}
    });
  });
  setGlobalDispatcher(dispatcher);
  const agentOptions = { keepAlive: true, proxyEnv };
  http.globalAgent = new http.Agent(agentOptions);
  https.globalAgent = new https.Agent(agentOptions);
}
function parseUrl(value) {
  try {
    return new URL(value);
  } catch {
    return void 0;
  }
}
function withoutWarning(code, make) {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning, ...rest) => {
    const options = rest[0];
    if (options?.code === code || rest[1] === code) return;
    emitWarning.call(process, warning, ...rest);
  });
  try {
    return make();
  } finally {
    process.emitWarning = emitWarning;
  }
}

export {
  useProxyFromEnv
};
