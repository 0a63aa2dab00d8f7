import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-PIYBCYTI.js";
import "./chunks/chunk-H3WMQUNJ.js";
import "./chunks/chunk-RSFXJZFY.js";
import "./chunks/chunk-VGGCHKCU.js";
import "./chunks/chunk-ZPLNGAGL.js";
import {
  setFailed
} from "./chunks/chunk-TPOKRJF4.js";
import "./chunks/chunk-6LGF3MNY.js";
import "./chunks/chunk-ZPFAFJRL.js";
import "./chunks/chunk-4BJFLUHV.js";
import "./chunks/chunk-B64D7UZZ.js";
import {
  messageOf
} from "./chunks/chunk-BJ7NA7V3.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/action/main.ts
runAction().catch((error) => setFailed(`strongroom: ${messageOf(error)}`));
