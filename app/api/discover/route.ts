import { getViewer } from "@/lib/auth/viewer";
import { getDiscoverPage } from "@/lib/discovery/queries";

export const dynamic = "force-dynamic";

const KEY = /^(video|track):[0-9A-Za-z]{6,32}$/;

/** The next page of /discover; `exclude` lists the keys the client already has (bad ones are ignored). */
export async function GET(request: Request) {
  const viewer = await getViewer();
  const exclude = (new URL(request.url).searchParams.get("exclude") ?? "").split(",").filter((k) => KEY.test(k)).slice(0, 300);
  const items = await getDiscoverPage(viewer ? { profileId: viewer.profile.id, city: viewer.city, personalizationOff: viewer.personalizationOff } : null, exclude);
  return Response.json({ items }, { headers: { "Cache-Control": "private, no-store" } });
}
