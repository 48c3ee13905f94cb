import { getViewer } from "@/lib/auth/viewer";
import { isId } from "@/lib/ids";
import { getConversationFor, listMessages } from "@/lib/messages/queries";

export const dynamic = "force-dynamic";

const POLL_MS = 1000;
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events for one conversation: new messages and the others' read
 * state. One machine, one SQLite file: a cheap indexed poll per open stream
 * (messages by conversation and time) is simpler and sturdier than a bus.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in", { status: 401 });
  const { id } = await params;
  if (!isId(id) || !getConversationFor(id, viewer.profile.id)) return new Response("Not found", { status: 404 });
  const afterParam = new URL(request.url).searchParams.get("after");
  let after = afterParam && !Number.isNaN(Date.parse(afterParam)) ? new Date(afterParam) : new Date();
  let readAt: string | null = null;
  const encoder = new TextEncoder();

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (event: string, data: unknown) => {
        if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      const tick = () => {
        const view = getConversationFor(id, viewer.profile.id);
        if (!view) return stop();
        const fresh = listMessages(id, viewer.profile.id, { after, limit: 50 });
        for (const m of fresh) send("message", m);
        if (fresh.length) after = new Date(fresh[fresh.length - 1].createdAt);
        if (view.othersReadAt !== readAt) {
          readAt = view.othersReadAt;
          send("read", { othersReadAt: readAt });
        }
      };
      const poll = setInterval(tick, POLL_MS);
      const beat = setInterval(() => !closed && controller.enqueue(encoder.encode(": keep-alive\n\n")), HEARTBEAT_MS);
      function stop() {
        if (closed) return;
        closed = true;
        clearInterval(poll);
        clearInterval(beat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      }
      request.signal.addEventListener("abort", stop);
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      tick();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" } });
}
