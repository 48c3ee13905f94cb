import Link from "next/link";
import type { ReleaseCard } from "@/lib/music/queries";

export function ReleaseTile({ release }: { release: ReleaseCard }) {
  return (
    <div className="group min-w-0">
      <Link href={`/release/${release.id}`} className="block aspect-square overflow-hidden rounded-2xl bg-surface-2" aria-label={`${release.title} by ${release.artist.name}`}>
        {release.coverUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- pre-sized webp from our media route
          <img src={release.coverUrl} alt="" className="h-full w-full object-cover transition group-hover:scale-[1.03]" loading="lazy" />
        ) : null}
      </Link>
      <Link href={`/release/${release.id}`} className="mt-2 block truncate font-semibold hover:underline">
        {release.title}
      </Link>
      <p className="truncate text-sm text-muted">
        <Link href={`/@${release.artist.handle}`} className="hover:underline">
          {release.artist.name}
        </Link>{" "}
        · <span className="capitalize">{release.kind === "ep" ? "EP" : release.kind}</span> · {release.releaseAt.getUTCFullYear()}
      </p>
    </div>
  );
}
