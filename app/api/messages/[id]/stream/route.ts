import { z } from "zod";
import { isId } from "@/lib/ids";
import { getConversationFor, listMessages } from "@/lib/messages/queries";
import { localizeState } from "@/lib/i18n/server";
import { route } from "@/lib/mutations/route";
import { messagingIdentity } from "@/lib/messages/identity";
import { db } from "@/db";
import { listen, pollEveryMs } from "@/db/live";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
/** Open live streams per account (a few tabs); each one polls, so they are not free. */
const MAX_STREAMS = 6;
const open = new Map<string, number>();

/**
 * Server-sent events for one conversation: new messages and the others' read
 * state, read from the database (messages by conversation and time, indexed).
 * When to look: on SQLite every second; on PostgreSQL when a write on any
 * instance signals this conversation (LISTEN/NOTIFY, db/live.ts), with a slow
 * safety poll.
 */
export const GET = route(
  {
    name: "messages.stream",
    method: "GET",
    signIn: "uploads.signInToReadMessages",
    parse: ({ params, search }) => ({ id: params.id, after: search.get("after") ?? "", as: search.get("as") ?? undefined }),
    input: z.object({ id: z.string().refine(isId, "Not found"), after: z.string().max(40), as: z.string().optional() }),
  },
  async ({ id, after: afterParam, as }, { viewer, request }) => {
    const me = messagingIdentity(viewer, as);
    if (!me || !(await getConversationFor(id, me.id))) return new Response("Not found", { status: 404 });
    const streams = open.get(viewer.userId) ?? 0;
    if (streams >= MAX_STREAMS) return Response.json(await localizeState({ ok: false, message: "messages.tooManyTabs" }), { status: 429 });
    open.set(viewer.userId, streams + 1);
    let after = afterParam && !Number.isNaN(Date.parse(afterParam)) ? new Date(afterParam) : new Date();
    let readAt: string | null = null;
    const encoder = new TextEncoder();

    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let closed = false;
        const send = (event: string, data: unknown) => {
          if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        };
        let running: Promise<void> | null = null;
        let again = false;
        const look = async () => {
          const view = await getConversationFor(id, me.id);
          if (!view) return stop();
          const fresh = await listMessages(id, me.id, { after, limit: 50 });
          for (const m of fresh) send("message", m);
          if (fresh.length) after = new Date(fresh[fresh.length - 1].createdAt);
          if (view.othersReadAt !== readAt) {
            readAt = view.othersReadAt;
            send("read", { othersReadAt: readAt });
          }
        };
        // One look at a time; a signal during a look means one more look after it.
        const tick = (): Promise<void> => {
          if (running) {
            again = true;
            return running;
          }
          running = look()
            .catch(() => stop())
            .finally(() => {
              running = null;
              if (again && !closed) {
                again = false;
                void tick();
              }
            });
          return running;
        };
        const poll = setInterval(() => void tick(), pollEveryMs(db));
        const unlisten = listen(db, "conversation", id, () => void tick());
        const beat = setInterval(() => !closed && controller.enqueue(encoder.encode(": keep-alive\n\n")), HEARTBEAT_MS);
        function stop() {
          if (closed) return;
          closed = true;
          const left = (open.get(viewer.userId) ?? 1) - 1;
          if (left > 0) open.set(viewer.userId, left);
          else open.delete(viewer.userId);
          clearInterval(poll);
          clearInterval(beat);
          unlisten();
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        }
        request.signal.addEventListener("abort", stop);
        controller.enqueue(encoder.encode("retry: 2000\n\n"));
        await tick();
      },
    });
    return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" } });
  },
);
