import * as core from "@actions/core";
import { messageOf } from "../errors.ts";
import { runPost } from "./post-run.ts";

runPost().catch((error: unknown) => core.warning(`strongroom post step: ${messageOf(error)}`));
