import { connect, type AddressInfo, type Socket } from "node:net";
import { createServer } from "node:tls";

export interface TlsFront {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * A TLS server on 127.0.0.1 that hands each decrypted connection to a plain local server: the test
 * servers speak HTTP, and this puts the certificate (from the test CA) in front of one of them.
 */
export async function startTlsFront(
  certificate: { key: string; cert: string },
  backendPort: number,
): Promise<TlsFront> {
  const sockets = new Set<Socket>();
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (client) => {
    const backend = connect(backendPort, "127.0.0.1");
    for (const socket of [client, backend]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        backend.destroy();
      });
    }
    client.pipe(backend).pipe(client);
  });
  server.on("tlsClientError", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
