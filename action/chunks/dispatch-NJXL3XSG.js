import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
} from "./chunk-TEYFGJTG.js";
import "./chunk-3NREY4P7.js";
import "./chunk-BKGQ3RKI.js";
import "./chunk-EWK3MTLA.js";
export {
  COMMANDS,
  backupOutputs,
  backupReport,
  dispatch
};
