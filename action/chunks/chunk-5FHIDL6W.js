import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  UsageError
} from "./chunk-SI3IGW5R.js";

// src/destinations/object-name.ts
function assertObjectName(name) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes("..")) {
    throw new UsageError(`invalid object name '${name}': only letters, digits, '.', '_' and '-' are allowed`);
  }
}
function isObjectName(name) {
  try {
    assertObjectName(name);
    return true;
  } catch {
    return false;
  }
}

export {
  assertObjectName,
  isObjectName
};
