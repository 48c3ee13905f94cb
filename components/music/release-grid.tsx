import type { ReleaseCard } from "@/lib/music/queries";
import { ReleaseTile } from "./release-tile";

/** `priority`: how many of the first tiles load eagerly (the grid is on the first screen). */
export function ReleaseGrid({ releases, priority = 0 }: { releases: ReleaseCard[]; priority?: number }) {
  return (
    <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4">
      {releases.map((r, i) => (
        <ReleaseTile key={r.id} release={r} priority={i < priority} />
      ))}
    </div>
  );
}
