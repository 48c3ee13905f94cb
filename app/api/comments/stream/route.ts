import { db } from "@/db";
import { findTarget } from "@/lib/comments/comments";
import { watchComments } from "@/lib/comments/live";
import { targetFromSearch } from "@/lib/comments/target";
import { clientIp } from "@/lib/security/client-ip";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
/** Open comment streams per network (tabs of one household) and per process. */
const MAX_PER_NETWORK = 12;
const MAX_STREAMS = 2_000;
const open = new Map<string, number>();
let total = 0;

/** An IPv6 visitor is counted by their /64 (one household's whole range), an IPv4 one by address. */
function networkOf(address: string | null): string {
  if (!address) return "unknown";
  return address.includes(":") ? address.split(":").slice(0, 4).join(":") : address;
}

/**
 * Server-sent events for the comments on one public track or release: a
 * `changed` event whenever one is posted, edited, hidden or deleted, after
 * which the page reads them again (/api/comments, as the viewer sees them).
 * Anyone may listen (comments are public); no cookies are read. Each process
 * looks once per track however many listen (lib/comments/live.ts).
 */
export async function GET(request: Request) {
  const target = targetFromSearch(new URL(request.url).searchParams);
  const found = target ? await findTarget(db, target) : null;
  if (!target || !found?.isPublic) return new Response("Not found", { status: 404 });
  const network = networkOf(clientIp(request.headers));
  if ((open.get(network) ?? 0) >= MAX_PER_NETWORK || total >= MAX_STREAMS) return new Response("Too many open streams", { status: 429, headers: { "Retry-After": "30" } });
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      open.set(network, (open.get(network) ?? 0) + 1);
      total++;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      let unwatch = () => {};
      const beat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        total--;
        const left = (open.get(network) ?? 1) - 1;
        if (left > 0) open.set(network, left);
        else open.delete(network);
        clearInterval(beat);
        unwatch();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", () => stop());
      send("retry: 3000\n\n");
      try {
        unwatch = await watchComments(target, () => send("event: changed\ndata: {}\n\n"));
        if (closed) unwatch();
      } catch {
        stop();
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" } });
}
