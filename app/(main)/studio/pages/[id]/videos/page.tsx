import type { Metadata } from "next";
import { VideoUpload } from "@/components/studio/video-upload";
import { Section } from "@/components/ui/section";
import { listPageReleases } from "@/lib/studio/queries";
import { listStudioVideos } from "@/lib/videos/queries";
import { VideoRow } from "./video-row";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Videos · Studio" };

export default async function StudioVideos({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "videos");
  const [releaseList, posted] = await Promise.all([listPageReleases(page.id), listStudioVideos(page.id)]);
  // Only the page's own tracks can be linked (a label's releases for its artists are theirs).
  const tracks = releaseList.filter((r) => !r.artistName).flatMap((r) => r.tracks.map((t) => ({ id: t.id, title: t.title })));
  return (
    <>
      <Section title="Videos" id="videos">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <VideoUpload pageId={page.id} tracks={tracks} />
        </div>
      </Section>
      {posted.length ? (
        <Section title="Posted">
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface px-5" aria-label="Posted videos">
            {posted.map((v) => (
              <VideoRow key={v.id} video={v} tracks={tracks} />
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
