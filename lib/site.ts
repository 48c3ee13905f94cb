/** The public origin of this Chorus install: PUBLIC_URL, else the request's own origin. */
export function publicOrigin(request?: Request): string {
  const configured = process.env.PUBLIC_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  return request ? new URL(request.url).origin : "http://localhost:3000";
}
