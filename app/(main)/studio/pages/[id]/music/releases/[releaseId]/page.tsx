import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImageUpload } from "@/components/studio/image-upload";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { PageTitle, Section } from "@/components/ui/section";
import { deleteReleaseAction, setReleasePublishedAction } from "@/lib/music/actions";
import { getReleaseForEdit } from "@/lib/studio/queries";
import { loadStudioPage } from "../../../studio-page";
import { ReleaseDetailsForm } from "./release-details-form";
import { TrackList } from "./track-list";

export const metadata: Metadata = { title: "Edit release · Studio" };

export default async function EditRelease({ params }: { params: Promise<{ id: string; releaseId: string }> }) {
  const { id, releaseId } = await params;
  const { page } = await loadStudioPage(id, "music");
  const release = await getReleaseForEdit(releaseId, page.id);
  if (!release) notFound();
  const { tracks, ...details } = release;
  const scheduled = release.releaseAt > new Date();
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/music`} label="Music" />
      <PageTitle
        level={2}
        title={release.title}
        subtitle={`${release.published ? (scheduled ? "Scheduled" : "Published") : "Unpublished: only your team sees it"} · ${tracks.length} ${tracks.length === 1 ? "track" : "tracks"}`}
        action={
          <Link href={`/release/${release.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            View release
          </Link>
        }
      />
      <Section title="Details">
        <div className="grid gap-6 rounded-3xl border border-line bg-surface p-5 md:grid-cols-[auto_1fr]">
          <ImageUpload slot="cover" endpoint={`/api/studio/releases/${release.id}/cover`} currentUrl={release.coverUrl} label="Cover" maxMb={8} />
          <ReleaseDetailsForm release={details} scheduled={scheduled} />
        </div>
      </Section>
      <Section title="Tracks">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <p className="mb-2 text-sm text-muted">Drag a track, or use its arrows, to change the order. Changes are live for listeners as soon as they are saved.</p>
          <TrackList releaseId={release.id} tracks={tracks} />
        </div>
      </Section>
      <Section title="Publishing">
        <div className="space-y-4 rounded-3xl border border-line bg-surface p-5">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm">{release.published ? "Unpublishing hides the release and its tracks from everyone but your team. Links, shares and playlists that point at it say it is not available." : "Publish it again to make it visible where it was."}</p>
            <ActionButton run={setReleasePublishedAction.bind(null, { releaseId: release.id, published: !release.published })} label={release.published ? "Unpublish" : "Publish again"} />
          </div>
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-red-500/30 p-4">
            <p className="text-sm">Deleting removes the release, its tracks, their plays and likes for good. Messages and shares that point at it will say it is no longer available.</p>
            <ActionButton run={deleteReleaseAction.bind(null, { releaseId: release.id })} label="Delete release" confirm="Delete it for good?" thenGo={`/studio/pages/${page.id}/music?deleted=1`} />
          </div>
        </div>
      </Section>
    </>
  );
}
