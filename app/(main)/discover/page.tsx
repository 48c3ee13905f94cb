import type { Metadata } from "next";
import { preload } from "react-dom";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { getDiscoverPage } from "@/lib/discovery/queries";
import { requestOrigin } from "@/lib/site-server";
import { DiscoverFeed } from "./discover-feed";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("discover");
  return { title: t("title") };
}

export default async function DiscoverPage() {
  const viewer = await getViewer();
  const t = await getTranslations("discover");
  const initial = await getDiscoverPage(viewer ? { profileId: viewer.profile.id, city: viewer.city, personalizationOff: viewer.personalizationOff } : null, []);
  // The first card fills the screen: its picture (a video's poster, a track's cover) is the largest thing painted, so it loads first.
  const first = initial[0];
  const picture = first?.type === "video" ? first.video.posterUrl : first?.track.coverUrl;
  if (picture) preload(picture, { as: "image", fetchPriority: "high" });
  return (
    <>
      <h1 className="sr-only">{t("title")}</h1>
      <DiscoverFeed initial={initial} signedIn={!!viewer} origin={await requestOrigin()} />
    </>
  );
}
