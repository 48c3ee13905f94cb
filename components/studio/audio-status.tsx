"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ActionButton } from "@/components/ui/action-button";

export type AudioState = { status: "queued" | "running" | "ready" | "failed"; progress: number; error: string | null };

/**
 * Where a track's audio is in the pipeline, kept current while it processes
 * ("Waiting", "Processing 40 %", then "Ready"); a failure says why and offers
 * to try again. Nothing is shown for audio that was ready all along.
 */
export function AudioStatus({ trackId, title, initial, retry }: { trackId: string; title: string; initial: AudioState; retry: () => Promise<{ ok: boolean; message?: string }> }) {
  const router = useRouter();
  const t = useTranslations("studioMusic.audioStatus");
  const [state, setState] = useState(initial);
  const [becameReady, setBecameReady] = useState(false);
  // The server's word after a refresh (a retry queued it again) replaces what this badge knew.
  const [known, setKnown] = useState(initial.status);
  if (initial.status !== known) {
    setKnown(initial.status);
    setState(initial);
  }
  const working = state.status === "queued" || state.status === "running";
  useEffect(() => {
    if (!working) return;
    const timer = setInterval(() => {
      void fetch(`/api/studio/tracks/${trackId}/sound`)
        .then((r) => (r.ok ? (r.json() as Promise<AudioState & { ok: boolean }>) : null))
        .then((next) => {
          if (!next?.ok) return;
          setState({ status: next.status, progress: next.progress, error: next.error });
          if (next.status === "ready") {
            setBecameReady(true);
            router.refresh();
          }
        })
        .catch(() => undefined);
    }, 1500);
    return () => clearInterval(timer);
  }, [working, trackId, router]);

  if (state.status === "ready")
    return becameReady ? (
      <span role="status" className="rounded-full bg-emerald-500/15 px-2 text-xs font-semibold text-emerald-700 dark:text-emerald-300" data-testid="audio-status">
        {t("ready")}
      </span>
    ) : null;
  if (state.status === "failed")
    return (
      <span className="flex flex-wrap items-center gap-2" data-testid="audio-status">
        <span role="alert" className="rounded-full bg-red-500/15 px-2 text-xs font-semibold text-red-700 dark:text-red-300">
          {t("failed", { error: state.error ?? t("unknownError") })}
        </span>
        <ActionButton variant="ghost" label={t("tryAgain")} ariaLabel={t("retryAria", { title })} run={retry} />
      </span>
    );
  return (
    <span role="status" className="inline-flex items-center gap-2 rounded-full bg-amber-500/15 px-2 text-xs font-semibold text-amber-700 dark:text-amber-300" data-testid="audio-status">
      {state.status === "queued" ? t("waiting") : t("processing", { progress: state.progress })}
      <span role="progressbar" aria-label={t("processingAria", { title })} aria-valuenow={state.progress} aria-valuemin={0} aria-valuemax={100} className="h-1.5 w-16 overflow-hidden rounded-full bg-surface-2">
        <span className="block h-full bg-amber-500 transition-[width]" style={{ width: `${state.progress}%` }} />
      </span>
    </span>
  );
}
