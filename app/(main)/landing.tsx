import { getTranslations } from "next-intl/server";
import { ReleaseGrid } from "@/components/music/release-grid";
import { ProfileListSection } from "@/components/profile/profile-list-section";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { listRecentReleases } from "@/lib/music/queries";
import { listNewCreators, listTrendingCreators } from "@/lib/profiles/queries";

/** The signed-out home page: the same for everyone, served from the page cache (app/(cached)/cached/home). */
export async function Landing() {
  const trending = await listTrendingCreators(6);
  const fresh = await listNewCreators(6);
  const releases = await listRecentReleases(8);
  const t = await getTranslations("home.landing");
  return (
    <>
      <section className="relative mb-10 overflow-hidden rounded-[2rem] bg-gradient-to-br from-accent-600 via-fuchsia-600 to-rose-500 px-6 py-12 text-white sm:px-10 sm:py-16">
        <h1 className="max-w-xl text-3xl font-extrabold tracking-tight sm:text-5xl">{t("title")}</h1>
        <p className="mt-4 max-w-lg text-white/85 sm:text-lg">
          {t("pitch")}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/signup" variant="inverse">
            {t("createAccount")}
          </ButtonLink>
          <ButtonLink href="/discover" variant="ghost" className="text-white hover:bg-white/15">
            {t("explore")}
          </ButtonLink>
        </div>
      </section>
      <Section title={t("newReleases")}>
        <ReleaseGrid releases={releases} priority={1} />
      </Section>
      {/* Grid items may shrink below their content, so long names truncate instead of pushing the page sideways. */}
      <div className="grid grid-cols-1 gap-8 *:min-w-0 md:grid-cols-2">
        <ProfileListSection title={t("trending")} profiles={trending} />
        <ProfileListSection title={t("newOnChorus")} profiles={fresh} />
      </div>
    </>
  );
}
