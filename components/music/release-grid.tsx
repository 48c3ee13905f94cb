import type { ReleaseCard } from "@/lib/music/queries";
import { ReleaseTile } from "./release-tile";

export function ReleaseGrid({ releases }: { releases: ReleaseCard[] }) {
  return (
    <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4">
      {releases.map((r) => (
        <ReleaseTile key={r.id} release={r} />
      ))}
    </div>
  );
}
