/**
 * Node's own built-ins that jsonld's browser build replaces, read before it loads
 * (lib/federation/jsonld.ts): JSON.stringify (its polyfill is about 8x slower),
 * Array.prototype.push (a JS function in place of V8's, on every push of every page
 * render) and Function.prototype.toString (wrapped so that the polyfills look native).
 */
export const ownStringify = JSON.stringify;
export const ownPush = Array.prototype.push;
export const ownFunctionToString = Function.prototype.toString;
