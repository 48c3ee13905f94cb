"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { postWithProgress, type UploadReply } from "@/components/studio/post-with-progress";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { removeTrackAction, retryAudioAction, updateTrackAction } from "@/lib/music/actions";
import { AudioStatus } from "@/components/studio/audio-status";
import type { ReleaseForEdit } from "@/lib/studio/queries";
import { useRouter } from "next/navigation";

type Track = ReleaseForEdit["tracks"][number];
const minutes = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.round((ms % 60_000) / 1000)).padStart(2, "0")}`;

/** One track's fields, its audio and its removal; opened from the track list. */
export function TrackEditor({ track }: { track: Track }) {
  const router = useRouter();
  const t = useTranslations("studioMusic");
  const [state, action, pending] = useActionState(updateTrackAction, { ok: false });
  const [progress, setProgress] = useState<number | null>(null);
  const [audioSaid, setAudioSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const replace = (chosen: File) => {
    const body = new FormData();
    body.append("audio", chosen);
    setAudioSaid(null);
    void postWithProgress<UploadReply & { durationMs?: number }>(`/api/studio/tracks/${track.id}/audio`, body, setProgress).then((reply) => {
      setProgress(null);
      if (file.current) file.current.value = "";
      setAudioSaid(reply.ok ? { ok: true, text: t("trackEditor.audioLive", { duration: minutes("durationMs" in reply ? (reply.durationMs ?? 0) : 0) }) } : { ok: false, text: reply.message ?? t("trackEditor.uploadFailed") });
      if (reply.ok) router.refresh();
    });
  };
  const id = (name: string) => `track-${track.id}-${name}`;
  return (
    <div className="space-y-4 border-t border-line pt-4">
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="trackId" value={track.id} />
        <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
        <div className="grid gap-3 sm:grid-cols-2" key={JSON.stringify(v)}>
          <TextField id={id("title")} label={t("trackEditor.title")} name="title" maxLength={120} defaultValue={v.title ?? track.title} error={e.title} />
          {/* i18n-ignore: the ISRC format, the same everywhere */}
          <TextField id={id("isrc")} label={t("trackEditor.isrc")} name="isrc" placeholder="CC-XXX-YY-NNNNN" defaultValue={v.isrc ?? track.isrc} error={e.isrc} />
          <TextField id={id("credits")} label={t("trackEditor.credits")} name="credits" maxLength={500} defaultValue={v.credits ?? track.credits} error={e.credits} />
          <TextField id={id("featured")} label={t("trackEditor.featured")} name="featured" placeholder={t("trackEditor.featuredExample")} defaultValue={v.featured ?? track.featured} error={e.featured} hint={t("trackEditor.featuredHint")} />
          <div className="flex flex-wrap items-end gap-4 text-sm">
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="explicit" defaultChecked={track.explicit} className="h-4 w-4 accent-accent-600" /> {t("trackEditor.explicit")}
            </label>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="previewOnly" defaultChecked={track.previewOnly} className="h-4 w-4 accent-accent-600" /> {t("trackEditor.previewOnly")}
            </label>
          </div>
        </div>
        <div className="space-y-1.5">
          <label htmlFor={id("lyrics")} className="block text-sm font-medium">
            {t("trackEditor.lyrics")}
          </label>
          <textarea id={id("lyrics")} name="lyrics" rows={4} maxLength={10000} defaultValue={v.lyrics ?? track.lyrics} className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none" />
          {e.lyrics ? <p className="text-sm text-red-600 dark:text-red-400">{e.lyrics}</p> : null}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("trackEditor.save")}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-3">
        <input ref={file} id={id("audio")} type="file" accept="audio/*" className="peer sr-only" disabled={progress !== null} onChange={(ev) => ev.target.files?.[0] && replace(ev.target.files[0])} />
        <label htmlFor={id("audio")} className="inline-flex min-h-10 cursor-pointer items-center rounded-full border border-line px-4 text-sm font-semibold hover:bg-surface-2 peer-focus-visible:ring-2 peer-focus-visible:ring-accent-500">
          {t("trackEditor.replaceAudio")}
        </label>
        <AudioStatus trackId={track.id} title={track.title} initial={track.audio} retry={retryAudioAction.bind(null, { trackId: track.id })} />
        <a href={`/api/media/${track.audioId}?original=1`} className="text-sm font-semibold text-accent-600 hover:underline dark:text-accent-400" download>
          {t("trackEditor.downloadOriginal")}
        </a>
        <ActionButton run={removeTrackAction.bind(null, { trackId: track.id })} label={t("trackEditor.remove")} ariaLabel={t("trackEditor.removeAria", { title: track.title })} confirm={t("trackEditor.removeConfirm", { title: track.title, count: track.playCount })} variant="ghost" />
      </div>
      {progress !== null ? (
        <div role="progressbar" aria-label={t("trackEditor.uploading")} aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="h-2 max-w-sm overflow-hidden rounded-full bg-surface-2">
          <div className="h-full bg-accent-500" style={{ width: `${progress}%` }} />
        </div>
      ) : null}
      {audioSaid ? <FormMessage message={audioSaid.text} tone={audioSaid.ok ? "success" : "error"} /> : null}
    </div>
  );
}
