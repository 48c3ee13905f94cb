import type { Metadata } from "next";
import { ImageUpload } from "@/components/studio/image-upload";
import { Section } from "@/components/ui/section";
import { IMAGE_LIMITS } from "@/lib/media/images";
import { COUNTRY_OPTIONS } from "@/lib/markets/countries";
import { EditPageForm } from "../edit-page-form";
import { DeletePageForm } from "./delete-page-form";
import { PageFederationSwitch } from "@/components/federation/page-federation-switch";
import { pageFederation } from "@/lib/federation/queries";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Page settings · Studio" };

export default async function StudioSettings({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page, can } = await loadStudioPage(id, "settings");
  const federation = await pageFederation(page.id);
  return (
    <>
      <Section title="Pictures">
        <div className="grid gap-6 rounded-3xl border border-line bg-surface p-5 md:grid-cols-2">
          <ImageUpload pageId={page.id} slot="avatar" label="Profile picture" currentUrl={page.avatarUrl} maxMb={IMAGE_LIMITS.avatar.maxBytes / 1048576} />
          <ImageUpload pageId={page.id} slot="banner" label="Banner" currentUrl={page.bannerUrl} maxMb={IMAGE_LIMITS.banner.maxBytes / 1048576} />
        </div>
      </Section>
      <Section title="Details">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <EditPageForm
            countries={[...COUNTRY_OPTIONS]}
            initial={{
              profileId: page.id,
              name: page.name,
              handle: page.handle,
              bio: page.bio,
              links: page.links.map((l) => l.url).join("\n"),
              genres: page.genres.join(", "),
              city: page.city ?? "",
              country: page.country ?? "",
            }}
          />
        </div>
      </Section>
      {federation.enabled ? (
        <Section title="Open network">
          <div className="rounded-3xl border border-line bg-surface px-5">
            <PageFederationSwitch profileId={page.id} initial={federation.federate} handle={federation.handle} />
          </div>
        </Section>
      ) : null}
      {can("delete_page") ? (
        <Section title="Delete page">
          <DeletePageForm pageId={page.id} handle={page.handle} name={page.name} followers={page.followerCount} />
        </Section>
      ) : null}
    </>
  );
}
