import * as core from "@actions/core";
import { messageOf } from "../errors.ts";
import { runAction } from "./run.ts";

runAction().catch((error: unknown) => core.setFailed(`strongroom: ${messageOf(error)}`));
