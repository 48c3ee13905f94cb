"use client";

import { usePlayer } from "@/components/player/player-provider";
import type { QueueTrack } from "@/components/player/types";
import { TrackWaveform } from "@/components/player/waveform";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useTranslations } from "next-intl";
import { lazy, Suspense, type ComponentProps } from "react";
import { useComments } from "./use-comments";

// The comment box and list load after the page (they show the browser's own fetch anyway), so they add nothing to its first JavaScript.
const LazyThread = lazy(() => import("./comment-thread").then((m) => ({ default: m.CommentThread })));

/** Rendered in the browser only, once hydrated: the server and the first paint show "Loading comments". */
function CommentThread(props: ComponentProps<typeof LazyThread>) {
  const hydrated = useHydrated();
  if (!hydrated) return <LoadingComments />;
  return (
    <Suspense fallback={<LoadingComments />}>
      <LazyThread {...props} />
    </Suspense>
  );
}

function LoadingComments() {
  const t = useTranslations("comments.thread");
  return <p className="text-sm text-muted">{t("loading")}</p>;
}

/**
 * A track's waveform with its timed comments on it, and the comments below:
 * clicking a comment's moment (on the waveform or in the list) plays from there;
 * a new comment is pinned to where the player is, if the listener wants.
 */
export function TrackConversation({ track, peaks, children }: { track: QueueTrack; peaks: string | null; children?: React.ReactNode }) {
  const p = usePlayer();
  const t = useTranslations("comments");
  const { view, reload } = useComments({ type: "track", id: track.id });
  const isCurrent = p.current?.id === track.id;
  const seek = (ms: number) => (isCurrent ? p.seek(ms / 1000) : p.playTracks([track], 0, undefined, ms / 1000));
  const markers = (view?.comments ?? [])
    .filter((c) => c.atMs !== null && !c.hidden)
    .slice(0, 200)
    .map((c) => ({ id: c.id, atMs: c.atMs!, label: t("marker", { name: c.author.name, body: c.body.slice(0, 80) }), avatarUrl: c.author.avatarUrl }));
  return (
    <div className="space-y-8">
      {peaks ? (
        <div className="pb-3" data-testid="track-waveform">
          <TrackWaveform tracks={[track]} peaks={peaks} bars={200} height="h-20" markers={markers} />
        </div>
      ) : null}
      {children}
      <CommentThread target={{ type: "track", id: track.id }} view={view} reload={reload} moment={isCurrent ? Math.floor(p.currentTime * 1000) : null} onSeek={seek} />
    </div>
  );
}

/** A release's comments (not pinned to a moment). */
export function ReleaseConversation({ releaseId }: { releaseId: string }) {
  const { view, reload } = useComments({ type: "release", id: releaseId });
  return <CommentThread target={{ type: "release", id: releaseId }} view={view} reload={reload} />;
}
