"use client";

import { useTranslations } from "next-intl";
import { ToggleError } from "@/components/ui/toggle-error";
import { useServerToggle } from "@/components/ui/use-server-toggle";
import { shareTrackAction } from "@/lib/feed/actions";

/** Share a track publicly: it appears in your followers' streams. Optimistic, undoable. */
export function RepostButton({ trackId, initial, signedIn }: { trackId: string; initial: boolean; signedIn: boolean }) {
  const tr = useTranslations("music.repost");
  const t = useServerToggle(initial, signedIn, async (share) => {
    const r = await shareTrackAction({ trackId, share });
    return { ...r, value: r.data?.shared };
  });
  return (
    <span className="inline-flex flex-col">
      <button type="button" onClick={t.toggle} disabled={!t.ready} aria-pressed={t.on} aria-busy={t.pending || undefined} className={`inline-flex h-10 items-center rounded-full px-4 text-sm font-semibold disabled:opacity-60 ${t.on ? "bg-accent-600/15 text-accent-700 ring-1 ring-accent-500/50 dark:text-accent-300" : "border border-line hover:bg-surface-2"}`}>
        {t.on ? tr("shared") : tr("share")}
      </button>
      <ToggleError error={t.error} />
    </span>
  );
}
