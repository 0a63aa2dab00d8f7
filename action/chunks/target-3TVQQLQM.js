import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  createEmptyDatabase,
  dropDatabase,
  openTarget,
  swapInDatabase,
  tableRowCounts,
  tableRowCountsConcurrently,
  userRelationCount
} from "./chunk-QDMP2X47.js";
import "./chunk-BJ7NA7V3.js";
import "./chunk-EWK3MTLA.js";
export {
  createEmptyDatabase,
  dropDatabase,
  openTarget,
  swapInDatabase,
  tableRowCounts,
  tableRowCountsConcurrently,
  userRelationCount
};
