import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-CMTNUVIA.js";
import "./chunks/chunk-H3WMQUNJ.js";
import "./chunks/chunk-AQR3J4YY.js";
import "./chunks/chunk-GQFK3LP3.js";
import "./chunks/chunk-ZPLNGAGL.js";
import {
  setFailed
} from "./chunks/chunk-SZHSQA2R.js";
import "./chunks/chunk-J2QK7ATJ.js";
import "./chunks/chunk-RSFMEIMW.js";
import "./chunks/chunk-6LGF3MNY.js";
import "./chunks/chunk-3NREY4P7.js";
import "./chunks/chunk-GWK22PML.js";
import "./chunks/chunk-4BJFLUHV.js";
import "./chunks/chunk-ME4EFUP6.js";
import "./chunks/chunk-B64D7UZZ.js";
import {
  messageOf
} from "./chunks/chunk-BJ7NA7V3.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/action/main.ts
runAction().catch((error) => setFailed(`strongroom: ${messageOf(error)}`));
