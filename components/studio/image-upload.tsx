"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { UploadStatus, imageNoun, useImageUpload } from "./use-image-upload";

/** `preview: false`: the page shows the picture itself (and is refreshed after an upload). */
type Props = { currentUrl: string | null; label: string; maxMb: number; preview?: boolean } & ({ pageId: string; slot: "avatar" | "banner" } | { slot: "cover" | "avatar"; endpoint: string });

/**
 * A page's picture or banner, or a release's cover, uploaded with real progress.
 * `label`: the picture's name in the page's language, as a heading ("Cover").
 */
export function ImageUpload(props: Props) {
  const { slot, currentUrl, label, maxMb, preview = true } = props;
  const router = useRouter();
  const t = useTranslations("studioMusic.image");
  const locale = useLocale();
  const noun = imageNoun(label, locale);
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(currentUrl);
  const { progress, message, upload } = useImageUpload("endpoint" in props ? props.endpoint : `/api/studio/pages/${props.pageId}/image?slot=${slot}`, maxMb, {
    okText: t("updated", { label }),
    onOk: (next) => {
      setUrl(next);
      if (!preview) router.refresh();
    },
    reset: () => input.current && (input.current.value = ""),
  });

  const inputId = `${slot}-upload`;
  return (
    <div className="space-y-2">
      {preview ? <p className="text-sm font-medium">{label}</p> : null}
      <div className="flex flex-wrap items-center gap-4">
        {preview ? <div className={`${slot === "avatar" ? "h-20 w-20 rounded-full" : slot === "cover" ? "h-28 w-28 rounded-2xl" : "h-20 w-full max-w-60 rounded-2xl"} shrink-0 overflow-hidden bg-surface-2`}>
          {url ? (
            // eslint-disable-next-line @next/next/no-img-element -- live preview of the uploaded webp
            <img src={url} alt={t("current", { label: noun })} className="h-full w-full object-cover" />
          ) : null}
        </div> : null}
        <div className="min-w-0 space-y-1">
          {/* The input comes first so its keyboard focus can show on the visible label (peer-focus-visible). */}
          <input ref={input} id={inputId} type="file" accept="image/*" className="peer sr-only" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} disabled={progress !== null} />
          <label htmlFor={inputId} className="inline-flex cursor-pointer items-center rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2 peer-focus-visible:ring-2 peer-focus-visible:ring-accent-500 peer-focus-visible:ring-offset-2">
            {url ? t("replace", { label: noun }) : t("upload", { label: noun })}
          </label>
          <p className="text-xs text-muted">{t("formats", { maxMb })}</p>
        </div>
      </div>
      <UploadStatus progress={progress} message={message} label={label} />
    </div>
  );
}
