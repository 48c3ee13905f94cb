import { federationResponse } from "@/lib/federation/instance";

/** NodeInfo discovery: links to /ap/nodeinfo/2.1 (software, protocols, usage). */
export const dynamic = "force-dynamic";

export const GET = (request: Request) => federationResponse(request);
