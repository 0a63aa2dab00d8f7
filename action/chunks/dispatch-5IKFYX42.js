import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
} from "./chunk-RFH5ZLOK.js";
import "./chunk-TIYZLAUU.js";
import "./chunk-EF2U5OZ6.js";
import "./chunk-3MRYKAAL.js";
import "./chunk-FD4C7ZQH.js";
import "./chunk-IQ5VW7YH.js";
import "./chunk-R7MMNWVF.js";
import "./chunk-IFWBUR3M.js";
import "./chunk-5FHIDL6W.js";
import "./chunk-VO6T7KNM.js";
import "./chunk-PVV747LZ.js";
import "./chunk-SI3IGW5R.js";
import "./chunk-EWK3MTLA.js";
export {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
};
