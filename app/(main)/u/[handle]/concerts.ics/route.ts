import { concertEvent } from "@/lib/concerts/calendar";
import { buildCalendar } from "@/lib/concerts/ics";
import { listCalendarConcerts } from "@/lib/concerts/queries";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { publicOrigin } from "@/lib/site";

export const dynamic = "force-dynamic";

/** A subscribable calendar of an artist's shows (/@handle/concerts.ics). */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const profile = getProfileByHandle(decodeURIComponent((await params).handle));
  if (!profile) return new Response("Profile not found", { status: 404 });
  const origin = publicOrigin(request);
  const events = listCalendarConcerts(profile.id).map((c) => concertEvent(c, profile.name, origin));
  return new Response(buildCalendar(`${profile.name} on tour (Chorus)`, events), { headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "public, max-age=900" } });
}
