import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  notify,
  shouldSend
} from "./chunk-4PBXIBEJ.js";
import "./chunk-YUZCAPRK.js";
import "./chunk-BBPAWNWA.js";
import "./chunk-FVZYVAOK.js";
import "./chunk-4BJFLUHV.js";
import "./chunk-VO6T7KNM.js";
import "./chunk-BJ7NA7V3.js";
import "./chunk-EWK3MTLA.js";
export {
  notify,
  shouldSend
};
