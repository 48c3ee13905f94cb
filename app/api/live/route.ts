import { getViewer } from "@/lib/auth/viewer";
import { pendingRequestCount, unreadConversationCount } from "@/lib/messages/queries";
import { unreadNotificationCount } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

/** The counts behind the bell and the Messages badge (a read: nothing changes). */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ ok: false }, { status: 401, headers: { "Cache-Control": "no-store" } });
  const id = viewer.profile.id;
  return Response.json({ ok: true, notifications: unreadNotificationCount(id), messages: unreadConversationCount(id), requests: pendingRequestCount(id) }, { headers: { "Cache-Control": "no-store" } });
}
