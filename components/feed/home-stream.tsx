import Link from "next/link";
import { EmptyState, PageTitle } from "@/components/ui/section";
import type { Viewer } from "@/lib/auth/viewer";
import { getFeedPage } from "@/lib/feed/queries";
import { FeedList } from "./feed-list";
import { GetStarted } from "./get-started";

/**
 * The signed-in home: suggestions first while the listener is getting started
 * (until they dismiss them), then the activity stream.
 */
export async function HomeStream({ viewer, gettingStarted, genre }: { viewer: Viewer; gettingStarted: boolean; genre: string | null }) {
  const page = await getFeedPage(viewer.profile.id, null);
  return (
    <>
      <PageTitle title="Home" subtitle="What the artists and people you follow are up to." />
      {gettingStarted ? <GetStarted viewer={viewer} genre={genre} /> : null}
      {page.items.length > 0 ? (
        <FeedList initial={page} />
      ) : (
        <EmptyState title="Your stream is quiet">
          Follow a few artists: their releases, shows, merch and announcements will show up here. Or <Link className="text-accent-500 underline" href="/discover">discover new creators</Link>.
        </EmptyState>
      )}
    </>
  );
}
