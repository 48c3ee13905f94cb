import type { Metadata } from "next";
import { trackMetadata, TrackView } from "@/app/(main)/track/[id]/view";

// Rendered once per track, kept until its creator's content changes (lib/cache/public-pages.ts) or 60 s pass.
export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return trackMetadata((await params).id, null);
}

export default async function CachedTrackPage({ params }: Props) {
  return <TrackView id={(await params).id} viewer={null} cached />;
}
