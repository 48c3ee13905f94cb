"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

type Props = { pageId: string; slot: "avatar" | "banner"; currentUrl: string | null; label: string; maxMb: number };

/** Uploads with XMLHttpRequest so the user sees real upload progress. */
export function ImageUpload({ pageId, slot, currentUrl, label, maxMb }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(currentUrl);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);

  const upload = (file: File) => {
    setMessage(null);
    if (file.size > maxMb * 1048576) {
      setMessage({ tone: "error", text: `The image is too large (${(file.size / 1048576).toFixed(1)} MB). The limit is ${maxMb} MB.` });
      return;
    }
    const body = new FormData();
    body.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/studio/pages/${pageId}/image?slot=${slot}`);
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
        setUrl(data.url);
        setMessage({ tone: "ok", text: `${label} updated.` });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: data.message ?? "The upload failed. Please try again." });
      }
      if (input.current) input.current.value = "";
    };
    xhr.onerror = () => {
      setProgress(null);
      setMessage({ tone: "error", text: "The upload failed: check your connection and try again." });
    };
    setProgress(0);
    xhr.send(body);
  };

  const inputId = `${slot}-upload`;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium">{label}</p>
      <div className="flex items-center gap-4">
        <div className={`${slot === "avatar" ? "h-20 w-20 rounded-full" : "h-20 w-60 rounded-2xl"} shrink-0 overflow-hidden bg-surface-2`}>
          {url ? (
            // eslint-disable-next-line @next/next/no-img-element -- live preview of the uploaded webp
            <img src={url} alt={`Current ${label.toLowerCase()}`} className="h-full w-full object-cover" />
          ) : null}
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor={inputId} className="inline-flex cursor-pointer items-center rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            {url ? `Replace ${label.toLowerCase()}` : `Upload ${label.toLowerCase()}`}
          </label>
          <input ref={input} id={inputId} type="file" accept="image/*" className="sr-only" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} disabled={progress !== null} />
          <p className="text-xs text-muted">JPEG, PNG, WebP, GIF or AVIF, up to {maxMb} MB.</p>
        </div>
      </div>
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
    </div>
  );
}
