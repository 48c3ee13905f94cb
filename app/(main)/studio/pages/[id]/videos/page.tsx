import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VideoUpload } from "@/components/studio/video-upload";
import { Section } from "@/components/ui/section";
import { listPageReleases } from "@/lib/studio/queries";
import { listStudioVideos } from "@/lib/videos/queries";
import { VideoRow } from "./video-row";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("studioMusic");
  return { title: t("meta.videos") };
}

export default async function StudioVideos({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "videos");
  const [releaseList, posted, t] = await Promise.all([listPageReleases(page.id), listStudioVideos(page.id), getTranslations("studioMusic.videosPage")]);
  // Only the page's own tracks can be linked (a label's releases for its artists are theirs).
  const tracks = releaseList.filter((r) => !r.artistName).flatMap((r) => r.tracks.map((track) => ({ id: track.id, title: track.title })));
  return (
    <>
      <Section title={t("title")} id="videos">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <VideoUpload pageId={page.id} tracks={tracks} />
        </div>
      </Section>
      {posted.length ? (
        <Section title={t("posted")}>
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface px-5" aria-label={t("postedList")}>
            {posted.map((v) => (
              <VideoRow key={v.id} video={v} tracks={tracks} />
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
