import type { Metadata } from "next";
import { concertMetadata, ConcertView } from "@/app/(main)/concert/[id]/view";

// Rendered once per concert, kept until its creator's content changes (lib/cache/public-pages.ts) or 60 s pass.
export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return concertMetadata((await params).id);
}

export default async function CachedConcertPage({ params }: Props) {
  return <ConcertView id={(await params).id} viewer={null} cached />;
}
