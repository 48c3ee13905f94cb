import type { Metadata } from "next";
import { ConcertRow } from "@/components/concerts/concert-row";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import { listUpcomingConcerts } from "@/lib/concerts/queries";
import { countryName } from "@/lib/markets/countries";

export const metadata: Metadata = { title: "Concerts" };

export default async function ConcertsPage() {
  const viewer = await getViewer();
  const concerts = listUpcomingConcerts({ city: viewer?.city, country: viewer?.country });
  const where = viewer?.city ? `${viewer.city}, ${countryName(viewer.country)}` : null;
  return (
    <>
      <PageTitle title="Concerts" subtitle={where ? `Upcoming shows, nearest to ${where} first.` : "Upcoming shows from artists on Chorus."} />
      {concerts.length === 0 ? (
        <EmptyState title="No upcoming shows yet" />
      ) : (
        <ul className="space-y-3">
          {concerts.map((c) => (
            <li key={c.id}>
              <ConcertRow concert={c} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
