import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { WaitlistForm } from "@/components/auth/waitlist-form";
import { Avatar } from "@/components/ui/avatar";
import { getViewer } from "@/lib/auth/viewer";
import { normalizeOrigin } from "@/lib/embed/origin";
import { countryName } from "@/lib/markets/countries";
import { visitorMarket } from "@/lib/markets/visitor";
import { followedAmong, isManagedBy } from "@/lib/profiles/queries";
import { resolveHandle } from "@/lib/profiles/resolve";
import { mintIntentToken, pendingIntentFor } from "@/lib/follows/intent";
import { IntentFollow, IntentSignIn } from "./intent-follow";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.intent");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Search = { handle?: string; origin?: string };

export default async function FollowIntentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const [t, tAuth, locale] = await Promise.all([getTranslations("auth.intent"), getTranslations("auth"), getLocale()]);
  const found = typeof params.handle === "string" ? (await resolveHandle(encodeURIComponent(params.handle))) : null;
  if (found?.kind === "renamed") redirect(`/intent/follow?handle=${encodeURIComponent(found.handle)}${params.origin ? `&origin=${encodeURIComponent(params.origin)}` : ""}`);
  const profile = found?.kind === "found" ? found.profile : null;
  if (!profile) {
    return (
      <>
        <h1 className="text-xl font-bold">{t("notFoundTitle")}</h1>
        <p className="mt-2 text-sm text-muted">{t("notFoundText")}</p>
      </>
    );
  }

  const origin = normalizeOrigin(params.origin);
  const viewer = await getViewer();
  const market = await visitorMarket(viewer?.country);
  const card = (
    <div className="flex flex-col items-center">
      <Avatar src={profile.avatarUrl ? `${profile.avatarUrl}?w=192` : null} name={profile.name} size={80} />
      <h1 className="mt-3 text-xl font-bold">{profile.name}</h1>
      <p className="text-sm text-muted">
        {t("card", { handle: profile.handle, kind: profile.kind, count: profile.followerCount })}
      </p>
    </div>
  );

  if (!market.supported) {
    return (
      <>
        {card}
        <h2 className="mt-6 text-lg font-bold">{tAuth("signup.unavailable")}</h2>
        <p className="mt-1 text-sm text-muted">{t("notLaunchedIn", { country: market.country ? countryName(market.country, locale) : t("unknownCountry") })}</p>
        <div className="text-left">
          <WaitlistForm country={market.country!} />
        </div>
      </>
    );
  }

  // The popup's own token carries the embedding site; a follow happens only after a click here
  // (or after the sign-in that such a click started), never because of the URL.
  const token = mintIntentToken({ profileId: profile.id, origin, source: "embed" });
  const returnTo = `/intent/follow?handle=${encodeURIComponent(profile.handle)}`;
  if (!viewer) {
    return (
      <>
        {card}
        <p className="mt-6 text-sm text-muted">{t("signInPrompt", { name: profile.name })}</p>
        <IntentSignIn profileId={profile.id} token={token} returnTo={returnTo} />
      </>
    );
  }

  const isOwn = await isManagedBy(profile.id, viewer.userId);
  const following = (await followedAmong(viewer.profile.id, [profile.id])).has(profile.id);
  const pendingIntent = !isOwn && (await pendingIntentFor(profile.id));
  return (
    <>
      {card}
      {isOwn ? (
        <p className="mt-6 text-sm text-muted">{t("ownPage")}</p>
      ) : (
        <IntentFollow profileId={profile.id} handle={profile.handle} name={profile.name} initialFollowing={following} initialCount={profile.followerCount} token={token} pendingIntent={pendingIntent} />
      )}
      <p className="mt-6 text-xs text-muted">{t("signedInAs", { handle: viewer.profile.handle })}</p>
    </>
  );
}
