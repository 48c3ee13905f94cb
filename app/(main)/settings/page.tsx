import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { ImageUpload } from "@/components/studio/image-upload";
import { ActionButton } from "@/components/ui/action-button";
import { FormMessage } from "@/components/ui/field";
import { PageTitle, Section } from "@/components/ui/section";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { getAccountSettings } from "@/lib/account/queries";
import { requireViewer } from "@/lib/auth/guards";
import { COUNTRY_NAMES, countryName } from "@/lib/markets/countries";
import { supportedMarkets } from "@/lib/markets/markets";
import { CountryForm, EmailForm, PasswordForm, ProfileForm } from "./account-forms";
import { ThemeChoice } from "./theme-choice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.account");
  return { title: t("metaTitle") };
}

export default async function AccountSettingsPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const viewer = await requireViewer("/settings");
  const [t, locale] = await Promise.all([getTranslations("settings.account"), getLocale()]);
  const changed = (await searchParams).changed === "password";
  const account = await getAccountSettings(viewer.userId);
  if (!account) return null;
  const nameOf = (code: string) => countryName(code, locale);
  const countries = [...new Set([...supportedMarkets(), ...(account.country ? [account.country] : [])])]
    .filter((code) => COUNTRY_NAMES[code] || code === account.country)
    .map((code) => ({ code, name: nameOf(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <PageTitle title={t("title")} subtitle={t("signedInAs", { handle: account.handle })} />
      {changed ? (
        <div className="mb-6">
          <FormMessage tone="success" message={t("passwordChanged")} />
        </div>
      ) : null}
      <Section title={t("profile")}>
        <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
          <ImageUpload slot="avatar" endpoint="/api/account/avatar" currentUrl={account.avatarUrl} label={t("profilePicture")} maxMb={10} />
          <ProfileForm name={account.name} bio={account.bio} />
          <p className="text-sm text-muted">
            {t("handle", { handle: account.handle })}{" "}
            <Link href={`/@${account.handle}`} className="font-medium text-accent-500 hover:underline">
              {t("seeProfile")}
            </Link>
          </p>
        </div>
      </Section>
      <Section title={t("signingIn")}>
        <div className="space-y-4">
          <EmailForm current={account.email} />
          <PasswordForm />
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-3xl border border-line bg-surface p-5">
            <div>
              <h3 className="font-semibold">{t("sessions")}</h3>
              <p className="text-sm text-muted">{t("sessionsHint")}</p>
            </div>
            <ActionButton label={t("signOutEverywhere")} confirm={t("signOutConfirm")} run={signOutEverywhereAction.bind(null, {})} />
          </div>
        </div>
      </Section>
      <Section title={t("regionAppearance")}>
        <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
          <CountryForm current={account.country ?? ""} countries={countries} />
          <p className="-mt-3 text-xs text-muted">{t("countryHint", { count: supportedMarkets().size })}</p>
          <ThemeChoice />
          {/* The switcher's own label (sr-only) says "Language" too; the group gives it the visible name and the explanation. */}
          <fieldset aria-describedby="language-hint">
            <legend className="text-sm font-medium">{t("language")}</legend>
            <p id="language-hint" className="text-xs text-muted">
              {t("languageHint")}
            </p>
            <LanguageSwitcher chosen={viewer.locale ?? "auto"} className="mt-2" />
          </fieldset>
        </div>
      </Section>
    </>
  );
}
