"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useCallback, useRef, useState } from "react";
import type { Mine, Said } from "./add-to-playlist-panel";

// The menu loads when first opened (the player and every track row have this button).
const AddToPlaylistPanel = lazy(() => import("./add-to-playlist-panel"));

function PlaylistAddIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden>
      <path d="M3 6h13M3 12h13M3 18h8M18 15v6M15 18h6" />
    </svg>
  );
}

/**
 * "Add to playlist": the viewer's playlists (a tick where the track already is)
 * and a new one named on the spot. Without `playlists` (the player, track rows)
 * they are fetched when the menu first opens; `compact` is an icon button, and
 * `up` opens the menu above it (the player sits at the bottom of the screen).
 * The list, a name being typed and the last answer stay here between openings.
 */
export function AddToPlaylist({ trackId, title, playlists, compact = false, up = false }: { trackId: string; title: string; playlists?: Mine[]; compact?: boolean; up?: boolean }) {
  const t = useTranslations("playlists.add");
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<Mine[] | null>(playlists ?? null);
  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && list === null) {
      void fetch(`/api/playlists/mine?track=${encodeURIComponent(trackId)}`)
        .then((r) => (r.ok ? (r.json() as Promise<{ playlists: Mine[] }>) : { playlists: [] }))
        .then((body) => setList(body.playlists))
        .catch(() => setList([]));
    }
  };
  const [said, setSaid] = useState<Said | null>(null);
  const [name, setName] = useState("");
  const trigger = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="relative">
      {compact ? (
        <button ref={trigger} type="button" aria-expanded={open} aria-haspopup="true" onClick={toggle} aria-label={t("label", { title })} title={t("button")} className="rounded-full p-2 text-muted hover:bg-surface-2 hover:text-fg">
          <PlaylistAddIcon />
        </button>
      ) : (
        <button ref={trigger} type="button" aria-expanded={open} aria-haspopup="true" onClick={toggle} className="inline-flex h-10 items-center gap-2 rounded-full border border-line px-4 text-sm font-semibold hover:bg-surface-2">
          {t("button")}
        </button>
      )}
      {open ? (
        <Suspense fallback={null}>
          <AddToPlaylistPanel trackId={trackId} title={title} compact={compact} up={up} state={{ list, setList, name, setName, said, setSaid }} trigger={trigger} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}
