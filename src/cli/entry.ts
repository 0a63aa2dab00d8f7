import { exitCodeOf, messageOf } from "../errors.ts";
import { useProxyFromEnv } from "../net/proxy.ts";
import { main } from "./main.ts";
import { claimStdout } from "./stdout.ts";

const stdout = claimStdout();

const code = await useProxyFromEnv(process.env).then(
  () => main(process.argv.slice(2), process.env, stdout),
  (error: unknown) => {
    process.stderr.write(`error: ${messageOf(error)}\n`);
    return exitCodeOf(error);
  },
);
// Exits now, with main's signal handlers still in place (signals.ts): a natural exit first closes
// them, and a signal arriving in that gap (a runner's SIGTERM after its SIGINT) would end the
// process by signal instead of with the exit code. stdout and stderr are synchronous for files
// and pipes.
process.exit(code);
