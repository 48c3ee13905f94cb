import { getViewer } from "@/lib/auth/viewer";
import { pendingRequestCount, unreadConversationCount } from "@/lib/messages/queries";
import { unreadNotificationCount } from "@/lib/notifications/queries";
import { inboxesOf } from "@/lib/auth/viewer-data";

export const dynamic = "force-dynamic";

/** The counts behind the bell and the Messages badge (a read: nothing changes). */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ ok: false }, { status: 401, headers: { "Cache-Control": "no-store" } });
  const id = viewer.profile.id;
  const inboxes = inboxesOf(viewer).map((p) => p.id);
  const sum = async (count: (profileId: string) => Promise<number>) => (await Promise.all(inboxes.map(count))).reduce((a, b) => a + b, 0);
  return Response.json({ ok: true, notifications: await unreadNotificationCount(id), messages: await sum(unreadConversationCount), requests: await sum(pendingRequestCount) }, { headers: { "Cache-Control": "no-store" } });
}
