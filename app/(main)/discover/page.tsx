import type { Metadata } from "next";
import { ReleaseGrid } from "@/components/music/release-grid";
import { ProfileListSection } from "@/components/profile/profile-list-section";
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
        <ReleaseGrid releases={releases} />
      </Section>
      <div className="grid gap-8 md:grid-cols-2">
        <ProfileListSection title="New creators" profiles={fresh} />
        <ProfileListSection title="Most followed" profiles={trending} />
      </div>
    </>
  );
}
