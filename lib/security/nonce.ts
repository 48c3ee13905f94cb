import "server-only";
import { headers } from "next/headers";
import { NONCE_HEADER } from "./headers";

/** This request's CSP nonce, set by proxy.ts, for the few inline <script> elements we render. */
export async function cspNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
