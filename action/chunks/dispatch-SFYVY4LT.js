import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
} from "./chunk-2MGC6GPG.js";
import "./chunk-VQFFYIKD.js";
import "./chunk-M7TNHLTC.js";
import "./chunk-JHUV4ZG3.js";
import "./chunk-HSOGGY73.js";
import "./chunk-Z2R2M4H5.js";
import "./chunk-VERO4F7U.js";
import "./chunk-5FHIDL6W.js";
import "./chunk-VO6T7KNM.js";
import "./chunk-LDYNZTGF.js";
import "./chunk-SI3IGW5R.js";
import "./chunk-EWK3MTLA.js";
export {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
};
