import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-3NREY4P7.js";
import "./chunk-EWK3MTLA.js";
export default require_dist();
