import { db } from "@/db";
import { listen, pollEveryMs } from "@/db/live";
import { liveKey } from "@/lib/comments/comments";
import { commentsVersion } from "@/lib/comments/queries";
import { targetFromSearch } from "@/lib/comments/target";
import { clientIp } from "@/lib/security/client-ip";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
/** Open comment streams per address (tabs of one household) and per process: each one polls. */
const MAX_PER_ADDRESS = 12;
const MAX_STREAMS = 2_000;
const open = new Map<string, number>();
let total = 0;

/**
 * Server-sent events for the comments on one public track or release: a
 * `changed` event whenever one is posted, edited, hidden or deleted, after
 * which the page reads them again (/api/comments, as the viewer sees them).
 * Anyone may listen (comments are public); no cookies are read. SQLite polls
 * a fingerprint every second; PostgreSQL listens for the writers' signal.
 */
export async function GET(request: Request) {
  const target = targetFromSearch(new URL(request.url).searchParams);
  if (!target) return new Response("Not found", { status: 404 });
  const address = clientIp(request.headers) ?? "unknown";
  const mine = open.get(address) ?? 0;
  if (mine >= MAX_PER_ADDRESS || total >= MAX_STREAMS) return new Response("Too many open streams", { status: 429, headers: { "Retry-After": "30" } });
  open.set(address, mine + 1);
  total++;
  const encoder = new TextEncoder();
  let version = await commentsVersion(target);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let looking = false;
      const look = async () => {
        if (looking || closed) return;
        looking = true;
        try {
          const now = await commentsVersion(target);
          if (now !== version && !closed) {
            version = now;
            controller.enqueue(encoder.encode(`event: changed\ndata: {}\n\n`));
          }
        } catch {
          stop();
        } finally {
          looking = false;
        }
      };
      const poll = setInterval(() => void look(), pollEveryMs(db));
      const unlisten = listen(db, "comments", liveKey(target), () => void look());
      const beat = setInterval(() => !closed && controller.enqueue(encoder.encode(": keep-alive\n\n")), HEARTBEAT_MS);
      function stop() {
        if (closed) return;
        closed = true;
        total--;
        const left = (open.get(address) ?? 1) - 1;
        if (left > 0) open.set(address, left);
        else open.delete(address);
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
      controller.enqueue(encoder.encode("retry: 3000\n\n"));
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" } });
}
