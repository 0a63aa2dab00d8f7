import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
} from "./chunk-AQR3J4YY.js";
import "./chunk-GQFK3LP3.js";
import "./chunk-GWK22PML.js";
import "./chunk-4BJFLUHV.js";
import "./chunk-B64D7UZZ.js";
import "./chunk-BJ7NA7V3.js";
import "./chunk-EWK3MTLA.js";
export {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
};
