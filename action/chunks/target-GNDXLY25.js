import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  createEmptyDatabase,
  describeContents,
  dropDatabase,
  openTarget,
  quoteIdent,
  swapInDatabase,
  tableRowCounts,
  tableRowCountsConcurrently,
  targetContents,
  userRelationCount,
  withAdmin
} from "./chunk-JHUV4ZG3.js";
import "./chunk-SI3IGW5R.js";
import "./chunk-EWK3MTLA.js";
export {
  createEmptyDatabase,
  describeContents,
  dropDatabase,
  openTarget,
  quoteIdent,
  swapInDatabase,
  tableRowCounts,
  tableRowCountsConcurrently,
  targetContents,
  userRelationCount,
  withAdmin
};
