"use client";

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
          Posted caption
        </label>
        <input id={`caption-${video.id}`} name="caption" maxLength={200} defaultValue={v.caption ?? video.caption} className={inputClass} aria-invalid={state.fieldErrors?.caption ? true : undefined} />
        {state.fieldErrors?.caption ? <p className="text-sm text-red-600 dark:text-red-400">{state.fieldErrors.caption}</p> : null}
        <label className="block text-sm font-medium" htmlFor={`track-${video.id}`}>
          Track shown with it
        </label>
        <select id={`track-${video.id}`} name="trackId" defaultValue={v.trackId ?? video.trackId ?? ""} className={inputClass}>
          <option value="">No track</option>
          {tracks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <Button type="submit" disabled={pending} className="!h-9 !px-4">
            {pending ? "Saving…" : "Save"}
          </Button>
          <ActionButton run={deleteVideoAction.bind(null, { videoId: video.id })} label="Delete video" ariaLabel={`Delete the video “${video.caption || "untitled"}”`} confirm="Delete this video for good?" variant="ghost" />
          <span className="text-xs text-muted">{video.likeCount.toLocaleString("en")} likes</span>
        </div>
      </form>
    </li>
  );
}
