import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestCertificateAuthority {
  /** The CA certificate's file, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  readonly caPem: string;
  /** A server certificate for these DNS names (wildcards allowed) and 127.0.0.1, signed by the CA. */
  issue(names: readonly string[]): { readonly key: string; readonly cert: string };
  remove(): void;
}

/** A throwaway certificate authority made with the openssl CLI, valid for two days. */
export function makeTestCertificateAuthority(): TestCertificateAuthority {
  const dir = mkdtempSync(join(tmpdir(), "sr-test-ca-"));
  const caKey = join(dir, "ca.key");
  const caFile = join(dir, "ca.pem");
  const openssl = (args: string[]) => execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
  openssl([
    ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"],
    ...["-subj", "/CN=Strongroom test CA", "-keyout", caKey, "-out", caFile],
    ...["-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
  ]);
  let serial = 0;
  return {
    caFile,
    caPem: readFileSync(caFile, "utf8"),
    issue(names) {
      serial += 1;
      const key = join(dir, `leaf-${serial}.key`);
      const csr = join(dir, `leaf-${serial}.csr`);
      const cert = join(dir, `leaf-${serial}.pem`);
      const extensions = join(dir, `leaf-${serial}.ext`);
      const alt = [...names.map((name) => `DNS:${name}`), "IP:127.0.0.1"].join(",");
      writeFileSync(
        extensions,
        `subjectAltName=${alt}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n`,
      );
      openssl([
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        `/CN=${names[0] ?? "localhost"}`,
        "-keyout",
        key,
        "-out",
        csr,
      ]);
      openssl([
        ...["x509", "-req", "-in", csr, "-CA", caFile, "-CAkey", caKey, "-set_serial", String(1000 + serial)],
        ...["-days", "2", "-extfile", extensions, "-out", cert],
      ]);
      return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
