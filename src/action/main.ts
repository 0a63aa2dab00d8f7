import * as core from "@actions/core";
import { messageOf } from "../errors.ts";
import { useProxyFromEnv } from "../net/proxy.ts";
import { Cancellation } from "./cancellation.ts";
import { runAction } from "./run.ts";

const cancellation = new Cancellation();
useProxyFromEnv(process.env)
  .then(() => runAction(process.env, cancellation))
  .catch((error: unknown) => core.setFailed(`strongroom: ${messageOf(error)}`))
  .finally(() => {
    // At once, with the signal handlers in place: a natural exit first closes them, and a
    // runner's SIGTERM in that gap would end the step by signal instead of with its exit code.
    process.exit();
  });
