import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
} from "./chunk-7TWU4476.js";
import "./chunk-URVICK7E.js";
import "./chunk-QDMP2X47.js";
import "./chunk-GWK22PML.js";
import "./chunk-4BJFLUHV.js";
import "./chunk-B64D7UZZ.js";
import "./chunk-VO6T7KNM.js";
import "./chunk-BJ7NA7V3.js";
import "./chunk-EWK3MTLA.js";
export {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
};
