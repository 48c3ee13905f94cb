import type { Metadata } from "next";
import Link from "next/link";
import { ConcertRow } from "@/components/concerts/concert-row";
import { ConcertTabs } from "@/components/concerts/concert-tabs";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import { listInterestedConcerts } from "@/lib/concerts/queries";

export const metadata: Metadata = { title: "My shows" };

/** The shows the signed-in listener marked Interested: upcoming first, past ones folded away below. */
export default async function MyShowsPage() {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <>
        <PageTitle title="My shows" subtitle="The shows you marked Interested, in one place." />
        <ConcertTabs current="/concerts/mine" />
        <EmptyState title="Sign in to see your shows">
          <p>{"Mark “I'm interested” on a show and it appears here, and you hear from the artist if it moves."}</p>
          <p className="mt-4">
            <Link href="/signin?callbackUrl=/concerts/mine" className={buttonClass("primary")}>
              Sign in
            </Link>
          </p>
        </EmptyState>
      </>
    );
  }
  const { upcoming, past } = await listInterestedConcerts(viewer.profile.id);
  return (
    <>
      <PageTitle title="My shows" subtitle="The shows you marked Interested. Times in the venue's time zone and yours." />
      <ConcertTabs current="/concerts/mine" />
      {upcoming.length === 0 ? (
        <EmptyState title="No upcoming shows yet">
          <Link href="/concerts" className="font-medium text-accent-500 hover:underline">
            Find shows
          </Link>
          {" and mark “I'm interested” to keep them here."}
        </EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="my-upcoming-shows" aria-label="Upcoming shows">
          {upcoming.map((c) => (
            <li key={c.id}>
              <ConcertRow concert={c} />
            </li>
          ))}
        </ul>
      )}
      {past.length ? (
        <details className="group mt-8" data-testid="my-past-shows">
          <summary className="cursor-pointer list-none text-sm font-semibold uppercase tracking-wide text-muted hover:text-fg">
            <span aria-hidden className="mr-1 inline-block transition group-open:rotate-90">›</span>
            Past shows ({past.length})
          </summary>
          <ul className="mt-3 space-y-3 opacity-80">
            {past.map((c) => (
              <li key={c.id}>
                <ConcertRow concert={c} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
