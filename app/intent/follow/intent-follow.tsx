"use client";

import { useState } from "react";
import { FollowProvider, FollowToggle, type FollowState } from "@/components/follow/follow-button";

type Props = { profileId: string; handle: string; name: string; initialFollowing: boolean; initialCount: number; origin: string | null; auto: boolean };

/** One-click follow in the popup; tells the widget that opened it, then closes. */
export function IntentFollow({ profileId, handle, name, initialFollowing, initialCount, origin, auto }: Props) {
  const [done, setDone] = useState<FollowState | null>(null);
  const notify = (state: FollowState) => {
    setDone(state);
    // Only our own origin (the widget iframe) may receive this.
    window.opener?.postMessage({ type: "chorus:follow", handle, following: state.following, followerCount: state.count }, window.location.origin);
    if (state.following && window.opener) setTimeout(() => window.close(), 1200);
  };
  return (
    <FollowProvider profileId={profileId} handle={handle} initialFollowing={initialFollowing} initialCount={initialCount} signedIn autoFollow={auto} source="embed" origin={origin} onChange={notify}>
      <div className="mt-6 flex flex-col items-center gap-3" aria-live="polite">
        {done?.following ? (
          <p className="text-sm font-medium text-emerald-600 dark:text-emerald-400">You now follow {name}.</p>
        ) : initialFollowing && !done ? (
          <p className="text-sm text-muted">You already follow {name}.</p>
        ) : done && !done.following ? (
          <p className="text-sm text-muted">You no longer follow {name}.</p>
        ) : null}
        <FollowToggle />
      </div>
    </FollowProvider>
  );
}
