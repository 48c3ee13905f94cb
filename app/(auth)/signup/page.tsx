import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { safeCallbackUrl } from "@/lib/auth/redirects";
import { countryName } from "@/lib/markets/countries";
import { supportedMarkets } from "@/lib/markets/markets";
import { visitorMarket } from "@/lib/markets/visitor";
import { SignUpForm } from "./signup-form";
import { WaitlistForm } from "@/components/auth/waitlist-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signup.title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const market = await visitorMarket();
  const [t, locale] = await Promise.all([getTranslations("auth"), getLocale()]);
  if (!market.supported && market.country) {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">{t("signup.unavailable")}</h1>
        <p className="mt-2 text-sm text-muted">
          {t("signup.notOpenIn", { country: countryName(market.country, locale) })}
        </p>
        <WaitlistForm country={market.country} />
      </>
    );
  }
  const countries = [...supportedMarkets()]
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("signup.title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("signup.intro")}</p>
      <SignUpForm callbackUrl={callbackUrl} countries={countries} defaultCountry={market.country ?? ""} />
      <p className="mt-6 text-center text-sm text-muted">
        {t.rich("signup.haveAccount", {
          link: (chunks) => (
            <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-accent-500 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>
  );
}
