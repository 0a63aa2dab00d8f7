import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  notify,
  shouldSend
} from "./chunk-TNIPPSTL.js";
import "./chunk-P576NIJE.js";
import "./chunk-TIYZLAUU.js";
import "./chunk-A4SEZP6V.js";
import "./chunk-YUBCJN3F.js";
import "./chunk-IFWBUR3M.js";
import "./chunk-VO6T7KNM.js";
import "./chunk-PVV747LZ.js";
import "./chunk-SI3IGW5R.js";
import "./chunk-EWK3MTLA.js";
export {
  notify,
  shouldSend
};
