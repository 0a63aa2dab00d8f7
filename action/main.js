import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-YMMCI7IA.js";
import "./chunks/chunk-4PBXIBEJ.js";
import {
  useProxyFromEnv
} from "./chunks/chunk-H4PEIMV4.js";
import "./chunks/chunk-YUZCAPRK.js";
import "./chunks/chunk-7TWU4476.js";
import "./chunks/chunk-URVICK7E.js";
import "./chunks/chunk-QDMP2X47.js";
import {
  setFailed
} from "./chunks/chunk-AGLSFRO5.js";
import "./chunks/chunk-BBPAWNWA.js";
import "./chunks/chunk-RZ6ONGQG.js";
import "./chunks/chunk-PFDQNBFP.js";
import "./chunks/chunk-FVZYVAOK.js";
import "./chunks/chunk-GWK22PML.js";
import "./chunks/chunk-4BJFLUHV.js";
import "./chunks/chunk-A3NBYO6Z.js";
import "./chunks/chunk-B64D7UZZ.js";
import "./chunks/chunk-VO6T7KNM.js";
import {
  messageOf
} from "./chunks/chunk-BJ7NA7V3.js";
import "./chunks/chunk-SCGLMBFH.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/action/main.ts
useProxyFromEnv(process.env).then(() => runAction()).catch((error) => setFailed(`strongroom: ${messageOf(error)}`));
