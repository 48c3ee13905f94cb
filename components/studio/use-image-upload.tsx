"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export type UploadMessage = { tone: "error" | "ok"; text: string } | null;

/**
 * Posts one image to `endpoint` with XMLHttpRequest so the user sees real
 * progress; checks the size first, refreshes server data on success.
 */
export function useImageUpload(endpoint: string, maxMb: number, done: { okText: string; onOk?: (url: string) => void; reset?: () => void }) {
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<UploadMessage>(null);

  const upload = (file: File) => {
    setMessage(null);
    if (file.size > maxMb * 1048576) {
      setMessage({ tone: "error", text: `The image is too large (${(file.size / 1048576).toFixed(1)} MB). The limit is ${maxMb} MB.` });
      done.reset?.();
      return;
    }
    const body = new FormData();
    body.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", endpoint);
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      let data: { ok?: boolean; url?: string; message?: string } = {};
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // fall through to the generic message
      }
      if (xhr.status === 200 && data.ok && data.url) {
        done.onOk?.(data.url);
        setMessage({ tone: "ok", text: done.okText });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: data.message ?? "The upload failed. Please try again." });
      }
      done.reset?.();
    };
    xhr.onerror = () => {
      setProgress(null);
      setMessage({ tone: "error", text: "The upload failed: check your connection and try again." });
      done.reset?.();
    };
    setProgress(0);
    xhr.send(body);
  };

  return { progress, message, upload };
}

export function UploadStatus({ progress, message, label }: { progress: number | null; message: UploadMessage; label: string }) {
  return (
    <>
      {progress !== null ? (
        <div role="progressbar" aria-label={`Uploading ${label.toLowerCase()}`} aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="h-2 w-full max-w-sm overflow-hidden rounded-full bg-surface-2">
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
