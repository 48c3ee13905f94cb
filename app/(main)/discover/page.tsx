import type { Metadata } from "next";
import { ReleaseTile } from "@/components/music/release-tile";
import { ProfileRow } from "@/components/profile/profile-row";
import { PageTitle, Section } from "@/components/ui/section";
import { listRecentReleases } from "@/lib/music/queries";
import { listNewCreators, listTrendingCreators } from "@/lib/profiles/queries";

export const metadata: Metadata = { title: "Discover" };

export default function DiscoverPage() {
  const fresh = listNewCreators(10);
  const trending = listTrendingCreators(10);
  const releases = listRecentReleases(12);
  return (
    <>
      <PageTitle title="Discover" subtitle="New creators and fresh releases from across Chorus." />
      <Section title="Fresh releases">
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4">
          {releases.map((r) => (
            <ReleaseTile key={r.id} release={r} />
          ))}
        </div>
      </Section>
      <div className="grid gap-8 md:grid-cols-2">
        <Section title="New creators">
          <div className="divide-y divide-line">
            {fresh.map((p) => (
              <ProfileRow key={p.id} profile={p} />
            ))}
          </div>
        </Section>
        <Section title="Most followed">
          <div className="divide-y divide-line">
            {trending.map((p) => (
              <ProfileRow key={p.id} profile={p} />
            ))}
          </div>
        </Section>
      </div>
    </>
  );
}
