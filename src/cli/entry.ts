import { exitCodeOf, messageOf } from "../errors.ts";
import { useProxyFromEnv } from "../net/proxy.ts";
import { main } from "./main.ts";
import { claimStdout } from "./stdout.ts";

const stdout = claimStdout();

process.exitCode = await useProxyFromEnv(process.env).then(
  () => main(process.argv.slice(2), process.env, stdout),
  (error: unknown) => {
    process.stderr.write(`error: ${messageOf(error)}\n`);
    return exitCodeOf(error);
  },
);
