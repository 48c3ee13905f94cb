"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { addToPlaylistAction, createPlaylistAction } from "@/lib/playlists/actions";

function PlaylistAddIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden>
      <path d="M3 6h13M3 12h13M3 18h8M18 15v6M15 18h6" />
    </svg>
  );
}

type Mine = { id: string; title: string; has: boolean };

/**
 * "Add to playlist": the viewer's playlists (a tick where the track already is)
 * and a new one named on the spot. Without `playlists` (the player, track rows)
 * they are fetched when the menu first opens; `compact` is an icon button, and
 * `up` opens the menu above it (the player sits at the bottom of the screen).
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
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [name, setName] = useState("");
  const [pending, start] = useTransition();
  const panel = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, () => setOpen(false), panel, trigger);
  const add = (p: Mine) =>
    start(async () => {
      const result = await addToPlaylistAction({ playlistId: p.id, trackId });
      setSaid({ ok: result.ok, text: result.message ?? (result.ok ? t("added") : t("addFailed")) });
      if (result.ok) setList((l) => (l ?? []).map((x) => (x.id === p.id ? { ...x, has: true } : x)));
    });
  const create = () =>
    start(async () => {
      const form = new FormData();
      form.set("title", name);
      form.set("isPublic", "on");
      form.set("trackId", trackId);
      const result = await createPlaylistAction({ ok: false }, form);
      setSaid({ ok: result.ok, text: result.ok ? t("addedToNew", { name: name.trim() }) : (result.fieldErrors?.title ?? result.message ?? t("createFailed")) });
      if (result.ok && result.data) {
        setList((l) => [{ id: result.data!.id, title: name.trim(), has: true }, ...(l ?? [])]);
        setName("");
      }
    });
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
        <div ref={panel} role="group" aria-label={t("label", { title })} className={`absolute z-30 w-72 rounded-2xl border border-line bg-surface p-2 shadow-xl ${up ? "bottom-full right-0 mb-2" : compact ? "right-0 mt-2" : "left-0 mt-2"}`}>
          {list === null ? (
            <p className="px-3 py-2 text-sm text-muted">{t("loading")}</p>
          ) : list.length ? (
            <ul className="max-h-60 overflow-y-auto">
              {list.map((p) => (
                <li key={p.id}>
                  <button type="button" disabled={pending || p.has} onClick={() => add(p)} className="flex min-h-11 w-full items-center justify-between gap-2 rounded-xl px-3 text-left text-sm hover:bg-surface-2 disabled:cursor-default">
                    <span className="truncate">{p.title}</span>
                    {p.has ? <span className="text-xs text-muted">{t("has")}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-3 py-2 text-sm text-muted">{t("none")}</p>
          )}
          <form
            className="mt-1 flex gap-2 border-t border-line px-1 pt-2"
            onSubmit={(e) => {
              e.preventDefault();
              create();
            }}
          >
            <label htmlFor={`new-playlist-${trackId}`} className="sr-only">
              {t("newName")}
            </label>
            <input id={`new-playlist-${trackId}`} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder={t("newPlaceholder")} className="min-w-0 flex-1 rounded-xl border border-line bg-surface px-3 text-sm" />
            <button type="submit" disabled={pending || !name.trim()} className="h-10 rounded-full bg-accent-600 px-3 text-sm font-semibold text-white disabled:opacity-50">
              {t("create")}
            </button>
          </form>
          {said ? (
            <p role={said.ok ? "status" : "alert"} className={`px-3 pt-2 text-sm ${said.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-600 dark:text-red-400"}`}>
              {said.text}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
