import "server-only";
import { siteOrigin } from "./site";

/** The public origin for server components: the validated PUBLIC_URL (see lib/site.ts), never the Host header. */
export async function requestOrigin(): Promise<string> {
  return siteOrigin();
}
