import * as core from "@actions/core";
import { messageOf } from "../errors.ts";
import { useProxyFromEnv } from "../net/proxy.ts";
import { Cancellation } from "./cancellation.ts";
import { runAction } from "./run.ts";

const cancellation = new Cancellation();
useProxyFromEnv(process.env)
  .then(() => runAction(process.env, cancellation))
  .catch((error: unknown) => core.setFailed(`strongroom: ${messageOf(error)}`))
  .finally(() => cancellation.dispose());
