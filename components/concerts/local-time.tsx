"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** The instant in the viewer's own time zone (rendered after hydration, where the zone is known). */
export function ViewerLocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    noop,
    () => new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }).format(new Date(iso)),
    () => "",
  );
  return <span data-testid="viewer-time">{text}</span>;
}
