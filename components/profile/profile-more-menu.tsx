"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { BlockReport } from "./block-report";
import { MuteButton } from "./mute-button";

/** Mute, block or report a profile. Blocking removes follows both ways and stops messages. */
export function ProfileMoreMenu({ profileId, name, blocked, muted }: { profileId: string; name: string; blocked: boolean; muted: boolean }) {
  const t = useTranslations("profile.moreMenu");
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, useCallback(() => setOpen(false), []), panel, trigger);
  return (
    <div className="relative">
      <button ref={trigger} type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open} aria-label={t("trigger", { name })} className="inline-flex h-10 w-10 items-center justify-center rounded-full border border-line text-lg leading-none hover:bg-surface-2">
        ⋯
      </button>
      {open ? (
        <div ref={panel} role="dialog" aria-label={t("panel", { name })} className="absolute right-0 z-30 mt-2 w-72 rounded-2xl border border-line bg-surface p-3 text-sm shadow-xl">
          <MuteButton profileId={profileId} name={name} muted={muted} />
          <BlockReport profileId={profileId} name={name} blocked={blocked} />
        </div>
      ) : null}
    </div>
  );
}
