import { getLocale, getTranslations } from "next-intl/server";
import { ImageUpload } from "@/components/studio/image-upload";
import { Section } from "@/components/ui/section";
import { IMAGE_LIMITS } from "@/lib/media/images";
import { EditPageForm } from "../edit-page-form";
import { DeletePageForm } from "./delete-page-form";
import { PageFederationSwitch } from "@/components/federation/page-federation-switch";
import { pageFederation } from "@/lib/federation/queries";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";
import { countryOptions } from "@/lib/markets/countries";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.settings") };
}

export default async function StudioSettings({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page, can } = await loadStudioPage(id, "settings");
  const [federation, t, locale] = await Promise.all([pageFederation(page.id), getTranslations("studio.settings"), getLocale()]);
  return (
    <>
      <Section title={t("pictures")}>
        <div className="grid gap-6 rounded-3xl border border-line bg-surface p-5 md:grid-cols-2">
          <ImageUpload pageId={page.id} slot="avatar" label={t("avatar")} currentUrl={page.avatarUrl} maxMb={IMAGE_LIMITS.avatar.maxBytes / 1048576} />
          <ImageUpload pageId={page.id} slot="banner" label={t("banner")} currentUrl={page.bannerUrl} maxMb={IMAGE_LIMITS.banner.maxBytes / 1048576} />
        </div>
      </Section>
      <Section title={t("details")}>
        <div className="rounded-3xl border border-line bg-surface p-5">
          <EditPageForm
            countries={countryOptions(locale)}
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
        <Section title={t("openNetwork")}>
          <div className="rounded-3xl border border-line bg-surface px-5">
            <PageFederationSwitch profileId={page.id} initial={federation.federate} handle={federation.handle} />
          </div>
        </Section>
      ) : null}
      {can("delete_page") ? (
        <Section title={t("delete")}>
          <DeletePageForm pageId={page.id} handle={page.handle} name={page.name} followers={page.followerCount} />
        </Section>
      ) : null}
    </>
  );
}
