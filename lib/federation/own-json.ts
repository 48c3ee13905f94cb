/** Node's own JSON.stringify, read before jsonld's browser build loads (lib/federation/jsonld.ts). */
export const ownStringify = JSON.stringify;
