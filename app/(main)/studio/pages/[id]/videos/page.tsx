import type { Metadata } from "next";
import { VideoUpload } from "@/components/studio/video-upload";
import { Section } from "@/components/ui/section";
import { listPageReleases } from "@/lib/studio/queries";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Videos · Studio" };

export default async function StudioVideos({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "videos");
  const releaseList = await listPageReleases(page.id);
  return (
    <Section title="Videos" id="videos">
      <div className="rounded-3xl border border-line bg-surface p-5">
        <VideoUpload pageId={page.id} tracks={releaseList.flatMap((r) => r.tracks.map((t) => ({ id: t.id, title: t.title })))} />
      </div>
    </Section>
  );
}
