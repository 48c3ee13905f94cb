"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FollowProvider, FollowToggle, type FollowState } from "@/components/follow/follow-button";
import { buttonClass } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { startFollowAction } from "@/lib/follows/actions";

type Props = { profileId: string; handle: string; name: string; initialFollowing: boolean; initialCount: number; token: string; pendingIntent: boolean };

/** One-click follow in the popup; tells the widget that opened it, then closes. */
export function IntentFollow({ profileId, handle, name, initialFollowing, initialCount, token, pendingIntent }: Props) {
  const t = useTranslations("auth.intent");
  const [done, setDone] = useState<FollowState | null>(null);
  const notify = (state: FollowState) => {
    setDone(state);
    // Only our own origin (the widget iframe) may receive this.
    window.opener?.postMessage({ type: "chorus:follow", handle, following: state.following, followerCount: state.count }, window.location.origin);
    if (state.following && window.opener) setTimeout(() => window.close(), 1200);
  };
  return (
    <FollowProvider profileId={profileId} handle={handle} initialFollowing={initialFollowing} initialCount={initialCount} signedIn pendingIntent={pendingIntent} source="embed" intentToken={token} onChange={notify}>
      <div className="mt-6 flex flex-col items-center gap-3" aria-live="polite">
        {done?.following ? (
          <p className="text-sm font-medium text-emerald-600 dark:text-emerald-400">{t("nowFollowing", { name })}</p>
        ) : initialFollowing && !done ? (
          <p className="text-sm text-muted">{t("alreadyFollowing", { name })}</p>
        ) : done && !done.following ? (
          <p className="text-sm text-muted">{t("noLongerFollowing", { name })}</p>
        ) : null}
        <FollowToggle />
      </div>
    </FollowProvider>
  );
}

/** Signed out in the popup: the click is remembered (a one-time cookie) and the follow completes after sign-in or sign-up. */
export function IntentSignIn({ profileId, token, returnTo }: { profileId: string; token: string; returnTo: string }) {
  const t = useTranslations("auth.intent");
  const tc = useTranslations("common");
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const go = (to: "/signin" | "/signup") =>
    startTransition(async () => {
      const result = await startFollowAction({ profileId, token, returnTo });
      if (result.ok) router.push(`${to}?callbackUrl=${encodeURIComponent(returnTo)}`);
      else setError(result.message ?? tc("somethingWentWrong"));
    });
  return (
    <div className="mt-4 grid gap-2">
      <button type="button" disabled={!hydrated || pending} onClick={() => go("/signin")} className={buttonClass("primary", "w-full")}>
        {t("signInToFollow")}
      </button>
      <button type="button" disabled={!hydrated || pending} onClick={() => go("/signup")} className={buttonClass("secondary", "w-full")}>
        {t("createAccount")}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
