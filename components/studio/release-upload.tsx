"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { FileDrop } from "@/components/ui/file-drop";
import { postWithProgress } from "./post-with-progress";

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; releaseId?: string; scheduled?: boolean };

const inputClass = "block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none";
/** The list with item i moved one place up (-1) or down (+1). */
function move<T>(list: T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** A track title from a file name; `untitled` when nothing is left. */
const titleFromFile = (name: string, untitled: string) => name.replace(/\.[a-z0-9]+$/i, "").replace(/[_-]+/g, " ").trim() || untitled;

/** Upload a release with real progress (XMLHttpRequest), keeping every field on error. */
/** `artists`: a label's roster; the release can come out for one of them ("on" the label). */
export function ReleaseUpload({ pageId, pageName, artists = [] }: { pageId: string; pageName?: string; artists?: { id: string; name: string }[] }) {
  const router = useRouter();
  const t = useTranslations("studioMusic");
  const form = useRef<HTMLFormElement>(null);
  const [files, setFiles] = useState<{ file: File; title: string }[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    data.delete("audio");
    data.delete("trackTitle");
    const when = String(data.get("releaseAt") ?? "");
    // The browser knows the creator's time zone; send an exact instant.
    data.set("releaseAt", when ? new Date(when).toISOString() : "");
    for (const f of files) {
      data.append("audio", f.file);
      data.append("trackTitle", f.title);
    }
    setResult(null);
    void postWithProgress<Result>(`/api/studio/pages/${pageId}/releases`, data, setProgress).then((body) => {
      setProgress(null);
      setResult(body);
      if (body.ok) {
        form.current?.reset();
        setFiles([]);
        router.refresh();
      }
    });
  };

  const e = result?.fieldErrors ?? {};
  return (
    <form ref={form} onSubmit={submit} className="space-y-4" noValidate>
      {result?.ok ? (
        <p role="status" className="rounded-xl border border-emerald-500/40 bg-emerald-500/10 px-3.5 py-2.5 text-sm text-emerald-700 dark:text-emerald-300">
          {t.rich(result.scheduled ? "releaseUpload.scheduled" : "releaseUpload.published", {
            link: (chunks) => (
              <Link href={`/release/${result.releaseId}`} className="font-semibold underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <FormMessage message={result?.message} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {artists.length ? (
          <div className="space-y-1.5 sm:col-span-2">
            <label htmlFor="rel-artist" className="block text-sm font-medium">{t("releaseUpload.releaseFor")}</label>
            <select id="rel-artist" name="artistId" defaultValue="" className={inputClass} aria-describedby="rel-artist-hint">
              <option value="">{t("releaseUpload.labelItself", { name: pageName ?? t("releaseUpload.thisLabel") })}</option>
              {artists.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <p id="rel-artist-hint" className={`text-xs ${e.artistId ? "text-red-600" : "text-muted"}`}>{e.artistId ?? t("releaseUpload.artistHint")}</p>
          </div>
        ) : null}
        <div className="space-y-1.5">
          <label htmlFor="rel-title" className="block text-sm font-medium">{t("releaseUpload.title")}</label>
          <input id="rel-title" name="title" required maxLength={120} className={inputClass} aria-invalid={e.title ? true : undefined} />
          {e.title ? <p className="text-sm text-red-600 dark:text-red-400">{e.title}</p> : null}
        </div>
        <div className="space-y-1.5">
          <label htmlFor="rel-kind" className="block text-sm font-medium">{t("releaseForm.type")}</label>
          <select id="rel-kind" name="kind" defaultValue="single" className={inputClass}>
            <option value="single">{t("kinds.single")}</option>
            <option value="ep">{t("kinds.ep")}</option>
            <option value="album">{t("kinds.album")}</option>
          </select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="rel-date" className="block text-sm font-medium">{t("releaseUpload.date")}</label>
          <input id="rel-date" name="releaseAt" type="datetime-local" className={inputClass} aria-describedby="rel-date-hint" />
          <p id="rel-date-hint" className={`text-xs ${e.releaseAt ? "text-red-600" : "text-muted"}`}>{e.releaseAt ?? t("releaseUpload.dateHint")}</p>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="rel-genre" className="block text-sm font-medium">{t("releaseForm.genre")}</label>
          <input id="rel-genre" name="genre" maxLength={40} className={inputClass} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="rel-cover" className="block text-sm font-medium">{t("releaseUpload.cover")}</label>
          <input id="rel-cover" name="cover" type="file" accept="image/*" className="text-sm" />
          {e.cover ? <p className="text-sm text-red-600 dark:text-red-400">{e.cover}</p> : null}
        </div>
        <div className="flex flex-col justify-end gap-2 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="explicit" className="h-4 w-4 accent-accent-600" /> {t("releaseUpload.explicit")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="previewOnly" className="h-4 w-4 accent-accent-600" /> {t("releaseUpload.previewOnly")}
          </label>
        </div>
      </div>
      <div className="space-y-2">
        <label htmlFor="rel-audio" className="block text-sm font-medium">{t("releaseUpload.audio")}</label>
        <FileDrop id="rel-audio" multiple accept="audio/*,.mp3,.m4a,.aac,.ogg,.opus,.flac,.wav" disabled={progress !== null} onFiles={(added) => setFiles((list) => [...list, ...added.map((file) => ({ file, title: titleFromFile(file.name, t("releaseUpload.untitled")) }))])} />
        <p className={`whitespace-pre-line text-xs ${e.audio || e.titles ? "text-red-600 dark:text-red-400" : "text-muted"}`}>{[e.audio, e.titles].filter(Boolean).join("\n") || t("releaseUpload.audioHint")}</p>
        {files.length ? (
          <ol className="space-y-2">
            {files.map((f, i) => (
              <li key={`${f.file.name}-${i}`} className="flex items-center gap-2">
                <span className="w-5 text-right text-sm text-muted">{i + 1}</span>
                <input
                  aria-label={t("releaseUpload.trackTitle", { n: i + 1 })}
                  value={f.title}
                  maxLength={120}
                  onChange={(ev) => setFiles(files.map((x, k) => (k === i ? { ...x, title: ev.target.value } : x)))}
                  className={inputClass}
                />
                <button type="button" onClick={() => setFiles(move(files, i, -1))} disabled={i === 0} aria-label={t("releaseUpload.moveUp", { n: i + 1 })} className="rounded-full px-1.5 text-muted hover:text-fg disabled:opacity-30">
                  ↑
                </button>
                <button type="button" onClick={() => setFiles(move(files, i, 1))} disabled={i === files.length - 1} aria-label={t("releaseUpload.moveDown", { n: i + 1 })} className="rounded-full px-1.5 text-muted hover:text-fg disabled:opacity-30">
                  ↓
                </button>
                <button type="button" onClick={() => setFiles(files.filter((_, k) => k !== i))} aria-label={t("releaseUpload.remove", { n: i + 1 })} className="rounded-full px-2 text-muted hover:text-red-500">
                  ×
                </button>
              </li>
            ))}
          </ol>
        ) : null}
      </div>
      {/* Progress in quarters for screen readers (the bar itself is not announced as it moves). */}
      <p className="sr-only" aria-live="polite">
        {progress !== null ? t("uploadProgress", { progress: Math.floor(progress / 25) * 25 }) : ""}
      </p>
      {progress !== null ? (
        <div role="progressbar" aria-label={t("releaseUpload.uploading")} aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="h-2 w-full overflow-hidden rounded-full bg-surface-2">
          <div className="h-full bg-accent-500 transition-[width]" style={{ width: `${progress}%` }} />
        </div>
      ) : null}
      <Button type="submit" disabled={progress !== null}>
        {progress !== null ? t("uploadProgress", { progress }) : t("releaseUpload.publish")}
      </Button>
    </form>
  );
}
