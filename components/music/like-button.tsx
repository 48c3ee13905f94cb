"use client";

import { useTranslations } from "next-intl";
import { ToggleError } from "@/components/ui/toggle-error";
import { useServerToggle } from "@/components/ui/use-server-toggle";
import { likeAction } from "@/lib/discovery/actions";

/** A heart for a track: optimistic, the server's answer wins; signed out, it asks to sign in. */
export function LikeButton({ trackId, title, initial, signedIn, size = "md" }: { trackId: string; title: string; initial: boolean; signedIn: boolean; size?: "sm" | "md" }) {
  const t = useTranslations("music.like");
  const toggle = useServerToggle(initial, signedIn, async (like) => {
    const r = await likeAction({ type: "track", id: trackId, like });
    return { ...r, value: r.data?.liked };
  });
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        onClick={toggle.toggle}
        disabled={!toggle.ready}
        aria-pressed={toggle.on}
        aria-busy={toggle.pending || undefined}
        aria-label={toggle.on ? t("unlike", { title }) : t("like", { title })}
        className={`inline-flex ${size === "sm" ? "h-8 w-8" : "h-10 w-10 border border-line"} items-center justify-center rounded-full transition hover:bg-surface-2 disabled:opacity-60 ${toggle.on ? "text-rose-500" : "text-muted"}`}
      >
        <svg aria-hidden viewBox="0 0 24 24" className={size === "sm" ? "h-4 w-4" : "h-5 w-5"} fill={toggle.on ? "currentColor" : "none"} stroke="currentColor" strokeWidth={2}>
          <path d="M12 21s-7.5-4.6-9.5-9.3C1.2 8.4 3.3 5 6.8 5c2 0 3.4 1.1 4.2 2.3C11.8 6.1 13.2 5 15.2 5c3.5 0 5.6 3.4 4.3 6.7C19.5 16.4 12 21 12 21z" strokeLinejoin="round" />
        </svg>
      </button>
      <ToggleError error={toggle.error} />
    </span>
  );
}
