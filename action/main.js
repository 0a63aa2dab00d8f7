import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-EMKAIXD2.js";
import {
  messageOf,
  setFailed
} from "./chunks/chunk-7523PVR3.js";
import "./chunks/chunk-ZCGE6X62.js";
import "./chunks/chunk-FKMFAF5O.js";

// src/action/main.ts
runAction().catch((error) => setFailed(`strongroom: ${messageOf(error)}`));
