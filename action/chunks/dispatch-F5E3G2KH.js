import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
} from "./chunk-7523PVR3.js";
import "./chunk-ZCGE6X62.js";
import "./chunk-FKMFAF5O.js";
export {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
};
