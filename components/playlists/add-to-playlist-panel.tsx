"use client";

import { useTranslations } from "next-intl";
import { useRef, useTransition, type Dispatch, type RefObject, type SetStateAction } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { addToPlaylistAction, createPlaylistAction } from "@/lib/playlists/actions";

export type Mine = { id: string; title: string; has: boolean };
export type Said = { ok: boolean; text: string };

/** What the menu keeps between openings (add-to-playlist.tsx). */
type State = {
  list: Mine[] | null;
  setList: Dispatch<SetStateAction<Mine[] | null>>;
  name: string;
  setName: (name: string) => void;
  said: Said | null;
  setSaid: (said: Said) => void;
};

/** The "Add to playlist" menu's panel: the viewer's playlists, and a new one named on the spot. */
export default function AddToPlaylistPanel({ trackId, title, compact, up, state, trigger, onClose }: { trackId: string; title: string; compact: boolean; up: boolean; state: State; trigger: RefObject<HTMLButtonElement | null>; onClose: () => void }) {
  const t = useTranslations("playlists.add");
  const { list, setList, name, setName, said, setSaid } = state;
  const [pending, start] = useTransition();
  const panel = useRef<HTMLDivElement>(null);
  useDismiss(true, onClose, panel, trigger);
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
  );
}
