import { cachedLocale } from "@/lib/i18n/static-locale";
import type { Metadata } from "next";
import { profileMetadata } from "@/app/(main)/u/[handle]/profile-metadata";
import { ProfileView } from "@/app/(main)/u/[handle]/profile-view";

// Rendered once per profile, kept until its content changes (lib/cache/public-pages.ts) or 60 s pass.
export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams(): { handle: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  cachedLocale((await params).locale);
  return profileMetadata((await params).handle);
}

export default async function CachedProfilePage({ params }: Props) {
  cachedLocale((await params).locale);
  return <ProfileView handle={(await params).handle} showPast={false} viewer={null} cached />;
}
