import "server-only";
import { headers } from "next/headers";

/** The public origin for server components: PUBLIC_URL, else this request's host. */
export async function requestOrigin(): Promise<string> {
  const configured = process.env.PUBLIC_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
