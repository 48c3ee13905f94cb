import { getTranslations } from "next-intl/server";
import { concertEvent } from "@/lib/concerts/calendar";
import { buildCalendar } from "@/lib/concerts/ics";
import { getConcertPage } from "@/lib/concerts/queries";
import { isId } from "@/lib/ids";
import { publicOrigin } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = isId(id) ? (await getConcertPage(id)) : null;
  if (!c) return new Response((await getTranslations("concerts.concertPage"))("notFound"), { status: 404 });
  const ics = buildCalendar(`${c.artist.name} at ${c.venueName}`, [concertEvent({ ...c, lineup: c.lineup.map((l) => l.name) }, c.artist.name, publicOrigin(request))]);
  return new Response(ics, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="chorus-${c.id}.ics"` } });
}
