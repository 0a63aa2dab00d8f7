import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  notify,
  shouldSend
} from "./chunk-H3WMQUNJ.js";
import "./chunk-ZPLNGAGL.js";
import "./chunk-6LGF3MNY.js";
import "./chunk-BJ7NA7V3.js";
import "./chunk-EWK3MTLA.js";
export {
  notify,
  shouldSend
};
