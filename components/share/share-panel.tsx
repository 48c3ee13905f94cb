"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type RefObject } from "react";
import { useCopy } from "@/components/ui/use-copy";
import { useDismiss } from "@/components/ui/use-dismiss";
import { escapeHtml } from "@/lib/html";
import { SendInChorus } from "./send-in-chorus";
import type { ShareProps } from "./share-menu";

/** The Share sheet (share-menu.tsx opens it): closes on Escape or a click outside, focus back on its button. */
export default function SharePanel({ url, title, embedUrl, embedHeight = 80, send, floating = false, trigger, onClose }: ShareProps & { trigger: RefObject<HTMLButtonElement | null>; onClose: () => void }) {
  const t = useTranslations("share.menu");
  const panel = useRef<HTMLDivElement>(null);
  useDismiss(true, onClose, panel, trigger);
  const { copied, copy } = useCopy();
  const [canShare] = useState(() => typeof navigator !== "undefined" && typeof navigator.share === "function");
  const embedCode = embedUrl ? `<iframe src="${escapeHtml(embedUrl)}" width="100%" height="${escapeHtml(embedHeight)}" style="border:0;border-radius:12px" allow="autoplay; encrypted-media" title="${escapeHtml(t("embedTitle", { title }))}"></iframe>` : "";

  return (
    <div ref={panel} role="dialog" aria-label={t("share")} className={`fixed inset-x-4 bottom-24 z-40 ${floating ? "sm:inset-x-auto sm:bottom-auto sm:left-1/2 sm:top-24 sm:w-[26rem] sm:-translate-x-1/2" : "sm:absolute sm:inset-x-auto sm:bottom-auto sm:right-0 sm:mt-2 sm:w-[26rem]"} max-h-[70dvh] overflow-y-auto space-y-3 rounded-2xl border border-line bg-surface p-4 text-fg shadow-xl`}>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => copy("link", url)} className="rounded-full bg-surface-2 px-4 py-2 text-sm font-medium hover:bg-line">
          {copied === "link" ? t("linkCopied") : t("copyLink")}
        </button>
        {canShare ? (
          <button type="button" onClick={() => navigator.share({ title, url }).catch(() => undefined)} className="rounded-full bg-surface-2 px-4 py-2 text-sm font-medium hover:bg-line">
            {t("shareNative")}
          </button>
        ) : null}
      </div>
      {send ? <SendInChorus type={send.type} id={send.id} /> : null}
      {embedUrl ? (
        <div className="space-y-2">
          <p className="text-sm font-medium">{t("embed")}</p>
          {/* Out of the Tab order: keys pressed inside a frame never reach this page, so Escape and the focus trap would stop working there. */}
          <iframe src={embedUrl} height={embedHeight} tabIndex={-1} className="w-full rounded-xl border-0" title={t("preview", { title })} />
          <textarea readOnly value={embedCode} rows={3} aria-label={t("embedCode")} className="block w-full resize-none rounded-xl border border-line bg-surface-2 p-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => copy("embed", embedCode)} className="rounded-full border border-line px-3 py-1.5 text-sm font-medium hover:bg-surface-2">
            {copied === "embed" ? t("embedCopied") : t("copyEmbed")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
