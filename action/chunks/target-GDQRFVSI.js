import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  createEmptyDatabase,
  describeContents,
  dropDatabase,
  openTarget,
  quoteIdent,
  restoredTablesQuery,
  swapInDatabase,
  tableRowCounts,
  tableRowCountsConcurrently,
  targetContents,
  userRelationCount,
  withAdmin
} from "./chunk-3MRYKAAL.js";
import "./chunk-SI3IGW5R.js";
import "./chunk-EWK3MTLA.js";
export {
  createEmptyDatabase,
  describeContents,
  dropDatabase,
  openTarget,
  quoteIdent,
  restoredTablesQuery,
  swapInDatabase,
  tableRowCounts,
  tableRowCountsConcurrently,
  targetContents,
  userRelationCount,
  withAdmin
};
