"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Big photo plus thumbnails; keyboard reachable, no script needed to see the first photo. */
export function Gallery({ images, title }: { images: { url: string }[]; title: string }) {
  const t = useTranslations("merch.gallery");
  const [index, setIndex] = useState(0);
  if (!images.length) return <div className="flex aspect-square w-full items-center justify-center rounded-3xl bg-gradient-to-br from-accent-600/40 to-rose-500/30 text-sm text-muted">{t("noPhoto")}</div>;
  return (
    <div className="space-y-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- product photo from our media route */}
      <img src={images[index].url} alt={t("photo", { title, number: index + 1, count: images.length })} className="aspect-square w-full rounded-3xl object-cover" />
      {images.length > 1 ? (
        <div className="flex gap-2">
          {images.map((img, i) => (
            <button key={img.url} type="button" onClick={() => setIndex(i)} aria-label={t("show", { number: i + 1 })} aria-pressed={i === index} className={`h-16 w-16 overflow-hidden rounded-xl ring-2 ${i === index ? "ring-accent-500" : "ring-transparent"}`}>
              {/* eslint-disable-next-line @next/next/no-img-element -- thumbnail */}
              <img src={img.url} alt="" className="h-full w-full object-cover" />
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
