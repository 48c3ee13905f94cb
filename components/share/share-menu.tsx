"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { ShareIcon } from "@/components/ui/icons";
import type { SharedType } from "./send-in-chorus";

// The sheet loads when first opened: a page with several Share buttons ships only the buttons.
const SharePanel = lazy(() => import("./share-panel"));

export type ShareProps = { url: string; title: string; embedUrl?: string; embedHeight?: number; floating?: boolean; send?: { type: SharedType; id: string } };

/**
 * Copy link, native share where the browser has it, and the embed code with a live preview.
 * `floating` puts the sheet over the page at every width (for cards that clip or snap-scroll).
 */
export function ShareMenu(props: ShareProps) {
  const t = useTranslations("share.menu");
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="relative">
      <button ref={trigger} type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open} className="inline-flex h-10 items-center gap-2 rounded-full border border-line px-4 text-sm font-semibold hover:bg-surface-2">
        <ShareIcon width={18} height={18} /> {t("share")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SharePanel {...props} trigger={trigger} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}
