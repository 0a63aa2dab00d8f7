import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  notify,
  shouldSend
} from "./chunk-HIDVDKRN.js";
import "./chunk-NMK44RXJ.js";
import "./chunk-VQFFYIKD.js";
import "./chunk-A4SEZP6V.js";
import "./chunk-YUBCJN3F.js";
import "./chunk-VERO4F7U.js";
import "./chunk-VO6T7KNM.js";
import "./chunk-SI3IGW5R.js";
import "./chunk-EWK3MTLA.js";
export {
  notify,
  shouldSend
};
