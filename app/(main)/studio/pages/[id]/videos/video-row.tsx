"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { deleteVideoAction, updateVideoAction } from "@/lib/videos/actions";

type Video = { id: string; caption: string; trackId: string | null; posterUrl: string | null; likeCount: number };

const inputClass = "block w-full rounded-xl border border-line bg-surface px-3 py-2 text-sm focus:border-accent-500 focus:outline-none";

/** One posted video: its caption and linked track, edited in place, and its deletion. */
export function VideoRow({ video, tracks }: { video: Video; tracks: { id: string; title: string }[] }) {
  const [state, action, pending] = useActionState(updateVideoAction, { ok: false });
  const v = state.values ?? {};
  const t = useTranslations("studioMusic");
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row">
      <div className="aspect-[9/16] w-20 shrink-0 overflow-hidden rounded-xl bg-surface-2">
        {/* eslint-disable-next-line @next/next/no-img-element -- small poster thumbnail */}
        {video.posterUrl ? <img src={video.posterUrl} alt="" className="h-full w-full object-cover" /> : null}
      </div>
      <form action={action} className="min-w-0 flex-1 space-y-2" noValidate key={JSON.stringify(v)}>
        <input type="hidden" name="videoId" value={video.id} />
        <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
        <label className="block text-sm font-medium" htmlFor={`caption-${video.id}`}>
          {t("videoRow.caption")}
        </label>
        <input id={`caption-${video.id}`} name="caption" maxLength={200} defaultValue={v.caption ?? video.caption} className={inputClass} aria-invalid={state.fieldErrors?.caption ? true : undefined} />
        {state.fieldErrors?.caption ? <p className="text-sm text-red-600 dark:text-red-400">{state.fieldErrors.caption}</p> : null}
        <label className="block text-sm font-medium" htmlFor={`track-${video.id}`}>
          {t("videoRow.track")}
        </label>
        <select id={`track-${video.id}`} name="trackId" defaultValue={v.trackId ?? video.trackId ?? ""} className={inputClass}>
          <option value="">{t("videoRow.noTrack")}</option>
          {tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {track.title}
            </option>
          ))}
        </select>
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <Button type="submit" disabled={pending} className="!h-9 !px-4">
            {pending ? t("saving") : t("videoRow.save")}
          </Button>
          <ActionButton run={deleteVideoAction.bind(null, { videoId: video.id })} label={t("videoRow.delete")} ariaLabel={t("videoRow.deleteAria", { caption: video.caption || t("videoRow.untitled") })} confirm={t("videoRow.deleteConfirm")} variant="ghost" />
          <span className="text-xs text-muted">{t("videoRow.likes", { count: video.likeCount })}</span>
        </div>
      </form>
    </li>
  );
}
