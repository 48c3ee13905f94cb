"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { postWithProgress } from "./post-with-progress";

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; videoId?: string };
const inputClass = "block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none";

/** A frame from the chosen clip as a 360×640 JPEG, for when no poster was picked. Null if the browser cannot decode it. */
async function captureFrame(file: File): Promise<Blob | null> {
  const url = URL.createObjectURL(file);
  try {
    const video = document.createElement("video");
    video.muted = true;
    video.preload = "auto";
    video.src = url;
    await new Promise<void>((resolve, reject) => {
      video.onloadeddata = () => resolve();
      video.onerror = () => reject(new Error("decode"));
    });
    video.currentTime = Math.min(1, (video.duration || 1) / 2);
    await new Promise<void>((resolve) => (video.onseeked = () => resolve()));
    const canvas = document.createElement("canvas");
    canvas.width = 360;
    canvas.height = 640;
    const scale = Math.max(360 / video.videoWidth, 640 / video.videoHeight);
    const w = video.videoWidth * scale;
    const h = video.videoHeight * scale;
    canvas.getContext("2d")?.drawImage(video, (360 - w) / 2, (640 - h) / 2, w, h);
    return await new Promise((resolve) => canvas.toBlob((b) => resolve(b), "image/jpeg", 0.82));
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Post a short video with a caption, an optional linked track and a poster; real upload progress. */
export function VideoUpload({ pageId, tracks }: { pageId: string; tracks: { id: string; title: string }[] }) {
  const router = useRouter();
  const t = useTranslations("studioMusic");
  const form = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const video = data.get("video");
    const poster = data.get("poster");
    if (video instanceof File && video.size > 0 && !(poster instanceof File && poster.size > 0)) {
      const frame = await captureFrame(video);
      if (frame) data.set("poster", frame, "poster.jpg");
      else data.delete("poster");
    }
    setResult(null);
    const body = await postWithProgress<Result>(`/api/studio/pages/${pageId}/videos`, data, setProgress);
    setProgress(null);
    setResult(body);
    if (body.ok) {
      form.current?.reset();
      router.refresh();
    }
  };

  const e = result?.fieldErrors ?? {};
  return (
    <form ref={form} onSubmit={submit} className="space-y-4" noValidate>
      <FormMessage tone={result?.ok ? "success" : "error"} message={result?.ok ? t("videoUpload.posted") : result?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor="video-file" className="block text-sm font-medium">
            {t("videoUpload.file")}
          </label>
          <input id="video-file" name="video" type="file" accept="video/mp4,video/webm" className="block w-full text-sm file:mr-3 file:rounded-full file:border file:border-line file:bg-surface file:px-4 file:py-2 file:text-sm file:font-semibold" aria-invalid={e.video ? true : undefined} />
          <p className="text-xs text-muted">{t("videoUpload.fileHint")}</p>
          {e.video ? <p className="text-sm text-red-600 dark:text-red-400">{e.video}</p> : null}
        </div>
        <div className="space-y-1.5">
          <label htmlFor="video-poster" className="block text-sm font-medium">
            {t("videoUpload.poster")}
          </label>
          <input id="video-poster" name="poster" type="file" accept="image/*" className="block w-full text-sm file:mr-3 file:rounded-full file:border file:border-line file:bg-surface file:px-4 file:py-2 file:text-sm file:font-semibold" />
          <p className="text-xs text-muted">{t("videoUpload.posterHint")}</p>
          {e.poster ? <p className="text-sm text-red-600 dark:text-red-400">{e.poster}</p> : null}
        </div>
        <div className="space-y-1.5">
          <label htmlFor="video-caption" className="block text-sm font-medium">
            {t("videoUpload.caption")}
          </label>
          <input id="video-caption" name="caption" maxLength={200} className={inputClass} aria-invalid={e.caption ? true : undefined} />
          {e.caption ? <p className="text-sm text-red-600 dark:text-red-400">{e.caption}</p> : null}
        </div>
        <div className="space-y-1.5">
          <label htmlFor="video-track" className="block text-sm font-medium">
            {t("videoUpload.track")}
          </label>
          <select id="video-track" name="trackId" className={inputClass}>
            <option value="">{t("videoUpload.none")}</option>
            {tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.title}
              </option>
            ))}
          </select>
          {e.trackId ? <p className="text-sm text-red-600 dark:text-red-400">{e.trackId}</p> : null}
        </div>
      </div>
      {/* Progress in quarters for screen readers (the bar itself is not announced as it moves). */}
      <p className="sr-only" aria-live="polite">
        {progress !== null ? t("uploadProgress", { progress: Math.floor(progress / 25) * 25 }) : ""}
      </p>
      {progress !== null ? (
        <div role="progressbar" aria-label={t("videoUpload.uploading")} aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="h-2 w-full max-w-sm overflow-hidden rounded-full bg-surface-2">
          <div className="h-full bg-accent-500 transition-[width]" style={{ width: `${progress}%` }} />
        </div>
      ) : null}
      <Button type="submit" disabled={progress !== null}>
        {progress !== null ? t("uploadProgress", { progress }) : t("videoUpload.post")}
      </Button>
    </form>
  );
}
