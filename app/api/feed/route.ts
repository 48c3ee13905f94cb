import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { countNewFeedItems, getFeedPage } from "@/lib/feed/queries";

export const dynamic = "force-dynamic";

/** ?cursor=… → the next page; ?since=ISO → how many new items arrived since. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ message: (await getTranslations("errors"))("follows.signInToSeeStream") }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const since = params.get("since");
  const headers = { "Cache-Control": "private, no-store" };
  if (since !== null) {
    const date = new Date(since);
    if (Number.isNaN(date.getTime())) return Response.json({ message: "since must be an ISO date." }, { status: 400, headers });
    return Response.json({ count: await countNewFeedItems(viewer.profile.id, date) }, { headers });
  }
  return Response.json(await getFeedPage(viewer.profile.id, params.get("cursor")), { headers });
}
