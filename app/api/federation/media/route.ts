import { proxiedImage } from "@/lib/federation/media-proxy";

/** A remote avatar or post picture, fetched and re-encoded by this server (signed URLs only). */
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return await proxiedImage(new URL(request.url).searchParams);
}
