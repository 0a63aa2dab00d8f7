import { exitCodeOf, messageOf } from "../errors.ts";
import { useProxyFromEnv } from "../net/proxy.ts";
import { main } from "./main.ts";

process.exitCode = await useProxyFromEnv(process.env).then(
  () => main(process.argv.slice(2), process.env),
  (error: unknown) => {
    process.stderr.write(`error: ${messageOf(error)}\n`);
    return exitCodeOf(error);
  },
);
