/**
 * Fedify reads `navigator.userAgent` (to detect Cloudflare Workers) when it
 * imports an Ed25519 key. Node has a global navigator only from version 21;
 * on Node 20 the lookup would throw. This gives it one that says what it is.
 */
const scope = globalThis as { navigator?: { userAgent: string } };
if (typeof scope.navigator === "undefined") {
  Object.defineProperty(globalThis, "navigator", { value: { userAgent: `Node.js/${process.version}` }, configurable: true, writable: true });
}

export {};
