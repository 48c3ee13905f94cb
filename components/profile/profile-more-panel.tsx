"use client";

import { useRef, type RefObject } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { BlockReport } from "./block-report";
import { MuteButton } from "./mute-button";

/** The "⋯" menu's panel (profile-more-menu.tsx opens it). */
export default function ProfileMorePanel({ profileId, name, blocked, muted, label, trigger, onClose }: { profileId: string; name: string; blocked: boolean; muted: boolean; label: string; trigger: RefObject<HTMLButtonElement | null>; onClose: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  useDismiss(true, onClose, panel, trigger);
  return (
    <div ref={panel} role="dialog" aria-label={label} className="absolute right-0 z-30 mt-2 w-72 rounded-2xl border border-line bg-surface p-3 text-sm shadow-xl">
      <MuteButton profileId={profileId} name={name} muted={muted} />
      <BlockReport profileId={profileId} name={name} blocked={blocked} />
    </div>
  );
}
