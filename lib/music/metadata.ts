import type { Metadata } from "next";
import { IMAGE_LIMITS } from "@/lib/media/images";

/** Open Graph audio + Twitter player card + oEmbed discovery for a track or release page. */
export function playableMetadata(input: { origin: string; path: string; embedPath: string; title: string; artist: string; description: string; imageUrl: string | null; audioUrl?: string; audioMime?: string; type: "music.song" | "music.album" }): Metadata {
  const pageUrl = `${input.origin}${input.path}`;
  const embedUrl = `${input.origin}${input.embedPath}`;
  const images = input.imageUrl ? [{ url: `${input.origin}${input.imageUrl}`, width: IMAGE_LIMITS.cover.width, height: IMAGE_LIMITS.cover.height, alt: input.title }] : [];
  return {
    title: `${input.title} · ${input.artist}`,
    description: input.description,
    alternates: {
      canonical: input.path,
      types: { "application/json+oembed": `${input.origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json` },
    },
    openGraph: {
      type: input.type === "music.song" ? "music.song" : "music.album",
      title: input.title,
      description: input.description,
      url: pageUrl,
      siteName: "Chorus",
      images,
      audio: input.audioUrl ? [{ url: `${input.origin}${input.audioUrl}`, type: input.audioMime }] : undefined,
    },
    twitter: {
      card: "player",
      title: input.title,
      description: input.description,
      images: images.map((i) => i.url),
      players: [{ playerUrl: embedUrl, streamUrl: input.audioUrl ? `${input.origin}${input.audioUrl}` : embedUrl, width: 480, height: 80 }],
    },
  };
}
