import * as core from "@actions/core";
import { messageOf } from "../errors.ts";
import { useProxyFromEnv } from "../net/proxy.ts";
import { runPost } from "./post-run.ts";

useProxyFromEnv(process.env)
  .catch((error: unknown) => core.warning(`strongroom post step: ${messageOf(error)}`))
  .then(() => runPost())
  .catch((error: unknown) => core.warning(`strongroom post step: ${messageOf(error)}`));
