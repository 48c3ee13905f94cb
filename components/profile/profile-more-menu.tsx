"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useCallback, useRef, useState } from "react";

// Loaded when first opened: most visitors never block or report anyone.
const ProfileMorePanel = lazy(() => import("./profile-more-panel"));

/** Mute, block or report a profile. Blocking removes follows both ways and stops messages. */
export function ProfileMoreMenu({ profileId, name, blocked, muted }: { profileId: string; name: string; blocked: boolean; muted: boolean }) {
  const t = useTranslations("profile.moreMenu");
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="relative">
      <button ref={trigger} type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open} aria-label={t("trigger", { name })} className="inline-flex h-10 w-10 items-center justify-center rounded-full border border-line text-lg leading-none hover:bg-surface-2">
        ⋯
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ProfileMorePanel profileId={profileId} name={name} blocked={blocked} muted={muted} label={t("panel", { name })} trigger={trigger} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}
