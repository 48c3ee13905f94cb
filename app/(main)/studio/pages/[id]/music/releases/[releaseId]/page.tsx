import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("studioMusic");
  return { title: t("meta.editRelease") };
}

export default async function EditRelease({ params }: { params: Promise<{ id: string; releaseId: string }> }) {
  const { id, releaseId } = await params;
  const { page } = await loadStudioPage(id, "music");
  const release = await getReleaseForEdit(releaseId, page.id);
  if (!release) notFound();
  const { tracks, ...details } = release;
  const scheduled = release.releaseAt > new Date();
  const t = await getTranslations("studioMusic");
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/music`} label={t("musicPage.title")} />
      <PageTitle
        level={2}
        title={release.title}
        subtitle={t("editRelease.subtitle", { status: release.published ? (scheduled ? "scheduled" : "published") : "unpublished", count: tracks.length })}
        action={
          <Link href={`/release/${release.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            {t("editRelease.viewRelease")}
          </Link>
        }
      />
      <Section title={t("editRelease.details")}>
        <div className="grid gap-6 rounded-3xl border border-line bg-surface p-5 md:grid-cols-[auto_1fr]">
          <ImageUpload slot="cover" endpoint={`/api/studio/releases/${release.id}/cover`} currentUrl={release.coverUrl} label={t("editRelease.cover")} maxMb={8} />
          <ReleaseDetailsForm release={details} scheduled={scheduled} />
        </div>
      </Section>
      <Section title={t("editRelease.tracks")}>
        <div className="rounded-3xl border border-line bg-surface p-5">
          <p className="mb-2 text-sm text-muted">{t("editRelease.tracksHint")}</p>
          <TrackList releaseId={release.id} tracks={tracks} />
        </div>
      </Section>
      <Section title={t("editRelease.publishing")}>
        <div className="space-y-4 rounded-3xl border border-line bg-surface p-5">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm">{release.published ? t("editRelease.publishedText") : t("editRelease.unpublishedText")}</p>
            <ActionButton run={setReleasePublishedAction.bind(null, { releaseId: release.id, published: !release.published })} label={release.published ? t("editRelease.unpublish") : t("editRelease.publishAgain")} />
          </div>
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-red-500/30 p-4">
            <p className="text-sm">{t("editRelease.deleteText")}</p>
            <ActionButton run={deleteReleaseAction.bind(null, { releaseId: release.id })} label={t("editRelease.delete")} confirm={t("editRelease.deleteConfirm")} thenGo={`/studio/pages/${page.id}/music?deleted=1`} />
          </div>
        </div>
      </Section>
    </>
  );
}
