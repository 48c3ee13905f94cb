import "server-only";
import { db } from "@/db";
import { hitRateLimit } from "@/lib/rate-limit";
import { buildFederation, type ChorusContext, type ChorusFederation } from "./federation";
import { federationConfig } from "./settings";

const holder = globalThis as unknown as { __chorusFederation?: { key: string; federation: ChorusFederation } };

/** This web process's Fedify instance, or null when federation is off (see lib/federation/config.ts). */
export function webFederation(): ChorusFederation | null {
  const config = federationConfig();
  if (!config.enabled) return null;
  const key = JSON.stringify(config);
  if (holder.__chorusFederation?.key !== key) holder.__chorusFederation = { key, federation: buildFederation(db, config) };
  return holder.__chorusFederation.federation;
}

/** A context for work done on a user's behalf in a request (lookups, follows): sends go to the durable queue. */
export function federationContext(): ChorusContext | null {
  const federation = webFederation();
  if (!federation) return null;
  const config = federationConfig();
  return federation.createContext(new URL(config.origin), { db, config });
}

/** Answers ActivityPub, WebFinger and NodeInfo requests (app/ap, app/.well-known). */
export async function federationResponse(request: Request): Promise<Response> {
  const federation = webFederation();
  if (!federation) return new Response("Federation is off on this server.", { status: 404, headers: { "content-type": "text/plain" } });
  const config = federationConfig();
  return await federation.fetch(request, {
    contextData: { db, config },
    onNotFound: () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } }),
    onNotAcceptable: () => new Response("This address serves ActivityPub JSON (Accept: application/activity+json).", { status: 406, headers: { "content-type": "text/plain", vary: "Accept" } }),
  });
}

/** Lookups of profiles elsewhere that reach the network: signed-in people only, 30 per 10 minutes each. A refusal is a key of the "errors" namespace (lookupRemoteActor says it). */
export function networkLookupGate(viewerProfileId: string | null | undefined): () => Promise<string | null> {
  return async () => {
    if (!viewerProfileId) return "federation.lookupSignIn";
    const r = await hitRateLimit(db, `federation-lookup:${viewerProfileId}`, { limit: 30, windowMs: 10 * 60_000 });
    return r.allowed ? null : "federation.lookupTooFast";
  };
}
