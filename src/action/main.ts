import * as core from "@actions/core";
import { messageOf } from "../errors.ts";
import { Cancellation } from "./cancellation.ts";
import { runAction } from "./run.ts";

const cancellation = new Cancellation();
runAction(process.env, cancellation)
  .catch((error: unknown) => core.setFailed(`strongroom: ${messageOf(error)}`))
  .finally(() => cancellation.dispose());
