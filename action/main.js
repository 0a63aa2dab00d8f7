import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-RGCXXGV2.js";
import {
  messageOf,
  setFailed
} from "./chunks/chunk-TEYFGJTG.js";
import "./chunks/chunk-3NREY4P7.js";
import "./chunks/chunk-BKGQ3RKI.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/action/main.ts
runAction().catch((error) => setFailed(`strongroom: ${messageOf(error)}`));
