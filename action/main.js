import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-TS37XZ2U.js";
import "./chunks/chunk-TNIPPSTL.js";
import {
  useProxyFromEnv
} from "./chunks/chunk-6DW3ORF3.js";
import {
  formatDuration
} from "./chunks/chunk-RFH5ZLOK.js";
import "./chunks/chunk-P576NIJE.js";
import "./chunks/chunk-TIYZLAUU.js";
import "./chunks/chunk-EF2U5OZ6.js";
import "./chunks/chunk-3MRYKAAL.js";
import {
  info,
  setFailed,
  warning
} from "./chunks/chunk-VYWWBMEK.js";
import "./chunks/chunk-A4SEZP6V.js";
import "./chunks/chunk-J2QK7ATJ.js";
import "./chunks/chunk-RSFMEIMW.js";
import "./chunks/chunk-FD4C7ZQH.js";
import "./chunks/chunk-YUBCJN3F.js";
import "./chunks/chunk-IQ5VW7YH.js";
import "./chunks/chunk-R7MMNWVF.js";
import "./chunks/chunk-IFWBUR3M.js";
import "./chunks/chunk-ME4EFUP6.js";
import "./chunks/chunk-5FHIDL6W.js";
import "./chunks/chunk-VO6T7KNM.js";
import "./chunks/chunk-PVV747LZ.js";
import {
  CancelledError,
  messageOf
} from "./chunks/chunk-SI3IGW5R.js";
import "./chunks/chunk-VYG5KUGM.js";
import "./chunks/chunk-EWK3MTLA.js";

// src/action/cancellation.ts
var SIGNALS = ["SIGINT", "SIGTERM"];
var Cancellation = class {
  #controller = new AbortController();
  #timer;
  #onSignal = (name) => {
    if (this.signal.aborted) {
      info(`received ${name} again: still removing what the cancelled run left`);
      return;
    }
    warning(`received ${name}: cancelling (stopping the dump and uploads, removing temporary files)`);
    this.#controller.abort(new CancelledError(`cancelled (${name})`, { hint: CANCELLED_HINT }));
  };
  constructor() {
    for (const name of SIGNALS) process.on(name, this.#onSignal);
  }
  get signal() {
    return this.#controller.signal;
  }
  /** Aborts the run after `ms` milliseconds (the `timeout` input). */
  startTimeout(ms) {
    this.#timer = setTimeout(
      () => this.#controller.abort(
        new CancelledError(`cancelled: the step ran longer than its timeout of ${formatDuration(ms)}`, {
          hint: "raise the 'timeout' input, or make the run smaller (another destination, --jobs)"
        })
      ),
      ms
    );
    this.#timer.unref();
  }
};
var CANCELLED_HINT = "run it again: a backup cut short is never listed, and its temporary files were removed";

// src/action/main.ts
var cancellation = new Cancellation();
useProxyFromEnv(process.env).then(() => runAction(process.env, cancellation)).catch((error) => setFailed(`strongroom: ${messageOf(error)}`)).finally(() => {
  process.exit();
});
