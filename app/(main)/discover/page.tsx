import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/viewer";
import { getDiscoverPage } from "@/lib/discovery/queries";
import { requestOrigin } from "@/lib/site-server";
import { DiscoverFeed } from "./discover-feed";

export const metadata: Metadata = { title: "Discover" };

export default async function DiscoverPage() {
  const viewer = await getViewer();
  const initial = await getDiscoverPage(viewer ? { profileId: viewer.profile.id, city: viewer.city, personalizationOff: viewer.personalizationOff } : null, []);
  return (
    <>
      <h1 className="sr-only">Discover</h1>
      <DiscoverFeed initial={initial} signedIn={!!viewer} origin={await requestOrigin()} />
    </>
  );
}
