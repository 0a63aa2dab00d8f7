import { createServer, type IncomingMessage } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";

export interface ConnectProxy {
  /** http://127.0.0.1:<port>, for HTTPS_PROXY. */
  readonly url: string;
  /** `host:port` of every tunnel asked for, in order, whether it was opened or refused. */
  readonly tunnels: readonly string[];
  /** The host names tunnelled to, without ports, deduplicated. */
  hosts(): string[];
  stop(): Promise<void>;
}

/** Where a tunnel to `host:port` really goes (a local port), or undefined to refuse it with 502. */
export type ProxyRoute = (host: string, port: number) => number | undefined;

/**
 * An HTTP proxy that only tunnels (`CONNECT host:port`), as company proxies do for HTTPS. Nothing
 * leaves the machine: `route` maps each requested host:port to a local port (a TLS test server),
 * and the proxy logs what was asked. Plain proxied requests (`GET http://…`) are refused with 501,
 * so a client that sends one is seen failing.
 */
export async function startConnectProxy(route: ProxyRoute): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const server = createServer((req, res) => {
    tunnels.push(`refused ${req.method} ${req.url}`);
    res.writeHead(501, { "content-type": "text/plain" });
    res.end("this proxy only tunnels (CONNECT)\n");
  });
  server.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) => {
    track(client);
    const target = req.url ?? "";
    tunnels.push(target);
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
    const port = match ? route(match[1] ?? "", Number(match[2])) : undefined;
    if (port === undefined) {
      client.end("HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
      return;
    }
    const upstream = connect(port, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    track(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on("error", close);
    client.on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    hosts: () => [
      ...new Set(
        tunnels.filter((t) => !t.startsWith("refused ")).map((t) => t.replace(/:\d+$/, "").replace(/^\[|\]$/g, "")),
      ),
    ],
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
