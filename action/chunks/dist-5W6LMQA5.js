import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-VYG5KUGM.js";
import {
  __esm
} from "./chunk-EWK3MTLA.js";

// strongroom-cjs-namespace:node_modules/https-proxy-agent/dist/index.js
var namespace, dist_default, HttpsProxyAgent;
var init_dist = __esm({
  "strongroom-cjs-namespace:node_modules/https-proxy-agent/dist/index.js"() {
    namespace = require_dist();
    dist_default = namespace;
    HttpsProxyAgent = namespace.HttpsProxyAgent;
  }
});
init_dist();
export {
  HttpsProxyAgent,
  dist_default as default
};
