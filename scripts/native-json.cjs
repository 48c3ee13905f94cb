// Preloaded (-r) into the background worker by scripts/server.mjs. Fedify requires
// jsonld's browser build, whose bundled core-js polyfills what Node 20 lacks (Fedify
// relies on some, such as ArrayBuffer.prototype.transfer) and also swaps the global
// JSON.stringify for one about 8x slower than Node's, and Array.prototype.push and
// Function.prototype.toString for JS functions. This puts Node's back once that build
// has loaded, as lib/federation/jsonld.ts does for the app's own bundles.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a -r preload is CommonJS
const Module = require("node:module");

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request !== "jsonld/dist/jsonld.esm.js") return load.call(this, request, ...rest);
  const own = JSON.stringify;
  const { push } = Array.prototype;
  const { toString } = Function.prototype;
  try {
    return load.call(this, request, ...rest);
  } finally {
    JSON.stringify = own;
    Object.defineProperty(Array.prototype, "push", { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(Function.prototype, "toString", { value: toString, writable: true, configurable: true, enumerable: false });
  }
};
