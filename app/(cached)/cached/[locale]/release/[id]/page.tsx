import { cachedLocale } from "@/lib/i18n/static-locale";
import type { Metadata } from "next";
import { releaseMetadata, ReleaseView } from "@/app/(main)/release/[id]/view";

// Rendered once per release, kept until its creator's content changes (lib/cache/public-pages.ts) or 60 s pass.
export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  cachedLocale((await params).locale);
  return releaseMetadata((await params).id, null);
}

export default async function CachedReleasePage({ params }: Props) {
  cachedLocale((await params).locale);
  return <ReleaseView id={(await params).id} viewer={null} cached />;
}
