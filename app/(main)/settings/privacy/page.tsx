import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/section";
import { getAccountSettings, getFollowRequests } from "@/lib/account/queries";
import { requireViewer } from "@/lib/auth/guards";
import { MessagePolicy, PrivacySwitch, federateSwitch, hideFollowsSwitch, historySwitch, personalizationSwitch, privateSwitch } from "./privacy-controls";
import { FollowRequests } from "./follow-requests";
import { GenrePicker } from "@/components/feed/genre-picker";
import { db } from "@/db";
import { genresOf } from "@/lib/discovery/taste";
import { popularGenres } from "@/lib/profiles/queries";

export const metadata: Metadata = { title: "Privacy settings" };

export default async function PrivacySettingsPage() {
  const viewer = await requireViewer("/settings/privacy");
  const [account, requests, genres, saved] = await Promise.all([getAccountSettings(viewer.userId), getFollowRequests(viewer.profile.id), popularGenres(12), genresOf(db, viewer.profile.id)]);
  if (!account) return null;
  return (
    <>
      <PageTitle title="Privacy" subtitle="Each setting says what it does right now. Changes apply at once." />
      <div className="divide-y divide-line rounded-3xl border border-line bg-surface px-5">
        <MessagePolicy initial={account.messagePolicy} />
        <PrivacySwitch
          id="private-profile"
          title="Private profile"
          initial={account.isPrivate}
          save={privateSwitch}
          on="What you share, follow and add to playlists reaches only followers you approved. New followers wait under Follow requests below. Everyone already following you when you turned this on is approved."
          off="Anyone who follows you sees what you share, follow and add to playlists in their stream."
        />
        <PrivacySwitch
          id="hide-follows"
          title="Keep my follows private"
          initial={account.hideFollows}
          save={hideFollowsSwitch}
          on="Only you see whom you follow and who follows you. You are left out of other profiles' follower lists and of “followed by” hints in Discover. Counts stay visible."
          off="Anyone can see whom you follow and who follows you on your profile, and you appear in the follower lists of profiles you follow."
        />
        <PrivacySwitch
          id="federate"
          title="Share my profile with other servers"
          initial={account.federate}
          save={federateSwitch}
          on="People on Mastodon and other Chorus servers can find and follow your public profile, and you can follow them. Your follows stay private if you keep them private; messages and likes never leave this server. A private profile is never shared."
          off="Your profile exists on this server only. Followers and follows on other servers were removed, and nothing of yours is sent elsewhere."
        />
        <PrivacySwitch
          id="history"
          title="Keep a listening history"
          initial={!account.historyOff}
          save={historySwitch}
          on="Library lists what you played recently. Only you see it. Turning it off hides it and stops adding to it."
          off="Nothing you play is listed in your Library. Artists still see anonymous play counts."
        />
        <PrivacySwitch
          id="personalization"
          title="Personalize Discover"
          initial={!account.personalizationOff}
          save={personalizationSwitch}
          on="Discover learns from whom you follow, what you like and what you watch or skip there, to pick what comes next."
          off="Discover shows everyone the same mix of new music and videos, and keeps nothing about what you watch or skip."
        />
      </div>
      <div className="mt-6">
        <GenrePicker genres={[...new Set([...genres, ...saved])]} saved={saved} />
      </div>
      {account.isPrivate ? <FollowRequests requests={requests} /> : null}
      <p className="mt-6 text-sm text-muted">
        Someone bothering you? Block or mute them from the ⋯ menu on their profile; see who you blocked and muted in{" "}
        <Link href="/settings/blocked" className="font-medium text-accent-500 hover:underline">
          Blocked and muted
        </Link>
        . What Chorus keeps about you and why is on{" "}
        <Link href="/privacy" className="font-medium text-accent-500 hover:underline">
          What we store
        </Link>
        .
      </p>
    </>
  );
}
