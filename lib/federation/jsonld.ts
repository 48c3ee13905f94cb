// What Fedify gets for "jsonld/dist/jsonld.esm.js" (the alias in next.config.mjs).
// That browser build bundles core-js: it polyfills what Node 20 lacks, which Fedify
// relies on (ArrayBuffer.prototype.transfer, for one), and also swaps the global
// JSON.stringify for one about 8x slower than Node's, which every page's rendering
// then paid for. This loads it and puts Node's JSON.stringify back. The import order
// matters: own-json is evaluated first, before the build replaces it.
import { ownStringify } from "./own-json";
// @ts-expect-error: the browser build has no types of its own (the spelling without ".js" escapes the alias)
import jsonld from "jsonld/dist/jsonld.esm";

JSON.stringify = ownStringify;

export default jsonld;
