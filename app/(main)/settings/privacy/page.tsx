import type { Metadata } from "next";
import { richLink } from "@/components/ui/rich-link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/section";
import { getAccountSettings, getFollowRequests } from "@/lib/account/queries";
import { requireViewer } from "@/lib/auth/guards";
import { MessagePolicy, PrivacySwitch, federateSwitch, hideFollowsSwitch, historySwitch, personalizationSwitch, privateSwitch } from "./privacy-controls";
import { FollowRequests } from "./follow-requests";
import { GenrePicker } from "@/components/feed/genre-picker";
import { db } from "@/db";
import { genresOf } from "@/lib/discovery/taste";
import { popularGenres } from "@/lib/profiles/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.privacy");
  return { title: t("metaTitle") };
}

export default async function PrivacySettingsPage() {
  const viewer = await requireViewer("/settings/privacy");
  const [t, account, requests, genres, saved] = await Promise.all([getTranslations("settings.privacy"), getAccountSettings(viewer.userId), getFollowRequests(viewer.profile.id), popularGenres(12), genresOf(db, viewer.profile.id)]);
  if (!account) return null;
  return (
    <>
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      <div className="divide-y divide-line rounded-3xl border border-line bg-surface px-5">
        <MessagePolicy initial={account.messagePolicy} />
        <PrivacySwitch id="private-profile" title={t("private.title")} initial={account.isPrivate} save={privateSwitch} on={t("private.on")} off={t("private.off")} />
        <PrivacySwitch id="hide-follows" title={t("hideFollows.title")} initial={account.hideFollows} save={hideFollowsSwitch} on={t("hideFollows.on")} off={t("hideFollows.off")} />
        <PrivacySwitch id="federate" title={t("federate.title")} initial={account.federate} save={federateSwitch} on={t("federate.on")} off={t("federate.off")} />
        <PrivacySwitch id="history" title={t("history.title")} initial={!account.historyOff} save={historySwitch} on={t("history.on")} off={t("history.off")} />
        <PrivacySwitch id="personalization" title={t("personalization.title")} initial={!account.personalizationOff} save={personalizationSwitch} on={t("personalization.on")} off={t("personalization.off")} />
      </div>
      <div className="mt-6">
        <GenrePicker genres={[...new Set([...genres, ...saved])]} saved={saved} />
      </div>
      {account.isPrivate ? <FollowRequests requests={requests} /> : null}
      <p className="mt-6 text-sm text-muted">{t.rich("footer", { blocked: richLink("/settings/blocked"), stored: richLink("/privacy") })}</p>
    </>
  );
}
