import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-2E3PTUL7.js";
import {
  messageOf,
  setFailed
} from "./chunks/chunk-62OEM4CK.js";
import "./chunks/chunk-ZCGE6X62.js";
import "./chunks/chunk-FKMFAF5O.js";

// src/action/main.ts
runAction().catch((error) => setFailed(`strongroom: ${messageOf(error)}`));
