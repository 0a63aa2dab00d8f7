import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  notify,
  shouldSend
} from "./chunk-TM35IIMM.js";
import "./chunk-NMK44RXJ.js";
import "./chunk-VQFFYIKD.js";
import "./chunk-BBPAWNWA.js";
import "./chunk-FVZYVAOK.js";
import "./chunk-VERO4F7U.js";
import "./chunk-VO6T7KNM.js";
import "./chunk-SI3IGW5R.js";
import "./chunk-EWK3MTLA.js";
export {
  notify,
  shouldSend
};
