// What Fedify gets for "jsonld/dist/jsonld.esm.js" (the alias in next.config.mjs).
// That browser build bundles core-js: it polyfills what Node 20 lacks, which Fedify
// relies on (ArrayBuffer.prototype.transfer, for one), and also swaps the global
// JSON.stringify for one about 8x slower than Node's and Array.prototype.push for a
// JS function, which every page's rendering then paid for. This loads it and puts
// Node's own back (lib/federation/own-json.ts). The import order matters: own-json is
// evaluated first, before the build replaces them.
import { ownFunctionToString, ownPush, ownStringify } from "./own-json";
// @ts-expect-error: the browser build has no types of its own (the spelling without ".js" escapes the alias)
import jsonld from "jsonld/dist/jsonld.esm";

JSON.stringify = ownStringify;
// Written as core-js wrote them (writable, not enumerable), so nothing else changes.
Object.defineProperty(Array.prototype, "push", { value: ownPush, writable: true, configurable: true, enumerable: false });
Object.defineProperty(Function.prototype, "toString", { value: ownFunctionToString, writable: true, configurable: true, enumerable: false });

export default jsonld;
