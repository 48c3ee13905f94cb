import { cachedLocale } from "@/lib/i18n/static-locale";
import { notFound } from "next/navigation";
import { Landing } from "@/app/(main)/landing";

// The signed-out home: trending, new creators and releases, rendered again at most every 60 s.
// A dynamic segment with no params listed is rendered on the first visit, not at build
// time (a fresh checkout has no database yet); proxy.ts always asks for "all".
export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

export default async function CachedHomePage({ params }: { params: Promise<{ locale: string; edition: string }> }) {
  cachedLocale((await params).locale);
  if ((await params).edition !== "all") notFound();
  return <Landing />;
}
