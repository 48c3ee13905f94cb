import { servePlayer } from "@/lib/embed/player-route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return await servePlayer(request, "playlist", (await params).id);
}
