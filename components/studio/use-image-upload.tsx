"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postWithProgress, type UploadReply } from "./post-with-progress";

export type UploadMessage = { tone: "error" | "ok"; text: string } | null;

/**
 * An image's name (a heading: "Cover", "Profile picture") as it reads inside a sentence:
 * lower case in English and French ("Replace cover"); German nouns keep their capital.
 */
export const imageNoun = (label: string, locale: string): string => (locale === "de" ? label : label.toLowerCase());

/**
 * Posts one image to `endpoint` with upload progress; checks the size first,
 * refreshes server data on success.
 */
export function useImageUpload(endpoint: string, maxMb: number, done: { okText: string; onOk?: (url: string) => void; reset?: () => void }) {
  const router = useRouter();
  const t = useTranslations("studioMusic.image");
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<UploadMessage>(null);

  const upload = (file: File) => {
    setMessage(null);
    if (file.size > maxMb * 1048576) {
      setMessage({ tone: "error", text: t("tooLarge", { size: file.size / 1048576, maxMb }) });
      done.reset?.();
      return;
    }
    const body = new FormData();
    body.append("file", file);
    void postWithProgress<UploadReply & { url?: string }>(endpoint, body, setProgress).then((data) => {
      setProgress(null);
      if (data.ok && "url" in data && data.url) {
        done.onOk?.(data.url);
        setMessage({ tone: "ok", text: done.okText });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: data.message ?? t("failed") });
      }
      done.reset?.();
    });
  };

  return { progress, message, upload };
}

export function UploadStatus({ progress, message, label }: { progress: number | null; message: UploadMessage; label: string }) {
  const t = useTranslations("studioMusic.image");
  const locale = useLocale();
  const noun = imageNoun(label, locale);
  return (
    <>
      {progress !== null ? (
        <div role="progressbar" aria-label={t("uploading", { label: noun })} aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="h-2 w-full max-w-sm overflow-hidden rounded-full bg-surface-2">
          <div className="h-full bg-accent-500 transition-[width]" style={{ width: `${progress}%` }} />
        </div>
      ) : null}
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-600 dark:text-red-400" : "text-emerald-600 dark:text-emerald-400"}`}>
          {message.text}
        </p>
      ) : null}
    </>
  );
}
