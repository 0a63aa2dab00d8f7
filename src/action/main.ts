import * as core from "@actions/core";
import { messageOf } from "../errors.ts";
import { useProxyFromEnv } from "../net/proxy.ts";
import { runAction } from "./run.ts";

useProxyFromEnv(process.env)
  .then(() => runAction())
  .catch((error: unknown) => core.setFailed(`strongroom: ${messageOf(error)}`));
