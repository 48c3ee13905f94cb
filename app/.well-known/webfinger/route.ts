import { federationResponse } from "@/lib/federation/instance";

/** acct:handle@host → the profile's ActivityPub actor. */
export const dynamic = "force-dynamic";

export const GET = (request: Request) => federationResponse(request);
