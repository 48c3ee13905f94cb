import Link from "next/link";
import { FollowButton } from "@/components/follow/follow-button";
import { ProfileRow } from "@/components/profile/profile-row";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import type { Viewer } from "@/lib/auth/viewer";
import { getFeedPage } from "@/lib/feed/queries";
import { followedAmong, listTrendingCreators } from "@/lib/profiles/queries";
import { FeedList } from "./feed-list";

/** The signed-in home: the activity stream, or suggestions when it is empty. */
export function HomeStream({ viewer }: { viewer: Viewer }) {
  const page = getFeedPage(viewer.profile.id, null);
  if (page.items.length > 0) {
    return (
      <>
        <PageTitle title="Home" subtitle="What the artists and people you follow are up to." />
        <FeedList initial={page} />
      </>
    );
  }
  const suggestions = listTrendingCreators(8).filter((p) => !viewer.managed.some((m) => m.id === p.id));
  const followed = followedAmong(viewer.profile.id, suggestions.map((p) => p.id));
  return (
    <>
      <PageTitle title="Home" subtitle="What the artists and people you follow are up to." />
      <EmptyState title="Your stream is quiet">
        Follow a few artists: their releases, shows, merch and announcements will show up here. Or <Link className="text-accent-500 underline" href="/discover">discover new creators</Link>.
      </EmptyState>
      <div className="mt-8">
        <Section title="Suggested for you">
          <div className="divide-y divide-line">
            {suggestions.map((p) => (
              <ProfileRow key={p.id} profile={p} action={<FollowButton profileId={p.id} handle={p.handle} initialFollowing={followed.has(p.id)} initialCount={p.followerCount} signedIn />} />
            ))}
          </div>
        </Section>
      </div>
    </>
  );
}
