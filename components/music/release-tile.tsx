import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReleaseCard } from "@/lib/music/queries";

/** Cover variants (square webp, made once by the media route) for the tile's width: a quarter to half of the screen. */
const coverSrcSet = (url: string) => `${url}?w=320 320w, ${url}?w=640 640w`;
const COVER_SIZES = "(min-width: 768px) 25vw, (min-width: 640px) 33vw, 50vw";

/** `priority`: the tile is at the top of the page (likely the largest image on the first screen): loaded first, not lazily. */
export function ReleaseTile({ release, priority = false }: { release: ReleaseCard; priority?: boolean }) {
  const t = useTranslations("studioMusic");
  return (
    <div className="group min-w-0">
      <Link href={`/release/${release.id}`} className="block aspect-square overflow-hidden rounded-2xl bg-surface-2" aria-label={t("releaseTile.byArtist", { title: release.title, artist: release.artist.name })}>
        {release.coverUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- pre-sized webp from our media route
          <img
            src={`${release.coverUrl}?w=640`}
            srcSet={coverSrcSet(release.coverUrl)}
            sizes={COVER_SIZES}
            alt=""
            width={640}
            height={640}
            className="h-full w-full object-cover transition group-hover:scale-[1.03]"
            {...(priority ? { fetchPriority: "high" as const } : { loading: "lazy" as const, decoding: "async" as const })}
          />
        ) : null}
      </Link>
      <Link href={`/release/${release.id}`} className="mt-2 block truncate font-semibold hover:underline">
        {release.title}
      </Link>
      <p className="truncate text-sm text-muted">
        <Link href={`/@${release.artist.handle}`} className="hover:underline">
          {release.artist.name}
        </Link>{" "}
        · <span className="capitalize">{t("kind", { kind: release.kind })}</span> · {release.releaseAt.getUTCFullYear()}
      </p>
    </div>
  );
}
