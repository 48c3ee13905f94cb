import { federationResponse } from "@/lib/federation/instance";

/** ActivityPub actors, inboxes, collections and objects (Fedify routes them). */
export const dynamic = "force-dynamic";

export const GET = (request: Request) => federationResponse(request);
export const POST = (request: Request) => federationResponse(request);
