import { getTranslations } from "next-intl/server";
import { concertEvent } from "@/lib/concerts/calendar";
import { buildCalendar } from "@/lib/concerts/ics";
import { listCalendarConcerts } from "@/lib/concerts/queries";
import { resolveHandle } from "@/lib/profiles/resolve";
import { publicOrigin } from "@/lib/site";

export const dynamic = "force-dynamic";

/** A subscribable calendar of the shows an artist plays, headlining or on the bill (/@handle/concerts.ics). */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const found = await resolveHandle((await params).handle);
  if (found.kind === "renamed") return Response.redirect(new URL(`/@${found.handle}/concerts.ics`, publicOrigin(request)), 307);
  if (found.kind === "missing") return new Response((await getTranslations("profile"))("notFoundTitle"), { status: 404 });
  const profile = found.profile;
  const origin = publicOrigin(request);
  const events = (await listCalendarConcerts(profile.id)).map((c) => concertEvent(c, c.artistName, origin));
  return new Response(buildCalendar(`${profile.name} on tour (Chorus)`, events), { headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "public, max-age=900" } });
}
