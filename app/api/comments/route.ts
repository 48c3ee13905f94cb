import { getViewer } from "@/lib/auth/viewer";
import { commentsFor } from "@/lib/comments/queries";
import { targetFromSearch } from "@/lib/comments/target";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

/** The comments on a track or release as the viewer sees them (?track=ID or ?release=ID). A read. */
export async function GET(request: Request) {
  const target = targetFromSearch(new URL(request.url).searchParams);
  const viewer = await getViewer();
  const view = target ? await commentsFor(target, viewer ? { userId: viewer.userId, profileId: viewer.profile.id } : null) : null;
  if (!view) return Response.json({ ok: false }, { status: 404, headers: noStore });
  return Response.json({ ok: true, ...view }, { headers: noStore });
}
