"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { UploadStatus, useImageUpload } from "@/components/studio/use-image-upload";
import { removeProductImageAction } from "@/lib/merch/actions";
import { asFormAction } from "@/lib/forms/action-state";

type Props = { pageId: string; productId: string; images: { position: number; url: string }[]; max: number; maxMb: number };

/** Up to six photos; the first is the cover. */
export function ProductImages({ pageId, productId, images, max, maxMb }: Props) {
  const t = useTranslations("merch.productImages");
  const input = useRef<HTMLInputElement>(null);
  const { progress, message, upload } = useImageUpload(`/api/studio/pages/${pageId}/products/${productId}/images`, maxMb, {
    okText: t("added"),
    reset: () => input.current && (input.current.value = ""),
  });
  return (
    <div className="space-y-3">
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-6" aria-label={t("list")}>
        {images.map((img) => (
          <li key={img.url} className="relative">
            {/* eslint-disable-next-line @next/next/no-img-element -- product photo from our media route */}
            <img src={img.url} alt={img.position === 0 ? t("cover") : t("photo", { number: img.position + 1 })} className="aspect-square w-full rounded-xl object-cover" />
            <form action={asFormAction(removeProductImageAction).bind(null, { pageId, productId, position: img.position })}>
              <button type="submit" className="absolute right-1 top-1 rounded-full bg-black/60 px-2 py-0.5 text-xs font-semibold text-white hover:bg-black/80" aria-label={t("removePhoto", { number: img.position + 1 })}>
                {t("remove")}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {images.length < max ? (
        <div className="space-y-1">
          <label htmlFor="product-photo" className="inline-flex cursor-pointer items-center rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            {t("add")}
          </label>
          <input ref={input} id="product-photo" type="file" accept="image/*" className="sr-only" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} disabled={progress !== null} />
          <p className="text-xs text-muted">
            {t("limits", { count: images.length, max, maxMb })}
          </p>
        </div>
      ) : (
        <p className="text-xs text-muted">{t("full")}</p>
      )}
      <UploadStatus progress={progress} message={message} label={t("uploadLabel")} />
    </div>
  );
}
