import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { safeCallbackUrl } from "@/lib/auth/redirects";
import { COUNTRY_NAMES, countryName } from "@/lib/markets/countries";
import { supportedMarkets } from "@/lib/markets/markets";
import { visitorMarket } from "@/lib/markets/visitor";
import { SignUpForm } from "./signup-form";
import { WaitlistForm } from "@/components/auth/waitlist-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const market = await visitorMarket();
  if (!market.supported && market.country) {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">Chorus is not yet available in your market</h1>
        <p className="mt-2 text-sm text-muted">
          We are not open in {countryName(market.country)} yet. Leave your email and we will tell you the day we launch there.
        </p>
        <WaitlistForm country={market.country} />
      </>
    );
  }
  const countries = [...supportedMarkets()]
    .map((code) => ({ code, name: COUNTRY_NAMES[code] ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mt-1 text-sm text-muted">Follow artists, hear releases first, find shows near you.</p>
      <SignUpForm callbackUrl={callbackUrl} countries={countries} defaultCountry={market.country ?? ""} />
      <p className="mt-6 text-center text-sm text-muted">
        Already have an account?{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-accent-500 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
