/* eslint-disable @next/next/no-img-element -- covers are already resized webp from our media route */

export type PlaylistCoverData = { coverUrl: string | null; mosaic: string[] };

/**
 * A playlist's picture: its own cover when it has one, else a mosaic of the
 * covers of its first tracks (four when there are four different ones).
 */
export function PlaylistCover({ cover, className = "", priority = false }: { cover: PlaylistCoverData | undefined; className?: string; priority?: boolean }) {
  const box = `aspect-square overflow-hidden bg-gradient-to-br from-accent-500/40 to-fuchsia-500/30 ${className}`;
  const loading = priority ? undefined : ("lazy" as const);
  if (cover?.coverUrl) return <img src={cover.coverUrl} alt="" className={`${box} object-cover`} loading={loading} />;
  const tiles = cover?.mosaic ?? [];
  if (tiles.length >= 4)
    return (
      <div className={`${box} grid grid-cols-2 grid-rows-2`} data-testid="playlist-mosaic">
        {tiles.slice(0, 4).map((src) => (
          <img key={src} src={src} alt="" className="h-full w-full object-cover" loading={loading} />
        ))}
      </div>
    );
  if (tiles.length) return <img src={tiles[0]} alt="" className={`${box} object-cover`} loading={loading} data-testid="playlist-mosaic" />;
  return (
    <div className={`${box} flex items-center justify-center text-4xl text-white/80`} aria-hidden>
      ♫
    </div>
  );
}
