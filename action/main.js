import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-YCFAJTFV.js";
import {
  messageOf,
  setFailed
} from "./chunks/chunk-JQ7JGL4U.js";
import "./chunks/chunk-BKGQ3RKI.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/action/main.ts
runAction().catch((error) => setFailed(`strongroom: ${messageOf(error)}`));
