"use client";

import { usePathname, useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { shareTrackAction } from "@/lib/feed/actions";

/** Share a track publicly: it appears in your followers' streams. Optimistic, undoable. */
export function RepostButton({ trackId, initial, signedIn }: { trackId: string; initial: boolean; signedIn: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const hydrated = useHydrated();
  const [shared, setShared] = useState(initial);
  const [shown, setShown] = useOptimistic(shared);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const toggle = () => {
    if (!signedIn) return router.push(`/signin?callbackUrl=${encodeURIComponent(pathname)}`);
    startTransition(async () => {
      setError(null);
      setShown(!shown);
      const r = await shareTrackAction({ trackId, share: !shown });
      if (r.ok) setShared(r.shared);
      else setError(r.message);
    });
  };
  return (
    <span className="inline-flex flex-col">
      <button type="button" onClick={toggle} disabled={!hydrated} aria-pressed={shown} className={`inline-flex h-10 items-center rounded-full px-4 text-sm font-semibold disabled:opacity-60 ${shown ? "bg-accent-600/15 text-accent-700 ring-1 ring-accent-500/50 dark:text-accent-300" : "border border-line hover:bg-surface-2"}`}>
        {shown ? "Shared with followers" : "Share with followers"}
      </button>
      {error ? (
        <span role="alert" className="mt-1 text-xs text-red-500">
          {error}
        </span>
      ) : null}
    </span>
  );
}
