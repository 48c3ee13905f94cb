import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Settings" };

export default async function AccountSettingsPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const viewer = await requireViewer("/settings");
  const changed = (await searchParams).changed === "password";
  const account = await getAccountSettings(viewer.userId);
  if (!account) return null;
  const countries = [...new Set([...supportedMarkets(), ...(account.country ? [account.country] : [])])]
    .filter((code) => COUNTRY_NAMES[code] || code === account.country)
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <PageTitle title="Account" subtitle={`Signed in as @${account.handle}.`} />
      {changed ? (
        <div className="mb-6">
          <FormMessage tone="success" message="Password changed. You were signed out everywhere else." />
        </div>
      ) : null}
      <Section title="Profile">
        <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
          <ImageUpload slot="avatar" endpoint="/api/account/avatar" currentUrl={account.avatarUrl} label="Profile picture" maxMb={10} />
          <ProfileForm name={account.name} bio={account.bio} />
          <p className="text-sm text-muted">
            Your handle is @{account.handle}.{" "}
            <Link href={`/@${account.handle}`} className="font-medium text-accent-500 hover:underline">
              See your profile
            </Link>
          </p>
        </div>
      </Section>
      <Section title="Signing in">
        <div className="space-y-4">
          <EmailForm current={account.email} />
          <PasswordForm />
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-3xl border border-line bg-surface p-5">
            <div>
              <h3 className="font-semibold">Sessions</h3>
              <p className="text-sm text-muted">Signed in on a device you no longer use? Sign out everywhere, this one included.</p>
            </div>
            <ActionButton label="Sign out everywhere" confirm="Sign out on every device?" run={signOutEverywhereAction.bind(null, {})} />
          </div>
        </div>
      </Section>
      <Section title="Region and appearance">
        <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
          <CountryForm current={account.country ?? ""} countries={countries} />
          <p className="-mt-3 text-xs text-muted">Sets prices and shipping in the shop and which concerts count as near you. Chorus is open in {supportedMarkets().size} countries.</p>
          <ThemeChoice />
          <p className="text-xs text-muted">Chorus is in English for now; French and German are on the way.</p>
        </div>
      </Section>
    </>
  );
}
