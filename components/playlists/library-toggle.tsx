"use client";

import { useTranslations } from "next-intl";
import { ToggleError } from "@/components/ui/toggle-error";
import { useServerToggle } from "@/components/ui/use-server-toggle";
import { followPlaylistAction, saveReleaseAction } from "@/lib/playlists/actions";

/** "Save" a release or "Follow" a playlist into Library: optimistic, the server's answer wins. */
export function LibraryToggle({ kind, id, title, initial, signedIn }: { kind: "release" | "playlist"; id: string; title: string; initial: boolean; signedIn: boolean }) {
  const t = useServerToggle(initial, signedIn, async (on) => {
    const r = kind === "release" ? await saveReleaseAction({ releaseId: id, save: on }) : await followPlaylistAction({ playlistId: id, follow: on });
    return { ...r, value: r.data?.on };
  });
  const tr = useTranslations("playlists.toggle");
  const [on, off] = kind === "release" ? [tr("saved"), tr("save")] : [tr("following"), tr("follow")];
  const label =
    kind === "release" ? (t.on ? tr("savedLabel", { title }) : tr("saveLabel", { title })) : t.on ? tr("followingLabel", { title }) : tr("followLabel", { title });
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        onClick={t.toggle}
        disabled={!t.ready}
        aria-pressed={t.on}
        aria-busy={t.pending || undefined}
        aria-label={label}
        className={`inline-flex h-10 items-center rounded-full border px-4 text-sm font-semibold transition disabled:opacity-60 ${t.on ? "border-accent-500 text-accent-600 dark:text-accent-300" : "border-line hover:bg-surface-2"}`}
      >
        {t.on ? `${on} ✓` : off}
      </button>
      <ToggleError error={t.error} />
    </span>
  );
}
